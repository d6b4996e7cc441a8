import { opensClause, posTags, untaggedPastForm } from '../../lexicon/english.js';
import type { ActorPhrase, Role, Token } from '../../core/types.js';
import { makeActor } from './actor-code.js';

const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/**
 * Joins later mentions to earlier ones within an article: personal pronouns to the last
 * person, and descriptions without a name ("the general", "the top Iranian commander",
 * "the Russian president") to the last person whose country and role fit.
 * Returns the phrases in text order, pronoun phrases included.
 */
export function resolveCoreference(tokens: readonly Token[], phrases: ActorPhrase[]): ActorPhrase[] {
  const out: ActorPhrase[] = [];
  const people: ActorPhrase[] = [];
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (p < phrases.length && phrases[p]!.firstToken === i) {
      const phrase = phrases[p++]!;
      const named = phrase.actor.name && phrase.parts.some((m) => m.kind === 'person');
      const owner = tokens[phrase.firstToken - 1]?.lower;
      if (!phrase.actor.country && !phrase.actor.org && owner && OWNER_PRONOUNS.has(owner)) {
        // "its forces", "their government", "his ministry": the body of the state named before
        const antecedent = owner === 'his' || owner === 'her' ? people[people.length - 1] : lastSubjectState(tokens, out);
        if (antecedent) {
          phrase.actor = { ...antecedent.actor, role: phrase.actor.role ?? antecedent.actor.role, name: antecedent.actor.name, code: `${antecedent.actor.country ?? `IGO:${antecedent.actor.org}`}${antecedent.actor.country ? (phrase.actor.role ?? '') : ''}` };
          phrase.antecedent = antecedent.actor.name ?? antecedent.actor.code;
        }
      } else if (!phrase.actor.country && !phrase.actor.org && !phrase.person && (tokens[phrase.firstToken]?.lower === 'the' || owner === 'the')) {
        // "Niger's junta … The junta", "Sudan's army … the army": a body named again by its head word
        const antecedent = sameBodyBefore(tokens, out, phrase);
        if (antecedent) {
          phrase.actor = { ...antecedent.actor };
          phrase.antecedent = antecedent.actor.name ?? antecedent.actor.code;
        }
      } else if (phrase.person && !named) {
        const antecedent = findPerson(people, phrase);
        if (antecedent) {
          phrase.actor = { ...antecedent.actor, role: antecedent.actor.role ?? phrase.actor.role };
          phrase.antecedent = antecedent.actor.name;
        }
      }
      out.push(phrase);
      if (phrase.person && (phrase.actor.country || phrase.actor.org)) people.push(phrase);
    }
    const t = tokens[i]!;
    // "the country", "the kingdom": the state named last
    if (tokens[i]!.lower === 'the' && STATE_NOUNS.has(tokens[i + 1]?.lower ?? '') && !covered(phrases, i + 1) && !/^(two|both)$/.test(tokens[i + 2]?.lower ?? '')) {
      const state = lastState(out);
      if (state) out.push({ start: t.start, end: tokens[i + 1]!.end, actor: { ...state.actor, role: null, code: state.actor.country ?? state.actor.code }, parts: [], firstToken: i, lastToken: i + 2, person: false, placeOnly: false, antecedent: state.actor.code });
    }
    // "both countries", "the two nations", "the two foreign ministers": the two states or
    // people named last, as two phrases on one span
    const pair = pluralReference(tokens, i);
    const within = pair ? phrases.filter((ph) => ph.firstToken < i + pair.length && i < ph.lastToken) : [];
    if (pair && within.every((ph) => !ph.actor.country && !ph.actor.org)) {
      // a bare role word in the span ("the two military commanders") says which people fit
      const role = within.find((ph) => ph.actor.role)?.actor.role ?? null;
      // "the two countries" passes over alliances and groups named since
      const candidates = pair.states ? out.filter((ph) => ph.actor.country) : out;
      const two = pair.people ? (pair.count === 2 ? lastTwoPeople(people, role, tokens) : null) : pair.count === 2 ? lastTwoStates(tokens, candidates, i) : lastListOf(tokens, candidates, i, pair.count);
      if (two) {
        for (const st of two) {
          out.push({ start: t.start, end: tokens[i + pair.length - 1]!.end, actor: { ...st.actor }, parts: [], firstToken: i, lastToken: i + pair.length, person: pair.people, placeOnly: false, antecedent: st.actor.name ?? st.actor.code });
        }
      }
    }
    // "Russian forces advanced on Kharkiv. They also destroyed …": a sentence that opens with
    // "they" continues with the plural subject of the sentence before
    if (t.lower === 'they' && opensSentence(tokens, i)) {
      for (const st of pluralSubjectBefore(tokens, out, t.sentence)) {
        out.push({ start: t.start, end: t.end, actor: { ...st.actor }, parts: [], firstToken: i, lastToken: i + 1, person: false, placeOnly: false, antecedent: st.actor.name ?? st.actor.code });
      }
    }
    // "suspended French broadcasters, accusing them of …": "them" is the plural object just before
    // "Russia and China blocked it. Washington accused them …": else the pair that was the subject before
    if (t.lower === 'them') {
      const object = pluralObjectBefore(tokens, out, i);
      const them = object ? [object] : pluralSubjectBefore(tokens, out, t.sentence).filter((ph) => !ph.placeOnly);
      for (const st of them) out.push({ start: t.start, end: t.end, actor: { ...st.actor }, parts: [], firstToken: i, lastToken: i + 1, person: false, placeOnly: false, antecedent: st.actor.name ?? st.actor.code });
    }
    // "Niger's junta ordered French troops out, days after it expelled the ambassador": "it"
    // opening a clause of its own with a finite verb is the state or body the sentence is about
    if (t.lower === 'it' && opensClause(tokens[i - 1]?.lower ?? '') && finiteAfterIt(tokens[i + 1])) {
      const subject = sentenceSubject(tokens, out, t.sentence);
      if (subject) out.push({ start: t.start, end: t.end, actor: { ...subject.actor }, parts: [], firstToken: i, lastToken: i + 1, person: false, placeOnly: false, antecedent: subject.actor.name ?? subject.actor.code });
    }
    // "ordered Israel to halt its campaign, accusing it of genocide": "it" accused is the state or body named last as an object
    if (t.lower === 'it' && ACCUSING.test(tokens[i - 1]?.lower ?? '') && /^(of|for)$/.test(tokens[i + 1]?.lower ?? '')) {
      const object = singularObjectBefore(tokens, out, i);
      if (object) out.push({ start: t.start, end: t.end, actor: { ...object.actor }, parts: [], firstToken: i, lastToken: i + 1, person: false, placeOnly: false, antecedent: object.actor.name ?? object.actor.code });
    }
    if (PERSONAL_PRONOUNS.has(t.lower) && !covered(phrases, i)) {
      // "X told Y that he …": a pronoun prefers the last person who was a subject, not an object;
      // "She urged him to …": an object pronoun is someone other than its clause's subject
      // ("spoke with Aliyev and urged him": the latest other person, object or not)
      const subject = objectPronoun(tokens, i) ? clauseSubjectPerson(tokens, out, i) : undefined;
      const antecedent = subject
        ? [...people].reverse().find((p) => p.actor.name !== subject.actor.name)
        : ([...people].reverse().find((p) => !isObject(tokens, p)) ?? people[people.length - 1]);
      if (antecedent) {
        out.push({
          start: t.start,
          end: t.end,
          actor: { ...antecedent.actor },
          parts: [],
          firstToken: i,
          lastToken: i + 1,
          person: true,
          placeOnly: false,
          antecedent: antecedent.actor.name ?? antecedent.actor.code,
        });
      }
    }
  }
  while (p < phrases.length) out.push(phrases[p++]!);
  return out;
}

