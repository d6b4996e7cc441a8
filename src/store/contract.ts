import type { Article, EntityRecord, EventRecord, Modality } from '../core/types.js';

/** An event as stored: the coder's record plus its row id and article. */
export interface StoredEvent extends EventRecord {
  id: number;
  article_id: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  events: number;
  ingested_at: string;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  entities: EntityRecord[];
}

/** Filters for an event query; every field optional, all combine with AND. */
export interface EventFilter {
  /** An actor code prefix (`IRN`, `IRNMIL`, `IGO:SCO`) or a name, on either side. */
  actor?: string;
  /** Two actor codes; events between them in either direction. */
  pair?: [string, string];
  /** CAMEO root, two digits. */
  root?: string;
  /** CAMEO code prefix. */
  cameo?: string;
  quad?: number;
  modality?: Modality;
  /** Event date range, inclusive, `YYYY[-MM[-DD]]`. */
  from?: string;
  to?: string;
  article?: string;
  minConfidence?: number;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  snippet: string;
  rank: number;
}

export type SaveResult = 'inserted' | 'exists';

/**
 * The store contract. Every implementation (SQLite, PostgreSQL) passes the same
 * conformance suite. Each `saveArticle` is one transaction: an article is stored whole
 * with its entities and events, or not at all.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<number>;
  hasArticle(id: string): Promise<boolean>;
  saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult>;
  /** Replaces the coder's output for an article (re-processing); corrections are kept. */
  replaceExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): Promise<void>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  queryEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}
