import type { ActorPhrase, Token } from '../../core/types.js';
import { mayBeParticiple, onlyVerb, posTags } from '../../lexicon/english.js';
import type { EventPattern, PatternElement } from '../../lexicon/patterns.js';
import { DOUBLE_QUOTES } from './arguments.js';
import { canBeFiniteVerb, EXAMPLE_GROUPS } from './grammar.js';
import { PatternWords } from './pattern-words.js';

/** A pattern matched in a sentence, with the actor phrases its slots took. */
export interface PatternMatch {
  pattern: EventPattern;
  first: number;
  /** Exclusive. */
  last: number;
  trigger: number;
  source: ActorPhrase | null;
  target: ActorPhrase | null;
  /** An actor a gap passed over that no slot took ("the lifting of US sanctions on Iran"). */
  passed?: ActorPhrase;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', '"', '“', '”']);
/** Words a slot may skip before its actor: "visit to the Russian capital", "sanctions on Iranian oil". */
const SLOT_SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'both', 'all',
  'several', 'some', 'new', 'former', 'top', 'senior', 'fellow', 'neighbouring', 'neighboring', 'rival', 'allied', 'two', 'three']);

const SLOT_MEMBERS = new Set(['members', 'leaders', 'officials', 'representatives', 'forces', 'troops', 'parts', 'some', 'most', 'many', 'several', 'all']);

/** Patterns indexed by the forms of their words, for a fast scan. */
export class PatternIndex {
  private readonly words: PatternWords;
  /** Per pattern (by position in the list), the element number of its first word. */
  private readonly firstWords: readonly number[];

  constructor(readonly patterns: readonly EventPattern[]) {
    this.words = new PatternWords(patterns);
    this.firstWords = patterns.map((p) => p.elements.findIndex((e) => e.type === 'word'));
  }

  /** Every match in tokens [from, to). */
  /** `timeTokens`: tokens of time expressions, which a gap passes without counting them ("agreed on Saturday to a ceasefire"). */
  matchAll(tokens: readonly Token[], keys: readonly string[], from: number, to: number, phrases: readonly ActorPhrase[], timeTokens: ReadonlySet<number> = NO_TOKENS): PatternMatch[] {
    const startsAt = new Map<number, ActorPhrase>();
    const endsAt = new Map<number, ActorPhrase>();
    for (const ph of phrases) {
      if (!startsAt.has(ph.firstToken)) startsAt.set(ph.firstToken, ph);
      endsAt.set(ph.lastToken, ph);
    }
    const ctx: Ctx = { tokens, keys, from, to, startsAt, endsAt, phrases, timeTokens };
    // a pattern whose words are not all in the sentence cannot match: checked once per sentence
    this.words.enter(tokens, keys, from, to);
    const out: PatternMatch[] = [];
    for (let i = from; i < to; i++) {
      const cands = this.words.startingAt(i);
      if (!cands) continue;
      for (const n of cands) {
        if (!this.words.allPresent(n)) continue;
        const m = matchFrom(ctx, this.patterns[n]!, this.firstWords[n]!, i);
        if (m) out.push(m);
      }
    }
    return out;
  }
}

const NO_TOKENS: ReadonlySet<number> = new Set();
/** Determiners a gap passes without counting them: articles and the possessives of a coordinated object ('withdraw its ambassador and its troops from'). */
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their']);
const APPROXIMATE = new Map([['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least'], ['up', 'to'], ['as', 'many']]);
const ABOUT = new Set(['nearly', 'almost', 'about', 'around', 'some', 'over', 'roughly', 'approximately', 'only']);
const MANY = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'tens', 'millions']);

/**
 * Past a count before a slot's actor: "abducted more than 200 Israelis", "killed at least 12
 * Palestinians", "detained dozens of Russians"; the words of the count name no one.
 */
function afterQuantity(ctx: Ctx, at: number): number {
  const key = (j: number) => ctx.tokens[j]?.lower ?? '';
  let j = at;
  if (APPROXIMATE.get(key(j)) === key(j + 1)) j += key(j) === 'as' && key(j + 2) === 'as' ? 3 : 2;
  else if (ABOUT.has(key(j)) && ctx.tokens[j + 1]?.kind === 'number') j += 1;
  if (ctx.tokens[j]?.kind === 'number') return j === at ? at : j;
  // "dozens of", "tens of thousands of"
  let k = j;
  while (MANY.has(key(k)) && key(k + 1) === 'of') k += 2;
  return k > j ? k : at;
}

