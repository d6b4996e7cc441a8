import type { ActorPhrase, Sentence, Token } from '../../core/types.js';
import { canBeVerb, onlyVerb, posTags } from '../../lexicon/english.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'get', 'got', 'gets', 'getting']);
const AUX = new Set(['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'did', 'does', 'do', "n't", 'not', 'shall']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'both', 'all', 'this', 'that', 'these', 'those', 'any', 'some']);

const MEMBERS = new Set(['members', 'member', 'leaders', 'officials', 'forces', 'troops', 'representatives', 'parts', 'some', 'most', 'many', 'several', 'one', 'two', 'all', 'governments', 'states', 'countries']);

const isAdverb = (t: Token) => /ly$/.test(t.lower) || posTags(t.lower).includes('RB');

/** The trigger is a past participle after a form of "be": "is opposed", "was fiercely condemned". */
export function isPassive(tokens: readonly Token[], trigger: number, s: Sentence): boolean {
  const t = tokens[trigger]!;
  if (!posTags(t.lower).includes('VBN') && !/ed$/.test(t.lower)) return false;
  let k = trigger - 1;
  while (k >= s.firstToken && k >= trigger - 3 && isAdverb(tokens[k]!)) k--;
  return k >= s.firstToken && BE.has(tokens[k]!.lower);
}

/** Nouns of acts whose own agent follows "by" ("attacks by", "threats by"). */
const AGENT_NOUNS = new Set(['threat', 'threats', 'attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'assault', 'assaults', 'shelling', 'bombing', 'bombings',
  'incursion', 'incursions', 'provocation', 'provocations', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'demand', 'demands', 'violations']);

/** The agent of a passive: the actor after "by" (or "under" for a resolution) within the clause. */
export function byAgent(tokens: readonly Token[], phrases: readonly ActorPhrase[], from: number, s: Sentence): ActorPhrase | null {
  for (let k = from; k < Math.min(s.lastToken, from + 8); k++) {
    const t = tokens[k]!;
    if (/^[;:.!?]$/.test(t.text)) return null;
    if (t.lower !== 'by' && t.lower !== 'under') continue;
    // "closed in response to threats by al-Qaeda": that "by" names the noun's agent, not the passive's
    if (k > from && AGENT_NOUNS.has(tokens[k - 1]!.lower)) return null;
    let j = k + 1;
    while (j < s.lastToken && (DETERMINERS.has(tokens[j]!.lower) || (tokens[j]!.kind === 'word' && !tokens[j]!.upper && j - k <= 2 && isAdverb(tokens[j]!)))) j++;
    // "condemned by members of the European Union", "by leaders of both countries"
    // "hit by a barrage of Russian missiles": the quantity names no one; its "of" does
    if ((MEMBERS.has(tokens[j]?.lower ?? '') || QUANTITY_NOUNS.has(tokens[j]?.lower ?? '')) && tokens[j + 1]?.lower === 'of') {
      j += 2;
      while (j < s.lastToken && DETERMINERS.has(tokens[j]!.lower)) j++;
    }
    const ph = phrases.find((p) => p.firstToken === j);
    if (ph && (t.lower === 'by' || ph.actor.org)) return ph;
  }
  return null;
}

/** The phrase is the object of a verb ("to join NATO", "attacked Iran"), so not a later verb's subject. */
export function isVerbObject(tokens: readonly Token[], ph: ActorPhrase, s: Sentence): boolean {
  let k = ph.firstToken - 1;
  while (k >= s.firstToken && DETERMINERS.has(tokens[k]!.lower)) k--;
  if (k < s.firstToken) return false;
  const t = tokens[k]!;
  if (t.kind !== 'word' || BE.has(t.lower)) return false;
  if (onlyVerb(t.lower) && !/^(said|says|told|added|stated|announced|declared|noted|warned)$/.test(t.lower)) return true;
  // the tag lexicon lacks many past forms ("expelled", "summoned", "deported"): a lower-case
  // word it does not know that ends in -ed is one
  if (!t.upper && posTags(t.lower).length === 0 && /^[a-z]{4,}ed$/.test(t.lower)) return true;
  return canBeVerb(t.lower) && k - 1 >= s.firstToken && AUX.has(tokens[k - 1]!.lower);
}

/** The trigger word can be a noun here ("sanctions", "airstrikes", "visit"). */
export function canBeNoun(t: Token): boolean {
  return posTags(t.lower).some((x) => x.startsWith('NN'));
}

/** Verbs that make their subject the agent of the act named by their object noun ("launched an attack"). */
const LIGHT_VERBS = new Set(['launch', 'launched', 'launches', 'launching', 'begin', 'began', 'begun', 'begins', 'start', 'started', 'starts',
  'carry', 'carried', 'carries', 'conduct', 'conducted', 'conducts', 'conducting', 'stage', 'staged', 'stages', 'staging', 'mount', 'mounted',
  'order', 'ordered', 'orders', 'approve', 'approved', 'orchestrate', 'orchestrated', 'continue', 'continued', 'continues', 'wage', 'waged', 'waging',
  'pay', 'paid', 'pays', 'make', 'made', 'makes', 'making', 'hold', 'held', 'holds', 'holding', 'sign', 'signed', 'announce', 'announced', 'announces',
  'impose', 'imposed', 'imposes', 'give', 'gave', 'given', 'gives', 'provide', 'provided', 'provides', 'providing', 'offer', 'offered', 'offers',
  'send', 'sent', 'sends', 'issue', 'issued', 'issues', 'express', 'expressed', 'expresses', 'voice', 'voiced', 'deliver', 'delivered', 'resume',
  'resumed', 'intensify', 'intensified', 'step', 'stepped', 'escalate', 'escalated', 'end', 'ended', 'complete', 'completed', 'wrap', 'wrapped',
  'lead', 'led', 'leads', 'host', 'hosted', 'hosts', 'attend', 'attended', 'extend', 'extended', 'lift', 'lifted', 'threaten', 'threatened',
  'level', 'levelled', 'leveled', 'file', 'filed', 'lodge', 'lodged', 'plan', 'planned', 'plans', 'planning', 'prepare', 'prepared', 'preparing',
  'perform', 'performed', 'execute', 'executed', 'initiate', 'initiated', 'undertake', 'undertook', 'undertaken', 'accept', 'accepted', 'agree', 'agreed',
  'support', 'supported', 'backed', 'back', 'join', 'joined', 'lend', 'lent', 'grant', 'granted', 'promise', 'promised', 'pledge', 'pledged', 'renew', 'renewed',
  'speak', 'spoke', 'spoken', 'speaks', 'talk', 'talked', 'talks', 'have', 'had', 'has', 'seek', 'sought', 'request', 'requested', 'demand', 'demanded', 'call', 'called',
  // the subject's own decision about the act: "postponed their meeting", "welcomed the resumption of ties"
  'put', 'puts', 'putting', 'called', 'postpone', 'postponed', 'cancel', 'cancelled', 'canceled', 'delay', 'delayed', 'suspend', 'suspended', 'welcome', 'welcomed', 'welcomes']);

const QUANTITY_NOUNS = new Set(['round', 'rounds', 'series', 'wave', 'waves', 'spate', 'string', 'number', 'couple', 'pair', 'barrage', 'volley', 'flurry', 'campaign']);

/** A verb whose noun object is its own act ("launched its offensive"), so the noun shares the verb's status. */
export const isLightVerb = (word: string): boolean => LIGHT_VERBS.has(word);

const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'new', 'further', 'more', 'fresh', 'any', 'no']);

