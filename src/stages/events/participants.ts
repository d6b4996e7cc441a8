import type { ActorPhrase, Sentence, Token } from '../../core/types.js';
import { isSymmetric } from '../../ontology/cameo.js';
import { actorKey } from '../actors/actor-code.js';
import { betweenPair, coordinated, DETERMINERS, findSubject, headlineSubjects, frontedReactionOwner, objectAfter, quotingSpeaker, reactionObjectAfter, reactionSubjectBefore, trailingSpeaker } from './arguments.js';
import { byAgent, canBeFiniteVerb, canBeNoun, isPassive, nounInSetting, ungovernedNoun } from './grammar.js';
import type { PatternMatch } from './match.js';

export interface Participants {
  sources: ActorPhrase[];
  targets: ActorPhrase[];
  /** How they were found, for the event's provenance. */
  rule: string;
  /** Lower when found by a weaker rule. */
  penalty: number;
}

export interface ParticipantContext {
  tokens: readonly Token[];
  sentence: Sentence;
  phrases: readonly ActorPhrase[];
  previousSubject: ActorPhrase | null;
  /** Who made what a reaction noun names ("the call" → who called), from the sentences before. */
  maker?: (noun: string) => ActorPhrase | null;
  /** The actor that sanctions named in tokens [first, last) were earlier said to be aimed at. */
  sanctionTarget?: (first: number, last: number) => ActorPhrase | null;
}

/** Wording that makes an act of coordinated subjects mutual. */
const RECIPROCAL = /\b(each other|one another|mutual|mutually|cooperation|partnership|exchanged?|exchanging|trade[sd]? fire|trading fire|not to (use|threaten)|truce|ceasefire|cease-fire|joint|jointly|together|bilateral|relations|ties|agree|agreed|agrees|agreeing)\b/i;

const spanText = (tokens: readonly Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.text).join(' ');

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Codes whose act is aimed at someone else's claim or proposal ("denied the accusation", "rejected the plan", "welcomed the decision", "seconded the call"). */
const REACTIONS = /^(016|05|11|12)/;
/** Material conflict, and its condemnation, may name the target as a place: "fired shells into Syria", "condemned the coup in Niger";
 *  so may its end ("halted its offensive in Rafah", "withdrew troops from Kherson": 087, 0874). */
const CONFLICT = /^(1[5-9]|20|087)/;
/** Verbal cooperation and verbal conflict (roots 01–05, 10–14): acts a speaker does by saying something. */
const VERBAL = /^(0[1-5]|1[0-4])/;
/** Sanctions imposed (16x) or eased (081, 085): a state named inside the noun phrase owns them. */
const SANCTION_NOUNS = /^(16|081|085)/;

/**
 * Who does the act of a matched pattern to whom. Slots first; then the grammar of news:
 * the subject before the trigger, a passive's agent after "by", a noun's modifier
 * ("US sanctions"), the other party after a preposition, coordinated subjects of a
 * symmetric act, "between A and B", and for reactions the previous sentence's subject.
 */
