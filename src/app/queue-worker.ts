import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Doc } from '../core/doc.js';
import type { Article } from '../core/types.js';
import type { PgJobQueue } from '../store/postgres/queue.js';
import { entityRecords } from './extraction.js';

/** What codes an article: the default pipeline, or a stand-in in tests. */
export interface Coder {
  run(article: Article): Doc;
}

export interface QueueWorkerOptions {
  /** Names this worker in the queue; unique per process by default. */
  workerId?: string;
  /** Stop when no job is pending any more, instead of polling forever. */
  once?: boolean;
  /** How long to wait before looking again when no job is free. */
  pollMs?: number;
  /** A claimed job whose worker holds no lock on it for this long is taken over. */
  leaseMs?: number;
  /** Back-off before a failed job is retried: retryMs × 2^(attempt−1). */
  retryMs?: number;
  /** When aborted, the worker finishes the article in hand and stops. */
  signal?: AbortSignal;
  onJob?: (report: JobReport) => void;
  /**
   * Without `once`: called when the queue cannot be read (server down), after which the
   * worker waits and tries again. Without this callback the error ends the run.
   */
  onError?: (e: Error) => void;
}

/** What happened to one claimed job. */
export interface JobReport {
  articleId: string;
  origin: string | null;
  attempt: number;
  /** `retry`: this attempt failed, the job goes back; `lost`: another worker took it over. */
  outcome: 'inserted' | 'exists' | 'retry' | 'failed' | 'lost';
  events: number;
  error: string | null;
}

export interface QueueWorkerSummary {
  jobs: number;
  inserted: number;
  duplicates: number;
  events: number;
  retried: number;
  failed: number;
  seconds: number;
}

/** A worker name that is unique across machines and processes. */
export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * Takes jobs from the queue one at a time and codes each in the transaction that stores
 * it (see PgJobQueue for why a crash loses nothing and codes nothing twice). Runs until the
 * queue has no pending job (`once`) or until `signal` is aborted.
 */
export async function runQueueWorker(queue: PgJobQueue, coder: Coder, options: QueueWorkerOptions = {}): Promise<QueueWorkerSummary> {
  const started = Date.now();
  const worker = options.workerId ?? defaultWorkerId();
  const { pollMs = 1000, leaseMs = 10_000, retryMs = 1000, signal } = options;
  const summary: QueueWorkerSummary = { jobs: 0, inserted: 0, duplicates: 0, events: 0, retried: 0, failed: 0, seconds: 0 };

  while (!signal?.aborted) {
    let job;
    try {
      job = await queue.claim(worker, leaseMs);
    } catch (e) {
      // A worker that runs forever outlives a server restart: it says so and tries again.
      if (options.once || !options.onError) throw e;
      options.onError(e as Error);
      await sleep(Math.max(pollMs, 5000), undefined, { signal }).catch(() => undefined);
      continue;
    }
    if (!job) {
      if (options.once && !(await queue.hasPending())) break;
      await sleep(pollMs, undefined, { signal }).catch(() => undefined);
      continue;
    }
    summary.jobs++;
    const report: JobReport = { articleId: job.article.id, origin: job.origin, attempt: job.attempts, outcome: 'lost', events: 0, error: null };
    try {
      const r = await queue.complete(job, worker, async (tx) => {
        // Already stored (by `attache ingest`, or an earlier run): not coded again.
        if (await tx.hasArticle(job.article.id)) return { result: 'exists', events: 0 };
        const doc = coder.run(job.article);
        const events = doc.events ?? [];
        const result = await tx.saveArticle(job.article, entityRecords(doc), events);
        return { result, events: result === 'inserted' ? events.length : 0 };
      });
      if (r.state === 'done') {
        report.outcome = r.result;
        report.events = r.events;
      }
    } catch (e) {
      report.error = (e as Error).message;
      report.events = 0;
      const state = await queue.fail(job, worker, report.error, retryMs).catch(() => 'lost' as const);
      report.outcome = state === 'pending' ? 'retry' : state;
    }
    tally(summary, report);
    options.onJob?.(report);
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

function tally(s: QueueWorkerSummary, r: JobReport): void {
  if (r.outcome === 'inserted') s.inserted++;
  else if (r.outcome === 'exists') s.duplicates++;
  else if (r.outcome === 'retry') s.retried++;
  else if (r.outcome === 'failed') s.failed++;
  s.events += r.events;
}
