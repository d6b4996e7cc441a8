import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, type Fixture } from './fixture.js';

let f: Fixture;
before(async () => {
  f = await fixture({ seeded: true });
});
after(() => f.close());

test('GET /api/actors lists actors by activity, named by the knowledge base, and finds by ?q=', async () => {
  const all = (await f.get('/api/actors')).body.items as { key: string; name: string; events: number }[];
  const counts = all.map((a) => a.events);
  assert.deepEqual(counts, [...counts].sort((x, y) => y - x), 'most active first');
  // the two seed reports are about Iran and Russia: the coder finds both in each
  const top = all.slice(0, 3).map((a) => a.key);
  assert.ok(top.includes('IRN') && top.includes('RUS'), `IRN and RUS among the most active: ${top.join(' ')}`);
  assert.equal(all.find((a) => a.key === 'IRN')!.name, 'Iran', 'a state is named by the knowledge base, not by one of its officials');
  assert.equal(all.find((a) => a.key === 'RUS')!.name, 'Russia');
  assert.deepEqual((await f.get('/api/actors?q=PAK')).body.items.map((a: { key: string }) => a.key), ['PAK']);
  assert.equal((await f.get('/api/actors?limit=2')).body.items.length, 2);
  assert.equal((await f.get('/api/actors?limit=0')).body.parameter, 'limit');
});

test("GET /api/actors/:key for a state: events, partners, and the people who held its offices, with dates", async () => {
  const r = await f.get('/api/actors/RUS');
  assert.equal(r.status, 200);
  const p = r.body;
  assert.deepEqual([p.key, p.kind, p.name], ['RUS', 'country', 'Russia']);
  assert.equal(p.events, (await f.get('/api/events?actor=RUS&limit=1')).body.total);
  assert.equal(p.partners[0].key, 'IRN');
  assert.equal(p.partners[0].name, 'Iran');
  const shoigu = p.offices.filter((o: { person: string }) => o.person === 'Sergei Shoigu');
  assert.ok(shoigu.some((o: { title: string; from: string; to: string }) => o.title === 'Minister of Defence' && o.from === '2012-11-06' && o.to === '2024-05-12'), JSON.stringify(shoigu));
  const froms = p.offices.map((o: { from: string | null }) => o.from ?? '');
  assert.deepEqual(froms, [...froms].sort(), 'oldest first');
  assert.equal((await f.get('/api/actors/rus')).body.key, 'RUS');
});

test('GET /api/actors/:key for an organisation and for a person', async () => {
  const un = (await f.get('/api/actors/IGO:UN')).body;
  assert.equal(un.kind, 'igo');
  assert.ok(un.events >= 1);
  const person = await f.get(`/api/actors/${encodeURIComponent('Sergei Shoigu')}`);
  assert.equal(person.status, 200);
  assert.equal(person.body.kind, 'person');
  assert.equal(person.body.country, 'RUS');
  assert.ok(person.body.offices.length >= 3);
  assert.ok(person.body.offices.every((o: { person: string }) => o.person === 'Sergei Shoigu'));
  const missing = await f.get('/api/actors/XXQ');
  assert.equal(missing.status, 404);
  assert.match(missing.body.hint, /GET \/api\/actors/);
});