const OPENERS = new Set(['but', 'and', 'yet', 'later', 'then', 'now']);

function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return true;
  return OPENERS.has(prev.lower) && tokens[i - 2]?.sentence !== tokens[i]!.sentence;
}

/** Plural nouns for a group that acts: "Russian forces", "Houthi rebels", "Iranian officials". */
const GROUP_PLURALS = /^(forces|troops|soldiers|militants|rebels|fighters|insurgents|officials|authorities|diplomats|negotiators|militias|jets|warplanes|warships|drones|gunmen|police|protesters|demonstrators)$/;

/**
 * The subject of the sentence before, when "they" can take it: a plural group ("Russian
 * forces") or a pair of coordinated actors ("Iran and Russia"), the first phrases of that sentence.
 */
function pluralSubjectBefore(tokens: readonly Token[], out: readonly ActorPhrase[], sentence: number): ActorPhrase[] {
  const before = out.filter((ph) => tokens[ph.firstToken]!.sentence === sentence - 1);
  const first = before[0];
  if (!first || first.placeOnly) return [];
  const head = tokens[first.lastToken - 1]!.lower;
  const second = before[1];
  if (second && tokens[first.lastToken]?.lower === 'and' && second.firstToken === first.lastToken + 1 && !second.placeOnly) return [first, second];
  // "Putin met Xi in Moscow. They signed …": the two who met
  const verb = tokens[first.lastToken]?.lower ?? '';
  // (a capital visited stands for its state's hosts: "Lula visited Seoul. They signed …")
  if (second && MEETING_VERBS.test(verb) && second.firstToken <= first.lastToken + 3 && (!second.placeOnly || /^visit/.test(verb)) && actorKeyOf(second) !== actorKeyOf(first)) return [first, second];
  return GROUP_PLURALS.test(head) ? [first] : [];
}

