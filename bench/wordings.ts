import { existsSync } from 'node:fs';
import { dataPath } from '../src/data/paths.js';
import { list, readTsv } from '../src/data/tsv.js';
import type { Random } from './random.js';

/**
 * An event wording with slots: `{S}` the source actor, `{T}` the target, `{D}` a date
 * phrase, `{topic}` a subject. Rendered by the corpus generator.
 */
export type Wording = string;

/** Event wordings written for the benchmark, so it runs even without data/cameo. */
export const BUILT_IN: readonly Wording[] = [
  '{S} accused {T} of violating the ceasefire {D}.',
  '{S} met {T} {D} to discuss {topic}.',
  '{S} signed an agreement with {T} on {topic} {D}.',
  '{S} condemned {T} for its handling of {topic}.',
  '{S} hosted {T} for talks on {topic} {D}.',
  '{S} imposed new sanctions on {T} {D}.',
  '{S} called on {T} to resume negotiations on {topic}.',
  '{S} praised {T} for its role in {topic}.',
  '{S} expelled two diplomats from {T} {D}.',
  '{S} agreed to provide {T} with emergency aid.',
  '{S} rejected a proposal from {T} on {topic}.',
  '{S} and {T} held joint naval drills {D}.',
  '{S} urged {T} to show restraint.',
  '{S} threatened to retaliate against {T}.',
  '{S} thanked {T} for its support on {topic}.',
  '{S} warned {T} against any escalation.',
  '{S} recalled its ambassador from {T} {D}.',
  '{S} pledged financial assistance to {T} {D}.',
  '{S} will visit {T} next month for talks on {topic}.',
  '{S} plans to sign a defence pact with {T} later this year.',
  '{S} did not meet {T} during the summit.',
  '{S} denied that it had supplied weapons to {T}.',
  '{S} launched air strikes against {T} {D}.',
  '{S} arrested several people accused of spying for {T} {D}.',
  '{S} offered to mediate between {T} and its neighbours.',
  '{S} criticised {T} over {topic}.',
  '{S} welcomed the decision by {T} to reopen its embassy.',
  '{S} demanded that {T} withdraw its troops from the border.',
  '{S} held a telephone call with {T} {D}.',
  '{S} cut diplomatic ties with {T} {D}.',
];

const REGULAR_PAST = (w: string) =>
  w.endsWith('ed') ? w : w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : /^[^aeiou]*[aeiou][bdgmnpt]$/.test(w) ? `${w}${w.at(-1)}ed` : `${w}ed`;
const ADJECTIVE = /..(ic|ous|ful|sive|tive|able)$/;
// A gap in a pattern stands for up to three words; an article or nothing keeps the English plain.
const GAP_FILLERS = ['', '', 'the'];

/**
 * Wordings made from data/cameo/patterns.tsv: a pattern that starts with its verb and has a
 * target slot becomes "{S} <verb in the past> … {T}". Every alternative is kept, picked
 * at random when rendered, so the corpus uses the coder's whole vocabulary, not one word
 * per code. Empty when the file is absent.
 */
export function patternWordings(): { verb: string; rest: string[][]; noun: boolean }[] {
  const path = dataPath('cameo', 'patterns.tsv');
  if (!existsSync(path)) return [];
  const past = irregularPast();
  const out: { verb: string; rest: string[][]; noun: boolean }[] = [];
  for (const row of readTsv(path, ['id', 'cameo', 'pattern'])) {
    const elements = row.cells.pattern!.trim().split(/\s+/);
    // the target last, so the sentence ends where the pattern does
    if (elements.at(-1) !== 'TARGET' || elements.includes('SOURCE')) continue;
    const first = elements[0]!;
    const tilde = elements.findIndex((e) => e.startsWith('~'));
    if (first === 'TARGET' || first === '..' || (tilde > 0)) continue;
    const alts = first.replace(/^~/, '').split('|').map((w) => w.replace(/=$/, ''));
    for (const alt of alts) {
      // a plural trigger ("airstrikes", "talks") is a noun even when the reason does not say so
      const noun = /noun/i.test(row.cells.reason ?? '') || /[^s]s$/.test(alt);
      const verb = noun ? alt : ADJECTIVE.test(alt) ? `was ${alt}` : past.get(alt) ?? REGULAR_PAST(alt);
      out.push({ verb, rest: elements.slice(1).map((e) => (e === '..' ? GAP_FILLERS : e === 'TARGET' ? ['{T}'] : e.replace(/^~/, '').split('|').map((w) => w.replace(/=$/, '')))), noun });
    }
  }
  return out;
}

function irregularPast(): Map<string, string> {
  const path = dataPath('lexicon', 'irregular-verbs.tsv');
  const m = new Map<string, string>();
  if (!existsSync(path)) return m;
  for (const r of readTsv(path, ['base'])) {
    const p = list(r.cells.past)[0];
    if (p) m.set(r.cells.base!.toLowerCase(), p);
  }
  return m;
}

/** A wording with the pattern's words chosen: "{S} sent a message to {T} {D}." */
export function renderPattern(p: { verb: string; rest: string[][]; noun: boolean }, rnd: Random): Wording {
  const words = p.rest.map((alts) => rnd.pick(alts)).filter(Boolean);
  const head = p.noun ? `{S} ${rnd.pick(['announced', 'reported', 'confirmed'])} ${p.verb}` : `{S} ${p.verb}`;
  return `${[head, ...words].join(' ')} {D}.`;
}
