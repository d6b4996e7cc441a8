import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeEvents, findEvent, seedId, sideKey } from '../helpers/seed-fixture.js';
import { fixture, type Fixture } from './fixture.js';

let f: Fixture;
let seed0: string;
let seed3: string;
before(async () => {
  f = await fixture({ seeded: true });
  seed0 = seedId('seed-000');
  seed3 = seedId('seed-003');
});
after(() => f.close());

interface Side {
  code: string;
  country: string | null;
  org: string | null;
  name: string | null;
}
interface Ev {
  fingerprint: string;
  article_id: string;
  cameo: string;
  quad: number;
  modality: string;
  date: string | null;
  confidence: number;
  source: Side;
  target: Side;
  corrections: unknown[];
  corrected: unknown;
}
const items = async (query: string): Promise<Ev[]> => {
  const r = await f.get(`/api/events?${query}`);
  assert.equal(r.status, 200, `${query}: ${JSON.stringify(r.body)}`);
  return r.body.items;
};
const fingerprints = (events: readonly Ev[]) => events.map((e) => e.fingerprint).sort();

test('GET /api/events gives {total, items}, paged, each item with its corrections', async () => {
  const article = (await f.get(`/api/articles/${seed0}`)).body.events as Ev[];
  assert.ok(article.length >= 6, `the coder finds at least six acts in seed-000: ${describeEvents(article)}`);
  const first = await f.get(`/api/events?article=${seed0}&limit=3`);
  assert.equal(first.body.total, article.length);
  assert.equal(first.body.items.length, 3);
  assert.deepEqual([first.body.limit, first.body.offset], [3, 0]);
  const pages: Ev[] = [];
  for (let offset = 0; offset < article.length + 3; offset += 3) {
    const page = await f.get(`/api/events?article=${seed0}&limit=3&offset=${offset}`);
    assert.equal(page.body.total, article.length, `offset ${offset}`);
    assert.equal(page.body.items.length, Math.max(0, Math.min(3, article.length - offset)), `offset ${offset}`);
    pages.push(...page.body.items);
  }
  assert.deepEqual(fingerprints(pages), fingerprints(article), 'the pages hold every event of the article once');
  for (const e of pages) assert.deepEqual([e.corrections, e.corrected], [[], null]);
});

test("GET /api/events filters, alone and combined, give exactly the coder's events that match", async () => {
  const all = await items('limit=1000');
  const seed0Events = all.filter((e) => e.article_id === seed0);
  const seed3Events = all.filter((e) => e.article_id === seed3);
  const visit = findEvent(seed0Events, 'IRN', 'RUS', '042');
  const names = (e: Ev) => [e.source.name, e.target.name].filter(Boolean).join(' ').toLowerCase();
  const irnRus = (e: Ev) => [sideKey(e.source), sideKey(e.target)].sort().join() === 'IRN,RUS';
  // [query, its meaning, the events it runs on, must it leave some out (the coder reliably gives both kinds)]
  const cases: [string, (e: Ev) => boolean, Ev[], boolean][] = [
    [`article=${seed0}&pair=IRN,RUS`, irnRus, seed0Events, true],
    [`article=${seed0}&pair=rus,irn`, irnRus, seed0Events, true],
    [`article=${seed0}&actor=IGO:UN`, (e) => sideKey(e.source).startsWith('IGO:UN') || sideKey(e.target).startsWith('IGO:UN'), seed0Events, true],
    [`article=${seed3}&actor=Shoigu`, (e) => names(e).includes('shoigu') || /^SHOIGU/.test(e.source.code) || /^SHOIGU/.test(e.target.code), seed3Events, false],
    [`article=${seed0}&cameo=04`, (e) => e.cameo.startsWith('04'), seed0Events, true],
    [`article=${seed0}&root=06`, (e) => e.cameo.startsWith('06'), seed0Events, true],
    [`article=${seed0}&quad=3`, (e) => e.quad === 3, seed0Events, true],
    [`article=${seed0}&modality=planned`, (e) => e.modality === 'planned', seed0Events, true],
    [`article=${seed0}&from=2021-10-16`, (e) => e.date !== null && e.date >= '2021-10-16', seed0Events, true],
    [`article=${seed0}&to=2021-09`, (e) => e.date !== null && e.date <= '2021-09-31', seed0Events, true],
    [`article=${seed0}&from=2021-10&to=2021-10`, (e) => e.date !== null && e.date >= '2021-10' && e.date <= '2021-10-31', seed0Events, true],
    [`article=${seed0}&min_confidence=${visit.confidence}`, (e) => e.confidence >= visit.confidence, seed0Events, false],
    [`article=${seed0}&pair=IRN,RUS&cameo=04&from=2021-10`, (e) => irnRus(e) && e.cameo.startsWith('04') && e.date !== null && e.date >= '2021-10', seed0Events, true],
    ['source=presstv&limit=1000', () => true, seed0Events, false],
    ['source=staff,%20agencies&limit=1000', () => true, seed3Events, false],
    [`pair=IRN,RUS&article=${seed3}`, irnRus, seed3Events, false],
  ];
  for (const [q, ok, pool, excludes] of cases) {
    const want = pool.filter(ok);
    assert.ok(want.length > 0, `${q}: the coder's events hold a match (${describeEvents(pool)})`);
    if (excludes) assert.ok(want.length < pool.length, `${q}: the coder's events hold a non-match (${describeEvents(pool)})`);
    const got = await items(q);
    assert.deepEqual(fingerprints(got), fingerprints(want), `${q}: got ${describeEvents(got)}; want ${describeEvents(want)}`);
  }
  const negated = await items(`article=${seed0}&modality=negated`);
  assert.deepEqual(fingerprints(negated), fingerprints(seed0Events.filter((e) => e.modality === 'negated')));
});

