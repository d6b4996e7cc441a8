/**
 * A synthetic news corpus for the benchmarks: N articles as JSON lines, deterministic for a
 * seed. Actors come from data/kb (states, capitals, demonyms, officeholders in office on
 * the article's date, IGOs); event wordings from data/cameo/patterns.tsv plus a built-in
 * list; every sentence template is written for this file. Lengths run from 150 to 1,500
 * words, most between 300 and 800, with a headline and a dateline.
 *
 *   node dist/bench/corpus.js --n 1000 --seed 7 --out /tmp/corpus.jsonl
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Article } from '../src/core/types.js';
import { loadActorBook, officeholderOn, type ActorBook, type Country } from './actors.js';
import { Random } from './random.js';
import { BUILT_IN, patternWordings, renderPattern } from './wordings.js';

const TOPICS = [
  'energy cooperation', 'the nuclear programme', 'border security', 'grain exports', 'the refugee crisis', 'trade tariffs',
  'maritime security', 'climate finance', 'arms control', 'counter-terrorism', 'the gas pipeline', 'debt relief',
  'fishing rights', 'a prisoner exchange', 'visa rules', 'water sharing', 'the peace process', 'regional stability',
  'humanitarian access', 'the disputed islands', 'oil production quotas', 'cyber security', 'the election results',
];
const FILLERS = [
  'The talks come amid growing concern over {topic}.',
  'Analysts said the move could reshape the debate on {topic} for years.',
  'No further details were given.',
  'The meeting lasted about {n} hours, according to a statement released afterwards.',
  'Trade between the two countries reached {n} billion dollars last year, official figures show.',
  'Officials did not respond to requests for comment.',
  'The announcement was broadcast on state television in the evening.',
  'Markets reacted calmly to the news, and the currency held steady.',
  'Critics at home said the government had moved too slowly on {topic}.',
  'The region has seen repeated crises over {topic} in recent years.',
  'Both sides described the discussions as frank and constructive.',
  'Diplomats said a follow-up meeting could take place before the end of the year.',
  'More than {n} hundred people attended the ceremony in {city}.',
  'The issue is expected to dominate the summit in {month}.',
  '"We want a lasting solution on {topic}," a senior official said, speaking on condition of anonymity.',
  'According to local media, {n} people were injured in the unrest that followed.',
  'The ministry said in a statement that it was studying the proposal carefully.',
  'Opposition leaders called for a parliamentary debate on the matter.',
  'The foreign ministry spokesperson told a regular news briefing that the position had not changed.',
  'Observers noted that the wording of the final communique was cautious.',
  'Earlier rounds of negotiations on {topic} ended without agreement.',
  'The newspaper, citing two people familiar with the matter, said the plan was still being drafted.',
  'Humanitarian groups warned that conditions in the camps near {city} were worsening.',
  'The central bank kept interest rates unchanged on the same day.',
  'Heavy rain delayed the arrival of several delegations.',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AGENCIES = ['Meridian Wire', 'Northbridge Press', 'Harbour News Agency', 'Continental Dispatch', 'Capital Post Service'];
const GROUP_NOUNS = ['officials', 'troops', 'diplomats', 'the foreign ministry', 'the defence ministry', 'lawmakers', 'forces', 'the government'];
const HEADLINE_VERBS = ['and {T} agree on', 'warns {T} over', 'and {T} hold talks on', 'accuses {T} over', 'seeks support from {T} on', 'rejects {T} plan on'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Writes articles one at a time; the same seed gives the same articles. */
export class CorpusGenerator {
  private readonly rnd: Random;
  private readonly patterns = patternWordings();

  /** `words`: the range of article lengths; most fall in its lower half. */
  constructor(
    seed: number,
    private readonly words: { min: number; max: number } = { min: 150, max: 1500 },
    private readonly book: ActorBook = loadActorBook(),
  ) {
    this.rnd = new Random(seed);
  }

