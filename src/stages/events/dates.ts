import type { DatePrecision, Timex, Token } from '../../core/types.js';

export interface EventDate {
  date: string | null;
  precision: DatePrecision | null;
  timex: Timex | null;
}

/**
 * The date of an act: the time expression of its sentence nearest to the trigger, preferring
 * one in the same clause. An act reported as done never takes a date after publication;
 * a planned act never takes one before it.
 */
export function dateOf(tokens: readonly Token[], timexes: readonly Timex[], triggerToken: number, planned: boolean, anchor: string | null): EventDate {
  const t = tokens[triggerToken]!;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const x of timexes) {
    if (anchor && !planned && x.value.slice(0, x.value.length) > anchor.slice(0, x.value.length)) continue;
    if (anchor && planned && x.value < anchor.slice(0, x.value.length)) continue;
    const distance = x.end <= t.start ? t.start - x.end : x.start - t.end;
    if (distance < bestDistance) {
      best = x;
      bestDistance = distance;
    }
  }
  return best ? { date: best.value, precision: best.precision, timex: best } : { date: null, precision: null, timex: null };
}