const MEETING_VERBS = /^(met|meets|hosted|hosts|received|receives|welcomed|welcomes|visited|visits)$/;

/** The latest phrase of a state or organisation, within three sentences, whose head word is this phrase's ("the junta" → "Niger's junta"), or whose named head holds a title with that word. */
function sameBodyBefore(tokens: readonly Token[], phrases: readonly ActorPhrase[], ph: ActorPhrase): ActorPhrase | null {
  const head = tokens[ph.lastToken - 1]!.lower;
  const here = tokens[ph.firstToken]!.sentence;
  for (let k = phrases.length - 1; k >= 0; k--) {
    const cand = phrases[k]!;
    if (here - tokens[cand.firstToken]!.sentence > 3) break;
    if (cand.placeOnly || (!cand.actor.country && !cand.actor.org)) continue;
    if (cand.person) {
      // "Sudan's army chief Abdel Fattah al-Burhan … the army": the body a named head's title names
      const titled = ph.actor.role && cand.actor.country && cand.parts.some((m) => m.kind === 'role' && m.text.toLowerCase().split(/\s+/).includes(head));
      if (titled) return { ...cand, actor: makeActor(cand.actor.country, null, ph.actor.role, null) };
      continue;
    }
    if (tokens[cand.lastToken - 1]!.lower === head) return cand;
  }
  return null;
}

/** "him", or "her" that owns no noun ("urged her to", "told her that"): a pronoun in object position. */
function objectPronoun(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if (w === 'him') return true;
  const next = tokens[i + 1];
  return w === 'her' && (!next || next.kind === 'punct' || OBJECT_FOLLOWERS.has(next.lower));
}
const OBJECT_FOLLOWERS = new Set(['to', 'that', 'of', 'for', 'on', 'in', 'at', 'with', 'about', 'over', 'and', 'as', 'by', 'from', 'into', 'not']);

/**
 * The person who is the subject of an object pronoun's verb: "She urged him", "Blinken spoke with
 * Aliyev and urged him" (a shared subject across "and"); objects are passed over, and a comma,
 * "that" or a relative pronoun between ends the search.
 */
