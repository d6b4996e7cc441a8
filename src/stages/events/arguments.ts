import type { ActorPhrase, Sentence, Token } from '../../core/types.js';
import { actorKey } from '../actors/actor-code.js';
import { opensClause } from '../../lexicon/english.js';
import { canBeFiniteVerb, canBeNoun, controlledByNonActor, controllingVerb, isVerbObject } from './grammar.js';

/** Prepositions whose object is not the subject of a later verb. */
// "after", "before", "since" and "until" are left out: they open clauses ("after the EU sanctioned Iran")
const PREPOSITIONS = new Set(['of', 'in', 'at', 'to', 'from', 'with', 'by', 'on', 'for', 'against', 'into', 'near', 'between', 'among',
  'about', 'over', 'under', 'toward', 'towards', 'upon', 'through', 'across', 'during', 'like', 'than', 'including', 'via', 'behind', 'beside', 'within', 'without', 'amid', 'despite']);
/** Tokens that end a clause when looking for a subject. */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'both', 'all', 'this', 'that', 'these', 'those']);

/**
 * A later member of a list that a past-tense verb governs: "summoned the British, French and
 * German ambassadors" (the first member's verb is a finite one, not a saying verb).
 */
function listAfterVerb(tokens: readonly Token[], phrases: readonly ActorPhrase[], ph: ActorPhrase, s: Sentence): boolean {
  const head = listHead(tokens, phrases, ph);
  let k = head.firstToken - 1;
  while (k >= s.firstToken && DETERMINERS.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  // (the tagger lexicon lacks many past forms, "summoned" among them: the ending decides)
  if (!t || t.kind !== 'word' || t.upper || !/^[a-z]{3,}ed$/.test(t.lower) || SAY_VERBS.has(t.lower)) return false;
  // the head itself only when it opens a list (asked last: it walks every list after it)
  return head !== ph || phrases.some((q) => q !== ph && q.firstToken > ph.firstToken && q.firstToken <= ph.lastToken + 3 && listHead(tokens, phrases, q) === ph);
}

/** The first member of the list the phrase ends ("summoned the British, French and German ambassadors"), or the phrase itself. */
function listHead(tokens: readonly Token[], phrases: readonly ActorPhrase[], ph: ActorPhrase): ActorPhrase {
  let head = ph;
  for (;;) {
    let k = head.firstToken - 1;
    if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or') k--;
    if (tokens[k]?.text === ',') k--;
    if (k === head.firstToken - 1) return head;
    const before = phrases.find((p) => p.lastToken === k + 1);
    if (!before || before === head) return head;
    head = before;
  }
}

/** True when the phrase is the object of a preposition ("in Moscow", "of the Iranian Armed Forces"). */
export function isPrepositionalObject(tokens: readonly Token[], ph: ActorPhrase, s: Sentence, phrases: readonly ActorPhrase[] = []): boolean {
  let k = ph.firstToken - 1;
  while (k >= s.firstToken && (DETERMINERS.has(tokens[k]!.lower) || (tokens[k]!.kind === 'word' && !tokens[k]!.upper && /^(top|senior|former|visiting|new|other)$/.test(tokens[k]!.lower)))) k--;
  // "a ceasefire in Gaza and Lebanon": the second member of a preposition's list is its object too
  if (k > s.firstToken && /^(and|or)$/.test(tokens[k]!.lower)) {
    const member = phrases.find((p) => p.lastToken === k && p !== ph);
    return !!member && isPrepositionalObject(tokens, member, s, phrases);
  }
  if (k < s.firstToken || !PREPOSITIONS.has(tokens[k]!.lower)) return false;
  // "thousands of Armenians", "supporters of Hamas": the people named after "of" are the subject
  if (!(tokens[k]!.lower === 'of' && (QUANTITIES.has(tokens[k - 1]?.lower ?? '') || OFFICES_OF.has(tokens[k - 1]?.lower ?? '')))) return true;
  // … unless a verb governs the count: "threatened to expel thousands of Ethiopian troops"
  return countAfterVerb(tokens, k - 1, s);
}

/** The count at `q` ("thousands", "tens of thousands") is the object of the verb before it. */
function countAfterVerb(tokens: readonly Token[], q: number, s: Sentence): boolean {
  let k = q - 1;
  while (k >= s.firstToken && (DETERMINERS.has(tokens[k]!.lower) || /^(of|tens|more|than|some|at|least|nearly|about|around)$/.test(tokens[k]!.lower))) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.upper || SAY_VERBS.has(t.lower) || PREPOSITIONS.has(t.lower)) return false;
  return verbLike(t);
}

