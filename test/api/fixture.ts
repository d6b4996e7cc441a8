import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { loadResources, type Resources } from '../../src/pipeline/default.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers/paths.js';
import { seedArticles } from '../helpers/seed-fixture.js';

let resources: Resources | null = null;

/** An answer of the app; tests read the body by the shape the OpenAPI document gives it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Answer = { status: number; body: any; res: Response };

export interface Fixture {
  store: SqliteStore;
  app: Hono;
  /** GET, parsed as JSON when the answer is JSON. */
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  /** POST JSON (or a raw string). */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

async function parse(res: Response): Promise<Answer> {
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: /^application\/json\b/.test(type) ? await res.json() : await res.text(), res };
}

/**
 * A real SQLite file in a temporary folder behind the app, called with `app.request()`.
 * `seeded` ingests the seeds and examples through POST /api/articles: the events are the
 * coder's own, so tests find them by what they are (see findEvent), not by a pinned list.
 */
export async function fixture(options: { seeded?: boolean; token?: string } = {}): Promise<Fixture> {
  const store = new SqliteStore(join(tempDir('attache-api-'), 'api.db'));
  await store.migrate();
  const app = createApp({ store, token: options.token ?? null, loopbackOnly: true, resources: (resources ??= loadResources()) });
  const f: Fixture = {
    store,
    app,
    get: async (path, headers = {}) => parse(await app.request(path, { headers })),
    post: async (path, body, headers = {}) =>
      parse(await app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })),
    close: () => store.close(),
  };
  if (options.seeded) {
    const r = await f.post('/api/articles', seedArticles());
    if (r.status !== 201) throw new Error(`seeding failed: ${r.status} ${JSON.stringify(r.body)}`);
  }
  return f;
}
