import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';

/** Loads `data/kb/surname-first.tsv`: the states whose people's names are written surname first ("Xi Jinping"). */
export function loadSurnameFirst(path = dataPath('kb', 'surname-first.tsv')): Set<string> {
  const states = new Set<string>();
  if (!existsSync(path)) return states;
  for (const row of readTsv(path, ['iso3', 'reason'])) {
    const iso3 = row.cells.iso3!.trim();
    if (!/^[A-Z]{3}$/.test(iso3)) throw new DataError(row.file, row.line, `iso3 '${iso3}' is not three upper-case letters`);
    states.add(iso3);
  }
  return states;
}