test('GET /api/events sorts by date or confidence, either way', async () => {
  const a = `article=${seed0}&limit=100`;
  const all = await items(a);
  const known = all.map((e) => e.date).filter(Boolean) as string[];
  assert.ok(new Set(known).size >= 2, `seed-000's events fall on two dates at least (the visit, the embargo's end): ${describeEvents(all)}`);
  const undatedLast = (dates: (string | null)[]) => dates.findIndex((d) => d === null) === -1 || dates.slice(dates.indexOf(null)).every((d) => d === null);
  const oldest = (await items(`${a}&sort=date`)).map((e) => e.date);
  const dates = oldest.filter(Boolean) as string[];
  assert.deepEqual(dates, [...known].sort());
  assert.ok(undatedLast(oldest), `undated last: ${oldest.join(' ')}`);
  const newest = (await items(`${a}&sort=-date`)).map((e) => e.date);
  assert.deepEqual(newest.filter(Boolean), [...known].sort().reverse());
  assert.ok(undatedLast(newest), `undated last: ${newest.join(' ')}`);
  assert.equal(newest.length, all.length);
  const conf = (await items(`${a}&sort=-confidence`)).map((e) => e.confidence);
  assert.deepEqual(conf, all.map((e) => e.confidence).sort((x, y) => y - x));
  const up = (await items(`${a}&sort=confidence`)).map((e) => e.confidence);
  assert.deepEqual(up, all.map((e) => e.confidence).sort((x, y) => x - y));
});

test('GET /api/events refuses each bad parameter with a 400 naming it', async () => {
  const cases: [string, string][] = [
    ['root=4', 'root'], ['root=xx', 'root'], ['cameo=abc', 'cameo'], ['quad=5', 'quad'], ['quad=one', 'quad'], ['modality=maybe', 'modality'],
    ['from=yesterday', 'from'], ['to=2021-1', 'to'], ['min_confidence=2', 'min_confidence'], ['min_confidence=high', 'min_confidence'],
    ['pair=IRN', 'pair'], ['pair=IRN,', 'pair'], ['pair=A,B,C', 'pair'], ['sort=name', 'sort'], ['limit=0', 'limit'], ['limit=1001', 'limit'],
    ['offset=-3', 'offset'], ['min-confidence=0.5', 'min-confidence'], ['actor=IRN&actor=RUS', 'actor'],
  ];
  for (const [q, parameter] of cases) {
    const r = await f.get(`/api/events?${q}`);
    assert.equal(r.status, 400, q);
    assert.equal(r.body.parameter, parameter, q);
    assert.ok(r.body.error.length > 5, q);
  }
  const root = await f.get('/api/events?root=4');
  assert.match(root.body.error, /root '4' is not a two-digit CAMEO root/);
  assert.equal(root.body.hint, 'use 01 to 20, e.g. root=04', 'hints speak query parameters, not CLI flags');
});

test('GET /api/events never builds SQL from input', async () => {
  for (const q of ["actor=' OR 1=1 --", 'source=x%27)%20OR%20(1=1', "article=a' OR 'a'='a"]) {
    const r = await f.get(`/api/events?${q.replace(/ /g, '%20')}`);
    assert.equal(r.status, 200, q);
    assert.equal(r.body.total, 0, q);
  }
});

test('GET /api/events/:fingerprint gives one event with its comments and article; 404 otherwise', async () => {
  const e = findEvent(await items(`article=${seed0}&cameo=042&pair=IRN,RUS`), 'IRN', 'RUS', '042');
  const r = await f.get(`/api/events/${e.fingerprint}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.fingerprint, e.fingerprint);
  assert.deepEqual([r.body.source.country, r.body.target.country, r.body.cameo], ['IRN', 'RUS', '042']);
  assert.equal(r.body.date, '2021-10-17');
  assert.deepEqual(r.body.comments, []);
  assert.equal(r.body.article.id, seed0);
  assert.equal(r.body.article.text, undefined, 'the summary, not the text');
  const missing = await f.get('/api/events/00000000000000000000');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error, /no event with fingerprint/);
});

test('unknown API routes are a JSON 404 pointing at the document', async () => {
  const r = await f.get('/api/nothing-here');
  assert.equal(r.status, 404);
  assert.match(r.body.hint, /openapi\.json/);
});
