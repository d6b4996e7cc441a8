import { layer } from '../../core/doc.js';
import type { Mention } from '../../core/types.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { tokenKey } from '../../kb/normalize.js';
import type { Stage } from '../../pipeline/stage.js';
import { recognizeSentence, rememberNames } from './recognize.js';

/** Entity mentions (PERSON/ORG/GPE/LOC, plus demonyms and role words) for every sentence. */
export function entitiesStage(kb: KnowledgeBase): Stage {
  return {
    name: 'entities',
    requires: ['tokens', 'sentences'],
    provides: ['mentions'],
    run(doc, options) {
      const tokens = layer(doc, 'tokens');
      const keys = tokens.map((t) => tokenKey(t.text));
      const known = new Map<string, Mention>();
      const mentions: Mention[] = [];
      for (const s of layer(doc, 'sentences')) {
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
