import type { Stage } from '../../pipeline/stage.js';
import { tokenize } from './tokenize.js';

/** Tokens with exact character offsets into the unchanged text. */
export const tokensStage: Stage = {
  name: 'tokens',
  requires: [],
  provides: ['tokens'],
  run(doc) {
    doc.tokens = tokenize(doc.text);
  },
};
