import type { ActorPhrase, EventRecord } from '../../core/types.js';
import type { Stance } from '../../lexicon/stances.js';
import { actorKey } from '../actors/actor-code.js';
import { coordinated, findSubject, SAY_VERBS } from './arguments.js';
import type { SentenceContext } from './code.js';
import { actDate, dateReason, eventRecord } from './record.js';

/** An act the patterns coded in a sentence, with the phrases it was coded between. */
export interface FiredAct {
  record: EventRecord;
  trigger: number;
  source: ActorPhrase;
  target: ActorPhrase;
}

/** The directed pair of an act, to compare two acts by their actors. */
const pairKey = (a: FiredAct) => `${actorKey(a.source.actor)}>${actorKey(a.target.actor)}`;

/** The code each stance gives the speaker's own act; an announced act that is no act of force expresses an intent instead. */
const STANCE_CODE: Record<Stance, string> = { announce: '138', threat: '138', admission: '015', denial: '016' };
/** Acts of force, whose announcement by the one who would do them is a threat. */
const FORCE = /^(18|19|20)/;
const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'going', 'could', 'might', 'may', 'ready', 'prepared']);
/** How far before the act its speaker's verb may stand. */
const REACH = 14;

/**
 * A speaker's stance toward an act of its own, named in the clause its verb governs, is an
 * event of its own aimed at that act's target: "Pakistan said it would attack Indian
 * positions" is a threat (138) now, and the attack becomes hypothetical; "Japan said it
 * would send aid to Turkey" or "agreed to hold talks" is an intent (03x) now beside the
 * planned act; "Israel
 * acknowledged that it had bombed the convoy" is an admission (015); "Russia denied that
 * its troops had shelled Georgian villages" a denial (016). The speaker must be the act's
 * own source — "Russia said Ukraine would attack" is no threat by Russia.
 * Returns the sentence's events with the stances added; a statement (01) or a target-less
 * reading at the speaker's verb gives way to the stance.
 */
export function withStances(ctx: SentenceContext, fired: readonly FiredAct[]): EventRecord[] {
  const stances: { record: EventRecord; verb: number; act: FiredAct }[] = [];
  for (const act of fired) {
    const found = stanceVerbBefore(ctx, act.trigger);
    if (!found) continue;
    const { stance, verb } = found;
    const deniedClaim = stance === 'denial' && act.record.modality !== 'planned' && claimBetween(ctx, verb, act.trigger);
    const cameo = deniedClaim ? STANCE_CODE.denial : stanceCode(ctx, stance, act, verb, fired);
    if (!cameo) continue;
    const subject = findSubject(ctx.tokens, ctx.phrases, ctx.sentence, verb, null, true);
    // "Egypt and Qatar agreed to mediate", "the two ministers" (two phrases on one span): the
    // speaker is whichever of the coordinated subjects is the act's source
    const speakers = subject ? coordinated(ctx.tokens, ctx.phrases, subject) : [];
    const speaker = speakers.find((x) => x === act.source || actorKey(x.actor) === actorKey(act.source.actor));
    if (!speaker) continue;
    // "threatened to strike at Israel" coded 1384 at the verb already: no second threat beside it
    if (codedAtVerb(fired, verb, cameo, act)) continue;
    if (deniedClaim) {
      // "denied claims that it had armed the rebels": the claimed act is denied, not merely alleged
      act.record.modality = 'negated';
      act.record.provenance.reason += `; negated: a claim denied by "${ctx.tokens[verb]!.text}"`;
      // the denial is aimed at the claim's author when a pattern named one ("denied U.S. accusations")
      if (fired.some((a) => a.trigger === verb && a.record.cameo === '016')) continue;
    }
    const threat = cameo.startsWith('13');
    const kind = threat ? 'threat' : cameo.startsWith('03') ? 'intent' : stance;
    const { when, inherited } = actDate(ctx, verb, 'asserted');
    const verbText = ctx.tokens[verb]!.text;
    const record = eventRecord(ctx, {
      cameo,
      source: speaker,
      target: act.target,
      modality: 'asserted',
      when,
      inherited,
      confidence: act.record.confidence - 0.05,
      rule: `stance.${kind}`,
      reason: `"${verbText}" by the act's own source, about ${act.record.cameo} (${act.record.provenance.rule})${dateReason(when, inherited)}`,
    });
    if (!record) continue;
    if (threat) {
      // what a threat threatens has not happened, and may not
      act.record.modality = 'hypothetical';
      act.record.provenance.reason += `; hypothetical: threatened by "${verbText}"`;
    }
    stances.push({ record, verb, act });
    ctx.trace?.(`stance ${kind} at "${verbText}" → ${cameo} ${record.source.code} → ${record.target.code}`);
  }
  // "warned that it would strike" is the threat, not a pessimistic remark (012); a denial
  // aimed at an earlier speaker's report gives way to the denial of the act itself
  // a general code of the stance's own root at its verb ("vowed to retaliate" read as 130) gives way too
  const byVerb = new Map(stances.map((x) => [x.verb, x.record.cameo]));
  const replaced = (a: FiredAct) => {
    const stance = byVerb.get(a.trigger);
    return stance !== undefined && (/^01/.test(a.record.cameo) || (a.record.cameo.length < stance.length && stance.startsWith(a.record.cameo.slice(0, 2)) && a.record.cameo.endsWith('0')));
  };
  // what a threat or an offer holds out has not happened: the threat or offer is the event, and
  // the act stays only in its reason (GUIDELINES: "what it threatens or offers is hypothetical")
  const heldOut = new Set(stances.filter((x) => x.act.record.modality === 'hypothetical' && /^(03|13)/.test(x.record.cameo)).map((x) => x.act));
  return [...fired.filter((a) => !replaced(a) && !heldOut.has(a)).map((a) => a.record), ...stances.map((x) => x.record)];
}