/** A finite verb, or a lower-case -ed word the tag lexicon lacks ("expelled", "summoned"). */
const verbLike = (t: Token) => canBeFiniteVerb(t) || (!t.upper && /^[a-z]{3,}ed$/.test(t.lower));

/**
 * "Turkey, Azerbaijan's closest ally, said", "Belarus, a Russian ally, condemned": a phrase set
 * off by commas right after another actor describes that actor; the one before is the subject.
 */
function inApposition(tokens: readonly Token[], head: ActorPhrase, ph: ActorPhrase, trigger: number): boolean {
  // (a name after its role phrase, "the head of the IAEA, Rafael Grossi,", is the same actor)
  if (ph.person || tokens[head.lastToken]?.text !== ',' || ph.firstToken - head.lastToken > 2) return false;
  if (ph.firstToken - head.lastToken === 2 && !/^(a|an|the)$/.test(tokens[head.lastToken + 1]!.lower)) return false;
  let comma = ph.lastToken;
  while (comma < trigger && comma - ph.lastToken <= 5 && tokens[comma]!.text !== ',') {
    const t = tokens[comma]!;
    if (t.kind === 'punct' && t.text !== "'s" && t.text !== "'") return false;
    if (t.kind === 'word' && verbLike(t)) return false;
    comma++;
  }
  if (tokens[comma]?.text !== ',') return false;
  // the verb follows the closing comma, past an adverb or auxiliary or two
  return trigger - comma <= 3 && tokens.slice(comma + 1, trigger).every((t) => t.kind === 'word' && !t.upper);
}

/** Plural offices whose holders act for the states after "of": "the presidents of both countries agreed". */
const OFFICES_OF = new Set(['leaders', 'presidents', 'heads', 'ministers', 'premiers', 'representatives', 'delegations', 'envoys', 'negotiators', 'officials', 'governments']);

/** Munitions and armed craft, which act for the state of their demonym. */
const ARMS = /^(missile|rocket|drone|shell|bomb|projectile|mortar|torpedo|interceptor|warplane|warship|gunboat|submarine|destroyer|frigate|fighter|bomber|airstrike|strike|attack|raid|barrage|artillery|tank|sniper|soldier|patrol)$/;

const QUANTITIES = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'tens', 'crowds', 'groups', 'supporters', 'members', 'many', 'some', 'most', 'all', 'hundred', 'thousand']);

/**
 * The subject of a trigger: the nearest actor phrase before it in the same clause that is
 * not the object of a preposition. A clause fronted by a participle ("Speaking upon his
 * arrival in Moscow, X said …") takes the subject of the main clause after its comma.
 */
