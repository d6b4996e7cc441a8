import type { Actor, EventRecord, Modality, Role } from '../src/core/types.js';
import { Ontology, quadClass } from '../src/ontology/cameo.js';
import { officeholderOn, type ActorBook, type Country } from './actors.js';
import type { Random } from './random.js';

/**
 * Share of each CAMEO root in coded news, roughly as large event datasets show it:
 * statements, consultations and cooperation dominate, force is rarer.
 */
const ROOT_WEIGHTS: [string, number][] = [
  ['01', 12], ['02', 8], ['03', 6], ['04', 22], ['05', 8], ['06', 2], ['07', 3], ['08', 3], ['09', 1], ['10', 3],
  ['11', 7], ['12', 2], ['13', 2], ['14', 2], ['15', 1], ['16', 2], ['17', 5], ['18', 4], ['19', 6], ['20', 1],
];
const ROLES: (Role | null)[] = [null, null, null, 'GOV', 'GOV', 'GOV', 'MIL', 'MIL', 'LEG', 'OPP', 'REB', 'BUS', 'MED', 'CVL', 'JUD'];
const MODALITIES: Modality[] = ['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'planned', 'planned', 'negated', 'hypothetical'];

/** Synthetic coder output with a realistic spread of actors, dates and codes. */
export class EventFaker {
  private readonly byRoot = new Map<string, { code: string; name: string; goldstein: number | null }[]>();
  private readonly rootTotal = ROOT_WEIGHTS.reduce((a, [, w]) => a + w, 0);

  constructor(
    private readonly book: ActorBook,
    private readonly rnd: Random,
    ontology = Ontology.load(),
  ) {
    for (const c of ontology.all()) {
      const root = c.code.slice(0, 2);
      let l = this.byRoot.get(root);
      if (!l) this.byRoot.set(root, (l = []));
      l.push(c);
    }
  }

  /** A state by newsworthiness (Zipf), as the corpus generator draws them. */
  country(): Country {
    return this.book.countries[this.rnd.zipf(this.book.countries.length, 1.1)]!;
  }

  /** A CAMEO root by its share in the news. */
  root(): string {
    let x = this.rnd.next() * this.rootTotal;
    for (const [root, w] of ROOT_WEIGHTS) if ((x -= w) <= 0) return root;
    return '04';
  }

  private actor(c: Country, date: string): Actor {
    const r = this.rnd;
    if (r.chance(0.05)) {
      const igo = r.pick(this.book.igos);
      return { code: `IGO:${igo.org}`, country: null, org: igo.org, role: null, name: igo.name };
    }
    const role = r.pick(ROLES);
    const person = role === 'GOV' && r.chance(0.5) ? officeholderOn(this.book, c.iso3, date, r) : null;
    const name = person?.name ?? (role ? `${c.demonym ?? c.name} ${role === 'MIL' ? 'military' : role === 'GOV' ? 'government' : 'officials'}` : c.name);
    return { code: `${c.iso3}${role ?? ''}`, country: c.iso3, org: null, role, name };
  }

  /** One event reported in an article published on `published` (YYYY-MM-DD). */
  event(published: string, evidenceStart: number): EventRecord {
    const r = this.rnd;
    const a = this.country();
    let b = this.country();
    while (b === a) b = this.country();
    const codes = this.byRoot.get(this.root()) ?? this.byRoot.get('04')!;
    const c = r.pick(codes);
    const d = new Date(Date.parse(published) - r.int(0, 14) * 86_400_000).toISOString().slice(0, 10);
    const roll = r.next();
    const [date, precision] = roll < 0.08 ? [null, null] : roll < 0.18 ? [d.slice(0, 7), 'month' as const] : roll < 0.22 ? [d.slice(0, 4), 'year' as const] : [d, 'day' as const];
    const source = this.actor(a, d);
    const target = this.actor(b, d);
    const text = `${source.name} and ${target.name}: ${c.name.toLowerCase()}, officials said in a statement about the talks held that week.`;
    return {
      source, target, cameo: c.code, label: c.name, plover: null, quad: quadClass(c.code), goldstein: c.goldstein, modality: r.pick(MODALITIES),
      date, date_precision: precision, date_basis: date ? 'stated' : null, evidence: { text, start: evidenceStart, end: evidenceStart + text.length }, more_evidence: [],
      confidence: Math.round((0.3 + 0.7 * r.next()) * 100) / 100, provenance: { stage: 'events', rule: `${c.code}.bench`, reason: 'synthetic benchmark event' },
    };
  }
}