export function findParticipants(ctx: ParticipantContext, m: PatternMatch): Participants {
  const { tokens, sentence: s, phrases } = ctx;
  const cameo = m.pattern.cameo;
  let sources: ActorPhrase[] = m.source ? coordinated(tokens, phrases, m.source) : [];
  let targets: ActorPhrase[] = m.target && !isPossessivePronoun(tokens, m.target) ? coordinated(tokens, phrases, m.target) : [];
  const rules: string[] = [m.source || m.target ? 'slots' : 'pattern'];
  let penalty = 0;
  // a reaction to "the call", "the operation" is aimed at whoever made it, found more weakly
  const aimAt = (reacted: { by: ActorPhrase; rule: string }) => {
    targets = [reacted.by];
    rules.push(reacted.rule);
    penalty += 0.2;
  };
  const triggerToken = tokens[m.trigger]!;
  const passive = !m.pattern.hasSource && isPassive(tokens, m.trigger, s);

  if (!sources.length && passive) {
    const agent = byAgent(tokens, phrases, m.last, s);
    if (agent) {
      sources = coordinated(tokens, phrases, agent);
      rules.push('passive agent');
    }
    const subject = findSubject(tokens, phrases, s, m.first, agent, false);
    if (subject && !targets.length) targets = coordinated(tokens, phrases, subject);
    if (!targets.length && ctx.sanctionTarget) {
      // "the embargo was lifted": whose embargo the article said before
      const held = ctx.sanctionTarget(m.first, m.last);
      if (held) {
        targets = [held];
        rules.push('target of the sanctions named earlier');
      }
    }
    // "The call was seconded by Germany": the call was whoever made it
    const reacted = !targets.length && REACTIONS.test(cameo) ? reactedTo(ctx, reactionSubjectBefore(tokens, m.first, s)) : null;
    if (reacted) aimAt(reacted);
    if (!agent) return { sources: [], targets, rule: 'passive without agent', penalty };
  }
  if (!sources.length && m.target && m.target.firstToken > m.trigger) {
    // the owner of a noun act aimed at a target after it: "Russia's invasion of Ukraine",
    // "Israel's killing of Nasrallah" (not the sentence's subject, who only speaks of it)
    const owner = possessiveOwner(tokens, phrases, m.first);
    if (owner && owner !== m.target && canBeNoun(triggerToken) && !canBeFiniteVerb(triggerToken)) {
      sources = coordinated(tokens, phrases, owner);
      rules.push('owner of the noun');
    }
    // "over its weekend attack on Israel": the pronoun stands for the clause's subject
    const pronoun = sources.length ? -1 : ownerPronounAt(tokens, m.first);
    if (pronoun >= 0 && canBeNoun(triggerToken) && !canBeFiniteVerb(triggerToken)) {
      const subject = findSubject(tokens, phrases, s, pronoun, m.target);
      if (subject && subject !== m.target) {
        sources = [subject];
        rules.push(`owner named by "${tokens[pronoun]!.text}"`);
      }
    }
  }
  if (!sources.length) {
    // a noun trigger with a state before it: "US sanctions", "Israeli airstrikes"
    const adjacent = phrases.find((ph) => ph.lastToken === m.first && !ph.placeOnly);
    // the pattern may open with the compound's first noun: "Russian drone strike on Odesa"
    const compound = m.trigger === m.first || tokens.slice(m.first, m.trigger).every((t) => t.kind === 'word' && !t.upper && !canBeFiniteVerb(t));
    if (adjacent && canBeNoun(triggerToken) && !canBeFiniteVerb(triggerToken) && compound) {
      // a headline's present-tense verb reads like a noun here: "Japan, Philippines sign defence pact"
      sources = headlineSubjects(tokens, phrases, s, coordinated(tokens, phrases, adjacent));
      rules.push('noun modifier');
    }
  }
  if (!sources.length && m.passed && SANCTION_NOUNS.test(cameo) && m.trigger === m.first && !canBeFiniteVerb(triggerToken)) {
    // "the lifting of US sanctions on Iran": whose sanctions is the modifier inside the phrase
    sources = coordinated(tokens, phrases, m.passed);
    rules.push('owner of the sanctions');
  }
  if (!sources.length && m.pattern.hasSource && !m.source && tokens[m.last - 1]?.lower === 'by') {
    // "attacks by the Iran-backed group on ships": the agent is named after "by", though as no
    // actor; the sentence's subject is someone else
    return { sources: [], targets, rule: 'the agent after "by" is no actor', penalty };
  }
  if (!sources.length && !canBeFiniteVerb(triggerToken) && afterAny(tokens, m.first)) {
    // "said any military intervention in Niger would be a declaration of war": an act of no
    // one in particular; the speaker is not its doer
    return { sources: [], targets, rule: 'a noun after "any" names no doer', penalty };
  }
  // (a gerund is the supporter's own doing: "would support training Ukrainian pilots")
  if (!sources.length && !canBeFiniteVerb(triggerToken) && !/ing$/.test(triggerToken.lower) && afterAttitude(tokens, m.first)) {
    // "would not support an invasion of Rafah", "Germany backed the invasion of Iraq": who
    // takes a stand on an act is not its doer
    return { sources: [], targets, rule: 'a noun a stance is taken on names no doer', penalty };
  }
  if (!sources.length && m.trigger === m.first && ungovernedNoun(tokens, m.trigger, s)) {
    return { sources: [], targets, rule: 'a noun no agent governs', penalty };
  }
  // "agreed … after four hours of talks": the talks were the subjects' own; a meeting (04x) keeps its subject
  if (!sources.length && m.trigger === m.first && !/^04/.test(cameo) && nounInSetting(tokens, m.trigger, s)) {
    return { sources: [], targets, rule: 'a noun in a setting phrase, whose agent the subject is not', penalty };
  }
  if (!sources.length) {
    const subject = findSubject(tokens, phrases, s, m.first, m.target);
    if (subject) {
      sources = headlineSubjects(tokens, phrases, s, coordinated(tokens, phrases, subject));
      rules.push('subject');
      penalty += m.source ? 0 : 0.05;
    }
  }
  if (!sources.length && VERBAL.test(cameo)) {
    // "Ukraine was behind the attack, the Kremlin said": a verbal act with no subject is the speaker's
    const speaker = trailingSpeaker(tokens, phrases, s, m.last);
    const leading = speaker ? null : quotingSpeaker(tokens, phrases, s, m.first);
    if (speaker && speaker !== m.target) {
      sources = [speaker];
      rules.push('speaker after the clause');
      penalty += 0.05;
    } else if (leading && leading !== m.target) {
      // 'Lithuania's foreign minister said: "We want from Russia an apology."'
      sources = [leading];
      rules.push('speaker before the quotation');
      penalty += 0.05;
    }
  }
  if (!targets.length && sources.length === 1 && REACTIONS.test(cameo)) {
    const owner = frontedReactionOwner(tokens, phrases, sources[0]!, s);
    if (owner) {
      targets = [owner];
      rules.push('owner of the claim the relative clause reacts to');
      penalty += 0.1;
    }
  }
  if (m.pattern.hasSource && !m.pattern.hasTarget && !targets.length) {
    // a noun or passive form with its agent after it: the target is the subject
    const subject = findSubject(tokens, phrases, s, m.first, m.source, false);
    if (subject && subject !== m.source) targets = coordinated(tokens, phrases, subject);
    else {
      // "The operation was condemned by the EU": the operation was whoever launched it
      const reacted = REACTIONS.test(cameo) ? reactedTo(ctx, reactionSubjectBefore(tokens, m.first, s)) : null;
      if (reacted) aimAt(reacted);
    }
  }
  const apartBefore = /^(each|separately|individually|respectively)$/.test(tokens[sources[sources.length - 1]?.lastToken ?? -1]?.lower ?? '');
  if (!targets.length && isSymmetric(cameo) && !apartBefore) {
    if (sources.length >= 3) {
      // "Brazil, Argentina and Chile signed a pact": each pair did (dedupe keeps one direction)
      targets = [...sources];
      rules.push('coordinated subjects, each pair');
    } else if (sources.length === 2) {
      targets = sources.slice(1);
      sources = sources.slice(0, 1);
      rules.push('coordinated subject');
    } else {
      const pair = betweenPair(tokens, phrases, s);
      if (pair) {
        sources = [pair[0]];
        targets = [pair[1]];
        rules.push('between A and B');
      }
    }
  }
  if (!targets.length && sources.length >= 2 && tokens.slice(m.first, m.last).some((t) => t.lower === 'joint')) {
    // "Egypt and Jordan issued a joint statement condemning the attack on Rafah": a joint act
    // is between its makers, whatever the words after it name
    targets = [...sources];
    rules.push('joint act of coordinated subjects');
  }
  if (!targets.length && sources.length) {
    // of verbal conflict only a condemnation is aimed at a place: whom one blames or accuses
    // is no place ("blamed the militias for the attack in Jordan")
    const object = objectAfter(tokens, phrases, m.last, sources, CONFLICT.test(cameo) || /^(09|111)/.test(cameo), !canBeFiniteVerb(triggerToken) || VERBAL.test(cameo), cameo.startsWith('15'));
    if (object && !isPossessivePronoun(tokens, object) && !(/^07/.test(cameo) && afterFrom(tokens, object)) && !victimOfReactedAct(tokens, m.last, object, cameo) && !topicOfMeeting(tokens, object, cameo) && !borderPlace(tokens, object, cameo)) {
      targets = coordinated(tokens, phrases, object);
      rules.push(`object after "${tokens[object.firstToken - 1]?.text ?? ''}"`);
    }
  }
  // "China and Russia each held drills", "… separately": they act apart
  const apart = /^(each|separately|individually|respectively)$/.test(tokens[sources[sources.length - 1]?.lastToken ?? -1]?.lower ?? '');
  if (apart && !m.target) return { sources, targets: [], rule: `${rules.join(', ')}, subjects acting apart`, penalty };
  const twins = sources.length >= 2 && sources.every((x) => x.firstToken === sources[0]!.firstToken);
  if (!targets.length && sources.length >= 2 && (twins || RECIPROCAL.test(spanText(tokens, Math.min(m.first, sources[sources.length - 1]!.lastToken), Math.min(s.lastToken, m.last + 2))))) {
    // "both countries" names a dyad: with no other party named, each acts toward the other
    // "Israel and Hamas agreed to a truce", "the two armies exchanged fire", "agreed to disengage
    // troops" (the word may stand between the subjects and the act): each toward the other
    targets = [...sources];
    rules.push('reciprocal act of coordinated subjects');
  }

  const reactionNoun = reactionObjectAfter(tokens, m.trigger + 1, m.last, s);
  // "Belarus and Russia voted against": a vote with nothing named after it is on the resolution made before
  const implicitVote = !reactionNoun && VOTE_VERBS.test(tokens[m.trigger]!.lower) && ctx.maker?.('resolution');
  const reacted = !targets.length && sources.length && REACTIONS.test(cameo)
    ? implicitVote ? { by: implicitVote, rule: 'target: who made the resolution voted on' } : reactedTo(ctx, reactionNoun)
    : null;
  if (reacted && !sources.includes(reacted.by)) aimAt(reacted);
  if (sources.some((x) => x.antecedent)) penalty += 0.1;
  // "France and the US tried to mediate between the two sides": "the two sides" that resolved
  // to the subjects themselves are someone else, whom the sentence does not name
  const keys = (list: readonly ActorPhrase[]) => new Set(list.map((x) => actorKey(x.actor)));
  if (m.target && targets.length > 1 && targets.every((x) => x.antecedent) && [...keys(targets)].every((k) => keys(sources).has(k))) {
    return { sources, targets: [], rule: `${rules.join(', ')}, the other parties resolved to the subjects`, penalty };
  }
  if (/^04[23]$/.test(cameo) && targets.length && targets.every((x) => x.placeOnly)) {
    // "travelled to New York for the UN General Assembly": the city hosts a gathering, it is not visited
    const venue = gatheringAfter(tokens, phrases, Math.max(...targets.map((x) => x.lastToken)), s);
    if (venue === 'unnamed') return { sources, targets: [], rule: `${rules.join(', ')}, the place only hosts a gathering`, penalty };
    if (venue) return { sources, targets: [venue], rule: `${rules.join(', ')}, the gathering of ${venue.actor.code} held there`, penalty };
  }
  return { sources, targets, rule: rules.join(', '), penalty };
}