export function findSubject(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, trigger: number, exclude: ActorPhrase | null, agent = true): ActorPhrase | null {
  let boundary = s.firstToken;
  for (let k = trigger - 1; k >= s.firstToken; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) {
      boundary = k + 1;
      break;
    }
  }
  const before = phrases.filter((ph) => ph.lastToken <= trigger && ph.firstToken >= boundary && ph !== exclude);
  if (unknownNameBefore(tokens, phrases, s, trigger)) return null;
  if (agent && controlledByNonActor(tokens, phrases, trigger, s)) return null;
  // "Mikati condemned the Israeli attacks and called on the UN": a verb coordinated with an
  // earlier one shares its subject, the clause's first actor, not the nearest one
  if (tokens[trigger - 1]?.lower === 'and' && canBeFiniteVerb(tokens[trigger]!) && before.length > 1) {
    const first = before.find((ph) => (ph.actor.country || ph.actor.org) && !isPrepositionalObject(tokens, ph, s) && !isVerbObject(tokens, ph, s));
    if (first && first !== before[before.length - 1] && tokens.slice(first.lastToken, trigger).some((t) => canBeFiniteVerb(t))) return first;
  }
  // "Mali's junta suspended French broadcasters, accusing them of bias": a participle after
  // the comma of a main clause shares that clause's subject, not its object
  if (tokens[trigger - 1]?.text === ',' && /[a-z]ing$/.test(tokens[trigger]!.lower) && before.length > 1) {
    const first = before.find((ph) => (ph.actor.country || ph.actor.org) && !ph.placeOnly);
    // (the subject opens the sentence, after a dateline perhaps: no verb before it)
    if (first && !tokens.slice(s.firstToken, first.firstToken).some(verbLike) && tokens.slice(first.lastToken, trigger).some(verbLike)) return first;
  }
  for (let k = before.length - 1; k >= 0; k--) {
    const ph = before[k]!;
    if (!ph.actor.country && !ph.actor.org) continue;
    // "urged Japan to impose sanctions": the one urged is the doer of the act it is urged to
    if (agent && controllingVerb(tokens, ph, trigger, s) >= 0) return ph;
    if (!leadsGroup(tokens, ph) && (isPrepositionalObject(tokens, ph, s, phrases) || isVerbObject(tokens, ph, s) || listAfterVerb(tokens, phrases, ph, s))) continue;
    if (inClosedRelative(tokens, ph, trigger)) continue;
    if (k > 0 && inApposition(tokens, before[k - 1]!, ph, trigger)) continue;
    // "a Ukrainian passenger jet": a demonym on a thing is a property, not an agent; a
    // munition or a warship is the state's arm ("a Russian missile struck", "a Chinese warship rammed"),
    // and so is what the state leads ("a Saudi-led coalition struck")
    const next = tokens[ph.lastToken];
    const article = tokens[ph.firstToken - 1]?.lower;
    const ledBy = /-(led|dominated)$/.test(tokens[ph.lastToken - 1]!.lower);
    if (agent && ph.parts.length && ph.parts.every((m) => m.kind === 'demonym') && (article === 'a' || article === 'an') && next && next.kind === 'word' && !next.upper && !ARMS.test(next.lower) && !ledBy) continue;
    return ph;
  }
  // a fronted participial or prepositional clause: the subject follows its comma
  const firstWord = tokens[s.firstToken]!;
  if (/ing$/.test(firstWord.lower) || PREPOSITIONS.has(firstWord.lower)) {
    let comma = -1;
    for (let k = trigger; k < s.lastToken; k++) {
      if (tokens[k]!.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma >= 0) {
      const after = phrases.find((ph) => ph.firstToken > comma && ph.firstToken <= comma + 8 && (ph.actor.country || ph.actor.org) && ph !== exclude);
      if (after) return after;
    }
  }
  return null;
}

const VERB_LEAD_INS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'also', 'recently', 'then', 'later', 'first', 'once', 'reportedly']);

/**
 * "China held drills after then House Speaker Nancy Pelosi visited Taiwan": a capitalised name
 * that is no known actor (or an "it" of a clause of its own that none resolved) stands right
 * before the verb; the verb is that unknown one's, and an actor further back is not its subject.
 */
function unknownNameBefore(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, trigger: number): boolean {
  let k = trigger - 1;
  while (k > s.firstToken && VERB_LEAD_INS.has(tokens[k]!.lower)) k--;
  const t = tokens[k];
  // "Putin spoke after it accused Ukraine": an "it" of a clause of its own that no actor resolved
  if (t?.lower === 'it' && opensClause(tokens[k - 1]?.lower ?? '') && !phrases.some((ph) => ph.firstToken === k)) return true;
  if (!t || k <= s.firstToken || !t.upper || t.kind !== 'word' || !/^[A-Z][a-z]/.test(t.text)) return false;
  if (phrases.some((ph) => ph.firstToken <= k && k < ph.lastToken)) return false;
  // "during Albanese visit", "ahead of Blinken trip": a lone name owns the noun after a preposition
  if (k === trigger - 1 && OWNER_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && canBeNoun(tokens[trigger]!) && !canBeFiniteVerb(tokens[trigger]!)) return true;
  // a name of two capitalised words ("Nancy Pelosi"), not a lone capital after a stop or a title
  return !!tokens[k - 1]?.upper && /^[A-Z][a-z]/.test(tokens[k - 1]!.text) && !phrases.some((ph) => ph.firstToken <= k - 1 && k - 1 < ph.lastToken);
}

