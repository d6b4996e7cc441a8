import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { runQueueWorker, type Coder, type JobReport } from '../../src/app/queue-worker.js';
import type { Article } from '../../src/core/types.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { PgJobQueue } from '../../src/store/postgres/queue.js';
import { root } from '../helpers/paths.js';
import { pipeline } from '../helpers/pipeline.js';
import { adminQuery, freshSchema } from '../helpers/postgres.js';

const COUNTRIES = ['Iran', 'Russia', 'China', 'Turkey', 'Egypt', 'Japan', 'India', 'Brazil'];

/** Short distinct articles that the coder finds events in. */
function articles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const a = COUNTRIES[i % COUNTRIES.length]!;
    const b = COUNTRIES[(i + 3) % COUNTRIES.length]!;
    return { id: `q${i}`, title: `Talks ${i}`, published: '2022-05-02', source: 'Test', url: null, text: `${a} and ${b} signed an agreement on trade on Sunday. Report number ${i}.` };
  });
}

/** The default pipeline, counting how often each article is coded. */
function countingCoder(counts: Map<string, number>, fail?: (a: Article) => boolean): Coder {
  return {
    run(article) {
      counts.set(article.id, (counts.get(article.id) ?? 0) + 1);
      if (fail?.(article)) throw new Error(`cannot code ${article.id}`);
      return pipeline().run(article);
    },
  };
}

async function queueIn(url: string, poolSize = 2): Promise<{ store: PostgresStore; queue: PgJobQueue }> {
  const store = new PostgresStore(url, poolSize);
  await store.migrate();
  return { store, queue: PgJobQueue.of(store) };
}

test('queue: two workers drain a queue; every article is coded once and stored once', async () => {
  const { schema, url } = await freshSchema();
  const [one, two] = [await queueIn(url), await queueIn(url)];
  try {
    assert.equal(await one.queue.enqueue(articles(40).map((article) => ({ article, origin: 'test' }))), 40);
    const counts = new Map<string, number>();
    const byWorker: Record<string, string[]> = { a: [], b: [] };
    const run = (q: PgJobQueue, id: 'a' | 'b') => runQueueWorker(q, countingCoder(counts), { workerId: id, once: true, pollMs: 20, onJob: (r) => byWorker[id]!.push(r.articleId) });
    const [sa, sb] = await Promise.all([run(one.queue, 'a'), run(two.queue, 'b')]);
    assert.equal(sa.inserted + sb.inserted, 40);
    assert.ok(sa.inserted > 0 && sb.inserted > 0, `both workers took jobs (${sa.inserted}, ${sb.inserted})`);
    assert.deepEqual([...counts.values()].filter((n) => n !== 1), [], 'no article coded twice');
    assert.equal(counts.size, 40);
    assert.deepEqual(byWorker.a!.filter((id) => byWorker.b!.includes(id)), []);
    const jobs = await adminQuery<{ state: string; attempts: number; n: number }>(`SELECT state, attempts, COUNT(*)::int AS n FROM ${schema}.queue GROUP BY 1, 2`);
    assert.deepEqual(jobs, [{ state: 'done', attempts: 1, n: 40 }]);
    assert.equal((await one.store.stats()).articles, 40);
    assert.ok((await one.store.countEvents()) >= 40);
  } finally {
    await one.store.close();
    await two.store.close();
  }
});

test('queue: enqueueing again skips what is queued or already stored', async () => {
  const { url } = await freshSchema();
  const { store, queue } = await queueIn(url);
  try {
    const list = articles(3).map((article) => ({ article, origin: null }));
    await store.saveArticle(list[0]!.article, [], []);
    assert.equal(await queue.enqueue(list), 2);
    assert.equal(await queue.enqueue(list), 0);
    assert.deepEqual(await queue.counts(), { pending: 2, done: 0, failed: 0 });
  } finally {
    await store.close();
  }
});