function clauseSubjectPerson(tokens: readonly Token[], phrases: readonly ActorPhrase[], i: number): ActorPhrase | undefined {
  const sentence = tokens[i]!.sentence;
  let boundary = i;
  for (let p = phrases.length - 1; p >= 0; p--) {
    const ph = phrases[p]!;
    if (tokens[ph.firstToken]!.sentence !== sentence || ph.lastToken > i) return undefined;
    for (let k = ph.lastToken; k < boundary; k++) if (CLAUSE_BOUNDARIES.has(tokens[k]!.lower)) return undefined;
    boundary = ph.firstToken;
    if (isObject(tokens, ph)) continue;
    return ph.person ? ph : undefined;
  }
  return undefined;
}
const CLAUSE_BOUNDARIES = new Set([',', ';', ':', 'but', 'that', 'who', 'which', 'while', 'after', 'before', 'when', '"', '“', '”']);

function covered(phrases: readonly ActorPhrase[], i: number): boolean {
  return phrases.some((ph) => ph.firstToken <= i && i < ph.lastToken);
}

function findPerson(people: readonly ActorPhrase[], description: ActorPhrase): ActorPhrase | null {
  const { country, role } = description.actor;
  for (let k = people.length - 1; k >= 0; k--) {
    const cand = people[k]!;
    if (!cand.actor.name) continue;
    if (country && cand.actor.country !== country) continue;
    if (role && cand.actor.role && role !== cand.actor.role) continue;
    return cand;
  }
  return null;
}


const PLURAL_HEADS = new Set(['countries', 'nations', 'sides', 'states', 'governments', 'neighbours', 'neighbors', 'capitals', 'allies', 'rivals', 'parties']);
/** Heads that name states only: "the two countries" is never an alliance or a group. */
const STATE_HEADS = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors', 'capitals']);
/** Plural nouns for people in office: "the two leaders", "both defence chiefs". */
const PEOPLE_HEADS = new Set(['leaders', 'ministers', 'presidents', 'premiers', 'officials', 'commanders', 'chiefs', 'generals', 'diplomats', 'envoys', 'negotiators', 'delegates', 'heads', 'men', 'women', 'counterparts', 'statesmen']);
/** Words that may stand between "two" and the head are modifiers ("top-brass military", "South American"), never these. */
const MODIFIER_STOP = new Set(['and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'who', 'which', 'that', 'have', 'had', 'has', 'are', 'were', 'will', 'also', 'not']);

/**
 * A Map, not an object literal: this is asked about the word after nearly every token, and a
 * miss on an object searched its prototype too (slowly, and "constructor" was a count).
 */
const COUNTS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5]]);

/**
 * "both countries", "the two nations", "the two top military commanders", "all three
 * countries" starting at token i: its length, how many it names, and whether they are people.
 */
function pluralReference(tokens: readonly Token[], i: number): { length: number; count: number; people: boolean; states: boolean } | null {
  const a = tokens[i]?.lower;
  // the count is looked up only after the words that can precede it
  if (a !== 'both' && a !== 'the' && a !== 'all') return null;
  const count = COUNTS.get(tokens[i + 1]?.lower ?? '');
  let k: number;
  if (a === 'both') k = i + 1;
  else if (count) k = i + 2;
  else return null;
  const n = count ?? 2;
  for (let mods = 0; mods <= 3; mods++, k++) {
    const w = tokens[k];
    if (!w) return null;
    if (PLURAL_HEADS.has(w.lower)) return { length: k - i + 1, count: n, people: false, states: STATE_HEADS.has(w.lower) };
    if (PEOPLE_HEADS.has(w.lower)) return { length: k - i + 1, count: n, people: true, states: false };
    // a capitalised modifier that names a state is a phrase of its own, which the caller checks
    const modifier = (w.kind === 'word' && !MODIFIER_STOP.has(w.lower)) || w.text === '-';
    if (!modifier) return null;
  }
  return null;
}

/** How far back (in sentences) a partner of another state still counts as one of "the two leaders". */
const FOREIGN_PARTNER_SENTENCES = 3;

/**
 * The two most recent distinct people (by name) with a state or organisation and a fitting role,
 * earlier one first. The two are the sides of the story, so a person of another state than the
 * latest one, named in the last few sentences, comes before a compatriot named in between
 * ("Erdogan … was welcomed by President Sakellaropoulou before talks with Mitsotakis. The two
 * leaders signed …": Erdogan and Mitsotakis).
 */
