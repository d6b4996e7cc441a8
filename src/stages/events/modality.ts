import type { Modality, Token } from '../../core/types.js';
import type { ModalityCue } from '../../lexicon/modality-cues.js';
import { posTags } from '../../lexicon/english.js';
import { BACKGROUND_WORDS, RELATING } from './dates.js';
import { isLightVerb } from './grammar.js';

const HARD_BREAKS = new Set([';', ':', '.', '!', '?', '—']);
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
const MODALS = new Set(['will', 'would', 'shall', 'could', 'may', 'might', 'should', 'can', 'must', 'not', "n't", 'never', 'to', 'plan to', 'plans to']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
const FUTURE_MODALS = new Set(['will', 'would', "'ll", 'shall']);
const NONE: ReadonlySet<number> = new Set();
const PRESENT_FORMS = new Set(['will', 'would', 'shall', "'ll", 'is', 'are', 'am', 'can', 'could', 'may', 'might', 'must', 'should', 'does', 'do']);
const RANK: Record<Modality, number> = { asserted: 0, planned: 1, negated: 2, hypothetical: 3 };

/** A cue's words from token i, allowing adverbs inside it ("are reportedly planning") and a time
 *  expression ("agreed on Monday to give"). */
function matchesCue(cue: readonly string[], keys: readonly string[], i: number, timeTokens: ReadonlySet<number>): boolean {
  let j = i;
  for (let k = 0; k < cue.length; k++) {
    if (k > 0) while (j < keys.length && keys[j] !== cue[k] && ((/ly$/.test(keys[j]!) && j - i < cue.length + 2) || timeTokens.has(j))) j++;
    if (keys[j] !== cue[k]) return false;
    j++;
  }
  return true;
}

export interface ModalityFinding {
  modality: Modality;
  cue: string | null;
  /** The cue is another's wish or warning about the act ("warned Japan against", "accused Moscow of"), not its doer's. */
  imposed?: boolean;
}

/** Cues by their first word, built once per cue list. */
const byFirstWord = new WeakMap<readonly ModalityCue[], Map<string, ModalityCue[]>>();

function cuesStartingWith(cues: readonly ModalityCue[], word: string): readonly ModalityCue[] {
  let index = byFirstWord.get(cues);
  if (!index) {
    index = new Map();
    for (const c of cues) {
      const list = index.get(c.tokens[0]!) ?? [];
      list.push(c);
      index.set(c.tokens[0]!, list);
    }
    byFirstWord.set(cues, index);
  }
  return index.get(word) ?? [];
}

/** Which cues a search at each position takes: before the trigger all but those after it; before the subject only `object` cues. */
const ACCEPTS: Record<ModalityCue['scope'], readonly ModalityCue['scope'][]> = { before: ['before', 'around', 'object'], around: ['around'], object: ['object'] };

function cueAt(cues: readonly ModalityCue[], keys: readonly string[], i: number, scope: ModalityCue['scope'], timeTokens: ReadonlySet<number> = NONE): ModalityCue | null {
  let best: ModalityCue | null = null;
  for (const c of cuesStartingWith(cues, keys[i] ?? '')) {
    if (!ACCEPTS[scope].includes(c.scope)) continue;
    if (matchesCue(c.tokens, keys, i, timeTokens) && (!best || RANK[c.modality] > RANK[best.modality])) best = c;
  }
  return best;
}

/**
 * The status of an act from cue words near its trigger: before it in its clause (up to
 * eight words back, not past the subject), or, for `around` cues, just after the pattern.
 * The strongest cue wins: hypothetical over negated over planned. `from0` is where the
 * clause begins, for conditions that stand before the subject.
 */
export function modalityOf(tokens: readonly Token[], keys: readonly string[], cues: readonly ModalityCue[], from: number, trigger: number, last: number, to: number, from0 = from, timeTokens: ReadonlySet<number> = NONE): ModalityFinding {
  let found: ModalityFinding = { modality: 'asserted', cue: null };
  const pastClause = pastClauseOf(tokens, keys, from0, trigger);
  // a cue before "after"/"since"/"because" is the main clause's: an act done in that clause
  // is not planned, negated or urged by it ("agreed to a truce after talks mediated by Egypt")
  // "agreed to a truce brokered by Qatar": a participle describing a noun tells what was done;
  // the cues before it are the main verb's
  const reducedPassive = reducedPassiveAt(tokens, trigger);
  const consider = (c: ModalityCue | null, at = trigger) => {
    if (c && reducedPassive && at < trigger && c.modality !== 'hypothetical') return;
    if (c && pastClause && at < pastClause.at && (pastClause.past || posTags(c.tokens[0]!).includes('VBD'))) return;
    if (c && RANK[c.modality] > RANK[found.modality]) found = c.scope === 'object' || c.text === 'against' ? { modality: c.modality, cue: c.text, imposed: true } : { modality: c.modality, cue: c.text };
  };
  let crossedAnd = false;
  // "refused to condemn Russia's invasion": an owned act is the object's, presupposed; the cues
  // before its owner are the verb's ("launched its offensive" is the light verb's own act)
  const owner = ownerBefore(tokens, keys, cues, trigger, from);
  if (owner >= 0) from = owner;
  // "have agreed to work towards … by holding joint drills": a cue ending in "to" governs its clause
  // (the clause ends at a comma nearer than that too: "… pledged to fight hunger, at a summit hosted by")
  let clauseStart = from;
  for (let k = trigger - 1; k >= from; k--) {
    if (HARD_BREAKS.has(tokens[k]!.text) || tokens[k]!.text === ',') {
      clauseStart = k + 1;
      break;
    }
  }
  // "vowed to take measures … and accused Washington": a past verb after "and" is its own predicate
  const ownPredicate = keys[trigger - 1] === 'and' && /ed$/.test(keys[trigger]!) && posTags(keys[trigger]!).includes('VBD');
  for (let k = trigger - 9; !ownPredicate && k >= Math.max(clauseStart, trigger - 25); k--) {
    const c = cueAt(cues, keys, k, 'before', timeTokens);
    if (c && c.tokens.length > 1 && c.tokens[c.tokens.length - 1] === 'to' && c.modality === 'planned') consider(c, k);
  }
  for (let k = trigger - 1; k >= Math.max(from, trigger - 8); k--) {
    if (HARD_BREAKS.has(tokens[k]!.text) || tokens[k]!.text === ',') break;
    if (CLAUSE_JOINS.has(keys[k]!)) {
      if (keys[k] !== 'and') break;
      crossedAnd = true; // "will meet and sign": a modal reaches across "and"; "called for … and urged" does not
      continue;
    }
    const c = cueAt(cues, keys, k, 'before', timeTokens);
    // "warned it would take countermeasures and suspended the accord": a past verb after "and"
    // is no modal's ("will be signed and ratified" is: its participles share the modal's "be")
    const modalReaches = !ownPredicate || /^(be|have)$/.test(keys[k + 1] ?? '');
    if (c && (!crossedAnd || (MODALS.has(c.text.toLowerCase()) && modalReaches))) consider(c, k);
  }
  // "accused Moscow of shelling", "warned Washington against arming": the cue verb's object is the act's subject
  for (let k = from - 1; k >= Math.max(from0, trigger - 14); k--) {
    if (HARD_BREAKS.has(tokens[k]!.text) || tokens[k]!.text === ',') break;
    consider(cueAt(cues, keys, k, 'object', timeTokens), k);
  }
  // "warned Japan against deepening ties", "voted against extending the mission": an act warned
  // or voted against has not happened
  if (keys[trigger - 1] === 'against' && /^[a-z]{3,}ing$/.test(keys[trigger]!)) consider({ tokens: ['against'], modality: 'hypothetical', scope: 'before', text: 'against' });
  // a sentence that opens with a condition: "If the talks fail, Israel will launch an offensive"
  if (CONDITIONS.has(keys[from0]!) && keys[from0] !== 'whether') consider({ tokens: [keys[from0]!], modality: 'hypothetical', scope: 'before', text: keys[from0]! });
  // a condition anywhere before the trigger in its clause: "If Iran attacks Israel"
  for (let k = trigger - 1; k >= from0; k--) {
    if (HARD_BREAKS.has(tokens[k]!.text) || tokens[k]!.text === ',') break;
    if (CONDITIONS.has(keys[k]!)) consider({ tokens: [keys[k]!], modality: 'hypothetical', scope: 'before', text: keys[k]! });
  }
  let commas = 0;
  for (let k = last; k < Math.min(to, last + 6); k++) {
    if (HARD_BREAKS.has(tokens[k]!.text)) break;
    if (tokens[k]!.text === ',' && ++commas > 1) break;
    // "spoke out against Israel's planned offensive": a cue after a possessive describes what is owned, not the act
    if (keys[k - 1] === "'s") continue;
    // "visited Beijing ahead of next month's summit": the time after such a preposition is another event's
    if (RELATING.has(keys[k - 1]!) || (keys[k - 1] === 'of' && keys[k - 2] === 'ahead')) continue;
    consider(cueAt(cues, keys, k, 'around'));
  }
  // a future act with its condition after it: "Israel will launch an offensive if the talks fail"
  if (found.modality === 'planned' && FUTURE_MODALS.has(found.cue?.toLowerCase() ?? '')) {
    for (let k = last; k < to; k++) {
      if (HARD_BREAKS.has(tokens[k]!.text)) break;
      if (keys[k] === 'if' || keys[k] === 'unless') {
        found = { modality: 'hypothetical', cue: `${found.cue} … ${keys[k]}` };
        break;
      }
    }
  }
  return found;
}

const POSSESSIVES = new Set(["'s", 'its', 'their', 'his', 'her']);

/**
 * Where the owner of a noun trigger begins ("Russia's invasion", "its offensive"), when the
 * word before the owner is neither a light verb nor the end of a status cue; else -1.
 */
function ownerBefore(tokens: readonly Token[], keys: readonly string[], cues: readonly ModalityCue[], trigger: number, from: number): number {
  const tags = posTags(keys[trigger]!);
  if (!tags.some((t) => t.startsWith('NN')) || tags.some((t) => t === 'VBD' || t === 'VBN')) return -1;
  for (let p = trigger - 1; p >= Math.max(from, trigger - 4); p--) {
    if (HARD_BREAKS.has(tokens[p]!.text) || tokens[p]!.text === ',') return -1;
    if (!POSSESSIVES.has(keys[p]!)) continue;
    let start = p;
    if (keys[p] === "'s") while (start - 1 >= from && (tokens[start - 1]!.upper || keys[start - 1] === 'the')) start--;
    if (start === p && keys[p] === "'s") return -1;
    const governor = keys[start - 1] ?? '';
    // a cue that takes the act as its object keeps it: "called off his visit", "cancelled its drills"
    const cueVerb = cues.some((c) => c.scope !== 'object' && c.tokens[c.tokens.length - 1] === governor);
    return start > from && !isLightVerb(governor) && !cueVerb ? start : -1;
  }
  return -1;
}

/** The trigger is a past participle right after a noun and right before "by": "a truce brokered by Qatar". */
function reducedPassiveAt(tokens: readonly Token[], trigger: number): boolean {
  const t = tokens[trigger]!;
  const before = tokens[trigger - 1];
  if (tokens[trigger + 1]?.lower !== 'by' || !/ed$|^(led|held|made|brought|sought|won)$/.test(t.lower)) return false;
  return !!before && before.kind === 'word' && !/^(was|were|is|are|be|been|being|has|have|had|not|never|and|who|which|that)$/.test(before.lower);
}

/**
 * The nearest "after", "since", "because" or "following" before the trigger in its clause,
 * and whether the words from it to the trigger are in the past ("after talks mediated by
 * China", "since Russia invaded"): `past` is false for a clause in the present or future
 * ("after Hamas releases the hostages") and for one with no verb ("after talks in Doha").
 */
function pastClauseOf(tokens: readonly Token[], keys: readonly string[], from: number, trigger: number): { at: number; past: boolean } | null {
  for (let k = trigger - 1; k >= Math.max(from, trigger - 12); k--) {
    if (HARD_BREAKS.has(tokens[k]!.text)) return null;
    if (!BACKGROUND_WORDS.has(keys[k]!)) continue;
    let past = false;
    for (let j = k + 1; j <= trigger; j++) {
      const w = tokens[j]!;
      if (PRESENT_FORMS.has(w.lower) || (!w.upper && posTags(w.lower).includes('VBZ') && !posTags(w.lower).some((t) => t.startsWith('NN')))) return { at: k, past: false };
      if (w.lower === 'had' || w.lower === 'was' || w.lower === 'were' || (!w.upper && j > k + 1 && posTags(w.lower).some((t) => t === 'VBD' || t === 'VBN'))) past = true;
    }
    return { at: k, past };
  }
  return null;
}
