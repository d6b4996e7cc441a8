import { ingestPaths, type IngestProgress } from '../../app/ingest.js';
import { UserError } from '../../core/errors.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, parse } from '../args.js';
import type { Command } from './command.js';

function progressPrinter(): ((p: IngestProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    process.stderr.write(`\r\x1b[Kingesting ${p.done}/${p.total} ${p.path.slice(-60)}`);
    if (p.done === p.total) process.stderr.write('\r\x1b[K');
  };
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read, code and store articles from files and folders (.txt .html .json .jsonl)',
  usage: 'attache ingest PATH... [--db FILE]',
  async run(argv) {
    const { values, positionals } = parse('ingest', argv, { ...dbOption, quiet: { type: 'boolean', short: 'q' } });
    if (values.help) return (console.log(this.usage), 0);
    if (!positionals.length) throw new UserError('ingest needs at least one file or folder', 'e.g. attache ingest examples/');
    const store = await openStore(storeLocation(values.db));
    try {
      const summary = await ingestPaths(store, defaultPipeline(), positionals, values.quiet ? undefined : progressPrinter());
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
