import type pg from 'pg';
import type { Article, EntityRecord, EventRecord } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import type { BulkLoader } from '../bulk.js';
import type { ActorSummary, ArticleSummary, ArticleToSave, BatchResult, Comment, CommentTarget, Correction, DyadMonth, EventFilter, SaveResult, SearchHit, Store, StoredArticle, StoredEvent, StoreStats } from '../contract.js';
import { validateComment, validateCorrection } from '../correction-rules.js';
import { dateUpper } from '../event-filter.js';
import { eventCountQuery, eventPageQuery, POSTGRES_DIALECT } from '../event-query.js';
import { eventFromRow, eventRow, foldMonths } from '../rows.js';
import { createPool, pgUserError } from './connect.js';
import { migratePostgres } from './migrate.js';
import { inTransaction, insertArticle, insertArticles, insertEventRows, insertExtraction, insertEachInSavepoint } from './writes.js';

const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : (d as string));

/**
 * The team store: one PostgreSQL database shared by many workers and readers. Same tables
 * and the same SQL-building path as the SQLite store; full-text search with a generated
 * tsvector column and a GIN index.
 */
export class PostgresStore implements Store, BulkLoader {
  readonly kind = 'postgres' as const;
  /** The pool, for the queue and for callers that need a transaction of their own. */
  readonly pool: pg.Pool;

  /** @param url a `postgres://` URL; `max` is the pool size (one per concurrent query). */
  constructor(
    readonly url: string,
    max = 4,
  ) {
    this.pool = createPool(url, max);
  }

