/**
 * A cheap test that a sentence cannot hold anything chrono-node (2.x, English casual) would
 * find, so that chrono, a fifth of the coding time, runs only where it can find something.
 * It must stay a superset of chrono's parsers (locales/en/parsers, common/parsers): a
 * sentence it rejects must be one chrono returns nothing for. Each condition below is what
 * one group of parsers' patterns need, loosened where in doubt; the left and right contexts
 * are those chrono's patterns allow (chrono re-runs a pattern from just after a failed match,
 * where its `^` no longer means a word start, which is why some conditions have no left edge).
 * Re-check it when chrono-node is upgraded (test/stages/timex-prefilter.test.ts compares it
 * with chrono on every sentence of the dev set and more).
 */

const UNIT = 'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the|several|few|half|couple';
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const WEEKDAY = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|wed|thurs|thur|thu|fri|sat|weekend|weekday';
const MODIFIER = 'this|last|past|next';
/** How each ordinal word (first … thirty-first) can begin, for a month written "May first". */
const ORDINAL_START = 'fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe';

const CONDITIONS: readonly RegExp[] = [
  // ISO, slash, year-month-day, clock times, numbers of days …: all need a digit
  /\d/,
  // "today", "yesterday", "last night", "now" (ENCasualDateParser)
  /\b(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?![a-z0-9_])/i,
  // "this morning", "at noon" (ENCasualTimeParser)
  /(?:morning|afternoon|evening|night|midnight|midday|noon)(?![a-z0-9_])/i,
  // "end of the month" (ENEndOfCurrentMonthParser)
  /\bof\s+(?:the\s+)?month(?![a-z0-9_])/i,
  // a month name, after "in", "of" or an ordinal word, before "of" or an ordinal word (ENMonthName*)
  new RegExp(`(?:${MONTH})(?<=(?:^|[^a-z]|in|of|st|nd|rd|th)(?:${MONTH}))(?=[^a-z]|$|of|${ORDINAL_START})`, 'i'),
  // a weekday, after "on" or a modifier, before "of" or a modifier (ENWeekdayParser)
  new RegExp(`(?:${WEEKDAY})(?<=(?:^|[^a-z]|on|${MODIFIER})(?:${WEEKDAY}))(?=[^a-z]|$|of|${MODIFIER})`, 'i'),
  // "last week", "this year" (ENRelativeDateFormatParser)
  new RegExp(`(?:${MODIFIER})\\s*(?:${UNIT})(?![a-z0-9_])`, 'i'),
  // Durations ("two days ago", "within a year", "in the money"): chrono keeps one only if a
  // number and its unit are apart ("themonth" is dropped) or the number is in digits, so a
  // number word, a space, then a unit that ends the word or runs into the next number or
  // into "ago", "later" … ("a few", "a couple", "half an" hold spaces of their own)
  /half|few|couple/i,
  new RegExp(`(?:${NUMBER_WORD}|an?)\\s{1,3}(?:${UNIT})(?:[^a-z]|$|${NUMBER_WORD}|a(?![a-z])|acouple|ago|before|earlier|later|after|from|henceforth|forward|out)`, 'i'),
];

/** False only if chrono-node can find no date or time in the sentence. */
export function mayHoldDate(sentence: string): boolean {
  for (const c of CONDITIONS) if (c.test(sentence)) return true;
  return false;
}
