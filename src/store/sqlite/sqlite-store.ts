import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, EntityRecord, EventRecord } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import type { BulkLoader } from '../bulk.js';
import type { ActorSummary, ArticleSummary, ArticleToSave, BatchResult, Comment, CommentTarget, Correction, DyadMonth, EventFilter, SaveResult, SearchHit, Store, StoredArticle, StoredEvent, StoreStats } from '../contract.js';
import { validateComment, validateCorrection } from '../correction-rules.js';
import { dateUpper } from '../event-filter.js';
import { eventCountQuery, eventPageQuery, SQLITE_DIALECT } from '../event-query.js';
import { EVENT_COLUMNS, eventFromRow, eventRow, foldMonths } from '../rows.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

/** The default store: one SQLite file, WAL mode, FTS5 over article text. */
export class SqliteStore implements Store, BulkLoader {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new UserError(`cannot open the SQLite file '${path}': ${(e as Error).message}`, 'check the path and its permissions, or choose another with --db');
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last commits,
    // which ingest simply redoes. FULL would wait on the disk at every article.
    this.db.pragma('synchronous = NORMAL');
    // Measured storing 1,500 coded articles in batches of 32 (bench/README.md): a batch
    // dirties about 1,200 pages (each event lands in 12 index leaves), so with the default
    // checkpoint at 1,000 pages of WAL every commit was followed by a checkpoint that
    // copied them all to the file again; at 16,384 pages (64 MiB) a page rewritten by
    // several batches is copied once. With the default 2 MiB page cache, index pages were
    // read back from the OS at every insert. Together: 1.9 → 1.5 ms per article stored.
    // Neither changes what is stored; the cache fills only as far as the file is read.
    this.db.pragma('cache_size = -32768');
    this.db.pragma('wal_autocheckpoint = 16384');
  }

  async migrate(): Promise<number> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const newest = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version));
    const known = Math.max(0, ...done);
    if (known > newest) throw new UserError(`this database has schema version ${known}, newer than this attache knows (${newest})`, 'upgrade attache, or use another --db');
    for (const m of SQLITE_MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      })();
    }
    return newest;
  }

  /**
   * A prepared statement, compiled once per connection: preparing the events INSERT
   * again for every article cost more than running it. Bounded, as event queries make
   * one statement per combination of filters.
   */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= 500) this.statements.clear();
      this.statements.set(sql, (st = this.db.prepare(sql)));
    }
    return st;
  }

  async hasArticle(id: string): Promise<boolean> {
    return !!this.stmt('SELECT 1 FROM articles WHERE id = ?').get(id);
  }

  private insertExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): void {
    const ent = this.stmt('INSERT INTO entities (article_id, name, type, country, role, mentions) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of entities) ent.run(articleId, e.name, e.type, e.country, e.role, JSON.stringify(e.mentions));
    const ev = this.stmt(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    for (const e of events) ev.run(...eventRow(articleId, e));
  }

  /**
   * Stores one article; inside another transaction better-sqlite3 runs it as a savepoint,
   * so a failure rolls back this article alone.
   */
  private readonly insertArticle = (item: ArticleToSave): SaveResult => {
    const { article } = item;
    const r = this
      .stmt('INSERT INTO articles (id, title, published, source, url, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING')
      .run(article.id, article.title, article.published, article.source, article.url, article.text, new Date().toISOString());
    if (r.changes === 0) return 'exists';
    this.stmt('INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)').run(article.id, article.title ?? '', article.text);
    this.insertExtraction(article.id, item.entities, item.events);
    return 'inserted';
  };

  async saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult> {
    // IMMEDIATE takes the write lock at BEGIN, where busy_timeout waits for it, when
    // other connections (ingest's coding threads) write to the same file.
    return this.db.transaction(this.insertArticle).immediate({ article, entities, events });
  }

  async saveArticles(batch: readonly ArticleToSave[]): Promise<BatchResult[]> {
    const one = this.db.transaction(this.insertArticle);
    return this.db
      .transaction((): BatchResult[] =>
        batch.map((item) => {
          try {
            return one(item);
          } catch (e) {
            return e instanceof Error ? e : new Error(String(e));
          }
        }),
      )
      .immediate();
  }

  async replaceExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.stmt('DELETE FROM entities WHERE article_id = ?').run(articleId);
      this.stmt('DELETE FROM events WHERE article_id = ?').run(articleId);
      this.insertExtraction(articleId, entities, events);
    })();
  }

  async bulkInsertArticles(articles: readonly Article[]): Promise<void> {
    const art = this.stmt('INSERT INTO articles (id, title, published, source, url, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING');
    const fts = this.stmt('INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)');
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const a of articles) {
        if (art.run(a.id, a.title, a.published, a.source, a.url, a.text, now).changes) fts.run(a.id, a.title ?? '', a.text);
      }
    })();
  }

  async bulkInsertEvents(rows: readonly { articleId: string; event: EventRecord }[]): Promise<void> {
    const ev = this.stmt(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    this.db.transaction(() => {
      for (const r of rows) ev.run(...eventRow(r.articleId, r.event));
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = this.stmt('SELECT a.*, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a WHERE a.id = ?').get(id) as (StoredArticle & { events: number }) | undefined;
    if (!a) return null;
    const entities = (this.stmt('SELECT name, type, country, role, mentions FROM entities WHERE article_id = ? ORDER BY id').all(id) as Record<string, string>[]).map((r) => ({
      name: r.name!,
      type: r.type as EntityRecord['type'],
      country: r.country ?? null,
      role: (r.role ?? null) as EntityRecord['role'],
      mentions: JSON.parse(r.mentions!),
    }));
    return { ...a, entities };
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    return this
      .stmt(
        `SELECT a.id, a.title, a.published, a.source, a.url, a.ingested_at, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events
         FROM articles a ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(options.limit ?? 100, options.offset ?? 0) as ArticleSummary[];
  }

  async queryEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const { sql, params } = eventPageQuery(filter, SQLITE_DIALECT);
    const rows = this.stmt(sql).all(...params);
    return (rows as Record<string, unknown>[]).map(eventFromRow);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { sql, params } = eventCountQuery(filter, SQLITE_DIALECT);
    return (this.stmt(sql).get(...params) as { n: number }).n;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) throw new UserError('the search query has no words', 'give one or more words, e.g. attache search "arms embargo"');
    // The best `limit` rows are chosen first, by rank alone; only they get a snippet and
    // their article's title. In one statement, the snippets and the join would be made for
    // every match. Ranking scores every match, so its cost grows with their number.
    // bm25() as a column, not `ORDER BY rank`: the same score (rank is bm25() unless
    // configured, and it is not), but FTS5 serves `ORDER BY rank` through a second
    // statement of its own, which took 1.7 times as long (40 against 23 ms for a word in
    // 56 % of 100,000 articles). Ties: the latest stored first, so the order is stable.
    const top = this.stmt('SELECT rowid, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid DESC LIMIT ?').all(match, limit) as { rowid: number; rank: number }[];
    const hit = this.stmt(
      `SELECT f.id, a.title, a.published, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet
       FROM articles_fts f JOIN articles a ON a.id = f.id WHERE articles_fts MATCH ? AND f.rowid = CAST(? AS INTEGER)`,
    );
    // The CAST matters: better-sqlite3 binds a JS number as a REAL, and FTS5 then ignores a
    // rowid constraint beside MATCH, so every hit got the snippet of the first match.
    return top.map((t) => ({ ...(hit.get(match, t.rowid) as Omit<SearchHit, 'rank'>), rank: t.rank }));
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private articleOf(target: CommentTarget): string {
    if (target.kind === 'article') {
      if (!this.stmt('SELECT 1 FROM articles WHERE id = ?').get(target.id)) throw new UserError(`no article with id '${target.id}'`);
      return target.id;
    }
    const row = this.stmt('SELECT article_id FROM events WHERE fingerprint = ? LIMIT 1').get(target.id) as { article_id: string } | undefined;
    if (!row) throw new UserError(`no event with fingerprint '${target.id}'`);
    return row.article_id;
  }

  async addComment(c: { target: CommentTarget; author: string; body: string }): Promise<Comment> {
    validateComment(c);
    const article_id = this.articleOf(c.target);
    const created_at = new Date().toISOString();
    const r = this
      .stmt('INSERT INTO comments (target_kind, target_id, article_id, author, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(c.target.kind, c.target.id, article_id, c.author.trim(), c.body, created_at);
    return { id: Number(r.lastInsertRowid), target: c.target, article_id, author: c.author.trim(), body: c.body, created_at };
  }

  async listComments(target: CommentTarget): Promise<Comment[]> {
    type Row = { id: number; target_kind: CommentTarget['kind']; target_id: string; article_id: string; author: string; body: string; created_at: string };
    const rows = this.stmt('SELECT * FROM comments WHERE target_kind = ? AND target_id = ? ORDER BY id').all(target.kind, target.id) as Row[];
    return rows.map((r) => ({ id: r.id, target: { kind: r.target_kind, id: r.target_id }, article_id: r.article_id, author: r.author, body: r.body, created_at: r.created_at }));
  }

  async addCorrection(c: Omit<Correction, 'id' | 'created_at'>): Promise<Correction> {
    validateCorrection(c);
    if (!this.stmt('SELECT 1 FROM events WHERE fingerprint = ? AND article_id = ?').get(c.fingerprint, c.article_id)) {
      throw new UserError(`no event with fingerprint '${c.fingerprint}' in article '${c.article_id}'`);
    }
    const created_at = new Date().toISOString();
    const r = this
      .stmt('INSERT INTO corrections (article_id, fingerprint, field, value, note, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(c.article_id, c.fingerprint, c.field, c.value, c.note, c.author.trim(), created_at);
    return { ...c, author: c.author.trim(), id: Number(r.lastInsertRowid), created_at };
  }

  async listCorrections(articleId?: string): Promise<Correction[]> {
    const rows = (articleId
      ? this.stmt('SELECT * FROM corrections WHERE article_id = ? ORDER BY id').all(articleId)
      : this.stmt('SELECT * FROM corrections ORDER BY id').all()) as Correction[];
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  }

  async dyadTrend(a: string, b: string, from?: string, to?: string): Promise<DyadMonth[]> {
    const rows = this
      .stmt(
        `SELECT substr(date, 1, 7) AS month, quad, COUNT(*) AS n, AVG(goldstein) AS g FROM events
         WHERE ((source_key = ? AND target_key = ?) OR (source_key = ? AND target_key = ?))
           AND date IS NOT NULL AND length(date) >= 7 AND date >= ? AND date <= ?
         GROUP BY month, quad ORDER BY month`,
      )
      .all(a, b, b, a, from ?? '0000', to ? dateUpper(to) : '9999') as { month: string; quad: number; n: number; g: number | null }[];
    return foldMonths(rows);
  }

  async topPairs(limit = 10): Promise<[string, string, number][]> {
    const rows = this
      .stmt(
        `SELECT MIN(source_key, target_key) AS a, MAX(source_key, target_key) AS b, COUNT(*) AS n FROM events
         GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?`,
      )
      .all(limit) as { a: string; b: string; n: number }[];
    return rows.map((r) => [r.a, r.b, r.n]);
  }

  async actors(query?: string, limit = 50): Promise<ActorSummary[]> {
    const like = query ? `%${query}%` : '%';
    return this
      .stmt(
        `SELECT key, MAX(name) AS name, COUNT(*) AS events FROM (
           SELECT source_key AS key, source_name AS name FROM events UNION ALL SELECT target_key, target_name FROM events
         ) WHERE key LIKE ? OR name LIKE ? GROUP BY key ORDER BY events DESC, key LIMIT ?`,
      )
      .all(like, like, limit) as ActorSummary[];
  }

  async partners(key: string, limit = 10): Promise<ActorSummary[]> {
    return this
      .stmt(
        `SELECT other AS key, MAX(name) AS name, COUNT(*) AS events FROM (
           SELECT target_key AS other, target_name AS name FROM events WHERE source_key = ?
           UNION ALL SELECT source_key, source_name FROM events WHERE target_key = ?
         ) GROUP BY other ORDER BY events DESC, other LIMIT ?`,
      )
      .all(key, key, limit) as ActorSummary[];
  }

  async stats(): Promise<StoreStats> {
    const a = this.stmt('SELECT COUNT(*) AS n FROM articles').get() as { n: number };
    const e = this.stmt('SELECT COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last FROM events').get() as { n: number; first: string | null; last: string | null };
    const k = this.stmt('SELECT COUNT(*) AS n FROM (SELECT source_key FROM events UNION SELECT target_key FROM events)').get() as { n: number };
    return { articles: a.n, events: e.n, actors: k.n, first_date: e.first, last_date: e.last };
  }
}

/** Kept here too for callers that imported it from the SQLite store. */
export { foldMonths };

/** Words of a user's query as an FTS5 query: each word quoted, so punctuation cannot break the syntax. */
export function toFtsQuery(query: string): string {
  const phrases = [...query.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/"/g, '').trim()).filter(Boolean);
  return phrases.map((p) => `"${p}"`).join(' ');
}
