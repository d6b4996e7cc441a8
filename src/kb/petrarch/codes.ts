import type { Role } from '../../core/types.js';

/**
 * PETRARCH agent codes that mean one of Attaché's roles. The rest (`REL`, `EDU`, `NGO`,
 * `FRM`, ...) have no role of ours and are kept in the entry's `code` only. `COP` (police)
 * and `SPY` (intelligence) are what our `POL` covers.
 */
export const ROLE_OF_AGENT: Readonly<Record<string, Role>> = {
  GOV: 'GOV', MIL: 'MIL', LEG: 'LEG', JUD: 'JUD', OPP: 'OPP', REB: 'REB', BUS: 'BUS', MED: 'MED', CVL: 'CVL',
  COP: 'POL', SPY: 'POL',
};

/** The three-letter pieces of a code after `skip` letters: `GOVFRM` → GOV, FRM. */
function chunks(code: string, skip: number): string[] {
  const out: string[] = [];
  for (let k = skip; k < code.length; k += 3) out.push(code.slice(k, k + 3));
  return out;
}

/** The first piece of a code that is one of our roles. */
function roleIn(pieces: readonly string[]): Role | null {
  for (const p of pieces) if (ROLE_OF_AGENT[p]) return ROLE_OF_AGENT[p]!;
  return null;
}

/** An actor code in our model: the primary actor (first three letters), a role, the full code. */
export interface ActorCodeParts {
  /** The first three letters: a state (`ARN`, `RUS`) or a primary actor such as `IGO`, `NGO`. */
  country: string;
  role: Role | null;
  /** The full PETRARCH code when it says more than country + role (`IGOEEU`, `GONCOP`), else null. */
  code: string | null;
}

/** Maps one PETRARCH actor code (`ARNGOV`, `IGOEEU`, `PSEREBHMS`) onto country, role and code. */
export function actorCodeParts(code: string): ActorCodeParts {
  const country = code.slice(0, 3);
  const role = roleIn(chunks(code, 3));
  return { country, role, code: code === `${country}${role ?? ''}` ? null : code };
}

/** An agent code in our model: a role where one fits, and the code itself when it says more. */
export interface AgentCodeParts {
  role: Role | null;
  /** `GOVFRM`, `COP`, or `NGO~` for a code put in front; null when the role says it all (`GOV`). */
  code: string | null;
}

export function agentCodeParts(code: string, position: 'suffix' | 'prefix'): AgentCodeParts {
  if (position === 'prefix') return { role: null, code: `${code}~` };
  const role = roleIn(chunks(code, 0));
  return { role, code: code === role ? null : code };
}

/** Codes that name no actor: `---` (null), and the old TABARI `+++` and `###`. */
export const NULL_CODES = new Set(['---', '+++', '###']);