const OWNER_PREPOSITIONS = new Set(['during', 'after', 'before', 'amid', 'following', 'of', 'on']);

const LED_GROUPS = new Set(['delegation', 'team', 'mission', 'group', 'coalition', 'force', 'forces', 'contingent', 'convoy', 'troops', 'government', 'party', 'negotiators', 'panel']);

/** "a delegation led by Iran's foreign minister arrived": the leader named after "by" acts for the group. */
function leadsGroup(tokens: readonly Token[], ph: ActorPhrase): boolean {
  if (tokens[ph.firstToken - 1]?.lower !== 'by' || !/^(led|headed)$/.test(tokens[ph.firstToken - 2]?.lower ?? '')) return false;
  return LED_GROUPS.has(tokens[ph.firstToken - 3]?.lower ?? '') || LED_GROUPS.has(tokens[ph.firstToken - 4]?.lower ?? '');
}

const RELATIVES = new Set(['who', 'whose', 'which', 'where', 'whom']);

/** "Orban, whose country holds the EU presidency, met Putin": an actor inside a relative clause closed before the trigger is not its subject. */
function inClosedRelative(tokens: readonly Token[], ph: ActorPhrase, trigger: number): boolean {
  let open = -1;
  for (let k = ph.firstToken - 1; k >= 0 && tokens[k]!.sentence === tokens[ph.firstToken]!.sentence; k--) {
    if (tokens[k]!.text === ',') {
      open = k;
      break;
    }
  }
  if (open < 0 || !RELATIVES.has(tokens[open + 1]?.lower ?? '') || open + 1 === ph.firstToken) return false;
  return tokens.slice(ph.lastToken, trigger).some((t) => t.text === ',');
}

/**
 * Headlines join their subjects with a comma: "India, Pakistan agree to ceasefire" names two
 * actors. `members` are the phrases coordination found for the subject; when that is one
 * phrase right after another at the headline's start with only a comma between, both act.
 */
export function headlineSubjects(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, members: readonly ActorPhrase[]): ActorPhrase[] {
  if (!s.headline || members.length !== 1) return [...members];
  const ph = members[0]!;
  const i = phrases.indexOf(ph);
  const prev = phrases[i - 1];
  if (!prev || prev.firstToken !== s.firstToken || ph.firstToken !== prev.lastToken + 1 || tokens[prev.lastToken]!.text !== ',') return [...members];
  return prev.actor.country || prev.actor.org ? [prev, ph] : [...members];
}

/** Phrases coordinated with `ph` ("Russia and China", "Iran, Russia and China"), itself included. */
export function coordinated(tokens: readonly Token[], phrases: readonly ActorPhrase[], ph: ActorPhrase): ActorPhrase[] {
  const i = phrases.indexOf(ph);
  if (i < 0) return [ph];
  // what stands between two members: "and", "or", a comma, plus an apposition such as "their ally"
  const link = (a: ActorPhrase, b: ActorPhrase): 'and' | 'comma-and' | 'comma' | null => {
    const between = tokens.slice(a.lastToken, b.firstToken).map((t) => t.lower);
    // "visited Islamabad on Monday and New Delhi on Tuesday": a member's own time is no break
    // ("Iran condemned Israel on Monday, and Syria …" joins clauses, not members)
    const timed = between.includes(',') ? between : between.filter((w, k) => !TIME_WORDS.has(w) && !(TIME_PREPOSITIONS.has(w) && TIME_WORDS.has(between[k + 1] ?? '')));
    const words = timed.filter((w) => !DETERMINERS.has(w) && !APPOSITION_NOUNS.has(w));
    if (words.length === 1 && (words[0] === 'and' || words[0] === 'or')) return 'and';
    if (words.length === 2 && words[0] === ',' && (words[1] === 'and' || words[1] === 'or')) return 'comma-and';
    if (words.length === 1 && words[0] === ',') return 'comma';
    return null;
  };
  // phrases that share one span stand for several actors ("both countries")
  const twins = phrases.filter((p) => p.firstToken === ph.firstToken && p.lastToken === ph.lastToken);
  if (twins.length > 1) return twins;
  let first = i;
  let last = i;
  while (first > 0 && link(phrases[first - 1]!, phrases[first]!)) first--;
  while (last < phrases.length - 1 && link(phrases[last]!, phrases[last + 1]!)) last++;
  // a list joined by commas alone is an apposition, not coordination: it needs an "and" or "or"
  let members = phrases.slice(first, last + 1);
  const links = members.slice(1).map((m, k) => link(members[k]!, m));
  // ", and" ends a list of three or more ("Iran, Russia, and China"); between two actors it
  // joins clauses: "warned China against supplying Russia, and Washington imposed …"
  const ends = links.map((l, k) => l === 'and' || (l === 'comma-and' && links[k - 1] === 'comma'));
  if (!ends.includes(true)) members = [ph];
  else {
    // the list ends at its "and": "Iran, Russia and China, ..." stops after China
    const end = ends.lastIndexOf(true) + 1;
    members = members.slice(0, end + 1);
    if (!members.includes(ph)) members = [ph];
  }
  return members.filter((g) => g.actor.country || g.actor.org);
}

