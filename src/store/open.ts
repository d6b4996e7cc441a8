import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Store } from './contract.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** The store named by `--db`, `ATTACHE_DB`, or `./attache.db`: a path or `sqlite:PATH`. */
export function storeLocation(flag: string | undefined): string {
  return flag ?? process.env.ATTACHE_DB ?? './attache.db';
}

/** Opens and migrates the store at a location. */
export async function openStore(location: string): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new UserError(`PostgreSQL is not available in this build ('${location}')`, 'use a SQLite file path, e.g. --db ./attache.db');
  } else {
    const path = location.replace(/^sqlite:/, '');
    store = new SqliteStore(path === ':memory:' ? path : resolve(path));
  }
  await store.migrate();
  return store;
}
