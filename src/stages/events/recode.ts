import type { ActorPhrase } from '../../core/types.js';

/**
 * A state or its government cannot be arrested or put on trial: "Serbia charged Kosovo's
 * government with violating the accord" accuses it (112). People, groups and forces
 * charged with crimes keep 173. A demand for the departure of troops is one to withdraw.
 * Refugees hosted are sheltered (075), not received as visitors.
 */
function codeForTarget(cameo: string, target: ActorPhrase): { cameo: string; why: string | null } {
  // "demanded the departure of the French soldiers": troops asked to leave are asked to withdraw
  if (cameo === '1041' && target.actor.role === 'MIL') return { cameo: '1056', why: 'a demand that troops leave is a demand to withdraw' };
  // "Egypt has hosted 500,000 Sudanese refugees": people who fled are given refuge, not received on a visit
  if (cameo === '043' && REFUGEES.test(target.parts[target.parts.length - 1]?.text ?? '')) return { cameo: '075', why: 'refugees hosted are given asylum' };
  if (cameo !== '173' || !isState(target)) return { cameo, why: null };
  return { cameo: '112', why: 'a legal charge aimed at a state is an accusation' };
}

/**
 * Repression (175) is a state's force against its own people; water cannon or tear gas
 * turned on another state's vessels or forces is force against that state (190).
 */
function codeAcrossBorders(cameo: string, source: ActorPhrase, target: ActorPhrase): { cameo: string; why: string | null } {
  if (cameo !== '175' || !source.actor.country || !target.actor.country || source.actor.country === target.actor.country) return { cameo, why: null };
  return { cameo: '190', why: "force against another state's people or vessels is not repression" };
}

/**
 * An attack of no named kind by an armed non-state group (REB) is CAMEO's unconventional
 * violence (180), not a state's conventional military force (190); a named kind (rockets,
 * 194; bombing, 183) keeps its code whoever fires.
 */
function codeForSource(cameo: string, source: ActorPhrase): { cameo: string; why: string | null } {
  if (cameo !== '190' || source.actor.role !== 'REB') return { cameo, why: null };
  return { cameo: '180', why: "an armed group's attack is unconventional violence" };
}

/** The code of an act between these two parties: some codes depend on who acts on whom. */
export function codeForParties(cameo: string, source: ActorPhrase, target: ActorPhrase): { cameo: string; why: string | null } {
  const bySource = codeForSource(cameo, source);
  const byTarget = codeForTarget(bySource.cameo, target);
  const across = codeAcrossBorders(byTarget.cameo, source, target);
  return { cameo: across.cameo, why: [bySource.why, byTarget.why, across.why].filter(Boolean).join('; ') || null };
}

const REFUGEES = /^(refugees?|asylum[- ]seekers?|displaced|evacuees)$/i;
const GOVERNMENTS = /^(government|governments|administration|regime|cabinet|authorities)$/i;

/** The phrase names a state or its government, not a person, group or force of it. */
function isState(ph: ActorPhrase): boolean {
  if (!ph.actor.country || (ph.actor.role && ph.actor.role !== 'GOV')) return false;
  const head = ph.parts[ph.parts.length - 1];
  // "Correa's government", "the Maduro regime": a leader's name before the government is its owner
  if (head?.kind === 'role' && GOVERNMENTS.test(head.text)) return true;
  if (ph.person) return false;
  if (!ph.parts.some((p) => p.kind === 'country' || p.kind === 'capital')) return false;
  return ph.parts.every((p) => p.kind === 'country' || p.kind === 'capital' || (p.kind === 'role' && ph.actor.role === 'GOV'));
}
