import { resolve } from 'node:path';
import type { Store } from './contract.js';
import { POSTGRES_URL } from './postgres/connect.js';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/**
 * The store named by `--db`, `ATTACHE_DB`, or `./attache.db`: a path, `sqlite:PATH`, or a
 * `postgres://` / `postgresql://` URL. An empty value counts as unset.
 */
export function storeLocation(flag: string | undefined): string {
  return flag || process.env.ATTACHE_DB || './attache.db';
}

/** Whether a location names a PostgreSQL server rather than a SQLite file. */
export function isPostgres(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/**
 * Opens and migrates the store at a location. `poolSize` is the number of PostgreSQL
 * connections the store may hold (ignored for SQLite).
 */
export async function openStore(location: string, options: { poolSize?: number } = {}): Promise<Store> {
  let store: Store;
  if (isPostgres(location)) {
    store = new PostgresStore(location, options.poolSize);
  } else {
    const path = location.replace(/^sqlite:/, '');
    store = new SqliteStore(path === ':memory:' ? path : resolve(path));
  }
  try {
    await store.migrate();
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}
