import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { cli, tempDir } from '../helpers/paths.js';

test('the real server listens on an ephemeral loopback port and answers over HTTP', async () => {
  const store = new SqliteStore(join(tempDir(), 'server.db'));
  await store.migrate();
  const server = await startServer({ store, host: '127.0.0.1', port: 0, token: null });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
    const posted = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 's1', text: 'Iran and Russia held talks in Moscow on Monday.' }) });
    assert.equal(posted.status, 201);
    const overview = await (await fetch(`${server.url}/api/overview`)).json();
    assert.equal(overview.stats.articles, 1);
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Attaché/);
    const big = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) }) });
    assert.equal(big.status, 413);
  } finally {
    await server.close();
    await store.close();
  }
});

test('a port in use is a clear error', async () => {
  const store = new SqliteStore(join(tempDir(), 'busy.db'));
  await store.migrate();
  const first = await startServer({ store, host: '127.0.0.1', port: 0, token: null, web: null });
  try {
    await assert.rejects(startServer({ store, host: '127.0.0.1', port: first.port, token: null, web: null }), /already in use/);
  } finally {
    await first.close();
    await store.close();
  }
});

test('attache serve: starts, prints its address, serves, and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', join(tempDir(), 'cli.db')], { env: { ...process.env, ATTACHE_TOKEN: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${stderr}`)), 20_000);
      child.stderr.on('data', (d: Buffer) => {
        stderr += d;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
    });
    const r = await fetch(`${url}/api/openapi.json`);
    assert.equal(r.status, 200);
    assert.equal((await r.json()).info.title, 'Attaché');
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
