import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UserError } from '../../src/core/errors.js';
import { openStore } from '../../src/store/open.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { adminQuery, freshSchema } from '../helpers/postgres.js';
import { sampleArticle, sampleEvent, storeConformance } from './conformance.js';

storeConformance('postgres', async () => {
  const { url } = await freshSchema();
  const s = new PostgresStore(url, 2);
  await s.migrate();
  return s;
});

test('postgres: several workers migrating an empty schema at once apply each version once', async () => {
  const { schema, url } = await freshSchema();
  const stores = Array.from({ length: 5 }, () => new PostgresStore(url, 1));
  try {
    const versions = await Promise.all(stores.map((s) => s.migrate()));
    assert.deepEqual(new Set(versions), new Set([POSTGRES_MIGRATIONS.length]));
    const rows = await adminQuery<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    assert.deepEqual(rows.map((r) => r.version), POSTGRES_MIGRATIONS.map((m) => m.version));
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
});

test('postgres: openStore chooses the backend by URL, postgres:// and postgresql://', async () => {
  const { url } = await freshSchema();
  for (const u of [url, url.replace(/^postgres:/, 'postgresql:')]) {
    const s = await openStore(u);
    try {
      assert.equal(s.kind, 'postgres');
      await s.saveArticle(sampleArticle('o1'), [], [sampleEvent()]);
      assert.equal(await s.countEvents(), 1);
    } finally {
      await s.close();
    }
  }
});

test('postgres: a refused connection is a user error that says to start PostgreSQL', async () => {
  // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
  await assert.rejects(openStore('postgres://postgres:secret@127.0.0.1:1/attache'), (e: unknown) => {
    assert.ok(e instanceof UserError, String(e));
    assert.match(e.message, /cannot use PostgreSQL at 'postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/attache'/);
    assert.match(e.hint ?? '', /start PostgreSQL or check the URL/);
    return true;
  });
});

test('postgres: a missing database is a user error that says to create it', async () => {
  const base = new URL(process.env.ATTACHE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = '/attache_no_such_database';
  await assert.rejects(openStore(base.href), (e: unknown) => e instanceof UserError && /createdb/.test(e.hint ?? ''));
});

test('postgres: search snippets mark the matched words; titles and stemming count', async () => {
  const { url } = await freshSchema();
  const s = await openStore(url);
  try {
    await s.saveArticle({ ...sampleArticle('s1', 'Officials said on Monday that the two navies would hold drills near the strait.'), title: 'Naval exercise announced' }, [], []);
    await s.saveArticle(sampleArticle('s2', 'Talks on the embargo resumed.'), [], []);
    const [hit] = await s.search('drill');
    assert.equal(hit?.id, 's1');
    assert.match(hit!.snippet, /\[drills\]/);
    assert.deepEqual((await s.search('naval')).map((h) => h.id), ['s1']);
    assert.deepEqual((await s.search('embargo -talks')).map((h) => h.id), []);
    assert.deepEqual(await s.search("'); DROP TABLE articles; --"), []);
    assert.equal((await s.stats()).articles, 2);
  } finally {
    await s.close();
  }
});

test('postgres: bulkInsertEvents stores many events in one statement', async () => {
  const { url } = await freshSchema();
  const s = new PostgresStore(url, 1);
  try {
    await s.migrate();
    await s.saveArticle(sampleArticle('b1'), [], []);
    await s.bulkInsertEvents(Array.from({ length: 2500 }, (_, i) => ({ articleId: 'b1', event: sampleEvent({ evidence: { text: 'x', start: i, end: i + 1 } }) })));
    assert.equal(await s.countEvents({ pair: ['IRN', 'RUS'] }), 2500);
    assert.equal((await s.getArticle('b1'))?.events, 2500);
  } finally {
    await s.close();
  }
});

test('postgres: phrases are matched from a RUM index where the extension is available, from GIN otherwise, with the same results', async () => {
  const rum = (await adminQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).length > 0;
  const found: string[][] = [];
  for (const off of [false, true]) {
    const { schema, url } = await freshSchema();
    // `attache.rum = off` in the session's options keeps migration 8 on the GIN design
    const u = off ? url.replace(/options=[^&]*/, (o) => `${o}${encodeURIComponent(' -c attache.rum=off')}`) : url;
    const s = new PostgresStore(u, 1);
    try {
      await s.migrate();
      const indexes = (await adminQuery<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = 'article_search'", [schema])).map((r) => r.indexname);
      const withRum = rum && !off;
      assert.ok(indexes.includes('article_search_fts'), indexes.join());
      assert.equal(indexes.includes('article_search_phrase'), withRum, indexes.join());
      await s.saveArticle(sampleArticle('p1', 'Both sides said the peace process would resume in March.'), [], []);
      await s.saveArticle(sampleArticle('p2', 'The process of making peace, officials said, had stalled.'), [], []);
      await s.saveArticle(sampleArticle('p3', 'A ceasefire held along the border.'), [], []);
      const ids = async (q: string) => (await s.search(q)).map((h) => h.id);
      assert.deepEqual(await ids('"peace process"'), ['p1'], 'a phrase needs its words side by side');
      assert.deepEqual((await ids('peace process')).sort(), ['p1', 'p2']);
      assert.deepEqual(await ids('ceasefire -border'), []);
      assert.deepEqual(await ids('"border ceasefire"'), [], 'the words of a phrase in its order');
      found.push([...(await ids('"peace process"')), ...(await ids('peace process')), ...(await ids('said'))]);
    } finally {
      await s.close();
    }
  }
  assert.deepEqual(found[0], found[1], 'the same hits in the same order with either index');
});
