import { layer } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Stage } from '../../pipeline/stage.js';
import { isChromeLine } from '../../ingest/text-file.js';
import { recognizeSentence, rememberNames } from './recognize.js';

/** Entity mentions (PERSON/ORG/GPE/LOC, plus demonyms and role words) for every sentence. */
export function entitiesStage(kb: KnowledgeBase): Stage {
  return {
    name: 'entities',
    requires: ['tokens', 'sentences'],
    provides: ['mentions'],
    run(doc, options) {
      const tokens = layer(doc, 'tokens');
      const keys = tokens.map((t) => t.key);
      const known = new Map<string, Mention>();
      const mentions: Mention[] = [];
      // the sentences of a paragraph share its line: the last line's verdict is kept for them
      let last = { start: -1, end: -1, chrome: false };
      for (const s of layer(doc, 'sentences')) {
        // site chrome left in the text ("October 18, 2021   News ID 4529") names nobody
        const lineStart = doc.text.lastIndexOf('\n', s.start - 1) + 1;
        const lineEnd = doc.text.indexOf('\n', s.end);
        if (last.start !== lineStart || last.end !== lineEnd) {
          last = { start: lineStart, end: lineEnd, chrome: isChromeLine(doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : lineEnd)) };
        }
        if (last.chrome) continue;
        const found = recognizeSentence(doc.text, tokens, keys, s, kb, doc.anchor, known);
        rememberNames(found, known, tokens);
        mentions.push(...found);
        if (options.trace) {
          for (const m of found) doc.trace!.push({ stage: 'entities', sentence: s.index, message: `${m.kind} "${m.text}" → ${m.country ?? m.org ?? '-'}${m.role ?? ''} (${m.reason})` });
        }
      }
      doc.mentions = mentions;
    },
  };
}