test('GET /api/dyads/:a/:b gives months with counts per quad class and mean Goldstein', async () => {
  const r = await f.get('/api/dyads/IRN/RUS');
  assert.equal(r.status, 200);
  assert.deepEqual([r.body.a, r.body.b], ['IRN', 'RUS']);
  const months = r.body.months as { month: string; quad: number[]; events: number; goldstein_mean: number | null }[];
  const names = months.map((m) => m.month);
  // the visit to Moscow (2021-10-17), Shoigu's visit to Tehran (2023-09-19), the drills planned for 2024-02
  for (const month of ['2021-10', '2023-09', '2024-02']) assert.ok(names.includes(month), `${month} in ${names.join(' ')}`);
  assert.deepEqual(names, [...new Set(names)].sort(), 'each month once, oldest first');
  const pair = (await f.get('/api/events?pair=IRN,RUS&limit=1000')).body.items as { date: string | null; quad: number }[];
  const dated = pair.filter((e) => e.date !== null && e.date.length >= 7);
  assert.equal(months.reduce((n, m) => n + m.events, 0), dated.length, "every event of the pair dated to a month is in the chart");
  for (const m of months) {
    assert.equal(m.quad.reduce((a, b) => a + b, 0), m.events, m.month);
    const behind = dated.filter((e) => e.date!.startsWith(m.month));
    assert.deepEqual(m.quad, [1, 2, 3, 4].map((q) => behind.filter((e) => e.quad === q).length), `${m.month}: counts per quad class`);
    assert.equal(m.events, (await f.get(`/api/events?pair=IRN,RUS&from=${m.month}&to=${m.month}`)).body.total, `${m.month}: a month lists the events behind it`);
  }
  assert.deepEqual((await f.get('/api/dyads/rus/irn')).body.months, months, 'either direction, any case');
  const in2023 = (await f.get('/api/dyads/IRN/RUS?from=2023&to=2023-09')).body.months.map((m: { month: string }) => m.month);
  assert.deepEqual(in2023, names.filter((m) => m >= '2023-01' && m <= '2023-09'));
  assert.ok(in2023.includes('2023-09') && !in2023.includes('2021-10'), in2023.join(' '));
});

test('GET /api/dyads refuses bad keys and dates, naming them', async () => {
  const cases: [string, string][] = [['/api/dyads/Iran!/RUS', 'a'], ['/api/dyads/IRN/R', 'b'], ['/api/dyads/IRN/RUS?from=2021-1', 'from'], ['/api/dyads/IRN/RUS?to=soon', 'to'], ['/api/dyads/IRN/RUS?month=1', 'month']];
  for (const [path, parameter] of cases) {
    const r = await f.get(path);
    assert.equal(r.status, 400, path);
    assert.equal(r.body.parameter, parameter, path);
  }
});

test('GET /api/overview gives counts, the most active pairs with names, latest events and articles', async () => {
  const o = (await f.get('/api/overview')).body;
  assert.equal(o.stats.articles, 6);
  assert.equal(o.stats.events, (await f.get('/api/events?limit=1')).body.total);
  const pairs = o.top_pairs as { a: string; b: string; events: number; a_name: string; b_name: string }[];
  assert.deepEqual(pairs.map((p) => p.events), pairs.map((p) => p.events).sort((x, y) => y - x), 'most active first');
  const irnRus = pairs.find((p) => p.a === 'IRN' && p.b === 'RUS');
  assert.ok(irnRus, `IRN–RUS among the most active pairs: ${pairs.map((p) => `${p.a}-${p.b}`).join(' ')}`);
  assert.deepEqual([irnRus.a_name, irnRus.b_name], ['Iran', 'Russia']);
  assert.equal(irnRus.events, (await f.get('/api/events?pair=IRN,RUS&limit=1')).body.total);
  assert.ok(o.latest.length > 0 && o.latest.length <= 10);
  assert.ok(o.latest.every((e: { corrections: unknown[] }) => Array.isArray(e.corrections)));
  assert.equal(o.articles.length, 5);
  assert.equal((await f.get('/api/overview?x=1')).body.parameter, 'x');
});

test('GET /api/network gives actors as nodes and event counts as edges, no self-loops', async () => {
  const n = (await f.get('/api/network?limit=5')).body;
  assert.ok(n.edges.length <= 5);
  const keys = new Set(n.nodes.map((x: { key: string }) => x.key));
  for (const e of n.edges) {
    assert.ok(keys.has(e.a) && keys.has(e.b));
    assert.notEqual(e.a, e.b);
  }
  const weights = n.edges.map((e: { events: number }) => e.events);
  assert.deepEqual(weights, [...weights].sort((x, y) => y - x), 'most active first');
  const top = (await f.get('/api/overview')).body.top_pairs[0];
  assert.equal(n.edges[0].events, top.events, 'the heaviest edge is as heavy as the most active pair');
  const irnRus = (await f.get('/api/network')).body.edges.find((e: { a: string; b: string }) => e.a === 'IRN' && e.b === 'RUS');
  assert.equal(irnRus?.events, (await f.get('/api/events?pair=IRN,RUS&limit=1')).body.total);
  assert.equal((await f.get('/api/network?limit=501')).body.parameter, 'limit');
});
