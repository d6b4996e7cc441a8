import { enqueuePaths } from '../../app/enqueue.js';
import { ingestPaths, type IngestProgress, type IngestSummary } from '../../app/ingest.js';
import { ingestPathsParallel } from '../../app/parallel-ingest.js';
import { delimiter } from 'node:path';
import { UserError } from '../../core/errors.js';
import { defaultPipeline } from '../../pipeline/default.js';
import type { Store } from '../../store/contract.js';
import { isPostgres, openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import { progressPrinter } from '../progress.js';
import type { Command } from './command.js';
import { extraKbFolders, KB_USAGE, kbOption } from './kb.js';
import { printEnqueueSummary, requireQueue } from './queue-common.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read, code and store articles from files and folders (.txt .html .json .jsonl)',
  usage:
    'attache ingest PATH... [--workers N] [--queue] [--db FILE|URL] [--quiet] [--kb DIR]\n' +
    '  --workers N  code on N threads of this machine while this one stores (default: code and store in turn)\n' +
    '  --queue      only put the articles in the PostgreSQL queue, for `attache worker` to code\n' +
    KB_USAGE,
  async run(argv) {
    const { values, positionals } = parse('ingest', argv, { ...dbOption, quiet: { type: 'boolean', short: 'q' }, workers: { type: 'string' }, queue: { type: 'boolean' }, ...kbOption });
    if (values.help) return (console.log(this.usage), 0);
    if (!positionals.length) throw new UserError('ingest needs at least one file or folder', 'e.g. attache ingest examples/');
    const workers = intFlag('workers', values.workers) ?? 0;
    if (values.workers !== undefined && (workers < 1 || workers > 64)) throw new UserError(`--workers ${workers} is not between 1 and 64`, 'one per CPU core is a good start');
    const extraKb = extraKbFolders(values.kb);
    // the pipeline, and each coding thread's, loads the folders ATTACHE_KB names
    if (extraKb) process.env.ATTACHE_KB = extraKb.join(delimiter);
    const location = storeLocation(values.db);
    const progress = values.quiet ? undefined : progressPrinter(values.queue ? 'queueing' : 'ingesting');
    const store = await openStore(location);
    try {
      if (values.queue) {
        const summary = await enqueuePaths(requireQueue(store, 'ingest --queue'), positionals, { onProgress: progress });
        return printEnqueueSummary(summary, values.quiet ?? false);
      }
      const summary = await run(store, location, positionals, workers, progress);
      for (const f of summary.failures) console.error(`failed: ${f.where}: ${f.message}`);
      if (!values.quiet) {
        console.error(
          `${summary.files} file(s), ${summary.articles} article(s): ${summary.inserted} stored, ${summary.duplicates} already stored, ` +
            `${summary.events} event(s), ${summary.failures.length} failure(s) in ${summary.seconds.toFixed(1)} s`,
        );
      }
      return summary.failures.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

function run(store: Store, location: string, paths: string[], workers: number, onProgress?: (p: IngestProgress) => void): Promise<IngestSummary> {
  // Without --workers, one thread codes and stores in turn; with it, even one coding
  // thread helps, as storing overlaps coding.
  if (!workers) return ingestPaths(store, defaultPipeline(), paths, onProgress);
  // PostgreSQL takes many writers: each thread stores its own articles.
  return ingestPathsParallel(store, paths, { workers, writerLocation: isPostgres(location) ? location : undefined, onProgress });
}
