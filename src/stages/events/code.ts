import type { ActorPhrase, EventRecord, Sentence, Timex, Token } from '../../core/types.js';
import { posTags } from '../../lexicon/english.js';
import type { EventLexicon } from '../../lexicon/lexicon.js';
import { controllingVerb } from './grammar.js';
import { isNumber, type PatternMatch } from './match.js';
import { modalityOf } from './modality.js';
import { obligationAppeals } from './obligations.js';
import { findParticipants, type Participants } from './participants.js';
import { actDate, backgroundActs, dateReason, eventRecord } from './record.js';
import { codeForParties } from './recode.js';
import { speakersOwnIntents, withStances, type FiredAct } from './stances.js';

/** A set of token numbers, asked only whether it holds one. */
export interface TokenSet {
  has(token: number): boolean;
}

export interface SentenceContext {
  text: string;
  tokens: readonly Token[];
  keys: readonly string[];
  sentence: Sentence;
  /** Actor phrases of this sentence, in order. */
  phrases: readonly ActorPhrase[];
  timexes: readonly Timex[];
  /** Tokens inside those time expressions, which gaps and cues pass over; filled by `codeSentence`. */
  timeTokens?: ReadonlySet<number>;
  anchor: string | null;
  lexicon: EventLexicon;
  /** Tokens inside entity mentions: no trigger there. */
  mentionTokens: TokenSet;
  /** The subject of the sentence before: what a reaction to "the plan" is aimed at. */
  previousSubject: ActorPhrase | null;
  /** Who made what a reaction noun names ("the call" → who called), from the sentences before. */
  maker?: (noun: string) => ActorPhrase | null;
  sanctionTarget?: (first: number, last: number) => ActorPhrase | null;
  /** The time the report last named, in this paragraph or the sentence before. */
  narrativeTime: Timex | null;
  trace: ((message: string) => void) | null;
}

/** Reactions to another's act: denying, endorsing, criticising, accusing, rejecting it. */
const REACTION = /^(016|05|11|12)/;
/** Acts of force, roots 18–20. */
const FORCE = /^(18|19|20)/;

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
  // a pattern whose own slots name both parties is as specific as one with a word more
  const score = (c: Candidate) => c.m.pattern.words * 10 + (c.m.target ? 3 : 0) + (c.m.source ? 2 : 0) + (c.m.source && c.m.target ? 10 : 0) + (complete(c) ? 1 : 0) + (c.m.last - c.m.first) * 0.1;
  // "urged Baku to halt the attacks and resume talks": once one reading of a verb has its object,
  // another whose gap runs on past "and" to a noun of the next verb phrase is not a reading
  // (an "and" inside a slot's name, "the Organisation for Economic Co-operation and Development", joins nothing)
  const inSlot = (m: PatternMatch, k: number) => [m.source, m.target].some((ph) => !!ph && ph.firstToken <= k && k < ph.lastToken);
  const andBetween = (m: PatternMatch, from: number) => {
    for (let k = from; k < m.last; k++) if (keys[k] === 'and' && !inSlot(m, k)) return true;
    return false;
  };
  // (only a gap crosses it: "between SOURCE and TARGET" names its own "and")
  const gapPastAnd = (m: PatternMatch) => m.pattern.elements.some((e) => e.type === 'gap') && !m.pattern.elements.some((e) => e.type === 'word' && e.forms.has('and'));
  const coordinatedPast = (c: Candidate) => gapPastAnd(c.m) && candidates.some(({ m: a }) => a !== c.m && a.trigger === c.m.trigger && a.last < c.m.last && andBetween(c.m, a.last));
  const sorted = candidates.filter((c) => !coordinatedPast(c)).sort((a, b) => score(b) - score(a));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const m = c.m;
    const overlaps = (k: PatternMatch) => k.first < m.last && m.first < k.last;
    const hidden = kept.some(({ m: k }) => {
      if (k.trigger === m.trigger) return true;
      const sameRoot = k.pattern.cameo.slice(0, 2) === m.pattern.cameo.slice(0, 2);
      if (overlaps(k) && sameRoot) return true;
      const inside = k.first <= m.trigger && m.trigger < k.last;
      // a reaction to an act of force names that act as done ("condemned the Israeli strikes
      // on Gaza", "said Iran's strike on Israel was justified"): the act is coded beside it
      const reactedForce = REACTION.test(k.pattern.cameo) && FORCE.test(m.pattern.cameo);
      return inside && !reactedForce && !statusVerbs.has(keys[k.trigger]!);
    });
    if (!hidden) kept.push(c);
  }
  return kept.sort((a, b) => a.m.trigger - b.m.trigger);
}

