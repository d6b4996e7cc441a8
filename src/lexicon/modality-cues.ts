import { existsSync } from 'node:fs';
import { DataError } from '../core/errors.js';
import type { Modality } from '../core/types.js';
import { dataPath } from '../data/paths.js';
import { readTsv } from '../data/tsv.js';
import { aliasTokens, tokenKey } from '../kb/normalize.js';

export interface ModalityCue {
  tokens: string[];
  modality: Exclude<Modality, 'asserted'>;
  /** `object`: before the trigger, even before the act's own subject, which is the cue verb's object ("accused Moscow of shelling"). */
  scope: 'before' | 'around' | 'object';
  text: string;
}

/** Loads `data/lexicon/modality.tsv`. */
export function loadModalityCues(path = dataPath('lexicon', 'modality.tsv')): ModalityCue[] {
  if (!existsSync(path)) return [];
  return readTsv(path, ['cue', 'modality', 'scope']).map((row) => {
    const { cue, modality, scope } = row.cells as Record<string, string>;
    if (!['planned', 'negated', 'hypothetical'].includes(modality!)) throw new DataError(row.file, row.line, `modality '${modality}' is not planned, negated or hypothetical`);
    if (!['before', 'around', 'object'].includes(scope!)) throw new DataError(row.file, row.line, `scope '${scope}' is not before, around or object`);
    return { tokens: aliasTokens(cue!).map(tokenKey), modality: modality as ModalityCue['modality'], scope: scope as ModalityCue['scope'], text: cue! };
  });
}
