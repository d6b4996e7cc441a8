import { layer } from '../../core/doc.js';
import type { ActorPhrase, Mention, Token } from '../../core/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { chunkSentence } from './chunk.js';
import { resolveCoreference } from './coref.js';
import { learnFromAppositions, soleStateOfSentence } from './appositions.js';
import { shareHeads } from './share-heads.js';

/** Actor phrases: mentions chunked into actors, with pronouns and descriptions resolved. */
export const actorsStage: Stage = {
  name: 'actors',
  requires: ['tokens', 'sentences', 'mentions'],
  provides: ['actors'],
  run(doc, options) {
    const tokens = layer(doc, 'tokens');
    const bySentence = new Map<number, Mention[]>();
    for (const m of layer(doc, 'mentions')) {
      const s = tokens[m.firstToken]!.sentence;
      let list = bySentence.get(s);
      if (!list) bySentence.set(s, (list = []));
      list.push(m);
    }
    const chunkAll = () => {
      const phrases: ActorPhrase[] = [];
      for (const s of layer(doc, 'sentences')) phrases.push(...chunkSentence(tokens, bySentence.get(s.index) ?? []));
      return phrases;
    };
    // first pass: an unknown name takes the state and role of the phrase it stands in
    // ("Iranian commander X"), and every other mention of that name learns it too
    const learned = new Map<string, Mention>();
    const first = chunkAll();
    learnFromAppositions(tokens, first);
    for (const a of first) {
      for (const m of a.parts) {
        if ((m.kind === 'person' || m.kind === 'org') && !m.kbId && !m.country && !m.org && a.actor.country) {
          m.country = a.actor.country;
          m.role ??= a.actor.role;
        }
        if ((m.kind === 'person' || m.kind === 'org') && !m.kbId && (m.country || m.org) && !learned.has(m.name)) learned.set(m.name, m);
      }
    }
    for (const m of layer(doc, 'mentions')) {
      const known = !m.kbId && !m.country && !m.org && learned.get(m.name);
      if (known) {
        m.country = known.country;
        m.org = known.org;
        m.role ??= known.role;
      }
    }
    // the weakest clue last, for names nothing else placed
    soleStateOfSentence(tokens, chunkAll());
    // second pass with what was learned; a role word with no state, organisation or
    // antecedent ("the military") is no actor; nor is a news agency credited in parentheses
    // ("TOKYO, March 12 (Reuters) -"), which reports the news and takes no part in it
    doc.actors = resolveCoreference(tokens, shareHeads(tokens, chunkAll().filter((a) => !isCredit(tokens, a)))).filter((a) => a.actor.country || a.actor.org);
    if (options.trace) {
      for (const a of doc.actors) {
        doc.trace!.push({ stage: 'actors', sentence: tokens[a.firstToken]!.sentence, message: `"${doc.text.slice(a.start, a.end)}" → ${a.actor.code}${a.antecedent ? ` (refers to ${a.antecedent})` : ''}` });
      }
    }
  },
};

/** A news outlet named alone in parentheses: the credit of a dateline, "(Reuters)", "(AP)". */
function isCredit(tokens: readonly Token[], a: ActorPhrase): boolean {
  if (a.actor.role !== 'MED' || !a.parts.every((m) => m.kind === 'org' || m.kind === 'group')) return false;
  return tokens[a.firstToken - 1]?.text === '(' && tokens[a.lastToken]?.text === ')';
}