function lastTwoPeople(people: readonly ActorPhrase[], role: Role | null, tokens: readonly Token[]): [ActorPhrase, ActorPhrase] | null {
  const fits = (ph: ActorPhrase) => !!ph.actor.name && !(role && ph.actor.role && ph.actor.role !== role);
  let latest = -1;
  for (let k = people.length - 1; k >= 0 && latest < 0; k--) if (fits(people[k]!)) latest = k;
  if (latest < 0) return null;
  const first = people[latest]!;
  const nearSentence = tokens[first.firstToken]!.sentence - FOREIGN_PARTNER_SENTENCES;
  let compatriot: ActorPhrase | null = null;
  for (let k = latest - 1; k >= 0; k--) {
    const ph = people[k]!;
    if (!fits(ph) || ph.actor.name === first.actor.name) continue;
    if (actorKeyOf(ph) !== actorKeyOf(first) && tokens[ph.firstToken]!.sentence >= nearSentence) return [ph, first];
    compatriot ??= ph;
    if (tokens[ph.firstToken]!.sentence < nearSentence) break;
  }
  return compatriot ? [compatriot, first] : null;
}

/**
 * The two sides named last: the latest pair of subjects joined by "and" in this sentence or
 * the two before it ("Sudan's army and the paramilitary RSF agreed … both sides", who may
 * share a state); else the two who met; else the latest joined pair of states anywhere
 * before; else the two most recent distinct states (by country or organisation).
 */
function lastTwoStates(tokens: readonly Token[], phrases: readonly ActorPhrase[], at: number): ActorPhrase[] | null {
  const here = tokens[at]!.sentence;
  // "Saudi Arabia and the UAE urged both countries to …": the sides an object names are not the
  // sentence's own joined subjects
  const asObject = PAIR_OBJECT_CUES.test(tokens[at - 1]?.lower ?? '');
  const named = betweenPair(tokens, phrases, here, at);
  if (named) return named;
  const near = joinedPair(tokens, phrases, here, 2, false, asObject ? here : -1);
  if (near) return near;
  const met = meetingPair(tokens, phrases, here);
  if (met) return met;
  // the pair the article is about, named as joined subjects further back ("Japan and the Philippines signed …")
  const far = joinedPair(tokens, phrases, here, Infinity, true, asObject ? here : -1);
  if (far) return far;
  // "The OAS will hold an emergency meeting … called on both sides": a body of states that
  // convenes or mediates is a side only when fewer than two states are named
  let seen = recentSides(tokens, phrases, here, false);
  if (seen.length < 2) seen = recentSides(tokens, phrases, here, true);
  // one state found: the other side is a group of no known state ("Ethiopian troops and Tigrayan rebels")
  return seen.length === 2 ? [seen[1]!, seen[0]!] : seen.length === 1 ? [seen[0]!] : null;
}

/**
 * "Egypt and Qatar, which have been mediating between Israel and Hamas, urged both sides":
 * a pair named after "between" earlier in this sentence or in the one before names the two
 * sides outright.
 */
function betweenPair(tokens: readonly Token[], phrases: readonly ActorPhrase[], here: number, at: number): [ActorPhrase, ActorPhrase] | null {
  for (let k = phrases.length - 1; k > 0; k--) {
    const b = phrases[k]!;
    const a = phrases[k - 1]!;
    if (b.lastToken > at) continue;
    if (here - tokens[a.firstToken]!.sentence > 1) break;
    if (!sideOfPair(a) || !sideOfPair(b) || actorKeyOf(a) === actorKeyOf(b)) continue;
    let j = a.firstToken - 1;
    while (j >= 0 && /^(the|a|an)$/.test(tokens[j]!.lower)) j--;
    const between = tokens.slice(a.lastToken, b.firstToken);
    if (tokens[j]?.lower === 'between' && between.length === 1 && between[0]!.lower === 'and') return [a, b];
  }
  return null;
}