  /** A query whose connection-level failures become user errors that say what to do. */
  private async q<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.pool, fn);
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  /** Whether migration 8 made the RUM index for phrases; asked at the first search. */
  private phraseIndex: Promise<boolean> | undefined;

  async migrate(): Promise<number> {
    try {
      this.phraseIndex = undefined;
      return await migratePostgres(this.pool);
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  async saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult> {
    return this.tx((c) => insertArticle(c, article, entities, events));
  }

  async saveArticles(batch: readonly ArticleToSave[]): Promise<BatchResult[]> {
    return this.tx((c) => insertEachInSavepoint(c, batch));
  }

  async replaceExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): Promise<void> {
    await this.tx(async (c) => {
      await c.query('DELETE FROM entities WHERE article_id = $1', [articleId]);
      await c.query('DELETE FROM events WHERE article_id = $1', [articleId]);
      await insertExtraction(c, articleId, entities, events);
    });
  }

  async bulkInsertArticles(articles: readonly Article[]): Promise<void> {
    await this.tx((c) => insertArticles(c, articles));
  }

  async bulkInsertEvents(rows: readonly { articleId: string; event: EventRecord }[]): Promise<void> {
    // one statement: atomic without a transaction of its own
    try {
      await insertEventRows(this.pool, rows.map((r) => eventRow(r.articleId, r.event)));
    } catch (e) {
      throw pgUserError(e, this.url);
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [a] = await this.q('SELECT id, title, published, source, url, text, ingested_at, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a WHERE a.id = $1', [id]);
    if (!a) return null;
    const entities = (await this.q<Record<string, string | null>>('SELECT name, type, country, role, mentions FROM entities WHERE article_id = $1 ORDER BY id', [id])).map((r) => ({
      name: r.name!,
      type: r.type as EntityRecord['type'],
      country: r.country ?? null,
      role: (r.role ?? null) as EntityRecord['role'],
      mentions: JSON.parse(r.mentions!),
    }));
    return { ...(a as unknown as StoredArticle), ingested_at: iso(a.ingested_at), entities };
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    const rows = await this.q(
      `SELECT a.id, a.title, a.published, a.source, a.url, a.ingested_at, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events
       FROM articles a ORDER BY a.published DESC NULLS LAST, a.id LIMIT $1 OFFSET $2`,
      [options.limit ?? 100, options.offset ?? 0],
    );
    return rows.map((r) => ({ ...(r as unknown as ArticleSummary), ingested_at: iso(r.ingested_at) }));
  }

  async queryEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const { sql, params } = eventPageQuery(filter, POSTGRES_DIALECT);
    const rows = await this.q(sql, params);
    return rows.map(eventFromRow);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { sql, params } = eventCountQuery(filter, POSTGRES_DIALECT);
    return (await this.q<{ n: number }>(sql, params))[0]!.n;
  }

  /**
   * `websearch_to_tsquery` reads the user's words as a web search box does ("quoted
   * phrases", or, -not) and never fails on stray punctuation. Matches are found in every
   * word, phrases through the RUM index where there is one (migration 8: the same hits),
   * else through GIN; they are ranked by headline and lede (see migration 7), ties newest
   * first. The
   * snippet is made for the returned page only: it re-parses the article text.
   * `rank` is the negated ts_rank, so that, as with SQLite's bm25, lower is better.
   *
   * For a word found in most articles the planner prefers a sequential scan, not knowing
   * that every row's full vector must then come out of TOAST to test the match; the GIN
   * index answers the match without it, four times faster on the benchmark.
   *
   * No parallel workers: for a word in half the articles the planner splits the heap
   * visits over two workers, and on a busy machine (2 cores, load 2) that took 200-300 ms
   * against 60-80 ms in the connection alone. An API serves many searches at once; the
   * cores the workers would take are the other requests'.
   */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    if (!/[\p{L}\p{N}]/u.test(query)) throw new UserError('the search query has no words', 'give one or more words, e.g. attache search "arms embargo"');
    return this.tx(async (c) => {
      await c.query('SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0');
      // Whether the words make a phrase is the parser's to say ("counter-terrorism" is one
      // too, quotes or not): a round trip of a fraction of a millisecond asks it. A `<`
      // inside a quoted lexeme would send a plain search to the RUM index: the same hits.
      const { q, phrase } = (await c.query<{ q: string; phrase: boolean }>("SELECT q::text AS q, strpos(q::text, '<') > 0 AS phrase FROM websearch_to_tsquery('english', $1) q", [query])).rows[0]!;
      this.phraseIndex ??= c.query<{ ok: boolean }>("SELECT to_regclass('article_search_phrase') IS NOT NULL AS ok").then((r) => r.rows[0]!.ok);
      // the expression of the RUM index (migration 8): only this spelling can use it
      const vector = phrase && (await this.phraseIndex) ? "(s.fts || ''::tsvector)" : 's.fts';
      const r = await c.query<SearchHit>(
        `SELECT hit.id, a.title, a.published, hit.rank,
                ts_headline('english', a.text, hit.q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…') AS snippet
         FROM (SELECT s.id, s.published, q, -ts_rank(s.lede, q) AS rank
               FROM article_search s, CAST($1 AS tsquery) AS q
               WHERE ${vector} @@ q ORDER BY rank, s.published DESC NULLS LAST, s.id LIMIT $2) hit
         JOIN articles a ON a.id = hit.id ORDER BY hit.rank, hit.published DESC NULLS LAST, hit.id`,
        [q, limit],
      );
      return r.rows;
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async articleOf(target: CommentTarget): Promise<string> {
    if (target.kind === 'article') {
      if (!(await this.hasArticle(target.id))) throw new UserError(`no article with id '${target.id}'`);
      return target.id;
    }
    const [row] = await this.q<{ article_id: string }>('SELECT article_id FROM events WHERE fingerprint = $1 LIMIT 1', [target.id]);
    if (!row) throw new UserError(`no event with fingerprint '${target.id}'`);
    return row.article_id;
  }

  async addComment(c: { target: CommentTarget; author: string; body: string }): Promise<Comment> {
    validateComment(c);
    const article_id = await this.articleOf(c.target);
    const [r] = await this.q<{ id: number; created_at: Date }>(
      'INSERT INTO comments (target_kind, target_id, article_id, author, body) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
      [c.target.kind, c.target.id, article_id, c.author.trim(), c.body],
    );
    return { id: r!.id, target: c.target, article_id, author: c.author.trim(), body: c.body, created_at: iso(r!.created_at) };
  }

  async listComments(target: CommentTarget): Promise<Comment[]> {
    const rows = await this.q('SELECT * FROM comments WHERE target_kind = $1 AND target_id = $2 ORDER BY id', [target.kind, target.id]);
    return rows.map((r) => ({
      id: r.id as number,
      target: { kind: r.target_kind as CommentTarget['kind'], id: r.target_id as string },
      article_id: r.article_id as string,
      author: r.author as string,
      body: r.body as string,
      created_at: iso(r.created_at),
    }));
  }

  async addCorrection(c: Omit<Correction, 'id' | 'created_at'>): Promise<Correction> {
    validateCorrection(c);
    if (!(await this.q('SELECT 1 FROM events WHERE fingerprint = $1 AND article_id = $2 LIMIT 1', [c.fingerprint, c.article_id])).length) {
      throw new UserError(`no event with fingerprint '${c.fingerprint}' in article '${c.article_id}'`);
    }
    const [r] = await this.q<{ id: number; created_at: Date }>(
      'INSERT INTO corrections (article_id, fingerprint, field, value, note, author) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at',
      [c.article_id, c.fingerprint, c.field, c.value, c.note, c.author.trim()],
    );
    return { ...c, author: c.author.trim(), id: r!.id, created_at: iso(r!.created_at) };
  }

  async listCorrections(articleId?: string): Promise<Correction[]> {
    const rows = articleId
      ? await this.q('SELECT * FROM corrections WHERE article_id = $1 ORDER BY id', [articleId])
      : await this.q('SELECT * FROM corrections ORDER BY id');
    return rows.map((r) => ({ ...(r as unknown as Correction), created_at: iso(r.created_at) }));
  }

  async dyadTrend(a: string, b: string, from?: string, to?: string): Promise<DyadMonth[]> {
    const rows = await this.q<{ month: string; quad: number; n: number; g: number | null }>(
      `SELECT substr(date, 1, 7) AS month, quad, COUNT(*) AS n, AVG(goldstein) AS g FROM events
       WHERE ((source_key = $1 AND target_key = $2) OR (source_key = $2 AND target_key = $1))
         AND date IS NOT NULL AND length(date) >= 7 AND date >= $3 AND date <= $4
       GROUP BY month, quad ORDER BY month`,
      [a, b, from ?? '0000', to ? dateUpper(to) : '9999'],
    );
    return foldMonths(rows);
  }

  async topPairs(limit = 10): Promise<[string, string, number][]> {
    const rows = await this.q<{ a: string; b: string; n: number }>(
      `SELECT LEAST(source_key, target_key) AS a, GREATEST(source_key, target_key) AS b, COUNT(*) AS n FROM events
       GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT $1`,
      [limit],
    );
    return rows.map((r) => [r.a, r.b, r.n]);
  }

  async actors(query?: string, limit = 50): Promise<ActorSummary[]> {
    const like = query ? `%${query}%` : '%';
    return this.q<ActorSummary>(
      `SELECT key, MAX(name) AS name, COUNT(*) AS events FROM (
         SELECT source_key AS key, source_name AS name FROM events UNION ALL SELECT target_key, target_name FROM events
       ) sides WHERE key ILIKE $1 OR name ILIKE $1 GROUP BY key ORDER BY events DESC, key LIMIT $2`,
      [like, limit],
    );
  }

  async partners(key: string, limit = 10): Promise<ActorSummary[]> {
    return this.q<ActorSummary>(
      `SELECT other AS key, MAX(name) AS name, COUNT(*) AS events FROM (
         SELECT target_key AS other, target_name AS name FROM events WHERE source_key = $1
         UNION ALL SELECT source_key, source_name FROM events WHERE target_key = $1
       ) sides GROUP BY other ORDER BY events DESC, other LIMIT $2`,
      [key, limit],
    );
  }

  async stats(): Promise<StoreStats> {
    const [a] = await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM articles');
    const [e] = await this.q<{ n: number; first: string | null; last: string | null }>('SELECT COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM events');
    const [k] = await this.q<{ n: number }>('SELECT COUNT(*) AS n FROM (SELECT source_key FROM events UNION SELECT target_key FROM events) keys');
    return { articles: a!.n, events: e!.n, actors: k!.n, first_date: e!.first, last_date: e!.last };
  }
}
