import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/data/paths.js';

export const root = packageRoot;
/** ../shared beside the project: the tests read its seed reports (corpus/seeds), never its evaluation set. */
export const shared = join(packageRoot, '..', 'shared');
export const cli = join(packageRoot, 'dist', 'src', 'cli', 'main.js');

export function tempDir(prefix = 'attache-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