/** The two most recent distinct actors before sentence `here` that may be sides, latest first; organisations of states only `withBodies`. */
function recentSides(tokens: readonly Token[], phrases: readonly ActorPhrase[], here: number, withBodies: boolean): ActorPhrase[] {
  const seen: ActorPhrase[] = [];
  for (let k = phrases.length - 1; k >= 0 && seen.length < 2; k--) {
    const ph = phrases[k]!;
    const key = actorKeyOf(ph);
    // a news outlet reports the sides; it is not one
    if (!key || ph.antecedent || ph.placeOnly || ph.actor.role === 'MED' || isObject(tokens, ph, phrases)) continue;
    if (!withBodies && !ph.actor.country) continue;
    // "The United States … called on both sides to": a subject of the sentence itself is not one of the sides
    if (tokens[ph.firstToken]!.sentence === here) continue;
    if (!seen.some((x) => actorKeyOf(x) === key)) seen.push(ph);
  }
  return seen;
}

/** Words before "both countries" that make it an object: "urged both sides", "mediate between the two countries". */
const PAIR_OBJECT_CUES = /^(urged|urging|urges|urge|asked|asking|pressed|pressing|told|telling|warned|warning|called|calling|on|between|to|with|for|against)$/;

/** The latest pair of subjects joined by "and" within `reach` sentences before sentence `here`; with `twoStates`, of two different states. */
function joinedPair(tokens: readonly Token[], phrases: readonly ActorPhrase[], here: number, reach: number, twoStates = false, skipSentence = -1): [ActorPhrase, ActorPhrase] | null {
  // a group of no known state may be one side ("Ethiopian troops and Tigrayan rebels"); it names no actor itself
  const side = (ph: ActorPhrase) => sideOfPair(ph) || (!!ph.actor.role && !ph.antecedent && !ph.placeOnly);
  for (let k = phrases.length - 1; k > 0; k--) {
    const b = phrases[k]!;
    const a = phrases[k - 1]!;
    if (here - tokens[b.firstToken]!.sentence > reach) break;
    if (!side(a) || !side(b) || (!sideOfPair(a) && !sideOfPair(b)) || a.firstToken === b.firstToken || tokens[a.firstToken]!.sentence === skipSentence) continue;
    if (twoStates && !(sideOfPair(a) && sideOfPair(b) && actorKeyOf(a) !== actorKeyOf(b))) continue;
    const between = tokens.slice(a.lastToken, b.firstToken);
    const joined = between[0]?.lower === 'and' && between.length <= 3 && between.slice(1).every((t) => t.kind === 'word' && !t.upper);
    if (joined && !isObject(tokens, a, phrases)) return [a, b];
  }
  return null;
}

/**
 * "the three countries": the latest list of that many distinct states joined by commas and
 * "and" in this sentence or the two before ("Brazil, Argentina and Chile").
 */
function lastListOf(tokens: readonly Token[], phrases: readonly ActorPhrase[], at: number, n: number): ActorPhrase[] | null {
  const here = tokens[at]!.sentence;
  for (let k = phrases.length - 1; k >= n - 1; k--) {
    if (here - tokens[phrases[k]!.firstToken]!.sentence > 2) break;
    const list = phrases.slice(k - n + 1, k + 1);
    if (!list.every(sideOfPair) || new Set(list.map(actorKeyOf)).size !== n) continue;
    const links = list.slice(1).map((b, j) => tokens.slice(list[j]!.lastToken, b.firstToken).map((t) => t.lower).join(' '));
    if (links.every((l, j) => (j === links.length - 1 ? /^(,? ?and)$/.test(l) : l === ','))) return list;
  }
  return null;
}

/** Nouns and verbs of talking that make a meeting as the verbs of meeting do: "held talks with", "spoke with". */
const MEETING_WORDS = /^(talks|spoke|talked|phoned|conversation|negotiated|call|meeting)$/;
/** The other words that may stand between a meeting's subject and its other party ("held a phone call with his"). */
const MEETING_GLUE = /^(with|held|holds|speaks|called|a|an|the|phone|telephone|video|his|her|their|its)$/;
const meetingWord = (w: string) => MEETING_VERBS.test(w) || MEETING_WORDS.test(w);
/** Words from a meeting's subject to its other party: "met (with)", "held talks with", "hosted". */
const toTheOtherParty = (w: string) => meetingWord(w) || MEETING_GLUE.test(w);

