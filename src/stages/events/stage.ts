import { layer } from '../../core/doc.js';
import type { ActorPhrase, Sentence } from '../../core/types.js';
import type { EventLexicon } from '../../lexicon/lexicon.js';
import type { Stage } from '../../pipeline/stage.js';
import { isPrepositionalObject } from './arguments.js';
import { ClaimMemory } from './claim-memory.js';
import { codeSentence, type TokenSet } from './code.js';
import { backgroundActs } from './record.js';
import { dedupe } from './dedupe.js';
import { NarrativeTime } from './narrative-time.js';
import { SanctionMemory } from './sanction-memory.js';

/** CAMEO events from verb and noun patterns, one per act per article. */
export function eventsStage(lexicon: EventLexicon): Stage {
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'mentions', 'actors', 'timexes'],
    provides: ['events'],
    run(doc, options) {
      const tokens = layer(doc, 'tokens');
      const keys = tokens.map((t) => t.key);
      const bySentence = new Map<number, ActorPhrase[]>();
      for (const a of layer(doc, 'actors')) {
        const s = tokens[a.firstToken]!.sentence;
        let list = bySentence.get(s);
        if (!list) bySentence.set(s, (list = []));
        list.push(a);
      }
      const timexes = layer(doc, 'timexes');
      // a flag per token rather than a Set of every token inside a mention: the set is asked
      // only about triggers, and filling a Set cost more than all its questions
      const inMention = new Uint8Array(tokens.length);
      for (const m of layer(doc, 'mentions')) inMention.fill(1, m.firstToken, m.lastToken);
      const mentionTokens: TokenSet = { has: (k) => inMention[k] === 1 };
      const all = [];
      let previousSubject: ActorPhrase | null = null;
      const sanctions = new SanctionMemory();
      const claims = new ClaimMemory(lexicon.claimVerbs);
      const narrative = new NarrativeTime(doc.text, doc.anchor);
      let previousSentence: Sentence | null = null;
      let beforePeg = 0;
      const mentions = layer(doc, 'mentions');
      for (const s of layer(doc, 'sentences')) {
        const phrases = (bySentence.get(s.index) ?? []).sort((a, b) => a.firstToken - b.firstToken);
        narrative.enter(s, previousSentence);
        const sentenceTimexes = timexes.filter((t) => t.start >= s.start && t.end <= s.end);
        all.push(
          ...codeSentence({
            text: doc.text,
            tokens,
            keys,
            sentence: s,
            phrases,
            timexes: sentenceTimexes,
            anchor: doc.anchor,
            lexicon,
            previousSubject,
            maker: (noun) => claims.maker(noun, s.index),
            mentionTokens,
            sanctionTarget: (first, last) => sanctions.targetIn(tokens, first, last),
            narrativeTime: narrative.get(s),
            trace: options.trace ? (message) => doc.trace!.push({ stage: 'events', sentence: s.index, message }) : null,
          }),
        );
        if (!narrative.peg) beforePeg = all.length;
        sanctions.learn(tokens, s, phrases, mentions);
        claims.learn(tokens, keys, s, phrases);
        narrative.leave(s, sentenceTimexes);
        previousSentence = s;
        previousSubject = phrases.find((ph) => !ph.placeOnly && !isPrepositionalObject(tokens, ph, s)) ?? previousSubject;
      }
      // the headline and the lead report the news the opening sentences date ("… says Tehran and
      // Moscow are working on a pact" before "During a meeting … on Tuesday evening"): their
      // undated acts done took place then
      const peg = narrative.peg;
      if (peg) {
        for (const e of all.slice(0, beforePeg)) {
          if (e.date || e.modality !== 'asserted' || backgroundActs.has(e)) continue;
          // the peg's own sentence was dated already: there the act is not the peg's
          if (peg.start >= e.evidence.start && peg.end <= e.evidence.end) continue;
          e.date = peg.value;
          e.date_precision = peg.precision;
          e.date_basis = 'context';
          e.provenance.reason += `; date from the article's opening ("${peg.text}")`;
        }
      }
      doc.events = dedupe(all);
    },
  };
}