/** Numbers written as words, which count people as figures do: "freed four Israeli hostages". */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'dozen', 'hundred']);

/** A figure or a number word: "five", "300". */
export function isNumber(t: Token): boolean {
  return t.kind === 'number' || NUMBER_WORDS.has(t.lower);
}

/** The words of a count, which a gap passes without counting them: "launched more than 300 drones at". */
const COUNT_WORDS = new Set(['more', 'than', 'fewer', 'least', 'nearly', 'almost', 'some', 'about', 'around', ...MANY, ...NUMBER_WORDS]);

const LABEL_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const LABEL_VERBS = new Set(['called', 'calls', 'termed', 'terms', 'dubbed', 'dubs', 'described', 'describes', 'branded', 'brands', 'saw', 'sees', 'considered', 'considers', 'regarded', 'regards']);

/**
 * The words of a label the speaker puts on the act: "condemned what it called a hybrid attack",
 * "denounced what they described as an illegal annexation". A gap passes them without counting.
 */
function isLabelWord(keys: readonly string[], j: number): boolean {
  for (let back = 0; back <= 3; back++) {
    const w = j - back;
    if (keys[w] !== 'what' || !LABEL_PRONOUNS.has(keys[w + 1] ?? '') || !LABEL_VERBS.has(keys[w + 2] ?? '')) continue;
    const end = w + 2 + (keys[w + 3] === 'as' ? 1 : 0);
    return j <= end;
  }
  return false;
}

/** Present auxiliaries the tag lexicon holds for verbs only; its past ones pass as participles, its modals as no verb only. */
const PRESENT_AUXILIARIES = new Set(['is', 'does', 'has']);

const HEDGES = new Set(['probably', 'likely', 'possibly', 'most', 'almost', 'certainly', 'clearly', 'apparently', 'allegedly', 'reportedly', 'undoubtedly', 'definitely', 'ultimately', 'directly', 'partly', 'solely', 'largely']);
const SCARE_SPAN = 3;

/** A quote mark around a few words inside a clause ('the crash was "likely" Iran's doing'): the words
 *  are the writer's distance from them, not a quotation that starts a new clause. */
function isScareQuote(ctx: Ctx, at: number): boolean {
  if (!DOUBLE_QUOTES.has(ctx.tokens[at]!.text)) return false;
  const inside = (from: number, step: number): boolean => {
    for (let j = from, n = 0; n <= SCARE_SPAN && j >= ctx.from && j < ctx.to; j += step, n++) {
      const t = ctx.tokens[j]!.text;
      if (DOUBLE_QUOTES.has(t)) return n > 0;
      // American style puts the sentence's last stop inside the quote: a "political maneuver."
      const closing = step > 0 ? DOUBLE_QUOTES.has(ctx.tokens[j + 1]?.text ?? '') : j === at - 1;
      if (CLAUSE_PUNCT.has(t) && !(closing && /^[.,]$/.test(t))) return false;
    }
    return false;
  };
  return inside(at + 1, 1) || inside(at - 1, -1);
}
/** Words of an amount: "pledged $2.5 billion in military aid" names the aid past them. */
const AMOUNT_WORDS = new Set(['$', '€', '£', '¥', 'us$', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'dollars', 'euros', 'pounds', 'yuan', 'yen', 'rubles', 'roubles', 'rupees']);
const isAmount = (t: Token, key: string) => t.kind === 'number' || AMOUNT_WORDS.has(key);

interface Ctx {
  timeTokens: ReadonlySet<number>;
  tokens: readonly Token[];
  keys: readonly string[];
  from: number;
  to: number;
  startsAt: Map<number, ActorPhrase>;
  endsAt: Map<number, ActorPhrase>;
  phrases: readonly ActorPhrase[];
}

