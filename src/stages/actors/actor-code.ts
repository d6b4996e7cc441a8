import type { Actor, ActorPhrase, Mention, Role } from '../../core/types.js';

/**
 * Builds an actor in the evaluation format's shape; the code is country+role or IGO:org,
 * unless an imported dictionary gave a full code (`dictionaryCode`).
 */
export function makeActor(country: string | null, org: string | null, role: Role | null, name: string | null, fullCode: string | null = null): Actor {
  const code = fullCode ?? (country ? `${country}${role ?? ''}` : org ? `IGO:${org}` : `---${role ?? ''}`);
  return { code, country, org: country ? null : org, role, name };
}

/** `code` holds `agent` at a three-letter boundary (`USAGOV` holds `GOV`; `IGOEEU` does not hold `GOE`). */
function holds(code: string, agent: string): boolean {
  for (let k = 0; k < code.length; k += 3) if (code.startsWith(agent, k)) return true;
  return false;
}

/**
 * The full code of a phrase when an imported dictionary coded a part of it, PETRARCH style:
 * the actor's own code (`IGOEEU`, `HOBGOV`; else its country + role), then the codes of the
 * phrase's role words in text order, each unless the code holds it already (`USAGOV` with
 * "officials" stays `USAGOV`); a role word coded `NGO~` goes in front (`NGOARN`). Null when
 * no part carries a code: then country + role stands, as without imported dictionaries.
 */
export function dictionaryCode(actor: Mention | undefined, parts: readonly Mention[]): string | null {
  // without imported dictionaries no part has a code: answered before any list is made (this runs for every phrase)
  if (!actor?.code && !parts.some((m) => m.kind === 'role' && m.code)) return null;
  const roleWords = parts.filter((m) => m.kind === 'role' && (m.code || m.role));
  const start = actor?.code ?? (actor?.country ? `${actor.country}${actor.role ?? ''}` : null);
  if (!start) return null;
  return start
    .split('/')
    .map((one) => {
      let code = one;
      for (const m of roleWords) {
        const agent = m.code ?? m.role!;
        if (agent.endsWith('~')) {
          const front = agent.slice(0, -1);
          if (!code.startsWith(front)) code = `${front}${code}`;
        } else if (!holds(code, agent)) code += agent;
      }
      return code;
    })
    .join('/');
}

/** A phrase whose code lists several actors (PETRARCH `FRO/BIL/SAM`) stands for each: one phrase per code. */
export function eachListedActor(ph: ActorPhrase): ActorPhrase[] {
  // most codes list one actor: no split for them (this runs for every phrase)
  if (!ph.actor.code.includes('/')) return [ph];
  const codes = ph.actor.code.split('/');
  return codes.map((code) => ({ ...ph, actor: { ...ph.actor, code, country: code.slice(0, 3) } }));
}

/** The key the scorer compares: country, else organisation. */
export function actorKey(a: Actor): string | null {
  return a.country ?? (a.org ? `IGO:${a.org}` : null);
}
