import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, EntityRecord, EventRecord } from '../../core/types.js';
import { UserError } from '../../core/errors.js';
import type { ArticleSummary, EventFilter, SaveResult, SearchHit, Store, StoredArticle, StoredEvent } from '../contract.js';
import { eventWhere } from '../event-filter.js';
import { EVENT_COLUMNS, eventFromRow, eventRow } from '../rows.js';
import { SQLITE_MIGRATIONS } from './migrations.js';

/** The default store: one SQLite file, WAL mode, FTS5 over article text. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;

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

  async hasArticle(id: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id);
  }

  private insertExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): void {
    const ent = this.db.prepare('INSERT INTO entities (article_id, name, type, country, role, mentions) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of entities) ent.run(articleId, e.name, e.type, e.country, e.role, JSON.stringify(e.mentions));
    const ev = this.db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    for (const e of events) ev.run(...eventRow(articleId, e));
  }

  async saveArticle(article: Article, entities: EntityRecord[], events: EventRecord[]): Promise<SaveResult> {
    return this.db.transaction((): SaveResult => {
      const r = this.db
        .prepare('INSERT INTO articles (id, title, published, source, url, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING')
        .run(article.id, article.title, article.published, article.source, article.url, article.text, new Date().toISOString());
      if (r.changes === 0) return 'exists';
      this.db.prepare('INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)').run(article.id, article.title ?? '', article.text);
      this.insertExtraction(article.id, entities, events);
      return 'inserted';
    })();
  }

  async replaceExtraction(articleId: string, entities: EntityRecord[], events: EventRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM entities WHERE article_id = ?').run(articleId);
      this.db.prepare('DELETE FROM events WHERE article_id = ?').run(articleId);
      this.insertExtraction(articleId, entities, events);
    })();
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = this.db.prepare('SELECT a.*, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events FROM articles a WHERE a.id = ?').get(id) as (StoredArticle & { events: number }) | undefined;
    if (!a) return null;
    const entities = (this.db.prepare('SELECT name, type, country, role, mentions FROM entities WHERE article_id = ? ORDER BY id').all(id) as Record<string, string>[]).map((r) => ({
      name: r.name!,
      type: r.type as EntityRecord['type'],
      country: r.country ?? null,
      role: (r.role ?? null) as EntityRecord['role'],
      mentions: JSON.parse(r.mentions!),
    }));
    return { ...a, entities };
  }

  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummary[]> {
    return this.db
      .prepare(
        `SELECT a.id, a.title, a.published, a.source, a.url, a.ingested_at, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events
         FROM articles a ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`,
      )
      .all(options.limit ?? 100, options.offset ?? 0) as ArticleSummary[];
  }

  async queryEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const { sql, params } = eventWhere(filter, () => '?');
    const rows = this.db.prepare(`SELECT * FROM events ${sql} ORDER BY date IS NULL, date DESC, id LIMIT ? OFFSET ?`).all(...params, filter.limit ?? 1000, filter.offset ?? 0);
    return (rows as Record<string, unknown>[]).map(eventFromRow);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const { sql, params } = eventWhere(filter, () => '?');
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM events ${sql}`).get(...params) as { n: number }).n;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = toFtsQuery(query);
    if (!match) throw new UserError('the search query has no words', 'give one or more words, e.g. attache search "arms embargo"');
    const rows = this.db
      .prepare(
        `SELECT f.id, a.title, a.published, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet, bm25(articles_fts) AS rank
         FROM articles_fts f JOIN articles a ON a.id = f.id WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as SearchHit[];
    return rows;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/** Words of a user's query as an FTS5 query: each word quoted, so punctuation cannot break the syntax. */
export function toFtsQuery(query: string): string {
  const phrases = [...query.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/"/g, '').trim()).filter(Boolean);
  return phrases.map((p) => `"${p}"`).join(' ');
}
