import type { EnqueueSummary } from '../../app/enqueue.js';
import { UserError } from '../../core/errors.js';
import type { Store } from '../../store/contract.js';
import { PostgresStore } from '../../store/postgres/postgres-store.js';
import { PgJobQueue } from '../../store/postgres/queue.js';

/** The queue of a PostgreSQL store; with SQLite, a user error saying what to use instead. */
export function requireQueue(store: Store, command: string): PgJobQueue {
  if (!(store instanceof PostgresStore)) {
    throw new UserError(
      `${command} needs a PostgreSQL store: the queue lives in the database the workers share`,
      'give --db postgres://USER@HOST/DATABASE (or ATTACHE_DB); on one machine with SQLite, use attache ingest --workers N',
    );
  }
  return PgJobQueue.of(store);
}

/** Prints what was queued and every failure; the exit status says whether anything failed. */
export function printEnqueueSummary(s: EnqueueSummary, quiet: boolean): number {
  for (const f of s.failures) console.error(`failed: ${f.where}: ${f.message}`);
  if (!quiet) {
    console.error(
      `${s.files} file(s), ${s.articles} article(s): ${s.queued} queued, ${s.skipped} already queued or stored, ` +
        `${s.failures.length} failure(s) in ${s.seconds.toFixed(1)} s`,
    );
  }
  return s.failures.length ? 1 : 0;
}