/**
 * The two who met in this sentence or the two before ("Modi held talks with Kishida …
 * The two sides agreed"): a meeting names its sides better than the states mentioned since.
 */
function meetingPair(tokens: readonly Token[], phrases: readonly ActorPhrase[], here: number): [ActorPhrase, ActorPhrase] | null {
  for (let k = phrases.length - 2; k >= 0; k--) {
    const a = phrases[k]!;
    const sentence = tokens[a.firstToken]!.sentence;
    if (here - sentence > 2) break;
    if (!sideOfPair(a) || isObject(tokens, a, phrases)) continue;
    // ("met his Turkish counterpart": the possessive is a phrase of its own, passed over)
    const b = phrases.slice(k + 1).find((ph) => ph.firstToken >= a.lastToken && !(ph.antecedent && toTheOtherParty(tokens[ph.firstToken]!.lower)));
    if (!b || !sideOfPair(b) || actorKeyOf(b) === actorKeyOf(a) || b.firstToken - a.lastToken > 5) continue;
    const between = tokens.slice(a.lastToken, b.firstToken);
    if (!between.every((t) => toTheOtherParty(t.lower)) || !between.some((t) => meetingWord(t.lower))) continue;
    return [a, b];
  }
  return null;
}

const OBJECT_MARKERS = new Set(['in', 'at', 'into', 'near', 'on', 'told', 'tells', 'tell', 'met', 'meets', 'meet', 'with', 'to', 'by', 'of', 'for', 'from', 'against', 'urged', 'asked', 'called', 'invited', 'received', 'hosted', 'welcomed', 'thanked', 'warned', 'accused', 'criticised', 'criticized', 'praised', 'visited']);

const actorKeyOf = (ph: ActorPhrase) => ph.actor.country ?? ph.actor.org;
const sideOfPair = (ph: ActorPhrase) => actorKeyOf(ph) !== null && !ph.antecedent && !ph.placeOnly;

/**
 * The phrase is the object of a verb or preposition ("told Romania's ambassador", "met with X"),
 * or a later member of such an object's list ("mediated by Saudi Arabia and the United States").
 */
function isObject(tokens: readonly Token[], ph: ActorPhrase, phrases: readonly ActorPhrase[] = []): boolean {
  let k = ph.firstToken - 1;
  while (k >= 0 && /^(the|a|an|his|her|their|its)$/.test(tokens[k]!.lower)) k--;
  if (k >= 0 && OBJECT_MARKERS.has(tokens[k]!.lower)) return true;
  // "accused the RSF of attacking a World Food Programme convoy": the object of a verb's -ing form
  if (k >= 0 && /^[a-z]+ing$/.test(tokens[k]!.lower) && posTags(tokens[k]!.lower).includes('VBG')) return true;
  if (k < 0 || (tokens[k]!.lower !== 'and' && tokens[k]!.text !== ',')) return false;
  const before = phrases.find((p) => p.lastToken === k);
  return before !== undefined && before !== ph && isObject(tokens, before, phrases);
}

/**
 * The latest plural actor that was an object, in this sentence or the one before, for "them":
 * "Police detained five Iranian nationals. Prosecutors charged them with spying."
 */
function pluralObjectBefore(tokens: readonly Token[], phrases: readonly ActorPhrase[], at: number): ActorPhrase | null {
  const sentence = tokens[at]!.sentence;
  for (let k = phrases.length - 1; k >= 0; k--) {
    const ph = phrases[k]!;
    if (tokens[ph.firstToken]!.sentence < sentence - 1) return null;
    if (ph.lastToken > at || ph.placeOnly || ph.antecedent || (!ph.actor.country && !ph.actor.org)) continue;
    // a demonym's noun is outside its phrase: "French broadcasters", "five Iranian nationals"
    const demonym = ph.parts.length === 1 && ph.parts[0]!.kind === 'demonym';
    const head = tokens[demonym ? ph.lastToken : ph.lastToken - 1]?.lower ?? '';
    if (!/[a-z]s$/.test(head) || ph.parts.some((m) => m.kind === 'person' || m.kind === 'country' || m.kind === 'capital')) continue;
    if (isObject(tokens, ph) || afterVerb(tokens, ph.firstToken)) return ph;
  }
  return null;
}

