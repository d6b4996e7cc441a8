import type { ActorPhrase, Sentence, Token } from '../../core/types.js';
import { findSubject } from './arguments.js';
import { byAgent } from './grammar.js';

/** How many sentences back "the call" may reach for who called. */
const REACH = 5;
const DETERMINERS = /^(the|a|an|this|that|his|her|its|their|our)$/;
const PREPOSITIONS = /^(after|before|during|of|for|with|in|on|amid|since|following|despite)$/;

/**
 * Remembers, as an article is read, who made each kind of claim, call or move ("Macron
 * called for action"), so that a later reaction to "the call" is aimed at its maker even
 * when another sentence came between.
 */
export class ClaimMemory {
  private readonly made = new Map<string, { by: ActorPhrase; sentence: number }>();

  constructor(private readonly verbs: ReadonlyMap<string, ReadonlySet<string>>) {}

  /** Learns from one sentence: each claim verb's subject made what the verb's nouns name. */
  learn(tokens: readonly Token[], keys: readonly string[], s: Sentence, phrases: readonly ActorPhrase[]): void {
    for (let k = s.firstToken; k < s.lastToken; k++) {
      const nouns = this.verbs.get(keys[k]!);
      // "the call", "his remarks": the noun itself, no verb
      // "days after visits to Moscow": a noun after a preposition, no verb either
      if (!nouns || DETERMINERS.test(tokens[k - 1]?.lower ?? '') || PREPOSITIONS.test(tokens[k - 1]?.lower ?? '')) continue;
      // "the resolution, which was drafted by Japan", "a resolution sponsored by Ukraine": the agent after "by" made it
      const passive = /(ed|en)$/.test(tokens[k]!.lower) && tokens[k + 1]?.lower === 'by';
      const by = passive ? byAgent(tokens, phrases, k + 1, s) : findSubject(tokens, phrases, s, k, null);
      if (!by) continue;
      // "Belarus and Russia voted against": members voting make no vote; the body that votes does
      if (/^vot/.test(keys[k]!) && !by.actor.org && by.actor.role !== 'LEG') continue;
      for (const noun of nouns) this.made.set(noun, { by, sentence: s.index });
    }
  }

  /** Who made what `noun` names, if a sentence shortly before `sentence` said so. */
  maker(noun: string, sentence: number): ActorPhrase | null {
    const m = this.made.get(noun);
    return m && sentence - m.sentence <= REACH ? m.by : null;
  }
}
