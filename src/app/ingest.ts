import type { Article } from '../core/types.js';
import { listInputs, readFile } from '../ingest/read.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/contract.js';
import { entityRecords } from './extraction.js';

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
}

/** Codes one article and stores it in its own transaction; a duplicate is not re-coded. */
export async function ingestArticle(store: Store, pipeline: Pipeline, article: Article): Promise<{ result: 'inserted' | 'exists'; events: number }> {
  if (await store.hasArticle(article.id)) return { result: 'exists', events: 0 };
  const doc = pipeline.run(article);
  const events = doc.events ?? [];
  const result = await store.saveArticle(article, entityRecords(doc), events);
  return { result, events: result === 'inserted' ? events.length : 0 };
}

/**
 * Ingests files and folders: reads, codes and stores each article. One bad file or
 * article is recorded in `failures` and the batch goes on.
 */
export async function ingestPaths(store: Store, pipeline: Pipeline, paths: readonly string[], onProgress?: (p: IngestProgress) => void): Promise<IngestSummary> {
  const started = Date.now();
  const { files, errors } = listInputs(paths);
  const summary: IngestSummary = { files: files.length, articles: 0, inserted: 0, duplicates: 0, events: 0, failures: [...errors], seconds: 0 };
  for (const [i, path] of files.entries()) {
    const read = readFile(path);
    summary.failures.push(...read.errors);
    for (const article of read.articles) {
      summary.articles++;
      try {
        const r = await ingestArticle(store, pipeline, article);
        if (r.result === 'inserted') summary.inserted++;
        else summary.duplicates++;
        summary.events += r.events;
      } catch (e) {
        summary.failures.push({ where: `${path} (${article.id})`, message: (e as Error).message });
      }
    }
    onProgress?.({ done: i + 1, total: files.length, path });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
