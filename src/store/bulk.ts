import type { Article, EventRecord } from '../core/types.js';

/**
 * Loading many rows at once, outside the coder's path (where each article is stored whole):
 * benchmarks and imports. Not part of the `Store` contract; both backends have it.
 */
export interface BulkLoader {
  /** Stores articles without entities or events; ones already stored are left as they are. */
  bulkInsertArticles(articles: readonly Article[]): Promise<void>;
  /** Stores events of articles that are already stored. */
  bulkInsertEvents(rows: readonly { articleId: string; event: EventRecord }[]): Promise<void>;
}