/**
 * "The Iranian commander said the armed forces of Iran and Russia would boost cooperation":
 * an intent reported by one of its coordinated makers is that maker's; the other's intent is
 * the speaker's claim about it, not an act the report shows. Drops the intents (03x) whose
 * source is not the speaker's side when the speaker's side is among the sources.
 */
export function speakersOwnIntents(ctx: SentenceContext, fired: readonly FiredAct[]): FiredAct[] {
  const sides = new Map<number, Set<string | null>>();
  for (const a of fired) if (a.record.cameo.startsWith('03')) sides.set(a.trigger, (sides.get(a.trigger) ?? new Set()).add(actorKey(a.source.actor)));
  return fired.filter((a) => {
    const keys = sides.get(a.trigger);
    if (!keys || keys.size < 2) return true;
    // the makers themselves saying it ("Egypt and Jordan agreed to …") are no reporter of another's intent
    const verb = sayingVerbBefore(ctx, a.source.firstToken);
    if (verb < 0) return true;
    const speaker = findSubject(ctx.tokens, ctx.phrases, ctx.sentence, verb, null, true);
    const own = speaker ? actorKey(speaker.actor) : null;
    return !own || !keys.has(own) || actorKey(a.source.actor) === own;
  });
}

/** The verb of saying nearest before token `at` in its sentence, within `reach` tokens, or -1. */
export function sayingVerbBefore(ctx: SentenceContext, at: number, reach = Infinity): number {
  for (let k = at - 1; k >= Math.max(ctx.sentence.firstToken, at - reach); k--) {
    if (/^[;:]$/.test(ctx.tokens[k]!.text)) return -1;
    if (SAY_VERBS.has(ctx.tokens[k]!.lower) || ctx.lexicon.stanceVerbs.get(ctx.keys[k]!) === 'announce') return k;
  }
  return -1;
}

/** A pattern at the stance verb already coded the stance, or a more specific code of its root, for the same pair. */
function codedAtVerb(fired: readonly FiredAct[], verb: number, cameo: string, act: FiredAct): boolean {
  return fired.some((a) => a.trigger === verb && (a.record.cameo === cameo || (a.record.cameo.length > cameo.length && a.record.cameo.startsWith(cameo.slice(0, 2)))) && pairKey(a) === pairKey(act));
}

