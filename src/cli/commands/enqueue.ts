import { enqueuePaths } from '../../app/enqueue.js';
import { UserError } from '../../core/errors.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import { progressPrinter } from '../progress.js';
import type { Command } from './command.js';
import { printEnqueueSummary, requireQueue } from './queue-common.js';

export const enqueueCommand: Command = {
  name: 'enqueue',
  summary: 'put articles from files and folders in the PostgreSQL queue, for `attache worker` to code',
  usage:
    'attache enqueue PATH... --db postgres://… [--max-attempts N] [--quiet]\n' +
    '  --max-attempts N  tries per article before it is marked failed (default 3)',
  async run(argv) {
    const { values, positionals } = parse('enqueue', argv, { ...dbOption, quiet: { type: 'boolean', short: 'q' }, 'max-attempts': { type: 'string' } });
    if (values.help) return (console.log(this.usage), 0);
    if (!positionals.length) throw new UserError('enqueue needs at least one file or folder', 'e.g. attache enqueue news/ --db postgres://localhost/attache');
    const maxAttempts = intFlag('max-attempts', values['max-attempts']) ?? 3;
    if (maxAttempts < 1) throw new UserError(`--max-attempts ${maxAttempts} is not at least 1`);
    const store = await openStore(storeLocation(values.db));
    try {
      const queue = requireQueue(store, 'enqueue');
      const summary = await enqueuePaths(queue, positionals, { maxAttempts, onProgress: values.quiet ? undefined : progressPrinter('queueing') });
      return printEnqueueSummary(summary, values.quiet ?? false);
    } finally {
      await store.close();
    }
  },
};
