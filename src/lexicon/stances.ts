import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { tokenKey } from '../kb/normalize.js';
import { inflections, type IrregularTable } from './inflect.js';

/** What a speaker's verb makes of an act of its own in the clause it governs. */
export type Stance = 'announce' | 'threat' | 'admission' | 'denial';

const STANCES: readonly Stance[] = ['announce', 'threat', 'admission', 'denial'];

/** Loads `data/lexicon/stances.tsv`: every inflected form of each verb → its stance. */
export function loadStanceVerbs(irregular: IrregularTable, path = dataPath('lexicon', 'stances.tsv')): Map<string, Stance> {
  const verbs = new Map<string, Stance>();
  if (!existsSync(path)) return verbs;
  for (const row of readTsv(path, ['verb', 'stance'])) {
    const { verb, stance } = row.cells as Record<string, string>;
    if (!STANCES.includes(stance as Stance)) throw new DataError(row.file, row.line, `stance '${stance}' is not ${STANCES.join(', ')}`);
    if (/\s/.test(verb!.trim())) throw new DataError(row.file, row.line, `verb '${verb}' must be one word`);
    for (const form of inflections(verb!.trim(), irregular)) {
      const key = tokenKey(form);
      const known = verbs.get(key);
      if (known && known !== stance) throw new DataError(row.file, row.line, `'${form}' is already a form of a ${known} verb`);
      verbs.set(key, stance as Stance);
    }
  }
  return verbs;
}