test('queue: a job that keeps failing ends as failed with its error after max attempts; the rest are done', async () => {
  const { url } = await freshSchema();
  const { store, queue } = await queueIn(url);
  try {
    await queue.enqueue(articles(3).map((article) => ({ article, origin: 'in.jsonl' })), 3);
    const counts = new Map<string, number>();
    const reports: JobReport[] = [];
    const summary = await runQueueWorker(queue, countingCoder(counts, (a) => a.id === 'q1'), { once: true, pollMs: 5, retryMs: 1, onJob: (r) => reports.push(r) });
    assert.deepEqual(reports.filter((r) => r.articleId === 'q1').map((r) => [r.attempt, r.outcome]), [[1, 'retry'], [2, 'retry'], [3, 'failed']]);
    assert.equal(summary.failed, 1);
    assert.equal(summary.inserted, 2);
    assert.deepEqual(await queue.counts(), { pending: 0, done: 2, failed: 1 });
    assert.deepEqual(await queue.failures(), [{ articleId: 'q1', origin: 'in.jsonl', attempts: 3, error: 'cannot code q1' }]);
    assert.equal(await store.hasArticle('q1'), false, 'a failed attempt stores nothing');
    assert.equal(await queue.retryFailed(), 1);
    assert.deepEqual(await queue.counts(), { pending: 1, done: 2, failed: 0 });
  } finally {
    await store.close();
  }
});

test('queue: a worker killed (SIGKILL) while holding a job leaves it to another worker, which codes it once', async () => {
  const { schema, url } = await freshSchema();
  const { store, queue } = await queueIn(url);
  try {
    await queue.enqueue(articles(1).map((article) => ({ article, origin: null })));
    // A child process claims the job, opens its transaction and locks the row, then hangs.
    const mod = (p: string) => pathToFileURL(join(root, 'dist', 'src', p)).href;
    const script = `
      import { PostgresStore } from '${mod('store/postgres/postgres-store.js')}';
      import { PgJobQueue } from '${mod('store/postgres/queue.js')}';
      const store = new PostgresStore(process.env.URL, 2);
      const queue = PgJobQueue.of(store);
      const job = await queue.claim('doomed', 60000);
      await queue.complete(job, 'doomed', () => { console.log('holding ' + job.article.id); return new Promise(() => {}); });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, URL: url }, stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    assert.match(line.toString(), /holding q0/);
    // While the child lives, its row lock keeps every other worker off the job.
    assert.equal(await queue.claim('other', 0), null);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const counts = new Map<string, number>();
    const summary = await runQueueWorker(queue, countingCoder(counts), { workerId: 'rescuer', once: true, pollMs: 20, leaseMs: 100 });
    assert.equal(summary.inserted, 1);
    assert.equal(counts.get('q0'), 1);
    const [job] = await adminQuery<{ state: string; attempts: number; claimed_by: string }>(`SELECT state, attempts, claimed_by FROM ${schema}.queue`);
    assert.deepEqual(job, { state: 'done', attempts: 2, claimed_by: 'rescuer' });
    assert.equal(await store.countEvents({ article: 'q0' }) > 0, true);
  } finally {
    await store.close();
  }
});

test('queue: a claim left without a lock past the lease is taken over; the old claimant codes nothing', async () => {
  const { url } = await freshSchema();
  const { store, queue } = await queueIn(url);
  try {
    await queue.enqueue(articles(1).map((article) => ({ article, origin: null })));
    const stale = (await queue.claim('slow', 50))!;
    assert.equal(await queue.claim('fast', 60_000), null, 'within the lease, nobody takes it over');
    await new Promise((r) => setTimeout(r, 80));
    const taken = await queue.claim('fast', 50);
    assert.equal(taken?.attempts, 2);
    let coded = false;
    const r = await queue.complete(stale, 'slow', async () => ((coded = true), { result: 'inserted', events: 0 }));
    assert.deepEqual(r, { state: 'lost' });
    assert.equal(coded, false);
    assert.equal(await queue.fail(stale, 'slow', 'late'), 'lost');
  } finally {
    await store.close();
  }
});

test('queue: a job whose worker vanished on its last attempt ends as failed, saying so', async () => {
  const { url } = await freshSchema();
  const { store, queue } = await queueIn(url);
  try {
    await queue.enqueue(articles(1).map((article) => ({ article, origin: null })), 1);
    assert.ok(await queue.claim('vanished', 0));
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(await queue.claim('next', 0), null);
    const [f] = await queue.failures();
    assert.match(f?.error ?? '', /worker stopped \(crashed or was killed\) during attempt 1/);
    assert.equal(await queue.hasPending(), false);
  } finally {
    await store.close();
  }
});