/** A past or modal verb after "it" ("it expelled", "it would", "it has"); not a copula, which is often empty ("after it was clear"). */
function finiteAfterIt(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.upper) return false;
  if (/^(would|will|could|can|had|has|did|does)$/.test(t.lower)) return true;
  const tags = posTags(t.lower);
  return tags.includes('VBD') || tags.includes('VBZ') || untaggedPastForm(t.lower);
}

/** The state or body that is the subject of sentence `sentence`: its first actor phrase, when no verb or preposition governs it. */
function sentenceSubject(tokens: readonly Token[], phrases: readonly ActorPhrase[], sentence: number): ActorPhrase | null {
  const first = phrases.find((ph) => tokens[ph.firstToken]!.sentence === sentence && !ph.placeOnly);
  if (!first || first.person || first.antecedent || (!first.actor.country && !first.actor.org) || isObject(tokens, first)) return null;
  return first;
}

/** Verbs that accuse their object "of" or blame it "for" an act. */
const ACCUSING = /^(accuse|accuses|accused|accusing|charge|charges|charged|charging|blame|blames|blamed|blaming|suspect|suspects|suspected|suspecting)$/;

/** The latest state or body that was an object earlier in the sentence of `at`: "ordered Israel to halt …, accusing it". */
function singularObjectBefore(tokens: readonly Token[], phrases: readonly ActorPhrase[], at: number): ActorPhrase | null {
  const sentence = tokens[at]!.sentence;
  for (let k = phrases.length - 1; k >= 0; k--) {
    const ph = phrases[k]!;
    if (tokens[ph.firstToken]!.sentence < sentence) return null;
    if (ph.lastToken > at || ph.placeOnly || ph.antecedent || ph.person || (!ph.actor.country && !ph.actor.org)) continue;
    // ("to order Israel": a verb after "to" governs an object too)
    const infinitive = tokens[ph.firstToken - 2]?.lower === 'to' && posTags(tokens[ph.firstToken - 1]!.lower).includes('VB');
    if (isObject(tokens, ph) || afterVerb(tokens, ph.firstToken) || infinitive) return ph;
  }
  return null;
}

/** A verb's form just before `first`, past determiners and numbers: "suspended the French broadcasters". */
function afterVerb(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (/^(the|a|an|his|her|their|its|two|three|four|five|several|some|dozens|of)$/.test(tokens[k]!.lower) || tokens[k]!.kind === 'number')) k--;
  const w = tokens[k];
  if (!w || w.kind !== 'word' || w.upper) return false;
  const tags = posTags(w.lower);
  return tags.includes('VBD') || tags.includes('VBN') || tags.includes('VBG') || (tags.length === 0 && /ed$/.test(w.lower));
}

/** The last state, organisation or group that was a subject (not an object), for "its" and "their". */
function lastSubjectState(tokens: readonly Token[], phrases: readonly ActorPhrase[]): ActorPhrase | null {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const ph = phrases[k]!;
    // a named person is "his" or "her"; "officials from Iran" may be "their"
    if (ph.parts.some((m) => m.kind === 'person') || ph.placeOnly || (!ph.actor.country && !ph.actor.org)) continue;
    if (isObject(tokens, ph)) continue;
    return ph;
  }
  return null;
}

const STATE_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic', 'emirate', 'state']);

/** The last state named (a country, not an organisation or a person). */
function lastState(phrases: readonly ActorPhrase[]): ActorPhrase | null {
  for (let k = phrases.length - 1; k >= 0; k--) {
    const ph = phrases[k]!;
    if (ph.actor.country && !ph.person && ph.parts.some((m) => m.kind === 'country' || m.kind === 'capital')) return ph;
  }
  return null;
}
