import { UserError } from '../core/errors.js';
import type { EventFilter, EventSort } from './contract.js';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MODALITIES = ['asserted', 'planned', 'negated', 'hypothetical'];

/**
 * ORDER BY clauses by sort key: a fixed list, so no input ever reaches the SQL text.
 * Undated events come last. `NULLS LAST` (rather than `date IS NULL, date`) is what lets
 * both SQLite and PostgreSQL read the date indexes in order instead of sorting.
 */
const ORDERS: Record<EventSort, string> = {
  '-date': 'ORDER BY date DESC NULLS LAST, id',
  date: 'ORDER BY date ASC NULLS LAST, id',
  '-confidence': 'ORDER BY confidence DESC, date DESC NULLS LAST, id',
  confidence: 'ORDER BY confidence ASC, date DESC NULLS LAST, id',
};

/** The sort keys an event query accepts. */
export const EVENT_SORTS = Object.keys(ORDERS) as EventSort[];

/** Checks a filter's values; a bad one is a user error that names the parameter. */
export function validateFilter(f: EventFilter): void {
  if (f.root !== undefined && !/^\d{2}$/.test(f.root)) throw new UserError(`root '${f.root}' is not a two-digit CAMEO root`, 'use 01 to 20, e.g. --root 04');
  if (f.cameo !== undefined && !/^\d{2,4}$/.test(f.cameo)) throw new UserError(`cameo '${f.cameo}' is not a CAMEO code`, 'use 2 to 4 digits, e.g. --cameo 042');
  if (f.quad !== undefined && ![1, 2, 3, 4].includes(f.quad)) throw new UserError(`quad '${f.quad}' is not 1, 2, 3 or 4`, 'quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict');
  if (f.modality !== undefined && !MODALITIES.includes(f.modality)) throw new UserError(`modality '${f.modality}' is not one of ${MODALITIES.join(', ')}`);
  for (const k of ['from', 'to'] as const) {
    const v = f[k];
    if (v !== undefined && !PARTIAL_DATE.test(v)) throw new UserError(`${k} '${v}' is not a date`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (f.minConfidence !== undefined && !(f.minConfidence >= 0 && f.minConfidence <= 1)) throw new UserError(`min-confidence '${f.minConfidence}' is not between 0 and 1`);
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && f.limit > 0)) throw new UserError(`limit '${f.limit}' is not a positive whole number`);
  if (f.offset !== undefined && !(Number.isInteger(f.offset) && f.offset >= 0)) throw new UserError(`offset '${f.offset}' is not a whole number ≥ 0`);
  if (f.pair && f.pair.length !== 2) throw new UserError('pair needs two actor codes', 'e.g. --pair IRN,RUS');
  if (f.sort !== undefined && !EVENT_SORTS.includes(f.sort)) throw new UserError(`sort '${f.sort}' is not one of ${EVENT_SORTS.join(', ')}`);
}

/** The ORDER BY clause of an event query (the same SQL in every dialect). */
export function eventOrder(sort: EventSort = '-date'): string {
  return ORDERS[sort];
}

/** Upper bound of a partial date: 2021 → 2021-12-31, 2021-10 → 2021-10-31. */
export function dateUpper(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}
