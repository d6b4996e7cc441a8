import type { Modality, Token } from '../../core/types.js';
import type { ModalityCue } from '../../lexicon/modality-cues.js';

const HARD_BREAKS = new Set([';', ':', '.', '!', '?', '—']);
const RANK: Record<Modality, number> = { asserted: 0, planned: 1, negated: 2, hypothetical: 3 };

export interface ModalityFinding {
  modality: Modality;
  cue: string | null;
}

function cueAt(cues: readonly ModalityCue[], keys: readonly string[], i: number, scope: 'before' | 'around'): ModalityCue | null {
  let best: ModalityCue | null = null;
  for (const c of cues) {
    if (scope === 'before' && c.scope !== 'before' && c.scope !== 'around') continue;
    if (scope === 'around' && c.scope !== 'around') continue;
    if (c.tokens.every((t, k) => keys[i + k] === t) && (!best || RANK[c.modality] > RANK[best.modality])) best = c;
  }
  return best;
}

/**
 * The status of an act from cue words near its trigger: before it in its clause (up to
 * eight words back, not past the subject), or, for `around` cues, just after the pattern.
 * The strongest cue wins: hypothetical over negated over planned.
 */
export function modalityOf(tokens: readonly Token[], keys: readonly string[], cues: readonly ModalityCue[], from: number, trigger: number, last: number, to: number): ModalityFinding {
  let found: ModalityFinding = { modality: 'asserted', cue: null };
  const consider = (c: ModalityCue | null) => {
    if (c && RANK[c.modality] > RANK[found.modality]) found = { modality: c.modality, cue: c.text };
  };
  for (let k = trigger - 1; k >= Math.max(from, trigger - 8); k--) {
    if (HARD_BREAKS.has(tokens[k]!.text)) break;
    consider(cueAt(cues, keys, k, 'before'));
  }
  let commas = 0;
  for (let k = last; k < Math.min(to, last + 6); k++) {
    if (HARD_BREAKS.has(tokens[k]!.text)) break;
    if (tokens[k]!.text === ',' && ++commas > 1) break;
    consider(cueAt(cues, keys, k, 'around'));
  }
  return found;
}
