import { layer } from '../../core/doc.js';
import type { Timex } from '../../core/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { isDateline } from './dateline.js';
import { resolveTimexes } from './resolve.js';

/** Time expressions of every sentence, resolved against the publication date. */
export const timexStage: Stage = {
  name: 'timex',
  requires: ['sentences'],
  provides: ['timexes'],
  run(doc, options) {
    const timexes: Timex[] = [];
    for (const s of layer(doc, 'sentences')) {
      const found = resolveTimexes(doc.text.slice(s.start, s.end), s.start, doc.anchor);
      for (const t of found) if (isDateline(doc.text, s, t)) t.dateline = true;
      timexes.push(...found);
      if (options.trace) for (const t of found) doc.trace!.push({ stage: 'timex', sentence: s.index, message: `"${t.text}" → ${t.value} (${t.precision})` });
    }
    doc.timexes = timexes;
  },
};
