import type { ActorPhrase, Token } from '../../core/types.js';

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
    // "both countries", "the two nations": the two states named last, as two phrases on one span
    const pair = pluralReference(tokens, i);
    if (pair && !covered(phrases, i)) {
      const states = lastTwoStates(tokens, out);
      if (states) {
        for (const st of states) {
          out.push({ start: t.start, end: tokens[i + pair - 1]!.end, actor: { ...st.actor }, parts: [], firstToken: i, lastToken: i + pair, person: false, placeOnly: false, antecedent: st.actor.code });
        }
      }
    }
    if (PERSONAL_PRONOUNS.has(t.lower) && !covered(phrases, i)) {
      // "X told Y that he …": a pronoun prefers the last person who was a subject, not an object
      const antecedent = [...people].reverse().find((p) => !isObject(tokens, p)) ?? people[people.length - 1];
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

/** The length of "both countries" / "the two nations" starting at token i, or 0. */
function pluralReference(tokens: readonly Token[], i: number): number {
  const a = tokens[i]?.lower;
  const b = tokens[i + 1]?.lower;
  const c = tokens[i + 2]?.lower;
  if (a === 'both' && b && PLURAL_HEADS.has(b)) return 2;
  if (a === 'the' && b === 'two' && c && PLURAL_HEADS.has(c)) return 3;
  return 0;
}

/** The two most recent distinct states (by country or organisation) among earlier phrases. */
function lastTwoStates(tokens: readonly Token[], phrases: readonly ActorPhrase[]): [ActorPhrase, ActorPhrase] | null {
  const seen: ActorPhrase[] = [];
  for (let k = phrases.length - 1; k >= 0 && seen.length < 2; k--) {
    const ph = phrases[k]!;
    const key = ph.actor.country ?? ph.actor.org;
    if (!key || ph.antecedent || ph.placeOnly || isObject(tokens, ph)) continue;
    if (!seen.some((x) => (x.actor.country ?? x.actor.org) === key)) seen.push(ph);
  }
  return seen.length === 2 ? [seen[1]!, seen[0]!] : null;
}

const OBJECT_MARKERS = new Set(['in', 'at', 'into', 'near', 'told', 'tells', 'tell', 'met', 'meets', 'meet', 'with', 'to', 'by', 'of', 'for', 'from', 'against', 'urged', 'asked', 'called', 'invited', 'received', 'hosted', 'welcomed', 'thanked', 'warned', 'accused', 'criticised', 'criticized', 'praised', 'visited']);

/** The phrase is the object of a verb or preposition ("told Romania's ambassador", "met with X"). */
function isObject(tokens: readonly Token[], ph: ActorPhrase): boolean {
  let k = ph.firstToken - 1;
  while (k >= 0 && /^(the|a|an|his|her|their|its)$/.test(tokens[k]!.lower)) k--;
  return k >= 0 && OBJECT_MARKERS.has(tokens[k]!.lower);
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
