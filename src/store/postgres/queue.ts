import type pg from 'pg';
import type { Article, EntityRecord, EventRecord } from '../../core/types.js';
import type { SaveResult } from '../contract.js';
import { pgUserError } from './connect.js';
import type { PostgresStore } from './postgres-store.js';
import { inTransaction, insertArticle } from './writes.js';

/** A job as claimed by a worker. `attempts` counts this claim. */
export interface QueueJob {
  id: number;
  article: Article;
  /** Where the article was read from, for messages. */
  origin: string | null;
  attempts: number;
  maxAttempts: number;
}

/** The store as seen from inside a job's transaction: what a worker needs to store one article. */
export interface JobTransaction {
  hasArticle(id: string): Promise<boolean>;
  saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult>;
}

/** What a job's work stored: the article (or found it there already) and its event count. */
export interface JobResult {
  result: SaveResult;
  events: number;
}

export interface QueueCounts {
  pending: number;
  done: number;
  failed: number;
}

export interface QueueFailure {
  articleId: string;
  origin: string | null;
  attempts: number;
  error: string | null;
}

/** Claims handed back after a failure wait this long times 2^(attempt-1), at most a minute. */
const MAX_RETRY_DELAY_MS = 60_000;

/**
 * The queue of articles waiting to be coded, held in PostgreSQL so that workers on several
 * machines share it. The life of a job:
 *
 * 1. `claim` (one short committed statement, `FOR UPDATE SKIP LOCKED`) counts an attempt
 *    and names the worker. Counting it in its own transaction is what lets a job that
 *    crashes every worker that touches it stop after `max_attempts`.
 * 2. `complete` opens a transaction, locks the claimed row, codes and stores the article,
 *    and marks the job done — all or nothing. While the worker lives, the row lock keeps
 *    every other worker off the job; none is coded twice.
 * 3. If the worker dies, its transaction rolls back and its lock goes with its connection.
 *    A job that is claimed but locked by nobody for longer than the lease is orphaned and
 *    is claimed again by the next worker (the lease only has to outlast the few
 *    milliseconds between steps 1 and 2, not the coding).
 * 4. A handled failure (`fail`) records the error and makes the job visible again after a
 *    back-off; at `max_attempts` it ends in state 'failed' with that error.
 */
export class PgJobQueue {
  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  /** The queue in a PostgreSQL store's database. */
  static of(store: PostgresStore): PgJobQueue {
    return new PgJobQueue(store.pool, store.url);
  }

  private async q<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  /**
   * Adds articles; one already queued (in any state) or already stored is skipped.
   * Returns the number queued.
   */
  async enqueue(items: readonly { article: Article; origin: string | null }[], maxAttempts = 3): Promise<number> {
    if (!items.length) return 0;
    const rows = await this.q<{ id: number }>(
      `INSERT INTO queue (article_id, article, origin, max_attempts)
       SELECT u.article_id, u.article, u.origin, $4 FROM unnest($1::text[], $2::jsonb[], $3::text[]) AS u(article_id, article, origin)
       WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = u.article_id)
       ON CONFLICT (article_id) DO NOTHING RETURNING id`,
      [items.map((i) => i.article.id), items.map((i) => JSON.stringify(i.article)), items.map((i) => i.origin), maxAttempts],
    );
    return rows.length;
  }

  /**
   * Claims the oldest job that is free: never claimed or handed back and due, or orphaned
   * (claimed by a worker that holds no lock on it, for longer than `leaseMs`). Orphans on
   * their last attempt are marked failed instead. Null when no job is free now.
   */
  async claim(worker: string, leaseMs: number): Promise<QueueJob | null> {
    const free = `state = 'pending' AND (
        (claimed_by IS NULL AND available_at <= now()) OR
        (claimed_by IS NOT NULL AND claimed_at < now() - $2 * interval '1 millisecond'))`;
    const [row] = await this.q<{ id: number; article: Article; origin: string | null; attempts: number; max_attempts: number }>(
      `WITH lost AS (
         UPDATE queue SET state = 'failed', finished_at = now(),
           last_error = 'the worker stopped (crashed or was killed) during attempt ' || attempts || coalesce('; earlier: ' || last_error, '')
         WHERE id IN (SELECT id FROM queue WHERE ${free} AND attempts >= max_attempts FOR UPDATE SKIP LOCKED)
       )
       UPDATE queue SET attempts = attempts + 1, claimed_by = $1, claimed_at = now()
       WHERE id = (SELECT id FROM queue WHERE ${free} AND attempts < max_attempts ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, article, origin, attempts, max_attempts`,
      [worker, leaseMs],
    );
    return row ? { id: row.id, article: row.article, origin: row.origin, attempts: row.attempts, maxAttempts: row.max_attempts } : null;
  }

