import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

/** The server the PostgreSQL tests use: ATTACHE_TEST_PG, or the local default CI runs. */
export const testPgUrl = process.env.ATTACHE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

let admin: pg.Pool | null = null;
const schemas: string[] = [];

// Registered when the file loads, so it belongs to the whole test file, not to one test.
after(async () => {
  if (!admin) return;
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
  await admin.end();
});

/** Fails (never skips) with how to get a server when none answers: CI always has one. */
async function adminPool(): Promise<pg.Pool> {
  if (admin) return admin;
  const pool = new pg.Pool({ connectionString: testPgUrl, max: 2, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    const err = e as Error & { code?: string; errors?: { code?: string }[] };
    throw new Error(
      `PostgreSQL is not reachable at ${testPgUrl} (${err.code ?? err.errors?.[0]?.code ?? err.message}). ` +
        'These tests need a real server: run .ci/run (it starts one), or start it with ' +
        "'pg_ctlcluster 15 main start', or point ATTACHE_TEST_PG at a server's URL.",
    );
  }
  return (admin = pool);
}

/** The test server's URL with `search_path` set to a schema: what a store is opened with. */
export function urlWithSchema(schema: string): string {
  const sep = testPgUrl.includes('?') ? '&' : '?';
  return `${testPgUrl}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/**
 * A new empty schema on the test server, dropped when the test file ends, and the URL that
 * selects it: each test gets its own tables, so runs and tests never interfere.
 */
export async function freshSchema(): Promise<{ schema: string; url: string }> {
  const pool = await adminPool();
  const schema = `attache_test_${randomBytes(6).toString('hex')}`;
  await pool.query(`CREATE SCHEMA ${schema}`);
  schemas.push(schema);
  return { schema, url: urlWithSchema(schema) };
}

/** A query on the test server as the admin, e.g. to inspect a schema's tables. */
export async function adminQuery<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
  return (await (await adminPool()).query<R>(sql, params)).rows;
}
