import { defaultWorkerId, runQueueWorker, type JobReport } from '../../app/queue-worker.js';
import { UserError } from '../../core/errors.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { openStore, storeLocation } from '../../store/open.js';
import { dbOption, intFlag, parse } from '../args.js';
import type { Command } from './command.js';
import { requireQueue } from './queue-common.js';

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = intFlag(name, value) ?? fallback;
  if (n < 1) throw new UserError(`--${name} ${n} is not at least 1`);
  return n;
}

function describe(r: JobReport): string | null {
  const where = r.origin ? `${r.origin} (${r.articleId})` : r.articleId;
  if (r.outcome === 'retry') return `attempt ${r.attempt} failed, will retry: ${where}: ${r.error}`;
  if (r.outcome === 'failed') return `failed after ${r.attempt} attempt(s): ${where}: ${r.error}`;
  if (r.outcome === 'lost') return `gave up ${where}: another worker took it over`;
  return null;
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'code articles from the PostgreSQL queue (run one or more, on one or more machines)',
  usage:
    'attache worker --db postgres://… [--once] [--poll-ms N] [--lease-ms N] [--quiet]\n' +
    '  --once        stop when no article is pending (default: keep polling until Ctrl-C or SIGTERM)\n' +
    '  --poll-ms N   wait between looks at an empty queue (default 1000)\n' +
    '  --lease-ms N  a job claimed by a worker that vanished is taken over after this long (default 10000)',
  async run(argv) {
    const { values } = parse('worker', argv, { ...dbOption, once: { type: 'boolean' }, 'poll-ms': { type: 'string' }, 'lease-ms': { type: 'string' }, quiet: { type: 'boolean', short: 'q' } }, false);
    if (values.help) return (console.log(this.usage), 0);
    const pollMs = positive('poll-ms', values['poll-ms'], 1000);
    const leaseMs = positive('lease-ms', values['lease-ms'], 10_000);
    // Two connections: one for the job's transaction, one to claim the next or report.
    const store = await openStore(storeLocation(values.db), { poolSize: 2 });
    const stop = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: stop now; the open transaction rolls back
      console.error(`attache worker: ${signal}: finishing the article in hand, then stopping (again to stop now)`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const queue = requireQueue(store, 'worker');
      const workerId = defaultWorkerId();
      const pipeline = defaultPipeline();
      if (!values.quiet) console.error(`attache worker ${workerId}: ready${values.once ? ', until the queue is empty' : ''}`);
      const summary = await runQueueWorker(queue, pipeline, {
        workerId, once: values.once ?? false, pollMs, leaseMs, signal: stop.signal,
        onJob: (r) => {
          const line = describe(r);
          if (line) console.error(line);
        },
        onError: (e) => console.error(`attache worker: cannot read the queue, trying again: ${e.message}${e instanceof UserError && e.hint ? ` (${e.hint})` : ''}`),
      });
      if (!values.quiet) {
        console.error(
          `${summary.jobs} job(s): ${summary.inserted} stored, ${summary.duplicates} already stored, ${summary.events} event(s), ` +
            `${summary.retried} to retry, ${summary.failed} failed in ${summary.seconds.toFixed(1)} s`,
        );
      }
      return summary.failed ? 1 : 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await store.close();
    }
  },
};
