import { readdirSync } from 'node:fs';
import { dataPath } from '../src/data/paths.js';
import { list, readTsv } from '../src/data/tsv.js';
import type { Random } from './random.js';

/** A state as the generator writes about it. */
export interface Country {
  iso3: string;
  name: string;
  demonym: string | null;
  capital: string | null;
}

/** A person with a dated office, from data/kb/people. */
export interface Officeholder {
  name: string;
  country: string;
  title: string;
  from: string;
  to: string | null;
}

export interface Igo {
  name: string;
  /** The organisation code actors are scored by (UN for every UN body). */
  org: string;
}

/** Actor material for the corpus and the event generator, read from data/kb. */
export interface ActorBook {
  /** Most newsworthy first, so a Zipf draw over the list gives a realistic spread. */
  countries: Country[];
  people: Map<string, Officeholder[]>;
  igos: Igo[];
}

/** States that news reports most often, in rough order; the rest follow in file order. */
const NEWSWORTHY = [
  'USA', 'RUS', 'CHN', 'UKR', 'IRN', 'ISR', 'GBR', 'FRA', 'DEU', 'TUR', 'IND', 'JPN', 'SAU', 'PAK', 'SYR', 'IRQ', 'AFG', 'PRK',
  'KOR', 'EGY', 'PSE', 'LBN', 'YEM', 'BRA', 'MEX', 'QAT', 'ARE', 'POL', 'ITA', 'CAN', 'AUS', 'VEN', 'ETH', 'SDN', 'NGA', 'ZAF',
];

export function loadActorBook(): ActorBook {
  const all = readTsv(dataPath('kb', 'countries.tsv'), ['iso3', 'name']).map((r) => ({
    iso3: r.cells.iso3!,
    name: r.cells.name!,
    demonym: list(r.cells.demonyms)[0] ?? null,
    capital: list(r.cells.capitals)[0] ?? null,
  }));
  const rank = (c: Country) => {
    const i = NEWSWORTHY.indexOf(c.iso3);
    return i < 0 ? NEWSWORTHY.length : i;
  };
  const countries = all.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);

  const people = new Map<string, Officeholder[]>();
  const dir = dataPath('kb', 'people');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const r of readTsv(`${dir}/${file}`, ['name'])) {
      const c = r.cells;
      if (!c.country || !c.title || !c.from) continue;
      const p: Officeholder = { name: c.name!, country: c.country!, title: c.title, from: c.from, to: c.to || null };
      let l = people.get(p.country);
      if (!l) people.set(p.country, (l = []));
      l.push(p);
    }
  }
  const igos = readTsv(dataPath('kb', 'igos.tsv'), ['id', 'name']).map((r) => ({ name: r.cells.name!, org: r.cells.org || r.cells.id! }));
  return { countries, people, igos };
}

/** Someone who held an office in the country on that date, if the knowledge base knows one. */
export function officeholderOn(book: ActorBook, iso3: string, date: string, rnd: Random): Officeholder | null {
  const l = (book.people.get(iso3) ?? []).filter((p) => p.from <= date && (!p.to || date < p.to));
  return l.length ? rnd.pick(l) : null;
}
