import type { ActorPhrase, Mention, Sentence, Token } from '../../core/types.js';

// a Map, not an object literal: a token such as "constructor" must not find Object's own properties
const NOUNS = new Map<string, string>([['embargo', 'embargo'], ['embargoes', 'embargo'], ['sanctions', 'sanctions'], ['sanction', 'sanctions'], ['ban', 'ban'], ['blockade', 'blockade']]);
const MODIFIERS = new Set(['arms', 'oil', 'trade', 'economic', 'financial', 'weapons', 'travel', 'import', 'export', 'naval', 'total', 'full']);

/**
 * Remembers, as an article is read, whom its sanctions and embargoes are aimed at
 * ("the UN arms embargo on Tehran", "the Iranian arms embargo"), so that a later
 * "the embargo was lifted" knows its target.
 */
export class SanctionMemory {
  private readonly held = new Map<string, ActorPhrase>();

  /** Learns from one sentence's tokens and actor phrases. */
  learn(tokens: readonly Token[], s: Sentence, phrases: readonly ActorPhrase[], mentions: readonly Mention[]): void {
    for (let k = s.firstToken; k < s.lastToken; k++) {
      const key = NOUNS.get(tokens[k]!.lower);
      if (!key) continue;
      const target = this.after(tokens, k, s, phrases) ?? this.demonymBefore(tokens, k, phrases, mentions);
      if (target) this.held.set(key, target);
    }
  }

  /** The remembered target of a sanction noun in tokens [first, last). */
  targetIn(tokens: readonly Token[], first: number, last: number): ActorPhrase | null {
    for (let k = first; k < last; k++) {
      const key = NOUNS.get(tokens[k]!.lower);
      if (key && this.held.has(key)) return this.held.get(key)!;
    }
    return null;
  }

  private after(tokens: readonly Token[], k: number, s: Sentence, phrases: readonly ActorPhrase[]): ActorPhrase | null {
    for (let j = k + 1; j < Math.min(s.lastToken, k + 4); j++) {
      if (tokens[j]!.lower !== 'on' && tokens[j]!.lower !== 'against') continue;
      return phrases.find((ph) => ph.firstToken > j && ph.firstToken <= j + 2) ?? null;
    }
    return null;
  }

  private demonymBefore(tokens: readonly Token[], k: number, phrases: readonly ActorPhrase[], mentions: readonly Mention[]): ActorPhrase | null {
    let j = k - 1;
    while (j >= 0 && MODIFIERS.has(tokens[j]!.lower)) j--;
    const ph = phrases.find((p) => p.lastToken === j + 1);
    if (!ph) return null;
    const last = mentions.find((m) => m.lastToken === j + 1);
    return last?.kind === 'demonym' ? ph : null;
  }
}
