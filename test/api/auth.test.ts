import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createApp } from '../../src/api/app.js';
import { startServer } from '../../src/api/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { attache } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';
import { fixture } from './fixture.js';

const TOKEN = 'correct-horse-battery-staple';

test('with a token, writes need Authorization: Bearer TOKEN (401 otherwise); reads do not', async () => {
  const f = await fixture({ token: TOKEN });
  try {
    const article = { id: 't1', text: 'Iran and Russia held talks.' };
    const none = await f.post('/api/articles', article);
    assert.equal(none.status, 401);
    assert.equal(none.body.parameter, 'Authorization');
    assert.match(none.res.headers.get('www-authenticate')!, /^Bearer/);
    const wrong = await f.post('/api/articles', article, { Authorization: 'Bearer nope' });
    assert.equal(wrong.status, 401);
    assert.match(wrong.body.error, /wrong/);
    assert.equal((await f.post('/api/articles', article, { Authorization: 'Basic eDp5' })).status, 401);
    assert.equal((await f.get('/api/articles/t1')).status, 404, 'nothing was written');
    assert.equal((await f.post('/api/articles', article, { Authorization: `Bearer ${TOKEN}` })).status, 201);
    assert.equal((await f.post('/api/articles/t1/comments', { author: 'a', body: 'b' })).status, 401);
    assert.equal((await f.post('/api/articles/t1/comments', { author: 'a', body: 'b' }, { Authorization: `bearer ${TOKEN}` })).status, 201);
    assert.equal((await f.get('/api/articles/t1')).status, 200, 'reads need no token');
  } finally {
    await f.close();
  }
});

test('without a token, on loopback, writes are open; pages pointing a foreign name at 127.0.0.1 are refused', async () => {
  const f = await fixture();
  try {
    assert.equal((await f.post('/api/articles', { text: 'Iran and Russia held talks.' })).status, 201);
    const rebound = await f.app.request('http://attacker.example/api/overview');
    assert.equal(rebound.status, 403);
    assert.equal((await rebound.json()).parameter, 'Host');
    assert.equal((await f.app.request('http://127.0.0.1:8737/api/overview')).status, 200);
    assert.equal((await f.app.request('http://[::1]:8737/api/overview')).status, 200);
  } finally {
    await f.close();
  }
});

test('a server off loopback refuses to start without a token, saying what to do', async () => {
  const store = new SqliteStore(join(tempDir(), 'a.db'));
  await store.migrate();
  try {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0, token: null, web: null }), (e: Error & { hint?: string }) => {
      assert.match(e.message, /refusing to serve on 0\.0\.0\.0 without a write token/);
      assert.match(e.hint!, /--token TOKEN or ATTACHE_TOKEN/);
      return true;
    });
  } finally {
    await store.close();
  }
  const cli = attache(['serve', '--host', '0.0.0.0', '--port', '0', '--db', join(tempDir(), 'b.db')]);
  assert.equal(cli.status, 2);
  assert.match(cli.stderr, /refusing to serve on 0\.0\.0\.0 without a write token/);
  assert.match(cli.stderr, /--token TOKEN or ATTACHE_TOKEN/);
});

test('off loopback, the Host check is off (a LAN name is fine) and the token is what guards writes', async () => {
  const store = new SqliteStore(join(tempDir(), 'c.db'));
  await store.migrate();
  try {
    const app = createApp({ store, token: TOKEN, loopbackOnly: false, web: null });
    assert.equal((await app.request('http://attache.lan/api/overview')).status, 200);
    assert.equal((await app.request('http://attache.lan/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text":"x"}' })).status, 401);
  } finally {
    await store.close();
  }
});