/** The nearest stance verb before the act, within its sentence and not across a semicolon or colon. */
function stanceVerbBefore(ctx: SentenceContext, trigger: number): { stance: Stance; verb: number } | null {
  const from = Math.max(ctx.sentence.firstToken, trigger - REACH);
  for (let k = trigger - 1; k >= from; k--) {
    if (/^[;:]$/.test(ctx.tokens[k]!.text)) return null;
    const stance = ctx.lexicon.stanceVerbs.get(ctx.keys[k]!);
    if (stance) return { stance, verb: k };
  }
  return null;
}

/**
 * The code of the speaker's stance toward the act, or null when the stance is not about it:
 * an announced act of force is a threat, an announced cooperative act an intent (unless the
 * patterns already coded an intent for that pair), an act owned up to an admission, an act
 * denied a denial.
 */
function stanceCode(ctx: SentenceContext, stance: Stance, act: FiredAct, verb: number, fired: readonly FiredAct[]): string | null {
  const { cameo, modality } = act.record;
  if (cameo.startsWith('01') || cameo.startsWith(STANCE_CODE[stance].slice(0, 2))) return null;
  if (stance === 'admission') return modality === 'asserted' ? STANCE_CODE.admission : null;
  if (stance === 'denial') return modality === 'negated' ? STANCE_CODE.denial : null;
  if (modality !== 'planned' && modality !== 'hypothetical') return null;
  if (!announcesAct(ctx, verb, act.trigger)) return null;
  if (FORCE.test(cameo)) return isUltimatum(ctx) ? '139' : STANCE_CODE.announce;
  // "threatened to cut aid" is no intent to aid: a threat of anything but force is left to the 13x patterns
  if (stance === 'threat') return null;
  const intent = ctx.lexicon.intentOf(cameo);
  if (!intent) return null;
  // "said it would stop funding projects in …": an act between governs this one
  if (fired.some((a) => a !== act && a.trigger > verb && a.trigger < act.trigger)) return null;
  if (fired.some((a) => a.record.cameo.startsWith('03') && pairKey(a) === pairKey(act))) return null;
  return intent;
}

/** Nouns of intent that carry the act as their "to" complement: "expressed its readiness to mediate". */
const INTENT_NOUNS = new Set(['readiness', 'willingness', 'intention', 'intent', 'plan', 'plans', 'commitment', 'determination', 'decision', 'pledge', 'offer']);

/** "said it would send", "vowed to retaliate", "voiced its readiness to mediate": the verb governs the act as a future or as a "to" complement. */
function announcesAct(ctx: SentenceContext, verb: number, trigger: number): boolean {
  const next = pastTime(ctx, verb + 1); // "agreed on Tuesday to hold"
  if (ctx.keys[next] === 'to' && next + 1 <= trigger) return true;
  for (let k = verb + 1; k <= verb + 5 && k + 1 < trigger; k++) {
    if (INTENT_NOUNS.has(ctx.keys[k]!) && ctx.keys[k + 1] === 'to') return true;
  }
  for (let k = verb + 1; k < trigger; k++) if (FUTURE.has(ctx.keys[k]!)) return true;
  return false;
}

/** The first token from k on that is not inside a time expression. */
function pastTime(ctx: SentenceContext, k: number): number {
  while (k < ctx.sentence.lastToken && ctx.timeTokens?.has(k)) k++;
  return k;
}

/** Nouns naming a claim someone else made: "denied reports that it had …". */
const CLAIMS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors']);

/** A claim noun right after the denial verb, before the act: "denied claims that", "denied reports of". */
function claimBetween(ctx: SentenceContext, verb: number, trigger: number): boolean {
  for (let k = verb + 1; k < Math.min(trigger, verb + 5); k++) if (CLAIMS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/** A threat with a condition and a deadline: "… within 48 hours unless the loudspeakers are removed". */
function isUltimatum(ctx: SentenceContext): boolean {
  const { tokens, sentence: s } = ctx;
  let condition = false;
  let deadline = false;
  for (let k = s.firstToken; k < s.lastToken; k++) {
    const w = tokens[k]!.lower;
    if (w === 'if' || w === 'unless') condition = true;
    if (w === 'deadline' || w === 'ultimatum') deadline = true;
    if (w === 'within' && /^(hours|days|weeks|hour|day|week)$/.test(tokens[k + 2]?.lower ?? '')) deadline = true;
  }
  return condition && deadline;
}