/** Codes the events of one sentence. */
export function codeSentence(input: SentenceContext): EventRecord[] {
  const { tokens, sentence: s } = input;
  const timeTokens = new Set<number>();
  for (const t of input.timexes) {
    for (let k = s.firstToken; k < s.lastToken; k++) if (tokens[k]!.start >= t.start && tokens[k]!.end <= t.end) timeTokens.add(k);
  }
  // each field named rather than `{ ...input, timeTokens }`: V8 copies a spread object of this
  // size slowly, and this runs once per sentence
  const ctx: SentenceContext = {
    text: input.text,
    tokens,
    keys: input.keys,
    sentence: s,
    phrases: input.phrases,
    timexes: input.timexes,
    timeTokens,
    anchor: input.anchor,
    lexicon: input.lexicon,
    mentionTokens: input.mentionTokens,
    previousSubject: input.previousSubject,
    maker: input.maker,
    sanctionTarget: input.sanctionTarget,
    narrativeTime: input.narrativeTime,
    trace: input.trace,
  };
  const { keys, phrases, lexicon } = ctx;
  const all = lexicon.patterns
    .matchAll(tokens, keys, s.firstToken, s.lastToken, phrases, timeTokens)
    .filter((m) => !ctx.mentionTokens.has(m.trigger)) // "Armed" in "Iranian Armed Forces" is no verb
    .filter((m) => !participleAsAdjective(tokens, m, phrases))
    // "attack helicopters", "battle tanks", "strike drones": a word of force naming arms is no act
    .filter((m) => !(/^(1[5-9]|20)/.test(m.pattern.cameo) && lexicon.weaponNouns.has(keys[m.trigger + 1] ?? '') && nounOfForce(tokens[m.trigger]!)))
    .map((m) => ({ m, found: findParticipants(ctx, m) }));
  const fired: FiredAct[] = [];
  for (const { m, found } of bestMatches(all, lexicon.statusVerbs, keys)) {
    const cameo = m.pattern.cameo;
    const { sources, targets, rule: argumentRule, penalty } = found;
    if (!sources.length || !targets.length) {
      ctx.trace?.(`near miss ${m.pattern.id} (${cameo}) at "${tokens[m.trigger]!.text}": no ${sources.length ? 'target' : 'source'} (${argumentRule})`);
      continue;
    }
    // the cue window starts after the subject, or before an owner right at the trigger ("called off his visit")
    const owner = sources[sources.length - 1]!.lastToken === m.first || tokens[m.first - 1]?.lower === "'s";
    // a source slot inside the pattern before its trigger ("a plan that Kyiv rejected") starts the window too
    const slotSource = m.source && m.source.lastToken <= m.trigger ? m.source.lastToken : -1;
    const subjectEnd = slotSource >= 0 ? slotSource : !owner && sources[0]!.lastToken <= m.first ? sources[sources.length - 1]!.lastToken : s.firstToken;
    // "said Israel was likely behind the attack": words inside a pattern that opens with its target
    // are the content of what is claimed; the claim itself takes its status from before the target
    const claimed = !m.pattern.hasSource && m.target && m.target.lastToken <= m.trigger && m.pattern.elements.findIndex((e) => e.type === 'slot' && e.slot === 'target') < m.pattern.trigger;
    const cueTrigger = claimed ? Math.min(m.target!.firstToken, m.first) : m.trigger;
    const mod = modalityOf(tokens, keys, lexicon.cues, Math.max(s.firstToken, subjectEnd), cueTrigger, m.last, s.lastToken, s.firstToken, timeTokens);
    let modality = mod.modality;
    // an act someone was urged or asked to do has not happened
    const controller = controllingVerb(tokens, sources[0]!, m.trigger, s);
    if (controller >= 0 && (modality === 'asserted' || modality === 'planned')) {
      modality = 'hypothetical';
      mod.cue = tokens[controller]!.text;
      mod.imposed = true;
    }
    // a headline's "to" right after its subject is the future: "Zelensky to visit Washington"
    // (the subjects, some of which a symmetric act may have made targets)
    const afterSubject = Math.max(...[...sources, ...targets].map((x) => x.lastToken).filter((k) => k <= m.first));
    if (s.headline && modality === 'asserted' && tokens[afterSubject]?.lower === 'to' && afterSubject < m.trigger && m.trigger - afterSubject <= 5) {
      modality = 'planned';
      mod.cue = 'to';
    }
    // an intent (03x) is itself an act done now; only its denial, or another's warning against it, changes it
    if (cameo.startsWith('03') && modality !== 'negated' && !mod.imposed) modality = 'asserted';
    const dated = actDate(ctx, m.trigger, modality);
    modality = dated.modality;
    const { when, inherited } = dated;
    let confidence = 0.6 + Math.min(m.pattern.words, 4) * 0.05 + (m.target ? 0.1 : 0) - penalty;
    if (s.headline) confidence -= 0.05;
    const reason = `${m.pattern.reason || m.pattern.source}; actors by ${argumentRule}${mod.cue ? `; ${modality} by "${mod.cue}"` : ''}${dateReason(when, inherited)}`;
    for (const src of sources) {
      // a news outlet reports acts; it does not do them ("Business Insider reported that …")
      if (src.actor.role === 'MED' && src.parts.some((p) => p.kind === 'group' || p.kind === 'org')) continue;
      for (const tgt of targets) {
        if (src === tgt) continue;
        // "spoke with CNN", "met reporters from the BBC": an outlet spoken to is an interview, not a partner
        if (cameo.startsWith('04') && tgt.actor.role === 'MED' && tgt.parts.some((p) => p.kind === 'group' || p.kind === 'org')) continue;
        const recoded = codeForParties(cameo, src, tgt);
        const record = eventRecord(ctx, { cameo: recoded.cameo, source: src, target: tgt, modality, when, inherited, confidence, rule: m.pattern.id, reason: recoded.why ? `${reason}; ${recoded.why}` : reason });
        if (!record) continue;
        if (dated.background) backgroundActs.add(record);
        fired.push({ record, trigger: m.trigger, source: src, target: tgt });
        ctx.trace?.(`fired ${m.pattern.id} (${record.cameo}) ${src.actor.code} → ${tgt.actor.code} ${modality} ${when.date ?? ''}`);
      }
    }
  }
  const reported = speakersOwnIntents(ctx, fired);
  return [...withStances(ctx, reported), ...obligationAppeals(ctx, reported)];
}

