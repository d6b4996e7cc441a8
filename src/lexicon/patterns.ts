import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import type { Ontology } from '../ontology/cameo.js';
import { inflections, type IrregularTable } from './inflect.js';

/** One element of a compiled pattern. */
export type PatternElement =
  | { type: 'word'; forms: Set<string>; trigger: boolean; text: string }
  | { type: 'gap'; max: number }
  | { type: 'slot'; slot: 'source' | 'target' };

/** A verb or noun pattern compiled from `data/cameo/patterns.tsv`. */
export interface EventPattern {
  id: string;
  cameo: string;
  source: string;
  reason: string;
  elements: PatternElement[];
  /** Index of the element that is the trigger word. */
  trigger: number;
  hasSource: boolean;
  hasTarget: boolean;
  /** Number of word elements: more words, more specific. */
  words: number;
  where: string;
}

/** Compiles one pattern string; throws a message on a malformed one. */
export function compilePattern(text: string, irregular: IrregularTable): { elements: PatternElement[]; trigger: number } {
  const elements: PatternElement[] = [];
  let trigger = -1;
  for (const raw of text.trim().split(/\s+/)) {
    if (raw === '..') {
      elements.push({ type: 'gap', max: 3 });
      continue;
    }
    if (raw === 'TARGET' || raw === 'SOURCE') {
      if (elements.some((e) => e.type === 'slot' && e.slot === raw.toLowerCase())) throw new Error(`${raw} appears twice`);
      elements.push({ type: 'slot', slot: raw === 'TARGET' ? 'target' : 'source' });
      continue;
    }
    let word = raw;
    const isTrigger = word.startsWith('~');
    if (isTrigger) word = word.slice(1);
    if (!word) throw new Error(`element '${raw}' is empty`);
    const forms = new Set<string>();
    for (const alt of word.split('|')) {
      if (!alt) throw new Error(`empty alternative in '${raw}'`);
      const lower = alt.toLowerCase().replace(/[’`]/g, "'");
      if (lower.endsWith('=')) forms.add(lower.slice(0, -1));
      else for (const f of inflections(lower, irregular)) forms.add(f);
    }
    if (isTrigger) {
      if (trigger >= 0) throw new Error('two trigger marks (~)');
      trigger = elements.length;
    }
    elements.push({ type: 'word', forms, trigger: isTrigger, text: word });
  }
  if (trigger < 0) trigger = elements.findIndex((e) => e.type === 'word');
  if (trigger < 0) throw new Error('pattern has no word');
  if (elements[0]?.type === 'gap' || elements[elements.length - 1]?.type === 'gap') throw new Error("a pattern cannot begin or end with '..'");
  return { elements, trigger };
}

/** Loads and compiles every pattern, checking ids are unique and codes exist. */
export function loadPatterns(ontology: Ontology, irregular: IrregularTable, path = dataPath('cameo', 'patterns.tsv')): EventPattern[] {
  if (!existsSync(path)) return [];
  const seen = new Set<string>();
  const out: EventPattern[] = [];
  for (const row of readTsv(path, ['id', 'cameo', 'pattern'])) {
    const { id, cameo, pattern, reason } = row.cells as Record<string, string>;
    if (seen.has(id!)) throw new DataError(row.file, row.line, `pattern id '${id}' is used twice`);
    seen.add(id!);
    if (!ontology.has(cameo!)) throw new DataError(row.file, row.line, `CAMEO code '${cameo}' is not in data/ontology/cameo-codes.tsv`);
    let compiled;
    try {
      compiled = compilePattern(pattern!, irregular);
    } catch (e) {
      throw new DataError(row.file, row.line, `pattern '${pattern}': ${(e as Error).message}`);
    }
    out.push({
      id: id!,
      cameo: cameo!,
      source: pattern!,
      reason: reason ?? '',
      elements: compiled.elements,
      trigger: compiled.trigger,
      hasSource: compiled.elements.some((e) => e.type === 'slot' && e.slot === 'source'),
      hasTarget: compiled.elements.some((e) => e.type === 'slot' && e.slot === 'target'),
      words: compiled.elements.filter((e) => e.type === 'word').length,
      where: `${row.file}:${row.line}`,
    });
  }
  return out;
}
