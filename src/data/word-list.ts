import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { tokenKey } from '../kb/normalize.js';
import { readTsv } from './tsv.js';

/**
 * Loads a TSV of single words, each with the reason it is listed (columns `noun`, `reason`),
 * as token keys. A missing file is an empty list; a phrase, a missing reason or a repeated
 * word is an error naming the file and line.
 */
export function loadWordList(path: string): Set<string> {
  const words = new Set<string>();
  if (!existsSync(path)) return words;
  for (const row of readTsv(path, ['noun', 'reason'])) {
    const noun = row.cells.noun!.trim();
    if (!noun || /\s/.test(noun)) throw new DataError(row.file, row.line, `noun '${noun}' must be one word`);
    if (!row.cells.reason?.trim()) throw new DataError(row.file, row.line, `noun '${noun}' has no reason`);
    if (words.has(tokenKey(noun))) throw new DataError(row.file, row.line, `noun '${noun}' is listed twice`);
    words.add(tokenKey(noun));
  }
  return words;
}