/** Gatherings of many parties: a visit to their venue is attendance, not a visit to the host. */
const GATHERINGS = new Set(['summit', 'assembly', 'conference', 'forum', 'session', 'games', 'olympics', 'congress', 'convention', 'plenary']);

/**
 * "… to New York for the UN General Assembly", "… to Geneva to attend a conference": the
 * organisation whose gathering follows the place, 'unnamed' when the gathering is no one's,
 * or null when no gathering follows.
 */
function gatheringAfter(tokens: readonly Token[], phrases: readonly ActorPhrase[], from: number, s: Sentence): ActorPhrase | 'unnamed' | null {
  const end = Math.min(s.lastToken, from + 12);
  let purpose = -1;
  for (let k = from; k < end; k++) {
    const w = tokens[k]!.lower;
    if (/^[.;:]$/.test(w)) return null;
    if (purpose < 0 && (w === 'for' || w === 'attend' || w === 'attending')) purpose = k;
    if (purpose >= 0 && GATHERINGS.has(w)) {
      const igo = phrases.find((ph) => ph.firstToken > purpose && ph.firstToken < k + 1 && ph.actor.org && !ph.actor.country);
      return igo ?? 'unnamed';
    }
  }
  return null;
}

/** Acts of force a reaction may name: what follows them with "on", "against" or "of" is their victim. */
const FORCE_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing', 'bombings', 'shelling', 'raid', 'raids', 'killing', 'killings', 'invasion', 'occupation', 'aggression', 'assault', 'offensive', 'incursion', 'violence', 'crackdown']);

