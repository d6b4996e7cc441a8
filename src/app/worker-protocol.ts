import type { Article, EntityRecord, EventRecord } from '../core/types.js';

/** What a coding thread is started with. */
export interface WorkerSetup {
  /**
   * The store the thread writes to itself (PostgreSQL takes many writers), or null when
   * it sends its results back and the main thread writes them (SQLite has one writer).
   */
  store: string | null;
}

/** Main thread → coding thread. */
export type ToWorker = { type: 'code'; seq: number; article: Article } | { type: 'stop' };

/** Coding thread → main thread. */
export type FromWorker =
  | { type: 'ready' }
  /** Setup failed (data files, store): nothing can be coded; the message says why. */
  | { type: 'setup-failed'; message: string; hint: string | null }
  /** Coded, for the main thread to store. */
  | { type: 'coded'; seq: number; entities: EntityRecord[]; events: EventRecord[] }
  /** Coded and stored by the thread itself. */
  | { type: 'stored'; seq: number; result: 'inserted' | 'exists'; events: number }
  | { type: 'failed'; seq: number; message: string };
