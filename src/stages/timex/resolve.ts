import * as chrono from 'chrono-node';
import type { DatePrecision, Timex } from '../../core/types.js';
import { mayHoldDate } from './may-hold-date.js';

const FUTURE_CUES = /\b(will|would|shall|next|upcoming|forthcoming|scheduled|planned|plans? (?:to|for)|is to|are to|set to|due to|expected to|coming)\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (s: string) => new Date(`${s}T12:00:00Z`);
/** The last anchor read and its time: every sentence of an article has the same one, and reading the date string is the costly part. */
let lastAnchor: { text: string; time: number } | null = null;
function anchorDate(anchor: string): Date {
  if (lastAnchor?.text !== anchor) lastAnchor = { text: anchor, time: utc(anchor).getTime() };
  return new Date(lastAnchor.time);
}

/**
 * Finds time expressions in a sentence and resolves them against the anchor (publication)
 * date. chrono-node parses the expressions; what it leaves open is decided here by tense:
 * a bare weekday or month in a sentence about the past is the last one before the anchor,
 * in a sentence about the future the next one after it. Years alone ("in 2020") are added.
 */
export function resolveTimexes(sentence: string, offset: number, anchor: string | null): Timex[] {
  const out: Timex[] = [];
  const ref = anchor ? anchorDate(anchor) : null;
  const results = !mayHoldDate(sentence) ? [] : ref ? chrono.parse(sentence, { instant: ref, timezone: 'UTC' }) : chrono.parse(sentence);
  for (const r of results) {
    // the clause before the expression, up to 80 characters: "said they would formally recognise a Palestinian state on May 28"
    const before = sentence.slice(Math.max(0, r.index - 80), r.index).split(/[,;:]/).pop()!;
    const future = FUTURE_CUES.test(before) || /\b(next|coming)\b/i.test(r.text);
    const past = /\b(last|past|previous|ago|earlier)\b/i.test(r.text) || /\blast\s*$/i.test(before);
    // "five years after the war", "two days later": counted from another event, not from today
    if (/\b(after|later|before|earlier|since)\s*$/i.test(r.text) && !/\bago\b/i.test(r.text)) continue;
    // "after four hours of talks", "for two weeks": a duration, not a date
    if (/^(after|for|within|over)\s+(\S+\s+)?(hours?|minutes?|days?|weeks?|months?|years?)\b/i.test(r.text)) continue;
    // without a publication date only a date that names its year can be resolved
    if (!ref && !r.start.isCertain('year')) continue;
    if (out.some((t) => t.start - offset <= r.index && r.index < t.end - offset)) continue; // "last year" of "April last year"
    if (/^(last|this|next) week$/i.test(r.text)) continue; // a week is no day: see weekOf below
    // "April last year", "in March of next year": the month of the year the words name
    const year = ref && !r.start.isCertain('year') && r.start.isCertain('month') ? /^\s*(?:of\s+)?(last|this|next) year\b/i.exec(sentence.slice(r.index + r.text.length)) : null;
    if (year && ref) {
      const y = ref.getUTCFullYear() + ({ last: -1, this: 0, next: 1 } as const)[year[1]!.toLowerCase() as 'last' | 'this' | 'next'];
      const day = r.start.isCertain('day') ? `-${pad(r.start.get('day')!)}` : '';
      const text = sentence.slice(r.index, r.index + r.text.length + year[0].length);
      out.push({ start: offset + r.index, end: offset + r.index + text.length, text, value: `${y}-${pad(r.start.get('month')!)}${day}`, precision: day ? 'day' : 'month', future: y > ref.getUTCFullYear() });
      continue;
    }
    const v = resolveResult(r, ref, future && !past);
    if (!v) continue;
    out.push({ start: offset + r.index, end: offset + r.index + r.text.length, text: r.text, value: v.value, precision: v.precision, future: future && !past });
  }
  // each search below runs only where the word it needs occurs: a quick scan, where `matchAll`
  // would clone its pattern for every sentence
  // "earlier this month", "earlier in the month": the anchor's month
  if (anchor && /month/i.test(sentence)) {
    for (const m of sentence.matchAll(/\b(earlier|later) (this|in the) month\b|\bthis month\b/gi)) {
      if (out.some((t) => t.start - offset <= m.index && m.index < t.end - offset)) continue;
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: anchor.slice(0, 7), precision: 'month', future: /later/i.test(m[0]) });
    }
  }
  // "earlier this week", "this week", "last week", "next week": the month the week lies in
  // (its year when it spans two months); a week names no day
  if (ref && /week/i.test(sentence)) {
    for (const m of sentence.matchAll(/\b(?:(earlier|later) (?:this|in the) week|(this|last|next) week)\b/gi)) {
      if (out.some((t) => t.start - offset <= m.index && m.index < t.end - offset)) continue;
      const v = weekOf(ref, (m[1] ?? m[2])!.toLowerCase());
      if (v) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], value: v.value, precision: v.precision, future: /^(later|next)/i.test(m[0]) });
    }
  }
  // a bare year: "in 2020", "In 2007,", "since 2011"
  if (/(?:19|20)\d\d/.test(sentence)) {
    for (const m of sentence.matchAll(/\b(?:in|since|during|until|by|from|of|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–)?\s*\d)/gi)) {
      const at = m.index + m[0].indexOf(m[1]!);
      if (out.some((t) => t.start - offset <= at && at < t.end - offset)) continue;
      out.push({ start: offset + at, end: offset + at + 4, text: m[1]!, value: m[1]!, precision: 'year', future: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolveResult(r: chrono.ParsedResult, ref: Date | null, future: boolean): { value: string; precision: DatePrecision } | null {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const text = r.text.toLowerCase();
  if (/^\d{1,2}[:.]\d{2}/.test(text) || /^(at\s+)?\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)/.test(text)) return null; // a clock time alone
  if (known('day') && known('month')) {
    let d = c.date();
    if (!known('year') && ref) d = shiftYear(d, ref, future);
    return { value: iso(d), precision: 'day' };
  }
  if (known('weekday') && !known('day') && ref) {
    const day = c.get('weekday') ?? WEEKDAYS.indexOf(text.replace(/^on\s+/, '').split(/\s/)[0] ?? '');
    if (day < 0) return null;
    if (/\b(last|next|this)\b/.test(text) && !/^on\b/.test(text)) return { value: iso(c.date()), precision: 'day' };
    const d = new Date(ref);
    const delta = (ref.getUTCDay() - day + 7) % 7;
    // the publication's own weekday is that day, for what is to come as for what happened:
    // "is scheduled to travel on Friday" in a Friday report is today; a week ahead says "next Friday"
    d.setUTCDate(d.getUTCDate() + (future ? (day - ref.getUTCDay() + 7) % 7 : -delta));
    return { value: iso(d), precision: 'day' };
  }
  if (known('month')) {
    let d = c.date();
    if (!known('year') && ref) d = shiftYear(d, ref, future, true);
    return { value: iso(d).slice(0, 7), precision: 'month' };
  }
  if (known('year')) return { value: String(c.get('year')), precision: 'year' };
  if (known('day') && ref) return { value: iso(c.date()), precision: 'day' }; // "yesterday", "today"
  if (/\b(today|yesterday|tonight|this morning|this evening)\b/.test(text)) return { value: iso(c.date()), precision: 'day' };
  return null;
}

/** Picks the year for a date written without one: the last before the anchor, or the next after it. */
function shiftYear(d: Date, ref: Date, future: boolean, monthOnly = false): Date {
  const out = new Date(d);
  out.setUTCFullYear(ref.getUTCFullYear());
  const key = (x: Date) => (monthOnly ? x.getUTCFullYear() * 12 + x.getUTCMonth() : x.getTime());
  if (future) {
    if (key(out) < key(ref) || (monthOnly && key(out) === key(ref))) out.setUTCFullYear(out.getUTCFullYear() + 1);
  } else if (key(out) > key(ref) + (monthOnly ? 0 : 2 * 86400000)) {
    out.setUTCFullYear(out.getUTCFullYear() - 1);
  }
  return out;
}

/** The month (else the year) of the days a week phrase covers: "earlier" this week is Monday to the anchor, "later" the anchor to Sunday. */
function weekOf(ref: Date, which: string): { value: string; precision: DatePrecision } | null {
  const day = (n: number) => new Date(ref.getTime() + n * 86400000);
  const monday = -((ref.getUTCDay() + 6) % 7);
  const [from, to] = which === 'earlier' ? [monday, 0] : which === 'later' ? [0, monday + 6] : which === 'last' ? [monday - 7, monday - 1] : which === 'next' ? [monday + 7, monday + 13] : [monday, monday + 6];
  const a = iso(day(from));
  const b = iso(day(to));
  if (a.slice(0, 7) === b.slice(0, 7)) return { value: a.slice(0, 7), precision: 'month' };
  if (a.slice(0, 4) === b.slice(0, 4)) return { value: a.slice(0, 4), precision: 'year' };
  return null;
}
