import type { Article, EntityRecord, EventRecord, Modality } from '../core/types.js';

/** An event as stored: the coder's record plus its row id and article. */
export interface StoredEvent extends EventRecord {
  id: number;
  article_id: string;
  /** Stable name of the event across re-processing: article, dyad, code, status, sentence. */
  fingerprint: string;
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
  /**
   * An actor, on either side: a state (`IRN`: every Iranian actor), a state and role
   * (`IRNMIL`), an organisation (`IGO:SCO`, or its acronym `SCO`), `IGO` for every
   * organisation; anything else (`Baqeri`, `iran`) is looked for in codes and names.
   */
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
  /** The article's source (the outlet), compared without regard to case. */
  source?: string;
  /** One event, by its fingerprint. */
  fingerprint?: string;
  minConfidence?: number;
  /** Order of the result; `-` for descending. Default `-date` (newest first, undated last). */
  sort?: EventSort;
  limit?: number;
  offset?: number;
}

/** How an event query may be ordered. */
export type EventSort = 'date' | '-date' | 'confidence' | '-confidence';

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  snippet: string;
  rank: number;
}

export type SaveResult = 'inserted' | 'exists';

/** One article to store with the coder's output for it. */
export interface ArticleToSave {
  article: Article;
  entities: EntityRecord[];
  events: EventRecord[];
}

/** What storing one article of a batch gave: its result, or the error that kept it out. */
export type BatchResult = SaveResult | Error;

/** What a comment is about. */
export interface CommentTarget {
  kind: 'article' | 'event';
  /** Article id, or the event's fingerprint (stable across re-processing). */
  id: string;
}

export interface Comment {
  id: number;
  target: CommentTarget;
  /** The article the comment belongs to (for an event comment, the event's article). */
  article_id: string;
  author: string;
  body: string;
  created_at: string;
}

/**
 * An analyst's correction of a coded event, stored apart from the coder's output. It names
 * the event by fingerprint, so it survives re-processing of the article.
 */
export interface Correction {
  id: number;
  article_id: string;
  fingerprint: string;
  /** What is corrected: the code, an actor, the status, the date, or "not an event" at all. */
  field: 'cameo' | 'source' | 'target' | 'modality' | 'date' | 'not_event';
  /** The corrected value (a CAMEO code, an actor code, a modality, a date; null for not_event). */
  value: string | null;
  note: string | null;
  author: string;
  created_at: string;
}

/** Monthly activity of a pair of actors (either direction). */
export interface DyadMonth {
  month: string;
  /** Event counts per quad class 1..4. */
  quad: [number, number, number, number];
  goldstein_mean: number | null;
  events: number;
}

export interface ActorSummary {
  /** Actor key: ISO3 or IGO:ORG. */
  key: string;
  name: string | null;
  events: number;
}

export interface StoreStats {
  articles: number;
  events: number;
  actors: number;
  first_date: string | null;
  last_date: string | null;
}

/**
 * The store contract. Every implementation (SQLite, PostgreSQL) passes the same
 * conformance suite. An article is always stored whole with its entities and events, or
 * not at all: `saveArticle` is one transaction; `saveArticles` is one transaction with a
 * savepoint per article (ingest batches them with `ArticleWriter`, src/store/article-writer.ts).
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  migrate(): Promise<number>;
  hasArticle(id: string): Promise<boolean>;
  saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult>;
  /**
   * Stores several articles in one transaction, each in its own savepoint: an article
   * that fails is rolled back alone and its slot in the result is the error; the others
   * are committed together (one commit is most of the cost of storing an article). The
   * same id twice gives 'inserted' then 'exists'. Rejects, with nothing of the batch
   * stored, only if the transaction itself cannot begin or commit.
   */
  saveArticles(batch: readonly ArticleToSave[]): Promise<BatchResult[]>;
  /** Replaces the coder's output for an article (re-processing); corrections are kept. */
  replaceExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): Promise<void>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  queryEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  countEvents(filter?: EventFilter): Promise<number>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
  // --- for people: the API and the UI (comments, corrections, trends) ---
  addComment(c: { target: CommentTarget; author: string; body: string }): Promise<Comment>;
  listComments(target: CommentTarget): Promise<Comment[]>;
  addCorrection(c: Omit<Correction, 'id' | 'created_at'>): Promise<Correction>;
  /** Corrections of one article's events, or of every article when no id is given. */
  listCorrections(articleId?: string): Promise<Correction[]>;
  dyadTrend(a: string, b: string, from?: string, to?: string): Promise<DyadMonth[]>;
  /** The most active pairs, as [keyA, keyB, events] with keyA < keyB. */
  topPairs(limit?: number): Promise<[string, string, number][]>;
  actors(query?: string, limit?: number): Promise<ActorSummary[]>;
  /** An actor's most frequent partners. */
  partners(key: string, limit?: number): Promise<ActorSummary[]>;
  stats(): Promise<StoreStats>;
}
