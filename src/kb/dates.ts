/**
 * Compares partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as intervals: a start date
 * covers from its first day, an end date until its last day.
 */
export function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

export function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** True when `date` lies within [from, to]; open ends are unbounded. */
export function within(date: string, from: string | null, to: string | null): boolean {
  const day = startOf(date);
  if (from && day < startOf(from)) return false;
  if (to && day > endOf(to)) return false;
  return true;
}
