import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { DataError } from '../core/errors.js';
import { packageRoot } from './paths.js';

/** One data row: column name → cell, plus where it came from (for error messages). */
export interface TsvRow {
  cells: Record<string, string>;
  file: string;
  line: number;
}

/**
 * Reads a tab-separated data file: one header line, `#` comment lines, blank lines ignored.
 * Every row must have exactly the header's columns; `required` columns must be non-empty.
 */
export function readTsv(path: string, required: readonly string[] = []): TsvRow[] {
  // shipped data by its path in the package; a user's folder (--kb) as the path given
  const inside = relative(packageRoot, path);
  const file = inside && !inside.startsWith('..') ? inside : path;
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (!header) {
      header = cols.map((c) => c.trim());
      for (const r of required) if (!header.includes(r)) throw new DataError(file, line, `header lacks column '${r}'`);
      return;
    }
    if (cols.length !== header.length) {
      throw new DataError(file, line, `expected ${header.length} tab-separated columns (${header.join(', ')}), found ${cols.length}`);
    }
    const cells: Record<string, string> = {};
    header.forEach((h, j) => (cells[h] = (cols[j] ?? '').trim()));
    for (const r of required) if (!cells[r]) throw new DataError(file, line, `column '${r}' is empty`);
    rows.push({ cells, file, line });
  });
  if (!header) throw new DataError(file, 1, 'file has no header line');
  return rows;
}

/** Splits a `|`-separated list cell. */
export function list(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}
