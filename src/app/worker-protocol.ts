import type { Article, EntityRecord, EventRecord } from '../core/types.js';
import type { BatchLimits } from '../store/article-writer.js';

/** What a coding thread is started with. */
export interface WorkerSetup {
  /**
   * The store the thread writes to itself, in batches of its own (a SQLite file or a
   * PostgreSQL server), or null when it sends its results back and the main thread writes
   * them (an in-memory SQLite database, which no other thread can open).
   */
  store: string | null;
  /** Group commit limits of the thread's writer (default `DEFAULT_BATCH`). */
  batch?: BatchLimits;
}

/** Main thread → coding thread. */
export type ToWorker =
  | { type: 'code'; seq: number; article: Article }
  /** Commit the open batch now: no more articles are coming for a while. */
  | { type: 'flush' }
  /** Commit the open batch, answer `stopped`, and end. */
  | { type: 'stop' };

/** Coding thread → main thread. */
export type FromWorker =
  | { type: 'ready' }
  /** Setup failed (data files, store): nothing can be coded; the message says why. */
  | { type: 'setup-failed'; message: string; hint: string | null }
  /** Coded, for the main thread to store. */
  | { type: 'coded'; seq: number; entities: EntityRecord[]; events: EventRecord[] }
  /** Coded, and waiting in the thread's batch: the thread is free for the next article. */
  | { type: 'queued'; seq: number }
  /** Committed by the thread itself (or found already stored). */
  | { type: 'stored'; seq: number; result: 'inserted' | 'exists'; events: number }
  | { type: 'failed'; seq: number; message: string }
  /** Everything is committed and answered; the thread ends. */
  | { type: 'stopped' };