/** Words of a time expression that may follow a coordinated member: "on Monday", "last week", "in March". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'last', 'next', 'earlier', 'later', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'this', 'last', 'next']);

/** Nouns that may stand between coordinated actors: "Ecuador and their ally Venezuela". */
const APPOSITION_NOUNS = new Set(['ally', 'allies', 'neighbour', 'neighbor', 'neighbours', 'neighbors', 'partner', 'partners', 'rival', 'rivals', 'fellow', 'also', 'even', 'later']);

/** "between A and B": the two sides of a symmetric act named after a preposition. */
export function betweenPair(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence): [ActorPhrase, ActorPhrase] | null {
  for (let k = s.firstToken; k < s.lastToken; k++) {
    if (tokens[k]!.lower !== 'between' && tokens[k]!.lower !== 'among') continue;
    const next = phrases.find((ph) => ph.firstToken > k && ph.firstToken <= k + 3);
    if (!next) continue;
    const group = coordinated(tokens, phrases, next);
    if (group.length >= 2) return [group[0]!, group[1]!];
  }
  return null;
}

/** Prepositions that introduce the other party of an act: "cooperation with X", "aid to X". */
const OBJECT_PREPOSITIONS = new Set(['with', 'to', 'toward', 'towards', 'against', 'on', 'upon', 'into', 'for', 'from', 'over', 'at']);

/** Words that open a clause of another verb: "before arriving in", "after meeting with". */
const CLAUSE_OPENERS = new Set(['before', 'after', 'while', 'upon', 'without', 'since', 'when', 'as']);

/**
 * The other party named after a pattern that has no target slot: the first actor phrase
 * within a few words after it that follows one of the object prepositions, in the same clause.
 */
export function objectAfter(tokens: readonly Token[], phrases: readonly ActorPhrase[], from: number, exclude: readonly ActorPhrase[], placeTargets = false, ownClause = false, showOfForce = false): ActorPhrase | null {
  const own = new Set(exclude.map((p) => p.actor.country ?? p.actor.org));
  for (const ph of phrases) {
    if (ph.firstToken < from || ph.firstToken > from + (placeTargets ? 12 : 6) || exclude.includes(ph)) continue;
    const between = tokens.slice(from, ph.firstToken);
    if (between.some((t) => CLAUSE_BREAKS.has(t.text) || t.text === '.')) return null;
    if (!placeTargets && between.some((t) => t.text === ',')) return null;
    // "condemned the attacks and called on the UN", "condemned the move and denied that Tehran
    // had sent drones to Russia": the party of a noun or of a verbal act is not a second
    // predicate's object (a deployment's may be: "moved tanks and deployed troops to the border with")
    if (ownClause && between.some((t, j) => t.lower === 'and' && j + 1 < between.length && canBeFiniteVerb(between[j + 1]!))) return null;
    // "criticised the decision before arriving in Vilnius": the place belongs to the other verb
    if (between.some((t, j) => CLAUSE_OPENERS.has(t.lower) && j + 1 < between.length && (/ing$/.test(between[j + 1]!.lower) || canBeFiniteVerb(between[j + 1]!)) && !canBeNoun(between[j + 1]!))) return null;
    // "the readiness of its forces on the border with Poland": the subject's own forces are not the other party
    if (own.has(ph.actor.country ?? ph.actor.org)) continue;
    let k = ph.firstToken - 1;
    // determiners and adjectives after the preposition: "in southern Lebanon", "against the rebel-held town of"
    while (k >= from && (DETERMINERS.has(tokens[k]!.lower) || (tokens[k]!.kind === 'word' && !tokens[k]!.upper && /^(northern|southern|eastern|western|north|south|east|west|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|occupied|neighbouring|neighboring)$/.test(tokens[k]!.lower)))) k--;
    // "warned against a trade war with China", "as tensions with Israel rise": the party of a
    // relation named after the pattern is that relation's, not the act's; a show of force amid
    // one is aimed at it ("massed troops on the border amid tensions with Colombia")
    if (!showOfForce && k > from && tokens[k]!.lower === 'with' && RELATION_NOUNS.has(tokens[k - 1]!.lower)) return null;
    if (k >= from && OBJECT_PREPOSITIONS.has(tokens[k]!.lower)) return ph;
    // an attack's target may be named as a place: "shelled towns in the west of Georgia"
    if (placeTargets && k >= from && /^(in|near|inside|across|of)$/.test(tokens[k]!.lower)) return ph;
    if (!placeTargets) return null;
  }
  return null;
}

