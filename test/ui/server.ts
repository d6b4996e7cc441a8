import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { loadResources } from '../../src/pipeline/default.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers/paths.js';
import { seedArticles } from '../helpers/seed-fixture.js';

export interface UiServer extends RunningServer {
  store: SqliteStore;
}

/**
 * The real server on an ephemeral loopback port, over a temporary SQLite file holding the
 * seeds and the examples, ingested and coded through POST /api/articles.
 */
export async function startUiServer(): Promise<UiServer> {
  const store = new SqliteStore(join(tempDir('attache-ui-'), 'ui.db'));
  await store.migrate();
  const server = await startServer({ store, host: '127.0.0.1', port: 0, token: null, resources: loadResources() });
  const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(seedArticles()) });
  if (res.status !== 201) throw new Error(`ingesting the fixture failed: ${res.status} ${await res.text()}`);
  return {
    ...server,
    store,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}
