import { endOf, startOf, within } from './dates.js';
import type { PersonRole } from './types.js';

/**
 * The office a person held on `date`: the one in force then; else the last one before it
 * (a former official still acts for that state); else the first one after it.
 * With no date, the most recent office.
 */
export function roleAt(roles: readonly PersonRole[], date: string | null): PersonRole | null {
  if (!roles.length) return null;
  if (!date) return roles[roles.length - 1] ?? null;
  const current = roles.filter((r) => within(date, r.from, r.to));
  if (current.length) {
    // several offices at once: prefer the one that began last (the newer appointment)
    return current.reduce((a, b) => (startOf(b.from ?? '0000') >= startOf(a.from ?? '0000') ? b : a));
  }
  const day = startOf(date);
  const before = roles.filter((r) => r.to && endOf(r.to) < day);
  if (before.length) return before.reduce((a, b) => (endOf(b.to!) > endOf(a.to!) ? b : a));
  return roles[0] ?? null;
}
