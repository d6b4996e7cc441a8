import type { ActorPhrase, Token } from '../../core/types.js';
import { makeActor } from './actor-code.js';

/**
 * "Indian and Chinese military commanders": a bare demonym coordinated with a phrase that
 * has a role word shares that phrase's head, so both sides are commanders; so does an
 * abbreviated state name ("U.S. and South Korean forces").
 */
export function shareHeads(tokens: readonly Token[], phrases: ActorPhrase[]): ActorPhrase[] {
  for (let k = 0; k + 1 < phrases.length; k++) {
    const a = phrases[k]!;
    const b = phrases[k + 1]!;
    // an abbreviated state name is used as a demonym: "U.S. and South Korean forces"
    const modifier = a.parts[0]?.kind === 'demonym' || (a.parts[0]?.kind === 'country' && /^[A-Z.]{2,5}$/.test(a.parts[0].text));
    const bare = a.parts.length === 1 && modifier && !a.actor.role;
    const joined = b.firstToken === a.lastToken + 1 && /^(and|or)$/.test(tokens[a.lastToken]!.lower);
    if (bare && joined && b.parts[0]?.kind === 'demonym' && b.actor.role && !b.actor.name) {
      a.actor = makeActor(a.actor.country, a.actor.org, b.actor.role, null);
    }
  }
  return phrases;
}
