import type { ActorPhrase, EventRecord, Sentence, Timex, Token } from '../../core/types.js';
import type { EventLexicon } from '../../lexicon/lexicon.js';
import { quadClass } from '../../ontology/cameo.js';
import { actorKey } from '../actors/actor-code.js';
import { dateOf } from './dates.js';
import type { PatternMatch } from './match.js';
import { modalityOf } from './modality.js';
import { findParticipants, type Participants } from './participants.js';

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  keys: readonly string[];
  sentence: Sentence;
  /** Actor phrases of this sentence, in order. */
  phrases: readonly ActorPhrase[];
  timexes: readonly Timex[];
  anchor: string | null;
  lexicon: EventLexicon;
  /** Tokens inside entity mentions: no trigger there. */
  mentionTokens: ReadonlySet<number>;
  /** The subject of the sentence before: what a reaction to "the plan" is aimed at. */
  previousSubject: ActorPhrase | null;
  sanctionTarget?: (first: number, last: number) => ActorPhrase | null;
  /** The time the report last named, in this paragraph or the sentence before. */
  narrativeTime: Timex | null;
  trace: ((message: string) => void) | null;
}

/** A pattern match with the participants found for it. */
interface Candidate {
  m: PatternMatch;
  found: Participants;
}

/**
 * Keeps, for overlapping matches, the most specific: more words, then more filled slots.
 * Between equally specific matches, one whose participants were found wins.
 * An act inside a verb of status ("cancelled a planned visit", "promised to send shells")
 * survives beside it: the status cue will mark it.
 */
function bestMatches(candidates: Candidate[], statusVerbs: ReadonlySet<string>, keys: readonly string[]): Candidate[] {
  const complete = (c: Candidate) => c.found.sources.length > 0 && c.found.targets.length > 0;
  // completeness only breaks ties between equally specific patterns: a less specific one with
  // arguments found by weaker rules must not displace the precise reading
  const score = (c: Candidate) => c.m.pattern.words * 10 + (c.m.target ? 3 : 0) + (c.m.source ? 2 : 0) + (complete(c) ? 1 : 0) + (c.m.last - c.m.first) * 0.1;
  const sorted = [...candidates].sort((a, b) => score(b) - score(a));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const m = c.m;
    const overlaps = (k: PatternMatch) => k.first < m.last && m.first < k.last;
    const hidden = kept.some(({ m: k }) => {
      if (k.trigger === m.trigger) return true;
      const sameRoot = k.pattern.cameo.slice(0, 2) === m.pattern.cameo.slice(0, 2);
      if (overlaps(k) && sameRoot) return true;
      const inside = k.first <= m.trigger && m.trigger < k.last;
      return inside && !statusVerbs.has(keys[k.trigger]!);
    });
    if (!hidden) kept.push(c);
  }
  return kept.sort((a, b) => a.m.trigger - b.m.trigger);
}

