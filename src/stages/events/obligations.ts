import type { EventRecord } from '../../core/types.js';
import { actorKey } from '../actors/actor-code.js';
import { findSubject, trailingSpeaker } from './arguments.js';
import type { SentenceContext } from './code.js';
import { sayingVerbBefore, type FiredAct } from './stances.js';
import { actDate, dateReason, eventRecord } from './record.js';

/** Acts whose being owed is no appeal: force, coercion, protest, demands themselves. */
const NOT_APPEALED = /^(1[0-9]|20)/;
/** How far before the act's doer the speaker's verb may stand. */
const REACH = 12;

/**
 * "Erdogan said NATO allies needed to stand by Turkey", "Blinken said Israel must allow more
 * aid into Gaza": a speaker saying what another actor must or should do appeals to it (02x)
 * or, with "must", demands it (10x), the subcode mirroring what the act would be as an intent
 * (032 → 022 / 102). The act itself is hypothetical already, by its modal cue.
 */
export function obligationAppeals(ctx: SentenceContext, fired: readonly FiredAct[]): EventRecord[] {
  const out: EventRecord[] = [];
  const seen = new Set<string>();
  for (const act of fired) {
    if (act.record.modality !== 'hypothetical' || NOT_APPEALED.test(act.record.cameo)) continue;
    const strength = obligationBefore(ctx, act);
    if (!strength) continue;
    const verb = sayingVerbBefore(ctx, act.source.firstToken, REACH);
    // "Israel must halt its offensive, the UN secretary-general said"
    const speaker = verb >= 0 ? findSubject(ctx.tokens, ctx.phrases, ctx.sentence, verb, null, true) : trailingSpeaker(ctx.tokens, ctx.phrases, ctx.sentence, act.trigger);
    if (!speaker || actorKey(speaker.actor) === actorKey(act.source.actor)) continue;
    const said = verb >= 0 ? verb : speaker.firstToken;
    const intent = ctx.lexicon.intentOf(act.record.cameo);
    const cameo = (strength === 'demand' ? '10' : '02') + (intent ? intent.slice(2) : '0');
    const key = `${actorKey(speaker.actor)}>${actorKey(act.source.actor)}:${cameo}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { when, inherited } = actDate(ctx, said, 'asserted');
    const record = eventRecord(ctx, {
      cameo,
      source: speaker,
      target: act.source,
      modality: 'asserted',
      when,
      inherited,
      confidence: act.record.confidence - 0.1,
      rule: `obligation.${strength}`,
      reason: `"${ctx.tokens[said]!.text}" that the other must or should act: ${act.record.cameo} (${act.record.provenance.rule})${dateReason(when, inherited)}`,
    });
    if (record) out.push(record);
    ctx.trace?.(`obligation ${strength} at "${ctx.tokens[said]!.text}" → ${cameo} ${speaker.actor.code} → ${act.source.actor.code}`);
  }
  return out;
}

/** A modal of obligation between the act's doer and its trigger: "must", "should", "need(s) to", "has to", "ought to". */
function obligationBefore(ctx: SentenceContext, act: FiredAct): 'demand' | 'appeal' | null {
  const { keys } = ctx;
  if (act.source.lastToken > act.trigger) return null;
  for (let k = act.trigger - 1; k >= act.source.lastToken && k >= act.trigger - 5; k--) {
    const w = keys[k]!;
    if (w === 'must') return 'demand';
    if (w === 'should' || (w === 'ought' && keys[k + 1] === 'to')) return 'appeal';
    if (/^(need|needs|needed|has|have|had)$/.test(w) && keys[k + 1] === 'to') return w.startsWith('ha') ? 'demand' : 'appeal';
    if (/^[,;:]$/.test(w)) return null;
  }
  return null;
}
