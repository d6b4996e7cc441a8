import type { Article } from '../core/types.js';
import { listInputs, readFile } from '../ingest/read.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { ArticleWriter, type BatchLimits } from '../store/article-writer.js';
import type { ArticleToSave, Store } from '../store/contract.js';
import { entityRecords } from './extraction.js';
import { IngestTally } from './ingest-tally.js';

export interface IngestProgress {
  done: number;
  total: number;
  path: string;
}

export interface IngestSummary {
  files: number;
  articles: number;
  inserted: number;
  duplicates: number;
  events: number;
  failures: { where: string; message: string }[];
  seconds: number;
  /** Set when the ingest was stopped early (SIGINT, SIGTERM): what was read before is stored. */
  interrupted?: boolean;
}

export interface IngestOptions {
  /** Called when a file's articles are all committed (or failed), files in order. */
  onProgress?: (p: IngestProgress) => void;
  /** Stops reading new articles; those already coded are committed, then the summary is returned. */
  signal?: AbortSignal;
  /** Group commit limits (default `DEFAULT_BATCH`). */
  batch?: BatchLimits;
}

/**
 * Codes one article and stores it in its own transaction; a duplicate is not re-coded.
 * For one article at a time (the API); ingest batches its commits with `ArticleWriter`.
 */
export async function ingestArticle(store: Store, pipeline: Pipeline, article: Article): Promise<{ result: 'inserted' | 'exists'; events: number }> {
  if (await store.hasArticle(article.id)) return { result: 'exists', events: 0 };
  const doc = pipeline.run(article);
  const events = doc.events ?? [];
  const result = await store.saveArticle(article, entityRecords(doc), events);
  return { result, events: result === 'inserted' ? events.length : 0 };
}

/** Lets timers (the batch's deadline) and signals run between two articles coded in a row. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Ingests files and folders: reads, codes and stores each article, committing several
 * articles at a time (`ArticleWriter`: each still stored whole or not at all). One bad
 * file or article is recorded in `failures` and the batch goes on.
 */
export async function ingestPaths(store: Store, pipeline: Pipeline, paths: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const { files, errors } = listInputs(paths);
  const tally = new IngestTally(files.length, errors, options.onProgress);
  const writer = new ArticleWriter(store, options.batch);
  const summary = tally.summary;
  files: for (const path of files) {
    const read = readFile(path);
    summary.failures.push(...read.errors);
    const settled: Promise<void>[] = [];
    for (const article of read.articles) {
      if (options.signal?.aborted) break files;
      summary.articles++;
      settled.push(tally.track(`${path} (${article.id})`, codeAndSave(writer, pipeline, article)));
      await yieldToEventLoop();
    }
    tally.fileRead(path, settled);
  }
  await writer.close();
  if (options.signal?.aborted) summary.interrupted = true;
  return tally.finish();
}

/** Codes an article unless it is stored or waiting in the open batch; resolves once committed. */
async function codeAndSave(writer: ArticleWriter, pipeline: Pipeline, article: Article): Promise<{ result: 'inserted' | 'exists'; events: number }> {
  if (await writer.has(article.id)) return { result: 'exists', events: 0 };
  const item = coded(pipeline, article);
  const result = await writer.save(item);
  return { result, events: item.events.length };
}

/**
 * What is stored of an article. Its own function so that the `Doc` (every token, mention
 * and phrase, some 100 KB an article) is no local of `codeAndSave`: there it was kept
 * alive until the batch committed, and every young-generation collection copied and
 * promoted the docs of the open batch (470 KB a collection, against 30 KB coding alone).
 */
function coded(pipeline: Pipeline, article: Article): ArticleToSave {
  const doc = pipeline.run(article);
  return { article, entities: entityRecords(doc), events: doc.events ?? [] };
}
