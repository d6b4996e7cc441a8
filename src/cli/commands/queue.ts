import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import { table } from '../render.js';
import type { Command } from './command.js';
import { requireQueue } from './queue-common.js';

export const queueCommand: Command = {
  name: 'queue',
  summary: 'show the PostgreSQL queue: pending, done and failed articles, and why each failed',
  usage:
    'attache queue --db postgres://… [--limit N] [--retry-failed] [--format table|json]\n' +
    '  --retry-failed  give every failed article a fresh set of attempts',
  async run(argv) {
    const { values } = parse('queue', argv, { ...dbOption, limit: { type: 'string' }, 'retry-failed': { type: 'boolean' }, format: { type: 'string', default: 'table' } }, false);
    if (values.help) return (console.log(this.usage), 0);
    const store = await openStore(storeLocation(values.db), { poolSize: 1 });
    try {
      const queue = requireQueue(store, 'queue');
      if (values['retry-failed']) console.error(`${await queue.retryFailed()} failed article(s) queued again`);
      const counts = await queue.counts();
      const failures = await queue.failures(intFlag('limit', values.limit) ?? 50);
      if (values.format === 'json') {
        console.log(JSON.stringify({ ...counts, failures }, null, 2));
        return 0;
      }
      console.log(`${counts.pending} pending, ${counts.done} done, ${counts.failed} failed`);
      if (failures.length) console.log(table(['article', 'from', 'attempts', 'error'], failures.map((f) => [f.articleId, f.origin ?? '', String(f.attempts), f.error ?? ''])));
      return 0;
    } finally {
      await store.close();
    }
  },
};
