import { layer } from '../../core/doc.js';
import type { ActorPhrase } from '../../core/types.js';
import { tokenKey } from '../../kb/normalize.js';
import type { EventLexicon } from '../../lexicon/lexicon.js';
import type { Stage } from '../../pipeline/stage.js';
import { codeSentence } from './code.js';
import { dedupe } from './dedupe.js';

/** CAMEO events from verb and noun patterns, one per act per article. */
export function eventsStage(lexicon: EventLexicon): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'actors', 'timexes'],
    provides: ['events'],
    run(doc, options) {
      const tokens = layer(doc, 'tokens');
      const keys = tokens.map((t) => tokenKey(t.text));
      const bySentence = new Map<number, ActorPhrase[]>();
      for (const a of layer(doc, 'actors')) {
        const s = tokens[a.firstToken]!.sentence;
        let list = bySentence.get(s);
        if (!list) bySentence.set(s, (list = []));
        list.push(a);
      }
      const timexes = layer(doc, 'timexes');
      const all = [];
      for (const s of layer(doc, 'sentences')) {
        all.push(
          ...codeSentence({
            text: doc.text,
            tokens,
            keys,
            sentence: s,
            phrases: (bySentence.get(s.index) ?? []).sort((a, b) => a.firstToken - b.firstToken),
            timexes: timexes.filter((t) => t.start >= s.start && t.end <= s.end),
            anchor: doc.anchor,
            lexicon,
            trace: options.trace ? (message) => doc.trace!.push({ stage: 'events', sentence: s.index, message }) : null,
          }),
        );
      }
      doc.events = dedupe(all);
    },
  };
}
