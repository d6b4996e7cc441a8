import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeEvents, findEvent, seedId, type Coded } from '../helpers/seed-fixture.js';
import { fixture, type Fixture } from './fixture.js';

let f: Fixture;
before(async () => {
  f = await fixture({ seeded: true });
});
after(() => f.close());

test('GET /api/articles lists every article, newest first, paged', async () => {
  const all = await f.get('/api/articles');
  assert.equal(all.status, 200);
  assert.equal(all.body.total, 6);
  assert.equal(all.body.items.length, 6);
  const dates = all.body.items.map((a: { published: string }) => a.published);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const page = await f.get('/api/articles?limit=2&offset=1');
  assert.deepEqual(page.body.items.map((a: { id: string }) => a.id), all.body.items.slice(1, 3).map((a: { id: string }) => a.id));
});

test('GET /api/articles?q= searches the text, with snippets', async () => {
  const r = await f.get('/api/articles?q=naval%20drills');
  assert.equal(r.status, 200);
  assert.equal(r.body.query, 'naval drills');
  assert.ok(r.body.items.some((h: { id: string }) => h.id === seedId('seed-000')));
  assert.match(r.body.items[0].snippet, /\[naval\]|\[drills\]/);
  assert.deepEqual((await f.get('/api/articles?q=zzzyqx')).body.items, []);
});

test('GET /api/articles refuses bad parameters, naming them', async () => {
  for (const [query, parameter] of [['q=%22%22', 'q'], ['limit=0', 'limit'], ['limit=x', 'limit'], ['offset=-1', 'offset'], ['page=2', 'page'], ['limit=1&limit=2', 'limit']]) {
    const r = await f.get(`/api/articles?${query}`);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.parameter, parameter, query);
    assert.equal(typeof r.body.error, 'string');
  }
});

test('GET /api/articles/:id gives the text, entities with mention spans, events with evidence spans, comments, corrections', async () => {
  const id = seedId('seed-000');
  const r = await f.get(`/api/articles/${id}`);
  assert.equal(r.status, 200);
  const a = r.body;
  assert.equal(a.title, 'Top commander says Iran firm to boost military cooperation with Russia');
  assert.equal(a.published, '2021-10-18');
  assert.equal(a.source, 'PressTV');
  assert.ok(a.entities.length > 5);
  for (const e of a.entities) for (const m of e.mentions) assert.equal(a.text.slice(m.start, m.end), m.text);
  assert.ok(a.events.length >= 6, `the coder finds at least six acts in seed-000: ${describeEvents(a.events)}`);
  assert.equal(a.events.length, (await f.get(`/api/events?article=${id}&limit=1`)).body.total);
  const visit = findEvent(a.events as (Coded & { evidence: { text: string } })[], 'IRN', 'RUS', '042');
  assert.match(visit.evidence.text, /Baqeri|Moscow/, 'the visit comes with its sentence');
  for (const e of a.events) {
    assert.equal(a.text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    assert.deepEqual(e.corrections, []);
    assert.equal(e.corrected, null);
    assert.deepEqual(e.comments, []);
  }
  const starts = a.events.map((e: { evidence: { start: number } }) => e.evidence.start);
  assert.deepEqual(starts, [...starts].sort((x, y) => x - y), 'events in text order');
  assert.deepEqual(a.comments, []);
  assert.deepEqual(a.corrections, []);
});

test('GET /api/articles/:id is a 404 for an unknown id', async () => {
  const r = await f.get('/api/articles/no-such-article');
  assert.equal(r.status, 404);
  assert.match(r.body.error, /no article with id 'no-such-article'/);
});

test('POST /api/articles codes and stores one article; the same one again is not re-coded', async () => {
  const article = { id: 'post-1', title: 'Talks', published: '2024-03-04', source: 'Test Wire', text: 'Russia and China signed an agreement in Moscow on Monday.' };
  const first = await f.post('/api/articles', article);
  assert.equal(first.status, 201);
  assert.equal(first.body.inserted, 1);
  assert.deepEqual(first.body.items.map((i: { id: string; result: string }) => [i.id, i.result]), [['post-1', 'inserted']]);
  assert.equal(typeof first.body.events, 'number');
  const stored = await f.get('/api/articles/post-1');
  assert.equal(stored.body.events.length, first.body.events);
  const again = await f.post('/api/articles', article);
  assert.equal(again.status, 200);
  assert.deepEqual([again.body.inserted, again.body.duplicates, again.body.events], [0, 1, 0]);
});

test('POST /api/articles takes an array, finds missing metadata in the text, and checks every article first', async () => {
  const r = await f.post('/api/articles', [{ text: 'Iran hosts talks\n\nMarch 3, 2024\nIran hosted talks with Turkey in Tehran on Sunday.' }, { id: 'post-3', text: 'Turkey protested.' }]);
  assert.equal(r.status, 201);
  assert.equal(r.body.items.length, 2);
  assert.match(r.body.items[0].id, /^a-[0-9a-f]{16}$/);
  assert.equal((await f.get(`/api/articles/${r.body.items[0].id}`)).body.title, 'Iran hosts talks');
  const bad = await f.post('/api/articles', [{ id: 'never-stored', text: 'fine' }, { text: '' }]);
  assert.equal(bad.status, 400);
  assert.equal(bad.body.parameter, '[1].text');
  assert.equal((await f.get('/api/articles/never-stored')).status, 404, 'nothing stored when one article is bad');
});

test('POST /api/articles refuses bad bodies with the parameter, the media type, or the size', async () => {
  const cases: [unknown, number, string][] = [
    [{ title: 'no text' }, 400, 'text'],
    [{ text: 'x', published: 'last week' }, 400, 'published'],
    [{ text: 'x', title: 7 }, 400, 'title'],
    [[], 400, 'body'],
    ['{not json', 400, 'body'],
    ['"a string"', 400, 'body'],
  ];
  for (const [body, status, parameter] of cases) {
    const r = await f.post('/api/articles', body);
    assert.equal(r.status, status, JSON.stringify(body));
    assert.equal(r.body.parameter, parameter, JSON.stringify(body));
  }
  const form = await f.post('/api/articles', 'text=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
  assert.equal(form.status, 415);
  assert.equal(form.body.parameter, 'Content-Type');
  const big = await f.post('/api/articles', { text: 'x'.repeat(2 * 1024 * 1024 + 10) });
  assert.equal(big.status, 413);
  assert.match(big.body.error, /larger than 2 MB/);
});
