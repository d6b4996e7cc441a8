import type { ActorPhrase, EventRecord } from '../../core/types.js';
import type { Stance } from '../../lexicon/stances.js';
import { actorKey } from '../actors/actor-code.js';
import { findSubject } from './arguments.js';
import type { SentenceContext } from './code.js';
import { actDate, dateReason, eventRecord } from './record.js';

/** An act the patterns coded in a sentence, with the phrases it was coded between. */
export interface FiredAct {
  record: EventRecord;
  trigger: number;
  source: ActorPhrase;
  target: ActorPhrase;
}

/** The code each stance gives the speaker's own act. */
const STANCE_CODE: Record<Stance, string> = { threat: '138', admission: '015', denial: '016' };
/** Acts of force, whose announcement by the one who would do them is a threat. */
const FORCE = /^(18|19|20)/;
const FUTURE = new Set(['will', 'would', "'ll", 'shall', 'going', 'could', 'might', 'may', 'ready', 'prepared']);
/** How far before the act its speaker's verb may stand. */
const REACH = 14;

/**
 * A speaker's stance toward an act of its own, named in the clause its verb governs, is an
 * event of its own aimed at that act's target: "Pakistan said it would attack Indian
 * positions" is a threat (138) now, and the attack becomes hypothetical; "Israel
 * acknowledged that it had bombed the convoy" is an admission (015); "Russia denied that
 * its troops had shelled Georgian villages" a denial (016). The speaker must be the act's
 * own source — "Russia said Ukraine would attack" is no threat by Russia.
 * Returns the sentence's events with the stances added; a statement (01) or a target-less
 * reading at the speaker's verb gives way to the stance.
 */
export function withStances(ctx: SentenceContext, fired: readonly FiredAct[]): EventRecord[] {
  const stances: { record: EventRecord; verb: number }[] = [];
  for (const act of fired) {
    const found = stanceVerbBefore(ctx, act.trigger);
    if (!found) continue;
    const { stance, verb } = found;
    const intent = stance === 'threat' ? announcedIntent(ctx, act, verb, fired) : null;
    const deniedClaim = stance === 'denial' && act.record.modality !== 'planned' && claimBetween(ctx, verb, act.trigger);
    if (!intent && !deniedClaim && !fits(ctx, stance, act, verb)) continue;
    const speaker = findSubject(ctx.tokens, ctx.phrases, ctx.sentence, verb, null, true);
    if (!speaker || actorKey(speaker.actor) !== actorKey(act.source.actor)) continue;
    if (deniedClaim) {
      // "denied claims that it had armed the rebels": the claimed act is denied, not merely alleged
      act.record.modality = 'negated';
      act.record.provenance.reason += `; negated: a claim denied by "${ctx.tokens[verb]!.text}"`;
      // the denial is aimed at the claim's author when a pattern named one ("denied U.S. accusations")
      if (fired.some((a) => a.trigger === verb && a.record.cameo === '016')) continue;
    }
    const cameo = intent ?? (stance === 'threat' && isUltimatum(ctx) ? '139' : STANCE_CODE[stance]);
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
      rule: intent ? 'stance.intent' : `stance.${stance}`,
      reason: `"${verbText}" by the act's own source, about ${act.record.cameo} (${act.record.provenance.rule})${dateReason(when, inherited)}`,
    });
    if (!record) continue;
    if (stance === 'threat' && !intent) {
      // what a threat threatens has not happened, and may not
      act.record.modality = 'hypothetical';
      act.record.provenance.reason += `; hypothetical: threatened by "${verbText}"`;
    }
    stances.push({ record, verb });
    ctx.trace?.(`stance ${stance} at "${verbText}" → ${cameo} ${record.source.code} → ${record.target.code}`);
  }
  const verbs = new Set(stances.map((x) => x.verb));
  // "warned that it would strike" is the threat, not a pessimistic remark (012); a denial
  // aimed at an earlier speaker's report gives way to the denial of the act itself
  const replaced = (a: FiredAct) => verbs.has(a.trigger) && /^01/.test(a.record.cameo);
  return [...fired.filter((a) => !replaced(a)).map((a) => a.record), ...stances.map((x) => x.record)];
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

/** Whether the act is one the stance is about: an announced act of force, an act owned up to, an act denied. */
function fits(ctx: SentenceContext, stance: Stance, act: FiredAct, verb: number): boolean {
  const { cameo, modality } = act.record;
  if (cameo.startsWith('01') || cameo.startsWith(STANCE_CODE[stance].slice(0, 2))) return false;
  if (stance === 'admission') return modality === 'asserted';
  if (stance === 'denial') return modality === 'negated';
  if (!FORCE.test(cameo) || (modality !== 'planned' && modality !== 'hypothetical')) return false;
  for (let k = verb + 1; k < act.trigger; k++) if (FUTURE.has(ctx.keys[k]!)) return true;
  return false;
}

/** Aid and de-escalation, whose announcement by the one who would give them is an intent (033x, 0356). */
const INTENT_OF: readonly [RegExp, string][] = [[/^070/, '033'], [/^071/, '0331'], [/^072/, '0332'], [/^073/, '0333'], [/^074/, '0334'], [/^087/, '0356']];
/** Words that make a statement a promise: "said it would send troops", "stands ready to". */
const PROMISE = new Set(['will', 'would', "'ll", 'shall', 'going', 'ready', 'prepared']);
/** Nouns naming a claim someone else made: "denied reports that it had …". */
const CLAIMS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors']);

/**
 * "Somalia's militants said they would send fighters to help …", "Moscow declared its troops
 * would start pulling out": the speaker's announcement of aid or de-escalation of its own is
 * an expression of intent (03x) beside the planned act; null when the act is no such one.
 */
function announcedIntent(ctx: SentenceContext, act: FiredAct, verb: number, others: readonly FiredAct[]): string | null {
  const { cameo, modality } = act.record;
  if (modality !== 'planned' && modality !== 'hypothetical') return null;
  const code = INTENT_OF.find(([re]) => re.test(cameo))?.[1];
  if (!code) return null;
  // "said it would stop funding projects in …": an act between governs this one
  if (others.some((a) => a !== act && a.trigger > verb && a.trigger < act.trigger)) return null;
  for (let k = verb + 1; k < act.trigger; k++) if (PROMISE.has(ctx.keys[k]!)) return code;
  return null;
}

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