  /**
   * Runs `work` in one transaction with the job's row locked, then marks the job done.
   * 'lost' when the claim is no longer this worker's (it was orphaned and re-claimed):
   * nothing is coded then. If `work` throws, nothing of it is stored.
   */
  async complete(job: QueueJob, worker: string, work: (tx: JobTransaction) => Promise<JobResult>): Promise<({ state: 'done' } & JobResult) | { state: 'lost' }> {
    try {
      return await inTransaction(this.pool, async (c) => {
        const mine = await c.query(`SELECT 1 FROM queue WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND state = 'pending' FOR UPDATE`, [job.id, worker, job.attempts]);
        if (!mine.rowCount) return { state: 'lost' as const };
        const tx: JobTransaction = {
          hasArticle: async (id) => ((await c.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount ?? 0) > 0,
          saveArticle: (article, entities, events) => insertArticle(c, article, entities, events),
        };
        const r = await work(tx);
        await c.query(`UPDATE queue SET state = 'done', finished_at = now(), result = $2, events = $3 WHERE id = $1`, [job.id, r.result, r.events]);
        return { state: 'done' as const, ...r };
      });
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  /**
   * Records a failed attempt: the job is handed back for a later attempt, or ends in
   * 'failed' with this error after its last. Returns the job's new state.
   */
  async fail(job: QueueJob, worker: string, error: string, retryMs = 1000): Promise<'pending' | 'failed' | 'lost'> {
    const delay = Math.min(MAX_RETRY_DELAY_MS, retryMs * 2 ** (job.attempts - 1));
    const [row] = await this.q<{ state: 'pending' | 'failed' }>(
      `UPDATE queue SET last_error = $4, claimed_by = NULL,
         state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END,
         finished_at = CASE WHEN attempts >= max_attempts THEN now() END,
         available_at = now() + $5 * interval '1 millisecond'
       WHERE id = $1 AND claimed_by = $2 AND attempts = $3 AND state = 'pending' RETURNING state`,
      [job.id, worker, job.attempts, error, delay],
    );
    return row?.state ?? 'lost';
  }

  /** Whether any job is still pending: waiting, handed back, or being coded by someone. */
  async hasPending(): Promise<boolean> {
    return (await this.q(`SELECT 1 FROM queue WHERE state = 'pending' LIMIT 1`)).length > 0;
  }

  async counts(): Promise<QueueCounts> {
    const rows = await this.q<{ state: keyof QueueCounts; n: number }>('SELECT state, COUNT(*) AS n FROM queue GROUP BY state');
    const out: QueueCounts = { pending: 0, done: 0, failed: 0 };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  /** Jobs that ended in 'failed', newest first, with their last error. */
  async failures(limit = 50): Promise<QueueFailure[]> {
    const rows = await this.q<{ article_id: string; origin: string | null; attempts: number; last_error: string | null }>(
      `SELECT article_id, origin, attempts, last_error FROM queue WHERE state = 'failed' ORDER BY finished_at DESC, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ articleId: r.article_id, origin: r.origin, attempts: r.attempts, error: r.last_error }));
  }

  /** Gives failed jobs a fresh set of attempts (after a fix). Returns how many. */
  async retryFailed(): Promise<number> {
    const rows = await this.q(`UPDATE queue SET state = 'pending', attempts = 0, claimed_by = NULL, available_at = now(), finished_at = NULL WHERE state = 'failed' RETURNING id`);
    return rows.length;
  }
}
