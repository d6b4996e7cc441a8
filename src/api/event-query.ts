import { UserError } from '../core/errors.js';
import type { EventFilter } from '../store/contract.js';
import { EVENT_SORTS, validateFilter } from '../store/event-filter.js';
import { badParameter } from './errors.js';
import type { QueryReader } from './query.js';
import { queryParam, type ParamSpec } from './route.js';
import { DATE_SCHEMA as date } from './schemas.js';


/** The filters of every event query (list and exports); all combine with AND. */
export const EVENT_FILTER_PARAMS: readonly ParamSpec[] = [
  queryParam('actor', 'An actor code prefix (IRN, IRNMIL, IGO:SCO) or part of a name, on either side.'),
  queryParam('pair', 'Two actor keys, comma-separated (IRN,RUS): events between them in either direction.', { type: 'string', pattern: '^[^,]+,[^,]+$' }),
  queryParam('cameo', 'CAMEO code prefix, 2 to 4 digits (04, 042).', { type: 'string', pattern: '^\\d{2,4}$' }),
  queryParam('root', 'CAMEO root, two digits (01 to 20).', { type: 'string', pattern: '^\\d{2}$' }),
  queryParam('quad', 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.', { type: 'integer', enum: [1, 2, 3, 4] }),
  queryParam('modality', 'Whether the act happened (asserted), is planned, was denied (negated), or is hypothetical.', { type: 'string', enum: ['asserted', 'planned', 'negated', 'hypothetical'] }),
  queryParam('from', 'Earliest event date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD.', date),
  queryParam('to', 'Latest event date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD (a month or year counts whole).', date),
  queryParam('source', "The article's source (outlet), any case: PressTV.", { type: 'string' }),
  queryParam('min_confidence', 'Lowest confidence, 0 to 1.', { type: 'number', minimum: 0, maximum: 1 }),
  queryParam('article', 'An article id: only its events.'),
  queryParam('sort', 'Order: date, -date (newest first, the default), confidence, -confidence.', { type: 'string', enum: EVENT_SORTS }),
];

/** Paging parameters; `max` is the largest page a route serves. */
export function pageParams(defaultLimit: number, max: number): ParamSpec[] {
  return [
    queryParam('limit', `How many items, 1 to ${max} (default ${defaultLimit}).`, { type: 'integer', minimum: 1, maximum: max, default: defaultLimit }),
    queryParam('offset', 'How many items to skip (default 0).', { type: 'integer', minimum: 0, default: 0 }),
  ];
}

/** The API's parameter name for each filter field, where they differ (for the 400's `parameter`). */
const PARAM_OF: Partial<Record<keyof EventFilter, string>> = { minConfidence: 'min_confidence' };

/** Checks one filter value by the store's own rules; a refusal is a 400 naming `parameter`. */
export function checkFilterValue<K extends keyof EventFilter>(key: K, value: EventFilter[K], parameter: string = PARAM_OF[key] ?? key): void {
  try {
    validateFilter({ [key]: value });
  } catch (e) {
    if (e instanceof UserError) throw badParameter(parameter, e);
    throw e;
  }
}

/**
 * The event filter of a request. Each value is checked by the store's own rules, one field
 * at a time, so a refusal names the parameter at fault.
 */
export function eventFilterFrom(q: QueryReader): EventFilter {
  const pair = q.string('pair')?.split(',').map((s) => s.trim());
  if (pair && (pair.length !== 2 || !pair[0] || !pair[1])) throw badParameter('pair', `pair '${q.string('pair')}' is not two actor keys`, 'e.g. pair=IRN,RUS');
  const filter: EventFilter = {
    actor: q.string('actor'),
    pair: pair as [string, string] | undefined,
    cameo: q.string('cameo'),
    root: q.string('root'),
    quad: q.int('quad', { min: 1, max: 4 }),
    modality: q.string('modality') as EventFilter['modality'],
    from: q.string('from'),
    to: q.string('to'),
    source: q.string('source'),
    minConfidence: q.number('min_confidence'),
    article: q.string('article'),
    sort: q.string('sort') as EventFilter['sort'],
  };
  for (const key of Object.keys(filter) as (keyof EventFilter)[]) {
    if (filter[key] === undefined) delete filter[key];
    else checkFilterValue(key, filter[key]);
  }
  return filter;
}