const AUXILIARIES = new Set(['be', 'have', 'do', 'get']);
const ADJECTIVE_SLOT = new Set(['the', 'a', 'an', 'of', 'for', 'with', 'from', 'its', 'their', 'his', 'her', 'these', 'those', 'newly', 'recently', 'illegally', 'formerly']);

/**
 * A past participle after a determiner, preposition or count describes a noun ("of captured ISIS
 * fighters", "the occupied territories", "a banned group", "five detained Americans"): it reports no act.
 */
function participleAsAdjective(tokens: readonly Token[], m: PatternMatch, phrases: readonly ActorPhrase[]): boolean {
  if (m.trigger !== m.first) return false;
  const t = tokens[m.trigger]!;
  if (!/(ed|en)$/.test(t.lower)) return false;
  // "restore ousted President Mohamed Bazoum", "jailed opposition leader Alexei Navalny": a
  // participle right before a titled person describes that person
  // (after a verb only: "the junta ousted President Bazoum" is an act)
  const prev = tokens[m.trigger - 1];
  const afterVerb = !!prev && !prev.upper && posTags(prev.lower).some((x) => x === 'VB') && !posTags(prev.lower).some((x) => x.startsWith('NN') || x === 'MD') && !AUXILIARIES.has(prev.lower);
  if (afterVerb && phrases.some((ph) => ph.person && ph.firstToken === m.trigger + 1 && ph.parts.length > 1)) return true;
  const before = tokens[m.trigger - 1];
  const after = tokens[m.trigger + 1];
  // (a count of its own, not the end of a name: "the Group of 77 pledged")
  const count = !!before && isNumber(before) && !phrases.some((ph) => ph.firstToken <= m.trigger - 1 && ph.lastToken >= m.trigger - 1);
  return !!before && (ADJECTIVE_SLOT.has(before.lower) || count) && !!after && after.kind === 'word';
}

/** A word of force that can name a kind of arms: "attack", "strike", "battle", "fighting"; not a past verb ("struck weapons depots"). */
function nounOfForce(t: Token): boolean {
  const tags = posTags(t.lower);
  return (/ing$/.test(t.lower) || tags.some((x) => x.startsWith('NN'))) && !tags.some((x) => x === 'VBD' || x === 'VBN');
}