/** Token `i` is a form of word element `e`; its key is asked only when it differs from the lower-case form (seldom). */
function wordAt(ctx: Ctx, e: Extract<PatternElement, { type: 'word' }>, i: number): boolean {
  if (i < ctx.from || i >= ctx.to) return false;
  const lower = ctx.tokens[i]!.lower;
  const key = ctx.keys[i]!;
  return e.forms.has(lower) || (key !== lower && e.forms.has(key));
}

const inPhrase = (ctx: Ctx, i: number) => ctx.phrases.some((ph) => ph.firstToken <= i && i < ph.lastToken);

/** `w0`: the element number of the pattern's first word, where token `i` matched. */
function matchFrom(ctx: Ctx, p: EventPattern, w0: number, i: number): PatternMatch | null {
  let state: MatchState = { source: null, target: null, passed: null, trigger: -1, strict: true, slotReached: false };
  // first with every slot filled (a gap may stretch to reach its actor), then without
  let end = forward(ctx, p, w0, i, state);
  // only a slot reads `strict`: a first attempt that reached none would fail again the same way
  if (end < 0 && state.slotReached) {
    state = { source: null, target: null, passed: null, trigger: -1, strict: false, slotReached: true };
    end = forward(ctx, p, w0, i, state);
  }
  if (end < 0) return null;
  let first = i;
  // elements before the first word: a slot that ends where the word begins ("Shoigu 's visit")
  for (let k = w0 - 1; k >= 0; k--) {
    const e = p.elements[k]!;
    if (e.type !== 'slot') return null;
    let at = first;
    if (ctx.tokens[at - 1]?.lower === "'s") at--;
    const ph = ctx.endsAt.get(at);
    if (!ph || ph.firstToken < ctx.from) return null;
    state[e.slot] = ph;
    first = ph.firstToken;
  }
  if (state.trigger < 0) state.trigger = i;
  const target = state.target ?? (p.hasTarget ? state.passed : null);
  const passed = state.passed && state.passed !== target ? { passed: state.passed } : {};
  return { pattern: p, first, last: end, trigger: state.trigger, source: state.source, target, ...passed };
}

/** Matches elements [k..] from token i; returns the end token or -1. Slots at the end are optional. */
interface MatchState {
  source: ActorPhrase | null;
  target: ActorPhrase | null;
  /** An actor a gap passed over ("rejected Japan's offer of talks"): the target if no slot names one. */
  passed: ActorPhrase | null;
  trigger: number;
  /** Trailing slots must be filled. */
  strict: boolean;
  /** Whether matching got as far as a slot (see `matchFrom`). */
  slotReached: boolean;
}

