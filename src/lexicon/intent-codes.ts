import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import type { Ontology } from '../ontology/cameo.js';

/** The intent (03x) that announcing an act of one's own expresses, by the act's code. */
export type IntentCodes = (act: string) => string | null;

/** Loads `data/cameo/intent-codes.tsv`: CAMEO code prefixes of acts → the 03x intent they announce. */
export function loadIntentCodes(ontology: Ontology, path = dataPath('cameo', 'intent-codes.tsv')): IntentCodes {
  const table = new Map<string, string>();
  if (existsSync(path)) {
    for (const row of readTsv(path, ['act', 'intent'])) {
      const { act, intent } = row.cells as Record<string, string>;
      if (!ontology.get(act!)) throw new DataError(row.file, row.line, `act '${act}' is not a CAMEO code in data/ontology/cameo-codes.tsv`);
      if (!intent!.startsWith('03') || !ontology.get(intent!)) throw new DataError(row.file, row.line, `intent '${intent}' is not a CAMEO 03x code`);
      if (act!.startsWith('03') || /^(1[5-9]|20)/.test(act!)) throw new DataError(row.file, row.line, `act '${act}' is an intent or an act of force: announcing it is no intent to cooperate`);
      if (table.has(act!)) throw new DataError(row.file, row.line, `act '${act}' is listed twice`);
      table.set(act!, intent!);
    }
  }
  return (act) => {
    for (let n = act.length; n >= 2; n--) {
      const intent = table.get(act.slice(0, n));
      if (intent) return intent;
    }
    return null;
  };
}