/** Nouns of a relation between two parties, whose "with" names the other one: "tensions with Israel". */
const RELATION_NOUNS = new Set(['tension', 'tensions', 'war', 'wars', 'conflict', 'conflicts', 'dispute', 'disputes', 'ties', 'relations', 'relationship', 'row', 'standoff', 'stand-off', 'feud', 'rivalry', 'friction', 'frictions', 'hostilities', 'confrontation', 'rift', 'spat']);

/** Nouns a reaction may be aimed at ("rejected the proposal", "the call was seconded"). */
export const REACTION_OBJECTS: ReadonlySet<string> = new Set(['resolution', 'motion', 'proposal', 'plan', 'draft', 'bid', 'demand', 'demands', 'request', 'offer', 'statement',
  'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'report', 'decision', 'move', 'call', 'suggestion', 'recommendation',
  'initiative', 'deal', 'measure', 'measures', 'bill', 'law', 'vote', 'announcement', 'warning', 'threat', 'threats', 'withdrawal', 'ultimatum', 'remarks', 'comments', 'charge', 'charges', 'proposals', 'plans', 'idea', 'policy', 'action', 'actions', 'attack', 'operation', 'invasion', 'strike', 'strikes', 'offensive',
  'visit', 'visits', 'trip', 'trips']);

/**
 * The definite reaction object ("the motion", "this decision", or a bare plural
 * "claims") stands in the pattern after its trigger or just after the pattern.
 */
export function reactionObjectAfter(tokens: readonly Token[], from: number, to: number, s: Sentence): string | null {
  for (let k = from; k < Math.min(s.lastToken, to + 4); k++) {
    const t = tokens[k]!;
    if (REACTION_OBJECTS.has(t.lower)) {
      const before = tokens[k - 1]?.lower ?? '';
      return /^(the|this|that|these|those|such|its|their|all|any)$/.test(before) || (k === from && t.lower.endsWith('s')) ? t.lower : null;
    }
    if (t.kind === 'punct') return null;
  }
  return null;
}

/** The definite reaction noun the clause before the trigger opens with ("The call was seconded"), or null. */
export function reactionSubjectBefore(tokens: readonly Token[], first: number, s: Sentence): string | null {
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 5); k--) {
    if (REACTION_OBJECTS.has(tokens[k]!.lower)) return /^(the|this|that|these|those|such|his|her|its|their)$/.test(tokens[k - 1]?.lower ?? '') ? tokens[k]!.lower : null;
  }
  return null;
}

/**
 * The subject of the sentence's main clause when a reaction's object stands before its
 * subject in a relative clause: "Armenia accused Azerbaijan of shelling villages, a claim
 * that Baku denied" — the claim is Armenia's. Null when the words before the reacting
 * subject are not "[the|a] claim [that|which]".
 */
