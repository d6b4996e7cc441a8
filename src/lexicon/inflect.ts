import { existsSync } from 'node:fs';
import { dataPath } from '../data/paths.js';
import { list, readTsv } from '../data/tsv.js';

/** Irregular and spelling-changing forms, base → all forms. */
export type IrregularTable = Map<string, Set<string>>;

export function loadIrregulars(path = dataPath('lexicon', 'irregular-verbs.tsv')): IrregularTable {
  const table: IrregularTable = new Map();
  if (!existsSync(path)) return table;
  for (const row of readTsv(path, ['base'])) {
    const c = row.cells;
    const forms = new Set([c.base!, ...list(c.past), ...list(c.participle), ...list(c.third), ...list(c.ing)].map((f) => f.toLowerCase()));
    table.set(c.base!.toLowerCase(), forms);
  }
  return table;
}

const VOWEL = /[aeiou]/;

/**
 * Every form a base word may take in news text, as a verb or a noun: visit → visits,
 * visited, visiting; agree → agreed, agreeing; ally → allies, allied. Over-generating a
 * form that English never uses is harmless; missing one loses an event.
 */
export function inflections(base: string, irregular: IrregularTable): Set<string> {
  const w = base.toLowerCase();
  const forms = new Set<string>([w]);
  const extra = irregular.get(w);
  if (extra) for (const f of extra) forms.add(f);
  if (w.includes(' ') || w.length < 2) return forms;
  const last = w[w.length - 1]!;
  const stem = w.slice(0, -1);
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`);
  else if (last === 'y' && !VOWEL.test(w[w.length - 2] ?? '')) forms.add(`${stem}ies`);
  else forms.add(`${w}s`);
  if (last === 'e') {
    forms.add(`${w}d`);
    forms.add(`${stem}ing`);
    if (w.endsWith('ee')) forms.add(`${w}ing`);
  } else if (last === 'y' && !VOWEL.test(w[w.length - 2] ?? '')) {
    forms.add(`${stem}ied`);
    forms.add(`${w}ing`);
  } else {
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
    // a short word ending consonant-vowel-consonant doubles: ban → banned, plan → planning
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w) && w.length <= 5) {
      forms.add(`${w}${last}ed`);
      forms.add(`${w}${last}ing`);
    }
  }
  return forms;
}