/** Codes the events of one sentence. */
export function codeSentence(ctx: SentenceContext): EventRecord[] {
  const { tokens, keys, sentence: s, phrases, lexicon } = ctx;
  const all = lexicon.patterns
    .matchAll(tokens, keys, s.firstToken, s.lastToken, phrases)
    .filter((m) => !ctx.mentionTokens.has(m.trigger)) // "Armed" in "Iranian Armed Forces" is no verb
    .filter((m) => !participleAsAdjective(tokens, m))
    .map((m) => ({ m, found: findParticipants(ctx, m) }));
  const out: EventRecord[] = [];
  for (const { m, found } of bestMatches(all, lexicon.statusVerbs, keys)) {
    const cameo = m.pattern.cameo;
    const { sources, targets, rule: argumentRule, penalty } = found;
    if (!sources.length || !targets.length) {
      ctx.trace?.(`near miss ${m.pattern.id} (${cameo}) at "${tokens[m.trigger]!.text}": no ${sources.length ? 'target' : 'source'} (${argumentRule})`);
      continue;
    }
    // the cue window starts after the subject, or before an owner right at the trigger ("called off his visit")
    const owner = sources[sources.length - 1]!.lastToken === m.first || tokens[m.first - 1]?.lower === "'s";
    const subjectEnd = !owner && sources[0]!.lastToken <= m.first ? sources[sources.length - 1]!.lastToken : s.firstToken;
    const mod = modalityOf(tokens, keys, lexicon.cues, Math.max(s.firstToken, subjectEnd), m.trigger, m.last, s.lastToken, s.firstToken);
    let modality = mod.modality;
    // an intent (03x) is itself an act done now; only its denial changes it
    if (cameo.startsWith('03') && modality !== 'negated') modality = 'asserted';
    // a pluperfect ("had shot down") reports an act before the time its sentence names
    const pluperfect = auxiliaryBefore(tokens, m.trigger) === 'had';
    let when = pluperfect ? { date: null, precision: null, timex: null } : dateOf(tokens, ctx.timexes, m.trigger, modality === 'planned', ctx.anchor);
    if (modality === 'asserted' && when.timex?.future) modality = 'planned';
    let inherited = false;
    // a perfect ("has signed", "had sent") reports an earlier act, not the narrative's
    const perfect = /^(has|have|had|'s|'ve)$/.test(auxiliaryBefore(tokens, m.trigger) ?? '');
    if (!when.timex && modality === 'asserted' && !perfect && ctx.narrativeTime && !ctx.narrativeTime.future) {
      // a report goes on in the time it last named: "On Sunday, X met Y. During the meeting, …"
      when = { date: ctx.narrativeTime.value, precision: ctx.narrativeTime.precision, timex: ctx.narrativeTime };
      inherited = true;
    }
    const code = lexicon.ontology.get(cameo)!;
    const evidence = { text: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
    let confidence = 0.6 + Math.min(m.pattern.words, 4) * 0.05 + (m.target ? 0.1 : 0) - penalty;
    if (s.headline) confidence -= 0.05;
    confidence = Math.max(0.05, Math.min(0.99, Math.round(confidence * 100) / 100));
    for (const src of sources) {
      // a news outlet reports acts; it does not do them ("Business Insider reported that …")
      if (src.actor.role === 'MED' && src.parts.some((p) => p.kind === 'group' || p.kind === 'org')) continue;
      for (const tgt of targets) {
        if (src === tgt) continue;
        const a = actorKey(src.actor);
        const b = actorKey(tgt.actor);
        if (!a || !b || a === b) continue;
        out.push({
          source: withDefaultRole(src, cameo),
          target: tgt.actor,
          cameo,
          label: code.name,
          plover: lexicon.ontology.ploverOf(cameo),
          quad: quadClass(cameo),
          goldstein: code.goldstein,
          modality,
          date: when.date,
          date_precision: when.precision,
          date_basis: when.date ? (inherited ? 'context' : 'stated') : null,
          evidence,
          more_evidence: [],
          confidence,
          provenance: {
            stage: 'events',
            rule: m.pattern.id,
            reason: `${m.pattern.reason || m.pattern.source}; actors by ${argumentRule}${mod.cue ? `; ${modality} by "${mod.cue}"` : ''}${when.timex ? `; date from "${when.timex.text}"${inherited ? ' in an earlier sentence' : ''}` : ''}`,
          },
        });
        ctx.trace?.(`fired ${m.pattern.id} (${cameo}) ${src.actor.code} → ${tgt.actor.code} ${modality} ${when.date ?? ''}`);
      }
    }
  }
  return out;
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
    if (!(/ly$/.test(w) || /^["“”'‘’]$/.test(w) || /^(not|never|already|also|just|since|been|reportedly|then|again)$/.test(w))) return null;
  }
  return null;
}

const ADJECTIVE_SLOT = new Set(['the', 'a', 'an', 'of', 'for', 'with', 'from', 'its', 'their', 'his', 'her', 'these', 'those', 'newly', 'recently', 'illegally', 'formerly']);

/**
 * A past participle after a determiner or preposition describes a noun ("of captured ISIS
 * fighters", "the occupied territories", "a banned group"): it reports no act.
 */
function participleAsAdjective(tokens: readonly Token[], m: PatternMatch): boolean {
  if (m.trigger !== m.first) return false;
  const t = tokens[m.trigger]!;
  if (!/(ed|en)$/.test(t.lower)) return false;
  const before = tokens[m.trigger - 1];
  const after = tokens[m.trigger + 1];
  return !!before && ADJECTIVE_SLOT.has(before.lower) && !!after && after.kind === 'word';
}