/**
 * "condemned the attack on Rafah": the reaction ends on an act of force, and the phrase after
 * it is that act's victim, not whom the reaction is aimed at (the attacker, named elsewhere).
 */
function victimOfReactedAct(tokens: readonly Token[], last: number, object: ActorPhrase, cameo: string): boolean {
  if (!REACTIONS.test(cameo)) return false;
  let k = object.firstToken - 1;
  while (k >= last && DETERMINERS.has(tokens[k]!.lower)) k--;
  // "criticised the trip to Moscow", "condemned his visit to Taiwan": the place is where the
  // reacted trip went; the reaction is aimed at the traveller, named before
  if (k > last && /^(to|in)$/.test(tokens[k]!.lower) && TRIP_NOUNS.has(tokens[k - 1]!.lower)) return true;
  if (!FORCE_NOUNS.has(tokens[last - 1]?.lower ?? '')) return false;
  return k >= last && /^(on|against|of|in|into|at)$/.test(tokens[k]!.lower);
}

const TRIP_NOUNS = new Set(['trip', 'trips', 'visit', 'visits', 'journey', 'tour']);

/** Prepositions that name what a meeting is about: "talks on Ukraine", "a conference over Gaza". */
const TOPIC_PREPOSITIONS = new Set(['on', 'over', 'about', 'upon', 'regarding', 'concerning']);

