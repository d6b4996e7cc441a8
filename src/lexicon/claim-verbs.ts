import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { tokenKey } from '../kb/normalize.js';
import { inflections, type IrregularTable } from './inflect.js';

/**
 * Loads `data/lexicon/claim-verbs.tsv`: every inflected form of a verb → the reaction nouns
 * that name what it makes ("called" → call; "launched" → operation, offensive, attack).
 */
export function loadClaimVerbs(irregular: IrregularTable, path = dataPath('lexicon', 'claim-verbs.tsv')): Map<string, Set<string>> {
  const verbs = new Map<string, Set<string>>();
  if (!existsSync(path)) return verbs;
  for (const row of readTsv(path, ['noun', 'verb'])) {
    const { noun, verb } = row.cells as Record<string, string>;
    for (const [name, word] of [['noun', noun!.trim()], ['verb', verb!.trim()]] as const) {
      if (!word || /\s/.test(word)) throw new DataError(row.file, row.line, `${name} '${word}' must be one word`);
    }
    for (const form of inflections(verb!.trim(), irregular)) {
      const key = tokenKey(form);
      let nouns = verbs.get(key);
      if (!nouns) verbs.set(key, (nouns = new Set()));
      nouns.add(tokenKey(noun!.trim()));
    }
  }
  return verbs;
}
