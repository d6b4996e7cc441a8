import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { entityRecords } from '../../src/app/extraction.js';
import { pipeline } from '../helpers/pipeline.js';
import { findEvent, seedId } from '../helpers/seed-fixture.js';
import { fixture, type Fixture } from './fixture.js';

interface Ev {
  fingerprint: string;
  cameo: string;
  evidence: { start: number };
  source: { code: string; country: string | null; org: null | string };
  target: { code: string; country: string | null; org: null | string };
}

let f: Fixture;
let seed0: string;
/** The coder's IRN→RUS visit in seed-000, found by what it is. */
let visit: Ev;
/** The first event of the article (in text order) that is not the visit. */
let other: Ev;
before(async () => {
  f = await fixture({ seeded: true });
  seed0 = seedId('seed-000');
  const events = (await f.get(`/api/articles/${seed0}`)).body.events as Ev[];
  visit = findEvent(events, 'IRN', 'RUS', '042');
  other = events.find((e) => e.fingerprint !== visit.fingerprint)!;
  assert.ok(other, 'seed-000 has more than one event');
});
after(() => f.close());

/** Codes a stored article again with the real pipeline and replaces its entities and events, as re-processing does. */
async function recode(id: string): Promise<number> {
  const stored = (await f.store.getArticle(id))!;
  const doc = pipeline().run({ id: stored.id, title: stored.title, published: stored.published, source: stored.source, url: stored.url, text: stored.text });
  await f.store.replaceExtraction(id, entityRecords(doc), doc.events ?? []);
  return (doc.events ?? []).length;
}

test('article comments: POST adds one to the thread, GET lists it, the article shows it', async () => {
  const path = `/api/articles/${seed0}/comments`;
  assert.deepEqual((await f.get(path)).body.items, []);
  const r = await f.post(path, { author: ' Ana ', body: 'The visit began on Sunday.' });
  assert.equal(r.status, 201);
  assert.deepEqual([r.body.author, r.body.body, r.body.article_id, r.body.target], ['Ana', 'The visit began on Sunday.', seed0, { kind: 'article', id: seed0 }]);
  assert.ok(Date.parse(r.body.created_at));
  assert.deepEqual((await f.get(path)).body.items.map((c: { id: number }) => c.id), [r.body.id]);
  assert.equal((await f.get(`/api/articles/${seed0}`)).body.comments[0].body, 'The visit began on Sunday.');
});

test('event comments: POST and GET by fingerprint; the article shows them on the event', async () => {
  const path = `/api/events/${visit.fingerprint}/comments`;
  const r = await f.post(path, { author: 'Ben', body: 'Host side is Russia.' });
  assert.equal(r.status, 201);
  assert.equal(r.body.article_id, seed0);
  assert.equal((await f.get(path)).body.items.length, 1);
  assert.equal((await f.get(`/api/events/${visit.fingerprint}`)).body.comments[0].author, 'Ben');
  const article = (await f.get(`/api/articles/${seed0}`)).body;
  assert.equal(article.events.find((e: { fingerprint: string }) => e.fingerprint === visit.fingerprint).comments.length, 1);
});

test('comments refuse a missing author or body (400 naming it), and unknown targets (404)', async () => {
  const path = `/api/articles/${seed0}/comments`;
  for (const [body, parameter] of [[{ body: 'x' }, 'author'], [{ author: 'a' }, 'body'], [{ author: 'a', body: '   ' }, 'body'], [{ author: 'a', body: 'x'.repeat(20_001) }, 'body'], [{ author: 5, body: 'x' }, 'author'], [['x'], 'body']] as const) {
    const r = await f.post(path, body);
    assert.equal(r.status, 400, JSON.stringify(body).slice(0, 80));
    assert.equal(r.body.parameter, parameter, JSON.stringify(body).slice(0, 80));
  }
  assert.equal((await f.post('/api/articles/nope/comments', { author: 'a', body: 'b' })).status, 404);
  assert.equal((await f.get('/api/articles/nope/comments')).status, 404);
  assert.equal((await f.post('/api/events/00000000000000000000/comments', { author: 'a', body: 'b' })).status, 404);
  assert.equal((await f.get('/api/events/00000000000000000000/comments')).status, 404);
});

