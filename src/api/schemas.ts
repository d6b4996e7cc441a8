import type { Schema } from './route.js';

/** A reference to a component schema of the OpenAPI document. */
export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra });
const list = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
const span = { start: { type: 'integer', description: 'UTF-16 offset into the article text' }, end: { type: 'integer', description: 'end, exclusive' } };
const date = { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };

/** A partial date, YYYY, YYYY-MM or YYYY-MM-DD, as a parameter's schema. */
export const DATE_SCHEMA: Schema = { type: 'string', ...date };

/** An error response of a route, described. */
export const errorOf = (description: string) => ({ description, schema: ref('Error') });

/** The document's component schemas: every shape the API sends or takes. */
export const SCHEMAS = {
  Error: obj(
    {
      error: { type: 'string', description: 'What went wrong.' },
      parameter: nullable('string', { description: 'The query, path or body parameter (or header) at fault.' }),
      hint: { type: 'string', description: 'What to do about it.' },
    },
    ['error', 'parameter'],
  ),
  Actor: obj({
    code: { type: 'string', description: 'country + role (IRNMIL) or IGO:ORG' },
    country: nullable('string'),
    org: nullable('string'),
    role: nullable('string'),
    name: nullable('string'),
  }),
  Evidence: obj({ text: { type: 'string' }, ...span }),
  Correction: obj({
    id: { type: 'integer' },
    article_id: { type: 'string' },
    fingerprint: { type: 'string' },
    field: { type: 'string', enum: ['cameo', 'source', 'target', 'modality', 'date', 'not_event'] },
    value: nullable('string'),
    note: nullable('string'),
    author: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
  }),
  CorrectionInput: obj(
    {
      field: { type: 'string', enum: ['cameo', 'source', 'target', 'modality', 'date', 'not_event'] },
      value: nullable('string', { description: 'cameo: 2–4 digits; source/target: an actor code (IRN, IRNMIL, IGO:UN); modality: asserted|planned|negated|hypothetical; date: YYYY[-MM[-DD]] or null for unknown; not_event: null.' }),
      note: nullable('string'),
      author: { type: 'string' },
    },
    ['field', 'author'],
  ),
  Corrected: {
    type: ['object', 'null'],
    description: 'The net effect of the corrections: the latest of each field wins. date null means corrected to unknown; an absent key means not corrected.',
    properties: {
      cameo: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, modality: { type: 'string' },
      date: nullable('string'), not_event: { const: true },
      by: list({ type: 'string' }), at: { type: 'string', format: 'date-time' },
    },
  },
  Event: obj({
    id: { type: 'integer' },
    article_id: { type: 'string' },
    fingerprint: { type: 'string', description: 'The stable name of the event across re-processing; comments and corrections use it.' },
    source: ref('Actor'),
    target: ref('Actor'),
    cameo: { type: 'string' },
    label: { type: 'string' },
    plover: nullable('string'),
    quad: { type: 'integer', enum: [1, 2, 3, 4] },
    goldstein: nullable('number'),
    modality: { type: 'string', enum: ['asserted', 'planned', 'negated', 'hypothetical'] },
    date: nullable('string', date),
    date_precision: nullable('string', { enum: ['day', 'month', 'year', null] }),
    evidence: ref('Evidence'),
    more_evidence: list(ref('Evidence')),
    confidence: { type: 'number' },
    provenance: obj({ stage: { type: 'string' }, rule: { type: 'string' }, reason: { type: 'string' } }),
    corrections: list(ref('Correction')),
    corrected: ref('Corrected'),
  }),
  Comment: obj({
    id: { type: 'integer' },
    target: obj({ kind: { type: 'string', enum: ['article', 'event'] }, id: { type: 'string' } }),
    article_id: { type: 'string' },
    author: { type: 'string' },
    body: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
  }),
  CommentInput: obj({ author: { type: 'string' }, body: { type: 'string', maxLength: 20000 } }),
  ArticleSummary: obj({
    id: { type: 'string' },
    title: nullable('string'),
    published: nullable('string'),
    source: nullable('string'),
    url: nullable('string'),
    events: { type: 'integer' },
    ingested_at: { type: 'string', format: 'date-time' },
  }),
  SearchHit: obj({ id: { type: 'string' }, title: nullable('string'), published: nullable('string'), snippet: { type: 'string', description: 'matches in [brackets]' }, rank: { type: 'number' } }),
  Entity: obj({
    name: { type: 'string' },
    type: { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC'] },
    country: nullable('string'),
    role: nullable('string'),
    mentions: list(obj({ text: { type: 'string' }, ...span })),
  }),
  Article: {
    allOf: [
      ref('ArticleSummary'),
      obj({
        text: { type: 'string' },
        entities: list(ref('Entity')),
        events: list({ allOf: [ref('Event'), obj({ comments: list(ref('Comment')) })] }),
        comments: list(ref('Comment')),
        corrections: list(ref('Correction')),
      }),
    ],
  },
  ArticleInput: obj(
    {
      id: { type: 'string', description: 'default: a hash of the text' },
      title: nullable('string'),
      published: nullable('string', { description: 'YYYY-MM-DD; found in the text when absent' }),
      source: nullable('string'),
      url: nullable('string'),
      text: { type: 'string' },
    },
    ['text'],
  ),
  IngestResult: obj({
    items: list(obj({ id: { type: 'string' }, title: nullable('string'), result: { type: 'string', enum: ['inserted', 'exists'] }, events: { type: 'integer' } })),
    inserted: { type: 'integer' },
    duplicates: { type: 'integer' },
    events: { type: 'integer' },
  }),
  ActorSummary: obj({ key: { type: 'string' }, name: nullable('string'), events: { type: 'integer' } }),
  Office: obj({ person: { type: 'string' }, title: { type: 'string' }, role: { type: 'string' }, country: nullable('string'), org: nullable('string'), from: nullable('string'), to: nullable('string') }),
  ActorProfile: obj({
    key: { type: 'string' },
    kind: { type: 'string', enum: ['country', 'igo', 'person', 'actor'] },
    name: nullable('string'),
    events: { type: 'integer' },
    partners: list(ref('ActorSummary')),
    offices: list(ref('Office')),
    country: nullable('string'),
  }),
  DyadMonth: obj({
    month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
    quad: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4, description: 'events per quad class 1..4' },
    goldstein_mean: nullable('number'),
    events: { type: 'integer' },
  }),
  Stats: obj({ articles: { type: 'integer' }, events: { type: 'integer' }, actors: { type: 'integer' }, first_date: nullable('string'), last_date: nullable('string') }),
  Pair: obj({ a: { type: 'string' }, b: { type: 'string' }, events: { type: 'integer' }, a_name: nullable('string'), b_name: nullable('string') }, ['a', 'b', 'events']),
} satisfies Record<string, Schema>;
