import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { mayHoldDate } from '../../src/stages/timex/may-hold-date.js';
import { root, shared } from '../helpers/paths.js';

const ref = new Date('2021-10-18T12:00:00Z');
const found = (s: string) => chrono.parse(s, { instant: ref, timezone: 'UTC' }).length > 0;

/** Sentences chrono finds something in that the prefilter would skip: must be none. */
function misses(sentences: Iterable<string>): string[] {
  const out: string[] = [];
  for (const s of sentences) if (!mayHoldDate(s) && found(s)) out.push(s);
  return out;
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n\s*\n/).filter((s) => s.trim());

test('timex prefilter: keeps every sentence of the seed reports, the examples and the docs that chrono finds a date in', () => {
  const texts = [
    ...readdirSync(join(shared, 'corpus', 'seeds')).map((f) => readFileSync(join(shared, 'corpus', 'seeds', f), 'utf8')),
    ...readdirSync(join(root, 'examples')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
    ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'docs', f), 'utf8')),
  ];
  assert.deepEqual(misses(texts.flatMap(sentencesOf)), []);
});

test('timex prefilter: keeps the odd wordings chrono reads as durations', () => {
  const odd = ['He was in the money.', 'the money ago', 'a day ago', 'in a sec', 'The war lasts.', 'half an hour', 'a couple of weeks later', 'on Sat.', 'Mayfirst', 'the fourthmay', 'inmarch', 'lastnight', 'thismorning'];
  assert.deepEqual(misses(odd), []);
});

test('timex prefilter: keeps every generated string of date words, number words and glue that chrono finds a date in', () => {
  const parts = ['one', 'two', 'ten', 'six', 'seven', 'the', 'a', 'an', 'several', 'few', 'half', 'couple', 'of', 'in', 'within', 'for', 'about', 'this', 'last', 'past', 'next', 'after', 'ago', 'before', 'earlier', 'later', 'from', 'now', 'out', 'forward', 's', 'm', 'h', 'd', 'w', 'y', 'mo', 'mon', 'sec', 'min', 'hr', 'yr', 'qtr', 'day', 'days', 'week', 'month', 'year', 'may', 'mar', 'dec', 'jan', 'sept', 'march', 'sun', 'sat', 'wed', 'thu', 'fri', 'monday', 'weekend', 'first', 'second', 'third', 'twenty', 'fourth', 'noon', 'night', 'morning', 'tonight', 'today', 'end', 'on', 'to', '-', '+', ',', '(', ')', '.', 'ey', 'oney', 'x', 'er', 'and', 'at', 'o', 'clock', 'is', 're', 'e'];
  const glue = ['', ' ', ' ', ' ', '  ', ', ', '-', '.'];
  let seed = 7;
  const pick = <T>(xs: readonly T[]): T => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return xs[seed % xs.length]!;
  };
  const strings: string[] = [];
  for (let i = 0; i < 20000; i++) {
    let s = pick(parts);
    for (let k = pick([0, 1, 2, 3, 4]); k > 0; k--) s += pick(glue) + pick(parts);
    strings.push(i % 3 ? s : `He said ${s} it.`);
  }
  assert.deepEqual(misses(strings), []);
});

test('timex prefilter: skips sentences without date words', () => {
  assert.equal(mayHoldDate('The minister met his counterpart and signed an agreement on trade.'), false);
  assert.equal(mayHoldDate('Officials said the talks were constructive.'), false);
});