  /** The i-th article of the corpus. */
  article(i: number): Article {
    const r = this.rnd;
    // 2000-01-01 .. 2024-06-30: officeholders in data/kb cover these years
    const published = new Date(Date.UTC(2000, 0, 1) + r.int(0, 8946) * 86_400_000);
    const date = iso(published);
    const cast = this.cast(r.int(2, 4));
    const host = cast[0]!;
    const target = Math.round(this.words.min + (this.words.max - this.words.min) * r.next() ** 2);
    const [s, t] = [this.mention(cast[0]!, date, true), this.mention(cast[1]!, date, true)];
    const title = `${s.short} ${r.pick(HEADLINE_VERBS).replace('{T}', t.short)} ${r.pick(TOPICS)}`;
    const agency = r.pick(AGENCIES);
    const dateline = `${(host.capital ?? host.name).toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} (${agency}) — `;
    const paragraphs: string[] = [];
    let count = words(title) + words(dateline);
    let first = true;
    while (count < target) {
      const p = Array.from({ length: r.int(2, 4) }, () => this.sentence(cast, date, published, first && !(first = false))).join(' ');
      paragraphs.push(p);
      count += words(p);
    }
    const text = `${capitalize(title)}\n\n${dateline}${paragraphs.join('\n\n')}`;
    return { id: `bench-${i}`, title: capitalize(title), published: date, source: agency, url: `https://news.example/${date}/${i}`, text };
  }

  /** A few distinct states for one article, the newsworthy ones more often. */
  private cast(n: number): Country[] {
    const out: Country[] = [];
    while (out.length < n) {
      const c = this.book.countries[this.rnd.zipf(this.book.countries.length, 1.3)]!;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** How an actor is named: the state, its capital, its people, or one of its officeholders. */
  private mention(c: Country, date: string, opening: boolean): { full: string; short: string } {
    const r = this.rnd;
    const roll = r.next();
    if (roll < 0.3) {
      const p = officeholderOn(this.book, c.iso3, date, r);
      if (p) return { full: `${opening ? `${c.name}'s ` : ''}${p.title} ${p.name}`, short: p.name.split(' ').at(-1)! };
    }
    if (roll < 0.45 && c.capital) return { full: c.capital, short: c.capital };
    if (roll < 0.6 && c.demonym) {
      const noun = r.pick(GROUP_NOUNS);
      return { full: noun.startsWith('the ') ? `the ${c.demonym} ${noun.slice(4)}` : `${c.demonym} ${noun}`, short: c.name };
    }
    if (roll < 0.65) {
      const igo = r.pick(this.book.igos);
      return { full: `the ${igo.name}`, short: igo.name };
    }
    return { full: c.name, short: c.name };
  }

  private sentence(cast: Country[], date: string, published: Date, opening: boolean): string {
    const r = this.rnd;
    if (!opening && r.chance(0.55)) return this.fill(r.pick(FILLERS), cast);
    const a = r.pick(cast);
    let b = r.pick(cast);
    while (b === a) b = r.pick(cast);
    const wording = this.patterns.length && r.chance(0.5) ? renderPattern(r.pick(this.patterns), r) : r.pick(BUILT_IN);
    const text = wording
      .replace('{S}', this.mention(a, date, opening).full)
      .replace('{T}', this.mention(b, date, false).full)
      .replace(' {D}', this.datePhrase(published));
    return capitalize(this.fill(text, cast));
  }

  /** "on Monday", "on March 3", "last week", or nothing: relative to the publication date. */
  private datePhrase(published: Date): string {
    const r = this.rnd;
    const back = new Date(published.getTime() - r.int(1, 6) * 86_400_000);
    const roll = r.next();
    if (roll < 0.35) return ` on ${WEEKDAYS[back.getUTCDay()]}`;
    if (roll < 0.5) return ` on ${MONTHS[back.getUTCMonth()]} ${back.getUTCDate()}`;
    if (roll < 0.6) return ' last week';
    if (roll < 0.65) return ' earlier this month';
    return '';
  }

  private fill(s: string, cast: Country[]): string {
    const r = this.rnd;
    return s
      .replace(/\{topic\}/g, () => r.pick(TOPICS))
      .replace(/\{n\}/g, () => String(r.int(2, 90)))
      .replace(/\{city\}/g, () => r.pick(cast).capital ?? r.pick(cast).name)
      .replace(/\{month\}/g, () => r.pick(MONTHS));
  }
}

/** The first `n` articles for a seed. */
export function* corpus(n: number, seed: number): Generator<Article> {
  const g = new CorpusGenerator(seed);
  for (let i = 0; i < n; i++) yield g.article(i);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const n = Number(values.n);
  const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
  let total = 0;
  for (const a of corpus(n, Number(values.seed))) {
    total += words(a.text);
    if (!out.write(`${JSON.stringify(a)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  if (out !== process.stdout) out.end();
  console.error(`corpus: ${n} article(s), ${total} words (mean ${Math.round(total / Math.max(1, n))}), seed ${values.seed}${values.out ? ` → ${values.out}` : ''}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