/**
 * "held talks on Ukraine", "will host a conference on Gaza": the state after a topic
 * preposition is what a meeting or visit (root 04) is about, not a party to it; the parties
 * of such acts follow "with", "to" or "by". Consultation and negotiation (040, 041, 046) are
 * held with a partner: after any other word ("discussed sanctions against Russia") the state
 * is their topic.
 */
function topicOfMeeting(tokens: readonly Token[], ph: ActorPhrase, cameo: string): boolean {
  if (!cameo.startsWith('04')) return false;
  let k = ph.firstToken - 1;
  while (k > 0 && (DETERMINERS.has(tokens[k]!.lower) || (tokens[k]!.kind === 'word' && !tokens[k]!.upper && !TOPIC_PREPOSITIONS.has(tokens[k]!.lower) && /^(northern|southern|eastern|western|central|occupied|besieged|war-torn)$/.test(tokens[k]!.lower)))) k--;
  const before = tokens[k]?.lower ?? '';
  if (TOPIC_PREPOSITIONS.has(before)) return true;
  return /^04[016]$/.test(cameo) && !/^(with|between)$/.test(before);
}

/**
 * "killed 12 militants near the Afghan border", "fired tear gas at migrants on the Turkish
 * border": a demonym on a border says where, not at whom; only a show of force (15x) is
 * aimed at the state across it ("massed troops on the Ukrainian border").
 */
function borderPlace(tokens: readonly Token[], ph: ActorPhrase, cameo: string): boolean {
  if (cameo.startsWith('15') || !ph.parts.every((m) => m.kind === 'demonym')) return false;
  if (!/^(border|borders|frontier)$/.test(tokens[ph.lastToken]?.lower ?? '')) return false;
  // "an Egyptian border post", "Iranian border guards" are the state's own
  if (/^(post|posts|outpost|outposts|guard|guards|police|force|forces|troops|patrol|patrols|officers|station|stations)$/.test(tokens[ph.lastToken + 1]?.lower ?? '')) return false;
  let k = ph.firstToken - 1;
  while (k > 0 && /^(the|a|an)$/.test(tokens[k]!.lower)) k--;
  return /^(on|at|near|along|across|by|close|off)$/.test(tokens[k]?.lower ?? '');
}

