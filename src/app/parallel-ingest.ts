import type { Article } from '../core/types.js';
import { listInputs, readFile } from '../ingest/read.js';
import { ArticleWriter } from '../store/article-writer.js';
import type { Store } from '../store/contract.js';
import { CodingThreads, type CodingOutcome } from './coding-threads.js';
import type { IngestOptions, IngestSummary } from './ingest.js';
import { IngestTally } from './ingest-tally.js';

export interface ParallelOptions extends IngestOptions {
  /** Number of coding threads. */
  workers: number;
  /**
   * Where the threads write (a SQLite file, a PostgreSQL URL): each thread opens it and
   * commits its own articles in batches. Without it (an in-memory database), the threads
   * send their results back and this thread stores them.
   */
  writerLocation?: string;
  /** Called once every thread has built its pipeline (start-up takes about a second). */
  onReady?: () => void;
}

/**
 * Four articles per thread not yet coded: one being coded, three waiting, so that no
 * coding thread idles while this one reads files or waits for a core; a few kilobytes
 * each, so memory stays flat.
 */
const AHEAD_PER_THREAD = 4;

/**
 * `ingestPaths` on several threads of one machine: this thread lists and reads the files
 * and hands articles out; the coding threads code them (and store them). The summary, the
 * progress and the handling of bad files are those of the one-thread ingest.
 */
export async function ingestPathsParallel(store: Store, paths: readonly string[], options: ParallelOptions): Promise<IngestSummary> {
  const { files, errors } = listInputs(paths);
  const tally = new IngestTally(files.length, errors, options.onProgress);
  const summary = tally.summary;
  const threads = await CodingThreads.start(options.workers, { store: options.writerLocation ?? null, batch: options.batch });
  options.onReady?.();
  const writer = options.writerLocation ? null : new ArticleWriter(store, options.batch);
  /** Articles handed to a thread and not yet answered for (dropped once answered, so memory stays flat). */
  const coding = new Set<Promise<unknown>>();
  const seen = new Set<string>();

  try {
    files: for (const path of files) {
      const read = readFile(path);
      summary.failures.push(...read.errors);
      const settled: Promise<void>[] = [];
      for (const article of read.articles) {
        if (options.signal?.aborted) break files;
        summary.articles++;
        // The same article twice in one run, or already stored: counted, not coded.
        if (seen.has(article.id) || (writer && (await writer.has(article.id)))) {
          summary.duplicates++;
          continue;
        }
        seen.add(article.id);
        await threads.room(AHEAD_PER_THREAD);
        const outcome = threads.code(article);
        coding.add(outcome);
        void outcome.then(() => coding.delete(outcome));
        settled.push(tally.track(`${path} (${article.id})`, outcome.then((o) => stored(writer, article, o))));
      }
      tally.fileRead(path, settled);
    }
    // Nothing more is coming: the threads' last batches are committed now, not at their deadline.
    threads.flush();
    await Promise.all(coding);
    await writer?.close();
  } finally {
    await threads.stop();
  }
  if (options.signal?.aborted) summary.interrupted = true;
  return tally.finish();
}

/** An article's result once committed: by its thread, or here when the thread only coded it. */
async function stored(writer: ArticleWriter | null, article: Article, outcome: CodingOutcome): Promise<{ result: 'inserted' | 'exists'; events: number }> {
  if (outcome.type === 'failed') throw new Error(outcome.message);
  if (outcome.type === 'stored') return outcome;
  if (!writer) throw new Error('a coding thread sent back an article to store, but it was to store it itself');
  return { result: await writer.save({ article, entities: outcome.entities, events: outcome.events }), events: outcome.events.length };
}
