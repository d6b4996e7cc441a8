import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, EventRecord } from '../../src/core/types.js';
import type { EventFilter, Store, StoredEvent } from '../../src/store/contract.js';

const STATES = ['IRN', 'RUS', 'CHN', 'USA'];
const ROLES = [null, 'GOV', 'MIL'] as const;
const IGOS = ['UN', 'NATO', 'UNHCR'];

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function events(n: number): EventRecord[] {
  const r = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const actor = (): Actor => {
    if (r() < 0.15) {
      const org = pick(IGOS);
      return { code: `IGO:${org}`, country: null, org, role: null, name: org };
    }
    const c = pick(STATES);
    const role = pick(ROLES);
    return { code: `${c}${role ?? ''}`, country: c, org: null, role, name: r() < 0.3 ? 'Sergei Shoigu' : c };
  };
  return Array.from({ length: n }, (_, i) => {
    const day = `202${Math.floor(r() * 3)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    const roll = r();
    const date = roll < 0.1 ? null : roll < 0.2 ? day.slice(0, 7) : day;
    const cameo = pick(['042', '046', '057', '190', '0211']);
    return {
      source: actor(), target: actor(), cameo, label: 'x', plover: null, quad: cameo === '190' ? 4 : 1, goldstein: 1, modality: 'asserted',
      date, date_precision: date ? (date.length === 7 ? 'month' : 'day') : null, date_basis: date ? 'stated' : null,
      evidence: { text: `e${i}`, start: i, end: i + 1 }, more_evidence: [], confidence: Math.round(r() * 100) / 100, provenance: { stage: 'events', rule: 'r', reason: 'test' },
    };
  });
}

const key = (a: Actor) => a.country ?? `IGO:${a.org}`;
const CODE = /^[A-Z]{3}[A-Z]{0,3}$/;

/** The documented meaning of an actor filter, written plainly. */
function actorMatches(x: string, e: StoredEvent): boolean {
  return [e.source, e.target].some((a) => {
    if (x === 'IGO') return key(a).startsWith('IGO:');
    if (x.startsWith('IGO:')) return key(a) === x;
    if (CODE.test(x)) return (key(a) === x.slice(0, 3) && a.code.startsWith(x)) || key(a) === `IGO:${x}`;
    return a.code.toUpperCase().startsWith(x.toUpperCase()) || (a.name ?? '').toLowerCase().includes(x.toLowerCase());
  });
}

function matches(f: EventFilter, e: StoredEvent): boolean {
  if (f.actor && !actorMatches(f.actor, e)) return false;
  if (f.pair) {
    const [a, b] = f.pair;
    const [s, t] = [key(e.source), key(e.target)];
    if (!((s === a && t === b) || (s === b && t === a))) return false;
  }
  if (f.root && e.cameo.slice(0, 2) !== f.root) return false;
  if (f.from && (!e.date || e.date < f.from)) return false;
  if (f.to && (!e.date || e.date > `${f.to}-31`)) return false;
  return true;
}

const byDateDesc = (a: StoredEvent, b: StoredEvent) =>
  a.date === b.date ? a.id - b.id : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;

/**
 * Event queries against a plain reference: whatever SQL a backend builds (index-friendly
 * branches per side of the event, counts by inclusion–exclusion), the rows, their order,
 * the pages and the totals are those the filter's meaning gives.
 */
export function eventQueryConformance(name: string, open: () => Promise<Store>): void {
  test(`${name}: actor, pair, root and date filters page and count as their plain meaning says`, async () => {
    const s = await open();
    try {
      const all = events(240);
      for (let i = 0; i < all.length; i += 40) await s.saveArticle({ id: `p${i}`, title: null, published: '2022-12-31', source: null, url: null, text: `article ${i}` }, [], all.slice(i, i + 40));
      const stored = await s.queryEvents({ limit: 10_000 });
      assert.equal(stored.length, 240);
      const filters: EventFilter[] = [
        { actor: 'IRN' }, { actor: 'IRNMIL' }, { actor: 'RUSG' }, { actor: 'NATO' }, { actor: 'UNH' }, { actor: 'UNHCR' }, { actor: 'UN' }, { actor: 'IGO' }, { actor: 'IGO:UN' },
        { actor: 'iran' }, { actor: 'Shoigu' }, { actor: 'USA', root: '04' }, { actor: 'CHN', from: '2021', to: '2021-06' },
        { pair: ['IRN', 'RUS'] }, { pair: ['RUS', 'RUS'] }, { pair: ['IRN', 'IGO:UN'], root: '05' }, { pair: ['USA', 'CHN'], from: '2020-03', to: '2022' },
        { pair: ['IRN', 'RUS'], actor: 'IRNGOV' }, { root: '19' }, {},
      ];
      let empty = 0;
      for (const f of filters) {
        const expected = stored.filter((e) => matches(f, e)).sort(byDateDesc);
        if (!expected.length) empty++;
        assert.equal(await s.countEvents(f), expected.length, `count ${JSON.stringify(f)}`);
        for (const [limit, offset] of [[1000, 0], [7, 0], [7, 7], [5, 20]] as const) {
          const got = await s.queryEvents({ ...f, limit, offset });
          assert.deepEqual(got.map((e) => e.id), expected.slice(offset, offset + limit).map((e) => e.id), `page ${JSON.stringify({ ...f, limit, offset })}`);
        }
      }
      assert.ok(empty <= 3, `the sample data should give most filters some rows (${empty} gave none)`);
    } finally {
      await s.close();
    }
  });
}