/**
 * The trigger is a noun that no agent governs: "speaking of an imminent incursion" names an
 * act without saying whose it is, so the sentence's subject must not be taken for its agent.
 * A light verb before it ("launched an attack") or an adjacent owner ("Iran's attack") makes
 * it governed.
 */
export function ungovernedNoun(tokens: readonly Token[], trigger: number, s: Sentence): boolean {
  const t = tokens[trigger]!;
  const tags = posTags(t.lower);
  // a word the lexicon lacks is a noun when it has a noun's ending ("incursion", "bombardment")
  const nominal = !tags.length && /(tion|sion|ment|ance|ence|ity|ure|ery|ade|age)s?$/.test(t.lower);
  if (!tags.some((x) => x.startsWith('NN')) && !nominal) return false;
  // a noun use needs a determiner or adjective right before it; "a fresh round of talks"
  let k = trigger - 1;
  if (tokens[k]?.lower === 'of' && QUANTITY_NOUNS.has(tokens[k - 1]?.lower ?? '')) k -= 2;
  while (k >= s.firstToken && k >= trigger - 3 && tokens[k]!.kind === 'word' && !tokens[k]!.upper && posTags(tokens[k]!.lower).includes('JJ') && !NOUN_DETERMINERS.has(tokens[k]!.lower)) k--;
  if (k < s.firstToken || !NOUN_DETERMINERS.has(tokens[k]!.lower)) return false;
  // "Blinken said during a visit to Nairobi", "on a trip to Asia": the journey is the clause subject's
  if (JOURNEYS.has(t.lower) && /^(during|on)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // the light verb governs this noun only right before its determiner ("carried out an attack")
  let j = k - 1;
  // stacked determiners: "held a fresh round of talks", "launched a new wave of strikes"
  while (j >= s.firstToken && j >= k - 2 && NOUN_DETERMINERS.has(tokens[j]!.lower)) j--;
  while (j >= s.firstToken && j >= k - 3 && /^(out|up|off|on|new|also|then|later|swiftly|quickly|jointly)$/.test(tokens[j]!.lower)) j--;
  return !(j >= s.firstToken && LIGHT_VERBS.has(tokens[j]!.lower));
}

const JOURNEYS = new Set(['visit', 'trip', 'tour', 'stopover', 'stop']);

/** The word can be a finite or past verb here ("closed", "attacks" after a subject). */
export function canBeFiniteVerb(t: Token): boolean {
  return posTags(t.lower).some((x) => x === 'VBD' || x === 'VBN');
}

/** Verbs that make their object the doer of the act after "to": "urged Japan to impose sanctions". */
const CONTROL_VERBS = /^(urg(e|es|ed|ing)|ask(s|ed|ing)?|press(es|ed|ing)?|encourag(e|es|ed|ing)|push(es|ed|ing)?|request(s|ed|ing)?|invit(e|es|ed|ing)|tell(s|ing)?|told|order(s|ed|ing)?|forc(e|es|ed|ing)|persuad(e|es|ed|ing)|pressur(e|es|ed|ing)|advis(e|es|ed|ing)|implor(e|es|ed|ing)|exhort(s|ed|ing)?|instruct(s|ed|ing)?|expect(s|ed|ing)?)$/;
/** Group nouns that name their members by example: "allies such as Germany". */
export const EXAMPLE_GROUPS: ReadonlySet<string> = new Set(['allies', 'partners', 'countries', 'states', 'nations', 'neighbours', 'neighbors', 'governments', 'members', 'powers']);

/**
 * The verb that makes the phrase the doer of an act named after "to" ("urged Japan to
 * impose sanctions", "called on allies such as Germany to restrict …"), or -1. The act
 * comes within three words of the "to".
 */
export function controllingVerb(tokens: readonly Token[], ph: ActorPhrase, trigger: number, s: Sentence): number {
  if (tokens[ph.lastToken]?.lower !== 'to' || trigger <= ph.lastToken) return -1;
  if (trigger > ph.lastToken + 3 && !secondInfinitive(tokens, ph.lastToken, trigger)) return -1;
  let k = ph.firstToken - 1;
  while (k >= s.firstToken && DETERMINERS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such' && EXAMPLE_GROUPS.has(tokens[k - 2]?.lower ?? '')) {
    k -= 3;
    while (k >= s.firstToken && DETERMINERS.has(tokens[k]!.lower)) k--;
  }
  if (k < s.firstToken) return -1;
  if (CONTROL_VERBS.test(tokens[k]!.lower)) return k;
  if (controlsThroughOn(tokens, k)) return k - 1;
  return -1;
}

/** "called on Iran to", "prevailed upon Serbia to", "counted on Turkey to": the "on" at k after such a verb. */
function controlsThroughOn(tokens: readonly Token[], k: number): boolean {
  return /^(on|upon)$/.test(tokens[k]?.lower ?? '') && /^(call|calls|called|calling|count|counts|counted|counting|rely|relies|relied|relying)$/.test(tokens[k - 1]?.lower ?? '');
}

/**
 * "asked the kidnappers to release the sailors": the one asked, who does the act after "to",
 * is a noun phrase that names no actor. The clause's subject only asked; the act has no known
 * doer. Returns true when such an object sits between a control verb and the act's "to".
 */
export function controlledByNonActor(tokens: readonly Token[], phrases: readonly ActorPhrase[], trigger: number, s: Sentence): boolean {
  let to = -1;
  for (let k = trigger - 1; k >= s.firstToken && k >= trigger - 3; k--) {
    if (tokens[k]!.lower === 'to') {
      to = k;
      break;
    }
  }
  if (to < 0 || !posTags(tokens[to + 1]?.lower ?? '').includes('VB')) return false;
  let k = to - 1;
  const objectEnd = k;
  while (k >= s.firstToken && k > objectEnd - 4 && tokens[k]!.kind === 'word' && !tokens[k]!.upper && !CONTROL_VERBS.test(tokens[k]!.lower) && !DETERMINERS.has(tokens[k]!.lower)) k--;
  if (k === objectEnd) return false;
  while (k >= s.firstToken && DETERMINERS.has(tokens[k]!.lower)) k--;
  // (the verb is no word of an actor: "American forces plans to")
  if (k < s.firstToken || phrases.some((ph) => ph.firstToken <= objectEnd && ph.lastToken > k)) return false;
  return CONTROL_VERBS.test(tokens[k]!.lower) || controlsThroughOn(tokens, k);
}

/**
 * "urged Baku to halt the attacks and return to talks": the act comes within three words of a
 * second verb joined by "and" to the one after `to`, in the same clause.
 */
function secondInfinitive(tokens: readonly Token[], to: number, trigger: number): boolean {
  if (trigger - to > 12 || !posTags(tokens[to + 1]?.lower ?? '').includes('VB')) return false;
  for (let k = trigger - 1; k > to + 1 && k >= trigger - 3; k--) {
    if (tokens[k]!.lower !== 'and' || !posTags(tokens[k + 1]?.lower ?? '').includes('VB')) continue;
    return tokens.slice(to + 1, k).every((t) => t.kind !== 'punct' && t.lower !== 'to');
  }
  return false;
}

const TIME_OWNERS = /^(week|month|year|weekend|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const SETTING_PREPOSITIONS = new Set(['in', 'during', 'amid', 'after', 'following']);

/**
 * The noun trigger is the object of a preposition of setting: "soldiers were killed in a
 * Kurdish militant attack", "talks resumed after the strikes". The clause's subject suffered
 * or followed the act; it is not the act's agent.
 */
export function nounInSetting(tokens: readonly Token[], trigger: number, s: Sentence): boolean {
  const t = tokens[trigger]!;
  if (!posTags(t.lower).some((x) => x.startsWith('NN')) || canBeFiniteVerb(t)) return false;
  for (let k = trigger - 1; k >= Math.max(s.firstToken, trigger - 5); k--) {
    const w = tokens[k]!;
    if (SETTING_PREPOSITIONS.has(w.lower)) return true;
    // "after last week's rocket attack": a time's possessive names no agent
    if (w.lower === "'s" && TIME_OWNERS.test(tokens[k - 1]?.lower ?? '')) continue;
    // "during her Sunday visit": an owner names the agent
    if (w.kind !== 'word' || /^(by|of|on|with|to|and|or|that|which|his|her|its|their|'s)$/.test(w.lower) || LIGHT_VERBS.has(w.lower)) return false;
  }
  return false;
}
