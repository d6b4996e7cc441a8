import { UserError } from '../../core/errors.js';
import type { Correction } from '../../store/contract.js';
import { validateCorrection } from '../../store/correction-rules.js';
import { readObject, stringField } from '../body.js';
import { badParameter } from '../errors.js';
import { requireEvent } from '../lookup.js';
import type { RouteSpec } from '../route.js';
import { errorOf, ref } from '../schemas.js';
import { fingerprintParam } from './events.js';

const FIELDS: readonly Correction['field'][] = ['cameo', 'source', 'target', 'modality', 'date', 'not_event'];

const listCorrections: RouteSpec = {
  method: 'get',
  path: '/api/events/{fingerprint}/corrections',
  operationId: 'listEventCorrections',
  tag: 'corrections',
  summary: "An event's corrections, oldest first",
  params: [fingerprintParam],
  responses: { 200: { description: 'the corrections', schema: { type: 'object', properties: { items: { type: 'array', items: ref('Correction') } } } }, 404: errorOf('no such event') },
  async handle({ c, deps, path }) {
    const e = await requireEvent(deps.store, path('fingerprint'));
    return c.json({ items: (await deps.store.listCorrections(e.article_id)).filter((x) => x.fingerprint === e.fingerprint) });
  },
};

const addCorrection: RouteSpec = {
  method: 'post',
  path: '/api/events/{fingerprint}/corrections',
  operationId: 'correctEvent',
  tag: 'corrections',
  summary: 'Correct an event: its code, an actor, its status, its date, or say it is no event',
  description: 'Stored apart from the coder output, by fingerprint, so it survives re-processing. The latest correction of a field wins. Needs the write token when the server has one.',
  params: [fingerprintParam],
  body: { description: 'the correction', schema: ref('CorrectionInput') },
  responses: {
    201: { description: 'the stored correction', schema: ref('Correction') },
    400: errorOf('a bad field, value or author; `parameter` names it'),
    404: errorOf('no such event'),
  },
  async handle({ c, deps, path }) {
    const event = await requireEvent(deps.store, path('fingerprint'));
    const o = await readObject(c);
    const field = stringField(o, 'field', true) as Correction['field'];
    let value = stringField(o, 'value', false);
    if (value !== null && (field === 'cameo' || field === 'source' || field === 'target' || field === 'modality')) value = field === 'modality' ? value.trim().toLowerCase() : value.trim().toUpperCase();
    const correction = { article_id: event.article_id, fingerprint: event.fingerprint, field, value: field === 'not_event' ? null : value, note: stringField(o, 'note', false), author: stringField(o, 'author', true)! };
    try {
      validateCorrection(correction);
    } catch (e) {
      // the rules check the author, then the field, then the value for that field
      if (e instanceof UserError) throw badParameter(!correction.author.trim() ? 'author' : FIELDS.includes(field) ? 'value' : 'field', e);
      throw e;
    }
    return c.json(await deps.store.addCorrection(correction), 201);
  },
};

export const correctionRoutes: RouteSpec[] = [listCorrections, addCorrection];