export function frontedReactionOwner(tokens: readonly Token[], phrases: readonly ActorPhrase[], subject: ActorPhrase, s: Sentence): ActorPhrase | null {
  let k = subject.firstToken - 1;
  if (/^(that|which)$/.test(tokens[k]?.lower ?? '')) k--;
  if (k < s.firstToken || !REACTION_OBJECTS.has(tokens[k]!.lower)) return null;
  const own = actorKey(subject.actor);
  return phrases.find((ph) => ph.lastToken <= k && actorKey(ph.actor) && actorKey(ph.actor) !== own && !isPrepositionalObject(tokens, ph, s) && !isVerbObject(tokens, ph, s)) ?? null;
}

/** Verbs that attribute a quote or a reported clause to its speaker: "…, the Kremlin said". */
export const SAY_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'added', 'adds', 'stated', 'states', 'declared', 'claimed', 'claims', 'alleged', 'alleges', 'insisted',
  'insists', 'warned', 'warns', 'wrote', 'writes', 'tweeted', 'posted', 'charged', 'asserted', 'argued', 'noted', 'stressed', 'maintained', 'maintains', 'announced',
  'emphasized', 'emphasised', 'underscored', 'underlined', 'reiterated', 'affirmed', 'confirmed']);
const QUOTES = new Set(['"', '”', '“', "'", '’']);

/**
 * The speaker named after a reported clause that has no subject of its own: "Ukraine was
 * behind the attack, the Kremlin said", "'Israel is responsible for this crime,' the minister
 * said", "…, said Foreign Minister X". Looks from `from` to the first comma of the clause; the
 * speaker follows it (and a closing quote) with its say-verb right after it or right before it.
 */
/** Double quote marks only: an apostrophe may be a possessive. */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '”', '“']);
/** The words that may follow a saying verb before its colon: 'told reporters: "…"'. */
const AUDIENCE = new Set(['reporters', 'journalists', 'parliament', 'lawmakers', 'supporters', 'the', 'a', 'news', 'conference', 'briefing', 'crowd', 'audience']);

/**
 * The speaker of a quotation that opens after "X said:" or 'X said, "' in the same sentence,
 * when the quoted clause before the act names no subject ("We want from Russia an apology").
 */
export function quotingSpeaker(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, first: number): ActorPhrase | null {
  let open = -1;
  for (let k = first - 1; k >= Math.max(s.firstToken, first - 12); k--) {
    if (DOUBLE_QUOTES.has(tokens[k]!.text)) {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  // an opening mark has an even number of marks before it in the sentence
  let marks = 0;
  for (let k = s.firstToken; k < open; k++) if (DOUBLE_QUOTES.has(tokens[k]!.text)) marks++;
  if (marks % 2 !== 0 || phrases.some((ph) => ph.firstToken > open && ph.lastToken <= first && (ph.actor.country || ph.actor.org))) return null;
  let j = open - 1;
  if (tokens[j]?.text !== ':' && tokens[j]?.text !== ',') return null;
  j--;
  while (j > s.firstToken && AUDIENCE.has(tokens[j]!.lower)) j--;
  if (!SAY_VERBS.has(tokens[j]?.lower ?? '')) return null;
  return findSubject(tokens, phrases, s, j, null, true);
}

export function trailingSpeaker(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, from: number): ActorPhrase | null {
  let k = from;
  while (k < s.lastToken && tokens[k]!.text !== ',') {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) return null;
    k++;
  }
  if (k >= s.lastToken) return null;
  k++;
  while (k < s.lastToken && QUOTES.has(tokens[k]!.text)) k++;
  const sayBefore = SAY_VERBS.has(tokens[k]?.lower ?? '');
  if (sayBefore) k++;
  while (k < s.lastToken && DETERMINERS.has(tokens[k]!.lower)) k++;
  const ph = phrases.find((p) => p.firstToken === k && (p.actor.country || p.actor.org));
  if (!ph) return null;
  if (sayBefore) return ph;
  // the say-verb right after the speaker, or after its apposition ("the Kremlin's spokesman said")
  for (let j = ph.lastToken; j < Math.min(s.lastToken, ph.lastToken + 3); j++) {
    if (SAY_VERBS.has(tokens[j]!.lower)) return ph;
    if (tokens[j]!.text === ',' || tokens[j]!.text === '.') return null;
  }
  return null;
}
