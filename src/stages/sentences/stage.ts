import { layer } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { splitSentences } from './split.js';

/** Sentences over the token layer; each token learns its sentence index. */
export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['tokens'],
  provides: ['sentences'],
  run(doc) {
    doc.sentences = splitSentences(doc.text, layer(doc, 'tokens'));
  },
};
