import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this file with a package.json. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the attache package root (no package.json above the code)');
    dir = up;
  }
  return dir;
}

export const packageRoot = findRoot();

/** Absolute path of a file under `data/`. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}