/** The phrase follows "from": for aid that names a donor or a place left, never the recipient ("to help evacuate citizens from Sudan"). */
function afterFrom(tokens: readonly Token[], ph: ActorPhrase): boolean {
  let k = ph.firstToken - 1;
  while (k > 0 && /^(the|a|an|its|their|his|her|our)$/.test(tokens[k]!.lower)) k--;
  return tokens[k]?.lower === 'from';
}

const VOTE_VERBS = /^(vote|votes|voted|voting)$/;

/** Whom a reaction to `noun` ("the call") is aimed at: its maker if a sentence before named one, else the previous sentence's subject. */
function reactedTo(ctx: ParticipantContext, noun: string | null): { by: ActorPhrase; rule: string } | null {
  if (!noun) return null;
  const maker = ctx.maker?.(noun);
  if (maker) return { by: maker, rule: `target: who made "the ${noun}" before` };
  return ctx.previousSubject ? { by: ctx.previousSubject, rule: 'target from the previous sentence' } : null;
}

/** "his", "their" before a noun is a determiner of that noun, not the act's target. */
function isPossessivePronoun(tokens: readonly Token[], ph: ActorPhrase): boolean {
  return ph.parts.length === 0 && POSSESSIVE_PRONOUNS.has(tokens[ph.firstToken]!.lower);
}

/** The actor before "'s" that owns the noun at `first`, past adjectives ("Russia's full-scale invasion"). */
/** The index of "its" or "their" right before the noun act, past up to two modifiers ("its weekend attack"), or -1. */
const OWNER_PRONOUN = /^(its|their)$/;

function ownerPronounAt(tokens: readonly Token[], first: number): number {
  const k = backOverModifiers(tokens, first, 2, (w) => OWNER_PRONOUN.test(w));
  return OWNER_PRONOUN.test(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * Walks back from the word before a noun at `first` over up to `reach` lower-case modifiers
 * (words that cannot be finite verbs, and determiners when `determiners`), stopping at a word
 * `stop` accepts: the index where it stopped.
 */
function backOverModifiers(tokens: readonly Token[], first: number, reach: number, stop: (lower: string) => boolean, determiners = false): number {
  let k = first - 1;
  while (k > 0 && first - k <= reach && tokens[k]!.kind === 'word' && !tokens[k]!.upper && !stop(tokens[k]!.lower) && ((determiners && DETERMINERS.has(tokens[k]!.lower)) || !canBeFiniteVerb(tokens[k]!))) k--;
  return k;
}

function possessiveOwner(tokens: readonly Token[], phrases: readonly ActorPhrase[], first: number): ActorPhrase | null {
  const k = backOverModifiers(tokens, first, 3, (w) => w === "'s");
  if (tokens[k]?.lower !== "'s") return null;
  return phrases.find((ph) => (ph.lastToken === k || ph.lastToken === k + 1) && !ph.placeOnly) ?? null;
}

/** Verbs of a stand taken on an act someone else does ("supported the invasion"); not "launched" or "halted", whose subject does it. */
const ATTITUDE_VERBS = /^(support|back|oppos|reject|condemn|denounc|critici[sz]|welcom|prais|endors|applaud|hail|fear|prevent|avert|veto|protest|resist|condon|justif|deplor|lament|decr)(e|es|s|ed|d|ing)?$/;

/** The noun act (after its determiners and adjectives) is the object of a verb of attitude. */
function afterAttitude(tokens: readonly Token[], first: number): boolean {
  const k = backOverModifiers(tokens, first, 3, (w) => ATTITUDE_VERBS.test(w), true);
  return ATTITUDE_VERBS.test(tokens[k]?.lower ?? '');
}

/** The noun at `first` follows "any", past adjectives: "any military intervention", "any attack". */
function afterAny(tokens: readonly Token[], first: number): boolean {
  return tokens[backOverModifiers(tokens, first, 3, (w) => w === 'any')]?.lower === 'any';
}
