import type { ArticleToSave, SaveResult, Store } from './contract.js';

/** When an open batch is committed: at this many articles, or this long after its first. */
export interface BatchLimits {
  maxArticles: number;
  maxDelayMs: number;
}

/**
 * Measured with bench/ingest.js: a commit costs about as much as storing 2 articles (it
 * dirties one page per index leaf an event lands in), so 32 articles make it 3 % of a
 * batch, and larger batches gained nothing. 250 ms bounds how long a slow feed waits.
 */
export const DEFAULT_BATCH: BatchLimits = { maxArticles: 32, maxDelayMs: 250 };

interface Pending {
  item: ArticleToSave;
  resolve: (r: SaveResult) => void;
  reject: (e: Error) => void;
}

/**
 * Group commit for ingest: articles are held in memory and stored together, one
 * transaction per batch with a savepoint per article (`Store.saveArticles`), so an article
 * that fails is left out alone. `save` resolves once its article is committed, never
 * before, so whatever counts it as stored tells the truth. A crash loses at most the
 * open batch, which an ingest run again stores (content ids make that idempotent).
 *
 * The write lock is taken only while a batch is written, not while articles are coded,
 * so several writers (one per coding thread) can share one SQLite file.
 */
export class ArticleWriter {
  private batch: Pending[] = [];
  /** Ids saved and not yet committed (the open batch, and batches being committed). */
  private readonly uncommitted = new Map<string, number>();
  private openedAt = 0;
  private timer: NodeJS.Timeout | null = null;
  /** The last commit: commits run one after another, in order, on the store's connection. */
  private committing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly limits: BatchLimits = DEFAULT_BATCH,
  ) {}

  /** Whether an article is stored, or saved and waiting for its batch's commit. */
  async has(id: string): Promise<boolean> {
    return this.uncommitted.has(id) || (await this.store.hasArticle(id));
  }

  /**
   * Adds an article to the open batch. Resolves with 'inserted' or 'exists' once the batch
   * is committed; rejects if this article could not be stored (the rest of its batch is
   * kept) or if the batch could not be committed.
   */
  save(item: ArticleToSave): Promise<SaveResult> {
    return new Promise((resolve, reject) => {
      if (!this.batch.length) {
        this.openedAt = Date.now();
        // Not unref'd: an ingest waiting only on this commit must not exit without it.
        this.timer = setTimeout(() => void this.flush(), this.limits.maxDelayMs);
      }
      this.batch.push({ item, resolve, reject });
      const id = item.article.id;
      this.uncommitted.set(id, (this.uncommitted.get(id) ?? 0) + 1);
      // The age is checked here too: a thread busy coding runs no timers.
      if (this.batch.length >= this.limits.maxArticles || Date.now() - this.openedAt >= this.limits.maxDelayMs) void this.flush();
    });
  }

  /** Commits the open batch now; resolves when it (and any before it) is committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.batch;
    this.batch = [];
    if (batch.length) this.committing = this.committing.then(() => this.commit(batch));
    return this.committing;
  }

  /** Commits what is open; the writer may be used again afterwards. */
  close(): Promise<void> {
    return this.flush();
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      const results = await this.store.saveArticles(batch.map((p) => p.item));
      for (const [i, p] of batch.entries()) {
        const r = results[i]!;
        if (r instanceof Error) p.reject(r);
        else p.resolve(r);
      }
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      const error = new Error(`the batch of ${batch.length} article(s) it was in could not be committed (${why}); run the ingest again: articles already stored are skipped`);
      for (const p of batch) p.reject(error);
    } finally {
      for (const p of batch) {
        const id = p.item.article.id;
        const n = this.uncommitted.get(id)! - 1;
        if (n) this.uncommitted.set(id, n);
        else this.uncommitted.delete(id);
      }
    }
  }
}
