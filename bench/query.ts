/**
 * Event query latency at a million stored events, on SQLite and on PostgreSQL, for the
 * API's common requests: a pair of actors in a date range, an actor and a CAMEO root, and
 * a full-text search. Each event request is timed as the API serves it: the total count
 * and the first page of 50, together. The events are written through the stores' bulk
 * path (no article is coded); actors, dates and codes follow a realistic spread.
 *
 *   node dist/bench/query.js [--events 1000000] [--articles 100000] [--backends sqlite,postgres]
 *                            [--pg postgres://…/postgres] [--pg-db attache_bench_query] [--dir DIR]
 *                            [--iterations 200] [--reuse] [--keep]
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { EventFilter, Store } from '../src/store/contract.js';
import type { BulkLoader } from '../src/store/bulk.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore, toFtsQuery } from '../src/store/sqlite/sqlite-store.js';
import { loadActorBook } from './actors.js';
import { CorpusGenerator } from './corpus.js';
import { EventFaker } from './events.js';
import { machine, percentile } from './machine.js';
import { Random } from './random.js';

type BenchStore = Store & BulkLoader;
const TARGET_P95_MS = 50;
/** Topic phrases of the corpus generator: each matches a large share of the articles, the hard case for ranking. */
const SEARCHES = ['sanctions', 'naval drills', 'refugee crisis', 'gas pipeline', 'ceasefire', 'border security', '"peace process"', 'embargo', 'humanitarian access', 'nuclear programme', 'fishing rights', 'prisoner exchange', 'interest rates', 'defence pact'];

