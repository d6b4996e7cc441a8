import { enqueuePaths } from '../../app/enqueue.js';
import { ingestPaths, type IngestOptions, type IngestSummary } from '../../app/ingest.js';
import { ingestPathsParallel } from '../../app/parallel-ingest.js';
import { delimiter, resolve } from 'node:path';
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
    '  --workers N  code and store on N threads of this machine (default: this thread codes and stores in turn)\n' +
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
      const summary = await untilSignal((signal) => run(store, location, positionals, workers, { onProgress: progress, signal }));
      for (const f of summary.failures) console.error(`failed: ${f.where}: ${f.message}`);
      if (!values.quiet) {
        console.error(
          `${summary.files} file(s), ${summary.articles} article(s): ${summary.inserted} stored, ${summary.duplicates} already stored, ` +
            `${summary.events} event(s), ${summary.failures.length} failure(s) in ${summary.seconds.toFixed(1)} s`,
        );
      }
      if (summary.interrupted) {
        console.error('attache ingest: stopped early; run the same command again to store the rest (articles already stored are skipped)');
        return 130;
      }
      return summary.failures.length ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

function run(store: Store, location: string, paths: string[], workers: number, options: IngestOptions): Promise<IngestSummary> {
  if (!workers) return ingestPaths(store, defaultPipeline(), paths, options);
  return ingestPathsParallel(store, paths, { ...options, workers, writerLocation: threadWriterLocation(location) });
}

/**
 * Where each coding thread stores its own articles: the PostgreSQL server, or the SQLite
 * file (WAL mode lets one thread write while the others code; each holds the write lock
 * only while it commits a batch). An in-memory database is this thread's alone.
 */
function threadWriterLocation(location: string): string | undefined {
  if (isPostgres(location)) return location;
  const path = location.replace(/^sqlite:/, '');
  return path === ':memory:' ? undefined : resolve(path);
}

/**
 * Runs an ingest that stops reading at the first SIGINT or SIGTERM and commits what it has
 * coded, so nothing coded is lost; a second signal stops at once (the open batch rolls back).
 */
async function untilSignal(ingest: (signal: AbortSignal) => Promise<IngestSummary>): Promise<IngestSummary> {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    console.error(`attache ingest: ${signal}: storing the articles already coded, then stopping (again to stop now)`);
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await ingest(stop.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