test('corrections are stored apart, shown on the event with who and when, and their net effect', async () => {
  const path = `/api/events/${visit.fingerprint}/corrections`;
  const one = await f.post(path, { field: 'cameo', value: '0431', note: 'received by Shoigu', author: 'Ana' });
  assert.equal(one.status, 201);
  assert.deepEqual([one.body.field, one.body.value, one.body.author, one.body.fingerprint, one.body.article_id], ['cameo', '0431', 'Ana', visit.fingerprint, seed0]);
  await f.post(path, { field: 'date', value: null, note: 'the arrival day is unclear', author: 'Ben' });
  await f.post(path, { field: 'modality', value: 'PLANNED', note: null, author: 'Ana' });
  const e = (await f.get(`/api/events/${visit.fingerprint}`)).body;
  assert.equal(e.cameo, '042', "the coder's value stays");
  assert.equal(e.corrections.length, 3);
  assert.deepEqual({ ...e.corrected, at: undefined }, { cameo: '0431', date: null, modality: 'planned', by: ['Ana', 'Ben'], at: undefined });
  assert.equal(e.corrected.at, e.corrections[2].created_at);
  const listed = (await f.get(`/api/events?article=${seed0}&cameo=042&pair=IRN,RUS`)).body.items.find((x: Ev) => x.fingerprint === visit.fingerprint);
  assert.equal(listed.corrections.length, 3);
  assert.equal((await f.get(path)).body.items.length, 3);
  assert.equal((await f.get(`/api/articles/${seed0}`)).body.corrections.length, 3);
});

test('a correction of "not an event" needs no value; the latest correction of a field wins', async () => {
  const path = `/api/events/${other.fingerprint}/corrections`;
  assert.equal((await f.post(path, { field: 'not_event', value: 'ignored', note: 'the report tells of no such act', author: 'Ana' })).status, 201);
  assert.equal((await f.post(path, { field: 'source', value: 'usa', author: 'Ana' })).status, 201);
  assert.equal((await f.post(path, { field: 'source', value: 'IGO:UN', author: 'Cy' })).status, 201);
  const e = (await f.get(`/api/events/${other.fingerprint}`)).body;
  assert.equal(e.corrections[0].value, null);
  assert.equal(e.corrected.not_event, true);
  assert.equal(e.corrected.source, 'IGO:UN');
  assert.equal((await f.get(`/api/events/${visit.fingerprint}`)).body.corrected.not_event, undefined, 'only the event corrected');
});

test('corrections survive re-processing of the article', async () => {
  const before = (await f.get(`/api/events/${visit.fingerprint}`)).body.corrections.length;
  assert.ok(before > 0, 'the tests above corrected the visit');
  const stored = (await f.get(`/api/articles/${seed0}`)).body.events.length;
  const prints = async () => ((await f.get(`/api/events?article=${seed0}`)).body.items as Ev[]).map((x) => x.fingerprint).sort();
  const was = await prints();
  assert.equal(await recode(seed0), stored, 'the coder gives as many events again');
  assert.deepEqual(await prints(), was, 'the same acts in the same sentences keep their fingerprints');
  const e = await f.get(`/api/events/${visit.fingerprint}`);
  assert.equal(e.status, 200, 'the same act in the same sentence keeps its fingerprint');
  assert.equal(e.body.corrections.length, before);
  assert.equal((await f.get(`/api/events/${other.fingerprint}`)).body.corrected.not_event, true);
});

test('corrections refuse a bad field, value or author with a 400 naming it; an unknown event is a 404', async () => {
  const path = `/api/events/${visit.fingerprint}/corrections`;
  const cases: [unknown, string][] = [
    [{ field: 'label', value: 'x', author: 'a' }, 'field'],
    [{ value: '042', author: 'a' }, 'field'],
    [{ field: 'cameo', value: '42x', author: 'a' }, 'value'],
    [{ field: 'cameo', author: 'a' }, 'value'],
    [{ field: 'source', value: 'Iran!', author: 'a' }, 'value'],
    [{ field: 'modality', value: 'maybe', author: 'a' }, 'value'],
    [{ field: 'date', value: '17 Oct', author: 'a' }, 'value'],
    [{ field: 'cameo', value: '042' }, 'author'],
    [{ field: 'cameo', value: '042', author: '  ' }, 'author'],
    [{ field: 'cameo', value: 42, author: 'a' }, 'value'],
  ];
  for (const [body, parameter] of cases) {
    const r = await f.post(path, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.parameter, parameter, JSON.stringify(body));
  }
  const r = await f.post('/api/events/00000000000000000000/corrections', { field: 'not_event', author: 'a' });
  assert.equal(r.status, 404);
  assert.equal((await f.get('/api/events/00000000000000000000/corrections')).status, 404);
});
