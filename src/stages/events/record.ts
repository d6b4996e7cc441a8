import type { ActorPhrase, EventRecord, Modality, Token } from '../../core/types.js';
import { quadClass } from '../../ontology/cameo.js';
import { actorKey } from '../actors/actor-code.js';
import type { SentenceContext } from './code.js';
import { backgroundClauseAt, dateOf, type EventDate } from './dates.js';

/**
 * When an act happened: the nearest time expression, or — for an act reported as done in
 * the simple past — the time the narrative last named. An act dated after publication is
 * planned.
 */
/** Acts told in an "after"/"since"/"because" clause: they keep no date from the article's opening either. */
export const backgroundActs = new WeakSet<EventRecord>();

export function actDate(ctx: SentenceContext, trigger: number, modality: Modality): { when: EventDate; inherited: boolean; modality: Modality; background: boolean } {
  // a pluperfect ("had shot down") reports an act before the time its sentence names
  const auxiliary = auxiliaryBefore(ctx.tokens, trigger);
  // an act told in an "after"/"since"/"because" clause came before the report's time
  const background = backgroundClauseAt(ctx.tokens, trigger) >= 0;
  if (auxiliary === 'had' && modality === 'asserted') return { when: beforeTimeNamed(ctx, trigger), inherited: true, modality, background };
  let when = auxiliary === 'had' ? { date: null, precision: null, timex: null } : dateOf(ctx.tokens, ctx.timexes, trigger, modality === 'planned', ctx.anchor);
  if (modality === 'asserted' && when.timex?.future) modality = 'planned';
  // a perfect ("has signed", "had sent") reports an earlier act, not the narrative's
  const perfect = /^(has|have|had|'s|'ve)$/.test(auxiliary ?? '');
  if (!when.timex && modality === 'asserted' && !perfect && !background && ctx.narrativeTime && !ctx.narrativeTime.future) {
    // a report goes on in the time it last named: "On Sunday, X met Y. During the meeting, …"
    when = { date: ctx.narrativeTime.value, precision: ctx.narrativeTime.precision, timex: ctx.narrativeTime };
    return { when, inherited: true, modality, background };
  }
  return { when, inherited: false, modality, background };
}

/**
 * A pluperfect act happened before the time its sentence or narrative names, most often in
 * the same month: "On Saturday, Iran admitted it had shot down the jet" dates it to the
 * month, never to Saturday.
 */
function beforeTimeNamed(ctx: SentenceContext, trigger: number): EventDate {
  const stated = dateOf(ctx.tokens, ctx.timexes, trigger, false, ctx.anchor).timex;
  const ref = stated ?? (ctx.narrativeTime && !ctx.narrativeTime.future ? ctx.narrativeTime : null);
  if (!ref) return { date: null, precision: null, timex: null };
  if (ref.precision !== 'day') return { date: ref.value, precision: ref.precision, timex: ref };
  return { date: ref.value.slice(0, 7), precision: 'month', timex: ref };
}

export function dateReason(when: EventDate, inherited: boolean): string {
  return when.timex ? `; date from "${when.timex.text}"${inherited ? ' in an earlier sentence' : ''}` : '';
}

interface EventParts {
  cameo: string;
  source: ActorPhrase;
  target: ActorPhrase;
  modality: Modality;
  when: EventDate;
  inherited: boolean;
  confidence: number;
  rule: string;
  reason: string;
}

/** The record of one act, or null when its two sides are the same actor or have no key. */
export function eventRecord(ctx: SentenceContext, p: EventParts): EventRecord | null {
  const a = actorKey(p.source.actor);
  const b = actorKey(p.target.actor);
  if (!a || !b || a === b) return null;
  const code = ctx.lexicon.ontology.get(p.cameo)!;
  const s = ctx.sentence;
  return {
    source: withDefaultRole(p.source, p.cameo),
    target: p.target.actor,
    cameo: p.cameo,
    label: code.name,
    plover: ctx.lexicon.ontology.ploverOf(p.cameo),
    quad: quadClass(p.cameo),
    goldstein: code.goldstein,
    modality: p.modality,
    date: p.when.date,
    date_precision: p.when.precision,
    date_basis: p.when.date ? (p.inherited ? 'context' : 'stated') : null,
    evidence: { text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end },
    more_evidence: [],
    confidence: Math.max(0.05, Math.min(0.99, Math.round(p.confidence * 100) / 100)),
    provenance: { stage: 'events', rule: p.rule, reason: p.reason },
  };
}

/** Acts of force are done by a state's military; protests by its people; other acts by its government. */
const MILITARY_ACTS = /^(15|18|19|20)/;

/**
 * A state named without a role ("North Korea fired artillery", "Germany banned the
 * airline") acts through its armed forces for acts of force and through its government
 * otherwise; people, groups and organisations keep what the knowledge base says.
 */
function withDefaultRole(ph: ActorPhrase, cameo: string): ActorPhrase['actor'] {
  const a = ph.actor;
  if (a.role || !a.country || a.name && ph.parts.some((m) => m.kind === 'person' || m.kind === 'group' || m.kind === 'org')) return a;
  if (!ph.parts.every((m) => m.kind === 'country' || m.kind === 'capital' || m.kind === 'demonym')) return a;
  // crowds protest; states' armed forces fight; governments do the rest
  const plural = ph.parts.length === 1 && ph.parts[0]!.kind === 'demonym' && /s$/.test(ph.parts[0]!.text);
  const role = cameo.startsWith('14') || plural ? 'CVL' : MILITARY_ACTS.test(cameo) ? 'MIL' : 'GOV';
  return { ...a, role, code: `${a.country}${role}` };
}

/** The auxiliary before a verb, past adverbs and quotation marks: had "unintentionally" shot. */
function auxiliaryBefore(tokens: readonly Token[], trigger: number): string | null {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 5); k--) {
    const w = tokens[k]!.lower;
    if (/^(has|have|had|'s|'ve|was|were|is|are|will|would)$/.test(w)) return w;
    if (w === 'and') return sharedPluperfect(tokens, k);
    if (!(/ly$/.test(w) || /^["“”'‘’]$/.test(w) || /^(not|never|already|also|just|since|been|reportedly|then|again)$/.test(w))) return null;
  }
  return null;
}

/** "had sent troops to the border and severed ties": the second verb shares the first one's "had". */
function sharedPluperfect(tokens: readonly Token[], and: number): string | null {
  for (let k = and - 1; k >= Math.max(0, and - 8); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return null;
    if (t.lower === 'had') return /(ed|en|t|n)$/.test(tokens[k + 1]?.lower ?? '') ? 'had' : null;
  }
  return null;
}

