import type pg from 'pg';
import type { Article, EntityRecord, EventRecord } from '../../core/types.js';
import type { ArticleToSave, BatchResult, SaveResult } from '../contract.js';
import { EVENT_COLUMNS, eventRow } from '../rows.js';
import type { Queryable } from './connect.js';

/** PostgreSQL array type of each events column, for inserting many rows as arrays. */
const COLUMN_TYPES: Record<(typeof EVENT_COLUMNS)[number], string> = Object.fromEntries(
  EVENT_COLUMNS.map((c) => [c, c === 'quad' ? 'smallint[]' : c === 'goldstein' || c === 'confidence' ? 'float8[]' : c === 'evidence_start' || c === 'evidence_end' ? 'integer[]' : 'text[]']),
) as Record<(typeof EVENT_COLUMNS)[number], string>;

/**
 * One INSERT … SELECT FROM unnest(column arrays): any number of rows in one statement
 * with 30 parameters, instead of one round trip (or 30 parameters) per row.
 */
const INSERT_EVENTS = `INSERT INTO events (${EVENT_COLUMNS.join(', ')})
  SELECT * FROM unnest(${EVENT_COLUMNS.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}`).join(', ')})`;

/** Inserts rows already in `EVENT_COLUMNS` order. */
export async function insertEventRows(q: Queryable, rows: readonly unknown[][]): Promise<void> {
  if (!rows.length) return;
  const columns = EVENT_COLUMNS.map((_, i) => rows.map((r) => r[i]));
  await q.query(INSERT_EVENTS, columns);
}

/** Inserts an article's entities and events (the coder's output). */
export async function insertExtraction(q: Queryable, articleId: string, entities: readonly EntityRecord[], events: readonly EventRecord[]): Promise<void> {
  if (entities.length) {
    await q.query(
      `INSERT INTO entities (article_id, name, type, country, role, mentions)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
      [articleId, entities.map((e) => e.name), entities.map((e) => e.type), entities.map((e) => e.country), entities.map((e) => e.role), entities.map((e) => JSON.stringify(e.mentions))],
    );
  }
  await insertEventRows(q, events.map((e) => eventRow(articleId, e)));
}

/**
 * The search row of stored articles: every word of title and text for matching (a
 * tsvector is limited to 1 MB, so a giant article is indexed up to 500,000 characters),
 * and the title with the first 600 characters — headline and lede — for ranking.
 */
const INSERT_SEARCH = `INSERT INTO article_search (id, published, fts, lede)
  SELECT id, published,
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 500000)), 'B'),
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', left(text, 600)), 'B')
  FROM articles WHERE id = ANY($1::text[])`;

/** Stores articles without extractions; returns the ids that were new. */
export async function insertArticles(q: Queryable, articles: readonly Article[]): Promise<string[]> {
  if (!articles.length) return [];
  const r = await q.query<{ id: string }>(
    `INSERT INTO articles (id, title, published, source, url, text)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) ON CONFLICT (id) DO NOTHING RETURNING id`,
    (['id', 'title', 'published', 'source', 'url', 'text'] as const).map((k) => articles.map((a) => a[k])),
  );
  const ids = r.rows.map((x) => x.id);
  if (ids.length) await q.query(INSERT_SEARCH, [ids]);
  return ids;
}

/** Stores an article with its extraction on a client already inside a transaction. */
export async function insertArticle(q: Queryable, article: Article, entities: readonly EntityRecord[], events: readonly EventRecord[]): Promise<SaveResult> {
  if (!(await insertArticles(q, [article])).length) return 'exists';
  await insertExtraction(q, article.id, entities, events);
  return 'inserted';
}

/**
 * Stores each article of a batch in its own savepoint, on a client inside a transaction:
 * one that fails is rolled back alone and returned as its error.
 */
export async function insertEachInSavepoint(q: Queryable, batch: readonly ArticleToSave[]): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (const item of batch) {
    await q.query('SAVEPOINT article');
    try {
      results.push(await insertArticle(q, item.article, item.entities, item.events));
      await q.query('RELEASE SAVEPOINT article');
    } catch (e) {
      // If this fails too, the connection is gone: the whole batch rolls back.
      await q.query('ROLLBACK TO SAVEPOINT article');
      results.push(e instanceof Error ? e : new Error(String(e)));
    }
  }
  return results;
}

/** Runs `fn` in a transaction on one client of the pool: committed if it returns, rolled back if it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A client whose ROLLBACK failed has a broken connection: the pool must drop it.
  let broken = false;
  try {
    await client.query('BEGIN');
    try {
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw e;
    }
  } finally {
    client.release(broken);
  }
}
