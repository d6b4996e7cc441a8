import type pg from 'pg';
import { UserError } from '../../core/errors.js';
import { POSTGRES_MIGRATIONS } from './migrations.js';

/**
 * Brings the schema up to the newest version. Several workers may start at once against
 * an empty database: a session advisory lock, keyed by the current schema, lets one of
 * them migrate while the others wait, then find nothing left to do.
 */
export async function migratePostgres(pool: pg.Pool): Promise<number> {
  const newest = Math.max(...POSTGRES_MIGRATIONS.map((m) => m.version));
  const client = await pool.connect();
  const key = "hashtext('attache.migrate.' || coalesce(current_schema(), ''))";
  try {
    await client.query(`SELECT pg_advisory_lock(${key})`);
    try {
      const schema = (await client.query<{ s: string | null }>('SELECT current_schema() AS s')).rows[0]?.s;
      if (!schema) throw new UserError('the PostgreSQL search_path names no existing schema', 'create the schema, or remove search_path from the URL options');
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const known = Math.max(0, ...done);
      if (known > newest) throw new UserError(`this database has schema version ${known}, newer than this attache knows (${newest})`, 'upgrade attache, or use another --db');
      for (const m of POSTGRES_MIGRATIONS) {
        if (done.has(m.version)) continue;
        // DDL is transactional in PostgreSQL: a migration is applied whole or not at all.
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      }
      return newest;
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${key})`);
    }
  } finally {
    client.release();
  }
}
