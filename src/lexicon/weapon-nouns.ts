import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { tokenKey } from '../kb/normalize.js';

/**
 * Loads `data/lexicon/weapon-nouns.tsv`: nouns of arms that a word of force before them only
 * describes ("attack helicopters", "battle tanks"), as token keys.
 */
export function loadWeaponNouns(path = dataPath('lexicon', 'weapon-nouns.tsv')): Set<string> {
  const nouns = new Set<string>();
  if (!existsSync(path)) return nouns;
  for (const row of readTsv(path, ['noun', 'reason'])) {
    const noun = row.cells.noun!.trim();
    if (!noun || /\s/.test(noun)) throw new DataError(row.file, row.line, `noun '${noun}' must be one word`);
    if (!row.cells.reason?.trim()) throw new DataError(row.file, row.line, `noun '${noun}' has no reason`);
    if (nouns.has(tokenKey(noun))) throw new DataError(row.file, row.line, `noun '${noun}' is listed twice`);
    nouns.add(tokenKey(noun));
  }
  return nouns;
}