async function load(stores: BenchStore[], articles: number, events: number, seed: number): Promise<void> {
  const book = loadActorBook();
  const gen = new CorpusGenerator(seed, { min: 100, max: 600 }, book);
  const rnd = new Random(seed + 1);
  const faker = new EventFaker(book, rnd);
  const perArticle = events / articles;
  const started = Date.now();
  let made = 0;
  for (let at = 0; at < articles; at += 2000) {
    const batch = Array.from({ length: Math.min(2000, articles - at) }, (_, k) => gen.article(at + k));
    const rows = [];
    for (const [k, a] of batch.entries()) {
      // spread the remaining events evenly over the remaining articles, 1 to 2×mean each
      const want = at + k === articles - 1 ? events - made : Math.min(events - made, Math.max(1, Math.round(perArticle * (0.5 + rnd.next()))));
      for (let e = 0; e < want; e++) rows.push({ articleId: a.id, event: faker.event(a.published!, e * 200) });
      made += want;
    }
    for (const s of stores) {
      await s.bulkInsertArticles(batch);
      for (let i = 0; i < rows.length; i += 10_000) await s.bulkInsertEvents(rows.slice(i, i + 10_000));
    }
    if ((at / 2000) % 5 === 4) process.stderr.write(`\rloaded ${at + batch.length}/${articles} articles, ${made} events, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  process.stderr.write('\n');
}

interface Result {
  backend: string;
  query: string;
  p50: number;
  p95: number;
  p99: number;
  matches: number;
}

async function time(backend: string, query: string, iterations: number, run: (i: number) => Promise<number>): Promise<Result> {
  for (let i = 0; i < Math.min(20, iterations); i++) await run(-1 - i); // warm the caches and the planner
  const ms: number[] = [];
  let matches = 0;
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    matches += await run(i);
    ms.push(performance.now() - t);
  }
  return { backend, query, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), matches: matches / iterations };
}

async function measure(backend: string, store: BenchStore, iterations: number, seed: number): Promise<Result[]> {
  const book = loadActorBook();
  const rnd = new Random(seed + 2);
  const faker = new EventFaker(book, rnd);
  // the API's list request: total and first page, at once
  const apiList = async (f: EventFilter) => {
    const [total] = await Promise.all([store.countEvents(f), store.queryEvents({ ...f, limit: 50 })]);
    return total;
  };
  const pairDate = () => {
    const a = faker.country().iso3;
    let b = faker.country().iso3;
    while (b === a) b = faker.country().iso3;
    const y = rnd.int(2000, 2023);
    const m = String(rnd.int(1, 12)).padStart(2, '0');
    return { pair: [a, b] as [string, string], from: `${y}-${m}`, to: `${y + 1}-${m}` };
  };
  // what people look up most: a capital, or someone in office, of a state in the news
  const namePlace = () => {
    const c = faker.country();
    const people = [...new Set((book.people.get(c.iso3) ?? []).map((p) => p.name.split(' ').at(-1)!))];
    return rnd.chance(0.5) || !people.length ? (c.capital ?? c.name) : rnd.pick(people);
  };
  const actorRoot = () => ({ actor: `${faker.country().iso3}${rnd.chance(0.2) ? rnd.pick(['GOV', 'MIL']) : ''}`, root: faker.root() });
  return [
    await time(backend, 'pair + date range (count + page of 50)', iterations, () => apiList(pairDate())),
    await time(backend, 'actor + root (count + page of 50)', iterations, () => apiList(actorRoot())),
    await time(backend, 'full-text, a topic phrase (top 20, with snippets)', iterations, async () => (await store.search(asked(TOPIC, rnd.pick(SEARCHES)), 20)).length),
    await time(backend, 'full-text, a name or a place (top 20, with snippets)', iterations, async () => (await store.search(asked(NAME, namePlace()), 20)).length),
  ];
}

const TOPIC = 'topic phrases';
const NAME = 'names and places';
/** The searches the benchmark made, by kind, to report how broad they were. */
const searched = new Map<string, Set<string>>();
function asked(kind: string, q: string): string {
  let set = searched.get(kind);
  if (!set) searched.set(kind, (set = new Set()));
  set.add(q);
  return q;
}

/** How large a share of the articles each kind of search matched (counted with SQLite's FTS5). */
function matchShares(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const total = (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const count = db.prepare('SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?');
    return [...searched].map(([kind, qs]) => {
      const shares = [...qs].map((q) => (count.get(toFtsQuery(q)) as { n: number }).n / total);
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      return `${kind}: ${qs.size} distinct searches matching on average ${(100 * mean).toFixed(1)}% of the articles (at most ${(100 * Math.max(...shares)).toFixed(1)}%)`;
    });
  } finally {
    db.close();
  }
}

async function openPostgres(adminUrl: string, db: string, reuse: boolean): Promise<{ store: PostgresStore; drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(db)) throw new Error(`--pg-db '${db}': use lower-case letters, digits and _`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect().catch((e: Error) => {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl} (${e.message}): start it, or pass --pg URL`);
  });
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount;
  if (!reuse || !exists) {
    await admin.query(`DROP DATABASE IF EXISTS ${db}`);
    await admin.query(`CREATE DATABASE ${db}`);
  }
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${db}`;
  const store = new PostgresStore(url.href, 4);
  await store.migrate();
  return {
    store,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${db}`);
      await c.end();
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' }, articles: { type: 'string', default: '100000' }, seed: { type: 'string', default: '11' },
      iterations: { type: 'string', default: '200' }, backends: { type: 'string', default: 'sqlite,postgres' },
      pg: { type: 'string', default: process.env.ATTACHE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres' },
      // another database (and --dir) lets two checkouts keep their benchmark data side by side
      'pg-db': { type: 'string', default: 'attache_bench_query' },
      dir: { type: 'string', default: join(tmpdir(), 'attache-bench-query') }, reuse: { type: 'boolean' }, keep: { type: 'boolean' },
    },
  });
  const [events, articles, seed, iterations] = [values.events, values.articles, values.seed, values.iterations].map(Number) as [number, number, number, number];
  const backends = values.backends!.split(',');
  console.log(`machine: ${machine()}`);
  const stores: { name: string; store: BenchStore; drop: () => Promise<void> }[] = [];
  if (backends.includes('sqlite')) {
    const file = join(values.dir!, 'bench.db');
    if (!values.reuse) rmSync(values.dir!, { recursive: true, force: true });
    mkdirSync(values.dir!, { recursive: true });
    const fresh = !existsSync(file);
    const store = new SqliteStore(file);
    await store.migrate();
    stores.push({ name: 'sqlite', store, drop: async () => (fresh || !values.reuse ? rmSync(values.dir!, { recursive: true, force: true }) : undefined) });
  }
  if (backends.includes('postgres')) {
    const { store, drop } = await openPostgres(values.pg!, values['pg-db']!, values.reuse ?? false);
    stores.push({ name: 'postgres', store, drop });
  }
  const toLoad = [];
  for (const s of stores) if ((await s.store.stats()).events !== events) toLoad.push(s);
  if (toLoad.length) {
    console.log(`loading ${articles} articles and ${events} events into ${toLoad.map((s) => s.name).join(' and ')} …`);
    const t = Date.now();
    await load(toLoad.map((s) => s.store), articles, events, seed);
    console.log(`loaded in ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
  for (const s of stores) await analyze(s.store);
  const results: Result[] = [];
  for (const s of stores) {
    const st = await s.store.stats();
    console.log(`${s.name}: ${st.articles} articles, ${st.events} events, ${st.actors} actors, ${st.first_date} … ${st.last_date}`);
    results.push(...(await measure(s.name, s.store, iterations, seed)));
  }
  console.log('');
  console.log(`| store | query | p50 ms | p95 ms | p99 ms | mean rows (events: total; search: hits) | p95 < ${TARGET_P95_MS} ms |`);
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) console.log(`| ${r.backend} | ${r.query} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${Math.round(r.matches)} | ${r.p95 < TARGET_P95_MS ? 'met' : 'NOT met'} |`);
  const sqlite = stores.find((s) => s.store instanceof SqliteStore)?.store as SqliteStore | undefined;
  if (sqlite) for (const line of matchShares(sqlite.path)) console.log(`\n${line}`);
  console.log(`\nmachine at the end: ${machine()}`);
  for (const s of stores) {
    await s.store.close();
    if (!values.keep) await s.drop();
  }
}

/**
 * Planner statistics after a bulk load, as autovacuum makes them on a live PostgreSQL
 * server. SQLite is left without statistics (no ANALYZE), as an `attache.db` is in use:
 * its queries are written to find their indexes either way.
 */
async function analyze(store: BenchStore): Promise<void> {
  if (store instanceof PostgresStore) await store.pool.query('VACUUM ANALYZE');
}

await main();
