import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { tempDir } from '../helpers/paths.js';
import { sampleArticle, storeConformance } from './conformance.js';

storeConformance('sqlite', async () => {
  const s = new SqliteStore(join(tempDir(), 'test.db'));
  await s.migrate();
  return s;
});

test('sqlite: the store is a real file in WAL mode, and reopens with its data', async () => {
  const path = join(tempDir(), 'reopen.db');
  const s = new SqliteStore(path);
  await s.migrate();
  await s.saveArticle(sampleArticle('r1'), [], []);
  await s.close();
  assert.ok(existsSync(path));
  const again = new SqliteStore(path);
  await again.migrate();
  assert.equal(await again.hasArticle('r1'), true);
  await again.close();
});
