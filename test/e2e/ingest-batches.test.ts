/**
 * Group commit seen from the outside: `attache ingest` into real SQLite files, killed or
 * interrupted part-way, and on coding threads that each commit their own batches.
 */
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { corpus } from '../../bench/corpus.js';
import { attache } from '../helpers/cli.js';
import { cli, tempDir } from '../helpers/paths.js';

const FILES = 3;
const PER_FILE = 100;
const TOTAL = FILES * PER_FILE;

/** Three JSONL files of synthetic articles (the benchmark's generator: about 20 events each). */
function inputs(): string {
  const dir = tempDir();
  const articles = [...corpus(TOTAL, 11)];
  for (let f = 0; f < FILES; f++) {
    writeFileSync(join(dir, `part-${f}.jsonl`), `${articles.slice(f * PER_FILE, (f + 1) * PER_FILE).map((a) => JSON.stringify(a)).join('\n')}\n`);
  }
  return dir;
}

interface Contents {
  articles: string[];
  /**
   * Per article, in one comparable string: every stored column of the article (but when
   * it was ingested), of each of its events (evidence included) and of each of its
   * entities, but the row ids, which depend on the order the threads committed in.
   */
  byArticle: Map<string, string>;
  ftsRows: number;
  /** Full-text search, as `attache search` asks it: ids and snippets of the best matches, in rank order. */
  searches: string[];
}

/** Words every article of the generator may hold: a capital, a state, a topic. */
const SEARCHES = ['Moscow', 'sanctions', '"peace process"', 'talks'];

function contents(path: string): Contents {
  const db = new Database(path);
  try {
    const articles = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const byArticle = new Map<string, string>();
    const rowText = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');
    for (const id of articles) {
      const article = db.prepare('SELECT id, title, published, source, url, text FROM articles WHERE id = ?').get(id);
      // Every column but the id, in a stable order (an article's events may share a fingerprint).
      const events = (db.prepare('SELECT * FROM events WHERE article_id = ?').all(id) as Record<string, unknown>[]).map(({ id: _, ...e }) => JSON.stringify(e)).sort();
      const entities = (db.prepare('SELECT * FROM entities WHERE article_id = ? ORDER BY id').all(id) as Record<string, unknown>[]).map(({ id: _, ...e }) => e);
      byArticle.set(id, `${JSON.stringify(article)}\n${entities.length} entities\n${rowText(entities)}\n${events.length} events\n${events.join('\n')}`);
    }
    const ftsRows = (db.prepare('SELECT COUNT(*) AS n FROM articles_fts').get() as { n: number }).n;
    const search = db.prepare(`SELECT id, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, id LIMIT 20`);
    const searches = SEARCHES.map((q) => `${q}: ${rowText(search.all(q))}`);
    return { articles, byArticle, ftsRows, searches };
  } finally {
    db.close();
  }
}

/** Articles committed so far, read through a connection of its own (WAL: readers do not block the writer). */
function committed(path: string): number {
  if (!existsSync(path)) return 0;
  const db = new Database(path);
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

function startIngest(args: string[]): { child: ChildProcess; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [cli, 'ingest', ...args], { env: { ...process.env, ATTACHE_DB: '' } });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = once(child, 'exit').then(([status]) => status as number | null);
  return { child, stderr: () => stderr, exited };
}

/** Waits until `n` articles are committed (two batches at least), while the ingest is still running. */
async function whenCommitted(path: string, n: number, exited: Promise<number | null>): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  while (committed(path) < n) {
    assert.ok(!done, `the ingest ended before ${n} articles were committed; make the test corpus larger`);
    await sleep(20);
  }
}

let dir = '';
let reference: Contents;

before(() => {
  dir = inputs();
  const db = join(tempDir(), 'reference.db');
  const r = attache(['ingest', dir, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`${FILES} file\\(s\\), ${TOTAL} article\\(s\\): ${TOTAL} stored, 0 already stored`));
  reference = contents(db);
  assert.equal(reference.articles.length, TOTAL);
  for (const found of reference.searches) assert.match(found, /"snippet"/, `the search finds something to compare (${found.slice(0, 40)})`);
});

test('an ingest killed (SIGKILL) after some commits leaves whole articles only; running it again completes it with no duplicates', async () => {
  const db = join(tempDir(), 'killed.db');
  const run = startIngest([dir, '--db', db]);
  await whenCommitted(db, 64, run.exited);
  run.child.kill('SIGKILL');
  assert.equal(await run.exited, null, 'killed, not finished');

  const partial = contents(db);
  const kept = partial.articles.length;
  assert.ok(kept >= 64 && kept < TOTAL, `${kept} articles kept`);
  assert.equal(partial.ftsRows, kept, 'every kept article is searchable, and only those');
  for (const id of partial.articles) assert.equal(partial.byArticle.get(id), reference.byArticle.get(id), `article ${id} is whole`);

  const again = attache(['ingest', dir, '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`${TOTAL} article\\(s\\): ${TOTAL - kept} stored, ${kept} already stored`));
  const full = contents(db);
  assert.deepEqual(full.articles, reference.articles);
  assert.deepEqual(full.byArticle, reference.byArticle, 'no event or entity stored twice');
  assert.equal(full.ftsRows, TOTAL);
  assert.deepEqual(full.searches, reference.searches);
});

test('SIGINT stops an ingest after committing what it has coded; the summary counts exactly what is stored', async () => {
  const db = join(tempDir(), 'interrupted.db');
  const run = startIngest([dir, '--db', db, '--workers', '2']);
  await whenCommitted(db, 64, run.exited);
  run.child.kill('SIGINT');
  const status = await run.exited;
  const stderr = run.stderr();
  assert.equal(status, 130, stderr);
  assert.match(stderr, /SIGINT: storing the articles already coded/);
  assert.match(stderr, /stopped early; run the same command again/);
  const stored = Number(/(\d+) stored, 0 already stored/.exec(stderr)?.[1]);
  const partial = contents(db);
  assert.equal(partial.articles.length, stored, stderr);
  for (const id of partial.articles) assert.equal(partial.byArticle.get(id), reference.byArticle.get(id), `article ${id} is whole`);
});

test('ingest --workers 2 into SQLite (each thread commits its own batches) stores what one thread stores', () => {
  const db = join(tempDir(), 'two.db');
  const r = attache(['ingest', dir, '--db', db, '--workers', '2']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`${TOTAL} article\\(s\\): ${TOTAL} stored, 0 already stored`));
  const got = contents(db);
  assert.deepEqual(got.articles, reference.articles);
  assert.deepEqual(got.byArticle, reference.byArticle);
  assert.equal(got.ftsRows, TOTAL);
  assert.deepEqual(got.searches, reference.searches, 'full-text search finds the same articles, in the same order');
  const again = attache(['ingest', dir, '--db', db, '--workers', '1']);
  assert.match(again.stderr, new RegExp(`${TOTAL} article\\(s\\): 0 stored, ${TOTAL} already stored, 0 event\\(s\\)`));
});
