import type { Article } from '../core/types.js';
import { UserError } from '../core/errors.js';
import { listInputs, readFile } from '../ingest/read.js';
import type { PgJobQueue } from '../store/postgres/queue.js';
import type { IngestProgress } from './ingest.js';

export interface EnqueueSummary {
  files: number;
  articles: number;
  queued: number;
  /** Already queued or already stored. */
  skipped: number;
  failures: { where: string; message: string }[];
  seconds: number;
}

/** Articles per INSERT: large enough to be fast, small enough to keep memory flat. */
const BATCH = 500;

/**
 * Reads files and folders and puts their articles in the PostgreSQL queue for workers
 * (`attache worker`) to code. Bad files and articles are reported and skipped, as in ingest.
 */
export async function enqueuePaths(queue: PgJobQueue, paths: readonly string[], options: { maxAttempts?: number; onProgress?: (p: IngestProgress) => void } = {}): Promise<EnqueueSummary> {
  const started = Date.now();
  const { files, errors } = listInputs(paths);
  const summary: EnqueueSummary = { files: files.length, articles: 0, queued: 0, skipped: 0, failures: [...errors], seconds: 0 };
  for (const [i, path] of files.entries()) {
    const read = readFile(path);
    summary.failures.push(...read.errors);
    summary.articles += read.articles.length;
    for (let at = 0; at < read.articles.length; at += BATCH) {
      const batch = read.articles.slice(at, at + BATCH);
      const queued = await enqueueBatch(queue, batch, path, options.maxAttempts, summary.failures);
      summary.queued += queued.queued;
      summary.skipped += queued.skipped;
    }
    options.onProgress?.({ done: i + 1, total: files.length, path });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** One batch; if the server refuses it (say, a NUL character in one text), each article alone, so only the bad one fails. */
async function enqueueBatch(queue: PgJobQueue, batch: Article[], origin: string, maxAttempts: number | undefined, failures: EnqueueSummary['failures']): Promise<{ queued: number; skipped: number }> {
  const items = batch.map((article) => ({ article, origin }));
  try {
    const queued = await queue.enqueue(items, maxAttempts);
    return { queued, skipped: batch.length - queued };
  } catch (e) {
    // The server is gone or refuses us: no article can be queued, so the run stops.
    if (e instanceof UserError) throw e;
    if (batch.length === 1) {
      failures.push({ where: `${origin} (${batch[0]!.id})`, message: (e as Error).message });
      return { queued: 0, skipped: 0 };
    }
    let queued = 0;
    let skipped = 0;
    for (const article of batch) {
      const r = await enqueueBatch(queue, [article], origin, maxAttempts, failures);
      queued += r.queued;
      skipped += r.skipped;
    }
    return { queued, skipped };
  }
}
