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
  // the dateline says when the report was filed: only an act its sentence dates no other way takes it
  if (!timexes.some((x) => x.dateline)) return nearestTime(tokens, timexes, triggerToken, planned, anchor);
  const stated = nearestTime(tokens, timexes.filter((x) => !x.dateline), triggerToken, planned, anchor);
  return stated.timex ? stated : nearestTime(tokens, timexes, triggerToken, planned, anchor);
}

function nearestTime(tokens: readonly Token[], timexes: readonly Timex[], triggerToken: number, planned: boolean, anchor: string | null): EventDate {
  const t = tokens[triggerToken]!;
  let best: Timex | null = null;
  let bestDistance = Infinity;
  // a planned act takes the time that points ahead over the time it was announced ("said on Wednesday they would recognise … on May 28")
  const ahead = (x: Timex | null) => planned && !!x?.future;
  for (const x of timexes) {
    if (anchor && !planned && x.value.slice(0, x.value.length) > anchor.slice(0, x.value.length)) continue;
    if (anchor && planned && x.value < anchor.slice(0, x.value.length)) continue;
    // "said earlier this week that it would train pilots": a time pointing back is the saying's
    if (planned && !x.future && /\b(earlier|last|ago|past|previous)\b/i.test(x.text)) continue;
    const distance = x.end <= t.start ? t.start - x.end : x.start - t.end;
    if (inAnotherClause(tokens, triggerToken, x) || timeOfAnother(tokens, triggerToken, x) || acrossBackground(tokens, triggerToken, x)) continue;
    if (best && ahead(best) && !ahead(x)) continue;
    if ((ahead(x) && !ahead(best)) || distance < bestDistance) {
      best = x;
      bestDistance = distance;
    }
  }
  return best ? { date: best.value, precision: best.precision, timex: best } : { date: null, precision: null, timex: null };
}

/** Prepositions that relate the act to another event: the time after them is that event's ("ahead of" is handled by who uses it). */
export const RELATING: ReadonlySet<string> = new Set(['after', 'following', 'before', 'since', 'until', 'amid', 'despite']);
const PHRASE_WORDS = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * The time expression dates another event the act is related to: "suspended Niger after the
 * July coup", "resume summits, suspended since 2011", "ahead of next month's election". The
 * act inside that phrase ("after the July coup" for the coup itself) keeps it.
 */
function timeOfAnother(tokens: readonly Token[], trigger: number, x: Timex): boolean {
  let k = tokens.findIndex((t) => t.start >= x.start) - 1;
  if (k < 0) return false;
  for (let n = 0; n < 3 && k >= 0 && PHRASE_WORDS.has(tokens[k]!.lower); n++) k--;
  if (k < 0 || !(RELATING.has(tokens[k]!.lower) || tokens[k]!.lower === 'ahead') || tokens[k]!.sentence !== tokens[trigger]!.sentence) return false;
  return trigger < k || trigger > k + 6;
}

const CLAUSE_CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas']);
const NEW_SUBJECT_WORDS = new Set(['the', 'it', 'he', 'she', 'they', 'we', 'its', 'his', 'their']);

/**
 * The time expression stands in another clause with a subject of its own: "warned China
 * on Monday, and Washington imposed sanctions last month" gives the warning no "last month".
 * A clause that goes on with the same subject ("met on Monday, and agreed …") shares its time.
 */
function inAnotherClause(tokens: readonly Token[], trigger: number, x: Timex): boolean {
  const before = x.end <= tokens[trigger]!.start;
  let k = trigger;
  const step = before ? -1 : 1;
  for (k += step; k >= 0 && k < tokens.length; k += step) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[trigger]!.sentence || (before ? t.end <= x.start : t.start >= x.end)) return false;
    if (t.text === ';') return true;
    const clause = t.text === ',' && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? '');
    const next = tokens[k + 2];
    if (clause && next && (next.upper || NEW_SUBJECT_WORDS.has(next.lower))) return true;
  }
  return false;
}

/** Words that open a clause about what came before or caused the main act: "agreed to talks after fighting erupted". */
export const BACKGROUND_WORDS: ReadonlySet<string> = new Set(['after', 'since', 'because', 'following']);

/** The "after"/"since"/"because"/"following" whose clause holds token k (up to a comma), or -1. */
export function backgroundClauseAt(tokens: readonly Token[], k: number): number {
  const sentence = tokens[k]!.sentence;
  for (let j = k; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === ';' || t.text === '—') return -1;
    if (BACKGROUND_WORDS.has(t.lower)) return j;
  }
  return -1;
}

/**
 * The time and the act stand on either side of "after", "since" or "because": "Iran fired
 * missiles on Tuesday after Israel killed Nasrallah" dates the firing, not the killing.
 * A time fronted before a comma ("On Monday, after talks with Biden, …") covers both.
 */
function acrossBackground(tokens: readonly Token[], trigger: number, x: Timex): boolean {
  let at = trigger;
  while (at > 0 && tokens[at]!.sentence === tokens[trigger]!.sentence && tokens[at]!.start > x.start) at--;
  while (tokens[at] && tokens[at]!.end <= x.start) at++;
  if (!tokens[at] || tokens[at]!.sentence !== tokens[trigger]!.sentence) return false;
  const actClause = backgroundClauseAt(tokens, trigger);
  const timeClause = backgroundClauseAt(tokens, at);
  if (actClause === timeClause) return false;
  if (timeClause >= 0 && timeClause >= at - 1) return false; // "since 2011", "after 2020": the time is the clause
  const opens = at === 0 || tokens[at - 1]!.sentence !== tokens[at]!.sentence || (at === 1 || tokens[at - 2]!.sentence !== tokens[at]!.sentence);
  if (actClause >= 0 && opens && x.end <= tokens[actClause]!.start && tokens.slice(at, actClause).some((t) => t.text === ',')) return false;
  return true;
}