function forward(ctx: Ctx, p: EventPattern, k: number, i: number, state: MatchState): number {
  if (k >= p.elements.length) return i;
  const e = p.elements[k]!;
  if (e.type === 'word') {
    if (!wordAt(ctx, e, i)) {
      // "was probably behind", "is most likely responsible": a hedge after "be" is the speaker's, not the pattern's
      const prev = p.elements[k - 1];
      if (prev?.type !== 'word' || prev.text !== 'be' || !HEDGES.has(ctx.keys[i]!)) return -1;
      let j = i;
      while (j < i + 2 && HEDGES.has(ctx.keys[j]!)) j++;
      return forward(ctx, p, k, j, state);
    }
    // "2.5 billion pounds" is money, not the verb "pound"
    if (k === p.trigger && AMOUNT_WORDS.has(ctx.keys[i]!) && i > 0 && isAmount(ctx.tokens[i - 1]!, ctx.keys[i - 1]!)) return -1;
    if (k === p.trigger) state.trigger = i;
    return forward(ctx, p, k + 1, i + 1, state);
  }
  if (e.type === 'gap') {
    for (let skip = 0, counted = 0; counted <= e.max; skip++) {
      const at = i + skip;
      if (at >= ctx.to) break;
      if (skip > 0) {
        const t = ctx.tokens[at - 1]!;
        // time expressions, articles and amounts carry no content a gap should be short of
        const scare = isScareQuote(ctx, at - 1);
        const count = t.kind === 'number' || COUNT_WORDS.has(ctx.keys[at - 1]!) || (ctx.keys[at - 1] === 'of' && COUNT_WORDS.has(ctx.keys[at - 2] ?? ''));
        if (!scare && !count && !ctx.timeTokens.has(at - 1) && !ARTICLES.has(ctx.keys[at - 1]!) && !isAmount(t, ctx.keys[at - 1]!) && !isLabelWord(ctx.keys, at - 1) && ++counted > e.max) break;
        // a gap may pass over a named actor only when a slot names the other party: a later one
        // ("discussed Ukraine with Xi") or one before the gap ("called on Serbia and Kosovo to",
        // "Iran 's strike on Israel was justified"); else the actor passed would be lost as the target
        if ((CLAUSE_PUNCT.has(t.text) && !scare) || (!p.hasTarget && inPhrase(ctx, at - 1))) break;
        // "demands Russia withdraw from Ukraine": an actor and its verb are a clause of their own
        // (an auxiliary after the actor belongs to the pattern's own verb: "a charge the UAE has
        // denied"; a participle describes the actor: "the French soldiers stationed in the country to leave")
        if (ctx.endsAt.has(at - 1) && t.kind === 'word' && !t.upper && onlyVerb(t.lower) && !PRESENT_AUXILIARIES.has(t.lower) && !canBeFiniteVerb(t)) break;
      }
      const passed = ctx.phrases.find((ph) => ph.firstToken >= i && ph.lastToken <= at);
      const before = state.passed;
      if (passed && !state.passed) state.passed = passed;
      const r = forward(ctx, p, k + 1, at, state);
      if (r >= 0) return r;
      state.passed = before;
    }
    return -1;
  }
  // a slot: an actor phrase starting here, after at most two determiners or adjectives
  state.slotReached = true;
  let at = i;
  // "condemned by members of the European Union": the slot's actor is the body named after "of"
  if (SLOT_MEMBERS.has(ctx.tokens[at]?.lower ?? '') && ctx.tokens[at + 1]?.lower === 'of') at += 2;
  // "sympathy to the people of Japan": the people stand for their state
  else if (ctx.tokens[at]?.lower === 'the' && ctx.tokens[at + 1]?.lower === 'people' && ctx.tokens[at + 2]?.lower === 'of') at += 3;
  // "urged allies such as Germany to …": the slot's actor is the example named
  else if (EXAMPLE_GROUPS.has(ctx.tokens[at]?.lower ?? '') && ctx.tokens[at + 1]?.lower === 'such' && ctx.tokens[at + 2]?.lower === 'as') at += 3;
  // "rejected on Tuesday Egypt's demand": a time expression may stand between a verb and its object
  while (ctx.timeTokens.has(at) && at < ctx.to) at++;
  at = afterQuantity(ctx, at);
  for (let skip = 0; skip <= 2 && at < ctx.to; skip++) {
    let ph = ctx.startsAt.get(at);
    // "met his Greek counterpart": a possessive pronoun before the actor is a determiner
    if (ph && ph.parts.length === 0 && SLOT_SKIP.has(ctx.tokens[at]!.lower) && ctx.startsAt.has(at + 1)) ph = undefined;
    if (ph) {
      state[e.slot] = ph;
      const r = forward(ctx, p, k + 1, ph.lastToken, state);
      if (r >= 0) return r;
      state[e.slot] = null;
      break;
    }
    const t = ctx.tokens[at]!;
    // determiners, and adjectives such as "neighbouring" or "Iranian-backed"; never a preposition
    const adjective = t.kind === 'word' && !t.upper && posTags(t.lower).includes('JJ') && !posTags(t.lower).includes('IN');
    // "freed five detained Americans": a participle after a count describes the people counted
    const described = skip > 0 && isNumber(ctx.tokens[at - 1]!) && t.kind === 'word' && !t.upper && /ed$/.test(t.lower) && mayBeParticiple(t.lower);
    if (!SLOT_SKIP.has(t.lower) && !adjective && !described && !isNumber(t)) break;
    at++;
  }
  // a slot at the end that no actor fills: the match stands, the argument is found otherwise
  if (!state.strict && p.elements.slice(k + 1).every((x) => x.type === 'slot')) return i;
  return -1;
}
