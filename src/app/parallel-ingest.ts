import type { Article } from '../core/types.js';
import { listInputs, readFile } from '../ingest/read.js';
import type { Store } from '../store/contract.js';
import { CodingThreads, type CodingOutcome } from './coding-threads.js';
import type { IngestProgress, IngestSummary } from './ingest.js';

export interface ParallelOptions {
  /** Number of coding threads. */
  workers: number;
  /**
   * Where the threads write, when the store takes several writers (PostgreSQL): each
   * thread opens it and stores its own articles. Without it, the threads send their
   * results back and this thread stores each article in its own transaction (SQLite).
   */
  writerLocation?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Called once every thread has built its pipeline (start-up takes about a second). */
  onReady?: () => void;
}

/**
 * `ingestPaths` on several threads of one machine: this thread lists and reads the files
 * and hands articles out; the coding threads code them. The summary, the progress and the
 * handling of bad files are those of the one-thread ingest.
 */
export async function ingestPathsParallel(store: Store, paths: readonly string[], options: ParallelOptions): Promise<IngestSummary> {
  const started = Date.now();
  const { files, errors } = listInputs(paths);
  const summary: IngestSummary = { files: files.length, articles: 0, inserted: 0, duplicates: 0, events: 0, failures: [...errors], seconds: 0 };
  const threads = await CodingThreads.start(options.workers, { store: options.writerLocation ?? null });
  options.onReady?.();
  // Four articles per thread: one being coded, three waiting, so that no coding thread
  // idles while this one stores results or waits for a core (threads outnumber cores by
  // one); a few kilobytes each, so memory stays flat.
  const limit = options.workers * 4;
  const inflight = new Set<Promise<void>>();
  const seen = new Set<string>();
  let filesDone = 0;

  try {
    for (const path of files) {
      const read = readFile(path);
      summary.failures.push(...read.errors);
      let open = 1; // the file itself, until all its articles are handed out
      const settle = () => {
        if (--open === 0) options.onProgress?.({ done: ++filesDone, total: files.length, path });
      };
      for (const article of read.articles) {
        summary.articles++;
        // The same article twice in one batch, or already stored: counted, not coded.
        if (seen.has(article.id) || (!options.writerLocation && (await store.hasArticle(article.id)))) {
          summary.duplicates++;
          continue;
        }
        seen.add(article.id);
        while (inflight.size >= limit) await Promise.race(inflight);
        open++;
        const job: Promise<void> = threads
          .code(article)
          .then((outcome) => record(store, summary, path, article, outcome))
          .finally(() => {
            inflight.delete(job);
            settle();
          });
        inflight.add(job);
      }
      settle();
    }
    await Promise.all(inflight);
  } finally {
    await threads.stop();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** Adds one article's outcome to the summary, storing it first when the thread did not. */
async function record(store: Store, summary: IngestSummary, path: string, article: Article, outcome: CodingOutcome): Promise<void> {
  try {
    if (outcome.type === 'failed') throw new Error(outcome.message);
    const r = outcome.type === 'stored' ? outcome : { result: await store.saveArticle(article, outcome.entities, outcome.events), events: outcome.events.length };
    if (r.result === 'inserted') {
      summary.inserted++;
      summary.events += r.events;
    } else summary.duplicates++;
  } catch (e) {
    summary.failures.push({ where: `${path} (${article.id})`, message: (e as Error).message });
  }
}
