import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attache, type CliResult } from '../helpers/cli.js';
import { cli, root, shared, tempDir } from '../helpers/paths.js';
import { adminQuery, freshSchema } from '../helpers/postgres.js';

/** The CLI in a child process that runs alongside others. */
async function attacheAsync(args: string[]): Promise<CliResult> {
  const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ATTACHE_DB: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [status] = (await once(child, 'exit')) as [number | null];
  return { status, stdout, stderr };
}

/** A folder of inputs: the examples, the seeds, and one broken JSONL line. */
function inputs(): string {
  const dir = tempDir();
  for (const f of ['2022-06-turkey-sweden.html', '2024-07-japan-philippines-pact.txt', 'wire-2023.jsonl']) copyFileSync(join(root, 'examples', f), join(dir, f));
  for (const f of ['seed-000.txt', 'seed-003.txt']) copyFileSync(join(shared, 'corpus/seeds', f), join(dir, f));
  writeFileSync(join(dir, 'broken.jsonl'), '{"id": "ok1", "text": "Chile and Peru held talks on Monday."}\n{broken\n');
  return dir;
}

const eventKeys = (db: string) =>
  (JSON.parse(attache(['events', '--db', db, '--format', 'json', '--limit', '1000']).stdout) as { article_id: string; cameo: string; evidence: { start: number } }[])
    .map((e) => `${e.article_id} ${e.cameo} ${e.evidence.start}`)
    .sort();

test('ingest --workers 2 into SQLite stores what one thread stores; a bad line is reported and skipped', () => {
  const dir = inputs();
  const one = join(tempDir(), 'one.db');
  const two = join(tempDir(), 'two.db');
  const a = attache(['ingest', dir, '--db', one]);
  const b = attache(['ingest', dir, '--db', two, '--workers', '2']);
  assert.equal(b.status, 1, 'a failure makes the exit status 1');
  assert.match(b.stderr, /broken\.jsonl:2: not valid JSON/);
  assert.match(b.stderr, /6 file\(s\), 7 article\(s\): 7 stored, 0 already stored/);
  assert.equal(b.stderr.replace(/ in [\d.]+ s/, ''), a.stderr.replace(/ in [\d.]+ s/, ''));
  assert.deepEqual(eventKeys(two), eventKeys(one));
  const again = attache(['ingest', dir, '--db', two, '--workers', '2']);
  assert.match(again.stderr, /7 article\(s\): 0 stored, 7 already stored, 0 event\(s\)/);
});

test('ingest --workers 2 into PostgreSQL: each thread writes its own articles', async () => {
  const { url } = await freshSchema();
  const dir = inputs();
  const r = attache(['ingest', dir, '--db', url, '--workers', '2']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /7 article\(s\): 7 stored, 0 already stored/);
  const sqlite = join(tempDir(), 'ref.db');
  attache(['ingest', dir, '--db', sqlite]);
  assert.deepEqual(eventKeys(url), eventKeys(sqlite));
});

test('attache enqueue, then two attache worker --once processes drain the queue, each article once', async () => {
  const { schema, url } = await freshSchema();
  const dir = inputs();
  const q = attache(['enqueue', dir, '--db', url]);
  assert.equal(q.status, 1, 'the broken line is a failure');
  assert.match(q.stderr, /7 article\(s\): 7 queued, 0 already queued or stored, 1 failure/);
  assert.match(attache(['queue', '--db', url]).stdout, /7 pending, 0 done, 0 failed/);
  const runs = await Promise.all([attacheAsync(['worker', '--once', '--poll-ms', '50', '--db', url]), attacheAsync(['worker', '--once', '--poll-ms', '50', '--db', url])]);
  for (const r of runs) assert.equal(r.status, 0, r.stderr);
  const stored = runs.map((r) => Number(/(\d+) stored/.exec(r.stderr)?.[1]));
  assert.equal(stored[0]! + stored[1]!, 7, runs.map((r) => r.stderr).join('\n'));
  const jobs = await adminQuery<{ state: string; attempts: number; n: number }>(`SELECT state, attempts, COUNT(*)::int AS n FROM ${schema}.queue GROUP BY 1, 2`);
  assert.deepEqual(jobs, [{ state: 'done', attempts: 1, n: 7 }]);
  const sqlite = join(tempDir(), 'ref.db');
  attache(['ingest', dir, '--db', sqlite]);
  assert.deepEqual(eventKeys(url), eventKeys(sqlite));
});

test('attache worker polls until SIGTERM, then stops cleanly with its summary', async () => {
  const { url } = await freshSchema();
  const child = spawn(process.execPath, [cli, 'worker', '--db', url, '--poll-ms', '50'], { env: { ...process.env, ATTACHE_DB: '' } });
  let stderr = '';
  await new Promise<void>((resolve) => child.stderr.on('data', (d) => ((stderr += d), /ready/.test(stderr) && resolve())));
  child.kill('SIGTERM');
  const [status] = (await once(child, 'exit')) as [number | null];
  assert.equal(status, 0, stderr);
  assert.match(stderr, /SIGTERM: finishing the article in hand/);
  assert.match(stderr, /0 job\(s\)/);
});

test('the queue needs PostgreSQL: with a SQLite file, enqueue and worker say what to use', () => {
  const db = join(tempDir(), 'q.db');
  for (const args of [['enqueue', join(root, 'examples'), '--db', db], ['worker', '--once', '--db', db], ['ingest', '--queue', join(root, 'examples'), '--db', db]]) {
    const r = attache(args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /needs a PostgreSQL store/);
    assert.match(r.stderr, /ingest --workers N/);
  }
});
