import pg from 'pg';
import { UserError } from '../../core/errors.js';

/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** A `postgres://` or `postgresql://` URL. */
export const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** The URL with its password masked, safe to print in a message. */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}

/**
 * bigint (COUNT, bigserial ids) and numeric come back as numbers, as the contract says —
 * ids and counts here stay far below 2^53. Set per pool, not on pg's global parsers.
 */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** A connection pool for a URL. An idle client dropped by the server does not crash the process. */
export function createPool(url: string, max = 4): pg.Pool {
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max, types: TYPES, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  } catch (e) {
    throw new UserError(`the PostgreSQL URL '${redact(url)}' is not valid: ${(e as Error).message}`, 'write it as postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE');
  }
  // Without a listener, an error on an idle client (server restart) would be an uncaught
  // exception; the next query gets a fresh connection instead.
  pool.on('error', () => undefined);
  return pool;
}

const HINTS: Record<string, string> = {
  ECONNREFUSED: 'start PostgreSQL or check the URL (host and port)',
  ENOTFOUND: 'check the host name in the URL',
  EAI_AGAIN: 'check the host name in the URL and the network',
  ETIMEDOUT: 'check that the server is up and reachable from this machine',
  '28P01': 'check the user name and password in the URL',
  '28000': 'the server refused this user or host; check pg_hba.conf and the user in the URL',
  '3D000': 'create the database (createdb NAME) or name another one in the URL',
  '42501': 'the user lacks a privilege; connect as a user that owns the database or schema',
  '57P03': 'the server is starting up or shutting down; try again in a moment',
};

/**
 * A connection-level failure as a user error saying what to do; other errors unchanged.
 * Node reports a refused connection to a name with several addresses as an AggregateError.
 */
export function pgUserError(e: unknown, url: string): unknown {
  const err = e as Error & { code?: string; errors?: (Error & { code?: string })[] };
  const code = err.code ?? err.errors?.[0]?.code;
  const hint = code ? HINTS[code] : undefined;
  if (!hint) return e;
  const message = err.message || err.errors?.map((x) => x.message).join('; ') || String(code);
  return new UserError(`cannot use PostgreSQL at '${redact(url)}': ${message}`, hint);
}
