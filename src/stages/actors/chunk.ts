import type { ActorPhrase, Mention, Role, Token } from '../../core/types.js';
import { dictionaryCode, eachListedActor, makeActor } from './actor-code.js';

/** Words that may sit inside one actor phrase without ending it. */
const GLUE = new Set(["the", "'s", "'", 'of', 'for', 'top', 'senior', 'former', 'then', 'new', 'visiting', 'acting',
  'deputy', 'high-ranking', 'outgoing', 'incoming', 'interim', 'ex', 'late', 'current', 'two', 'then-', 'its', 'own', 'a', 'an',
  'powerful', 'influential', 'elite', 'supreme', 'overall', 'joint',
  // "NATO chief Jens Stoltenberg", "IAEA head Rafael Grossi": the office between a body and its holder
  'chief', 'head', 'boss']);
/** Role nouns for people sent by a state: "officials from Iran" (but "troops from Iraq" is where they leave). */
const PEOPLE_FROM = new Set(['officials', 'official', 'representatives', 'representative', 'delegates', 'delegation', 'delegations', 'diplomats', 'diplomat', 'envoys', 'envoy', 'leaders', 'ministers', 'negotiators', 'lawmakers', 'experts', 'observers', 'inspectors']);
/** Armed people named by where they come from ("militants from Somalia"), unless a verb moves them out of it. */
const ARMED_FROM = new Set(['militants', 'fighters', 'insurgents', 'rebels', 'gunmen', 'jihadists', 'separatists', 'armed groups', 'militant groups', 'rebel groups', 'armed men', 'troops', 'soldiers']);
/** Verbs that take people out of a place: "withdrew troops from Syria", "drove the militants from Mosul". */
const MOVED_OUT = /^(withdr[ae]w[ns]?|withdrawing|pull(s|ed|ing)?|dr[io]ve[ns]?|driving|expel(s|led|ling)?|evacuat(e|es|ed|ing)|oust(s|ed|ing)?|remov(e|es|ed|ing)|push(es|ed|ing)?|flush(es|ed|ing)?|chas(e|es|ed|ing)|repatriat(e|es|ed|ing)|brought|bring(s|ing)?|return(s|ed|ing)?|free[sd]?|freeing|rescu(e|es|ed|ing)|extract(s|ed|ing)?|deport(s|ed|ing)?|recall(s|ed|ing)?|fled|flee(s|ing)?|withdrawals?|pullouts?|pull-outs?|evacuations?|expulsions?|repatriations?|removals?|redeployments?)$/;
/** Home bodies of a state, named by where they sit: "the Foreign Ministry in Moscow" (not envoys or embassies, who sit abroad). */
const BODIES_IN = new Set(['ministry', 'government', 'authorities', 'officials', 'official', 'court', 'parliament', 'prosecutors', 'prosecutor', 'army', 'military', 'police', 'leadership', 'administration', 'cabinet', 'presidency', 'junta', 'regime']);
/** Roles that name an office rather than a kind of body; an organisation's role outranks them. */
const GENERIC_TITLES = new Set<Role>(['GOV']);

/** A verb of moving out within the few words before the phrase ("pulled its remaining troops from"). */
function movedOut(tokens: readonly Token[], phraseStart: number): boolean {
  const sentence = tokens[phraseStart]?.sentence;
  for (let k = phraseStart - 1; k >= Math.max(0, phraseStart - 4); k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (MOVED_OUT.test(t.lower)) return true;
  }
  return false;
}

const isActorPart = (m: Mention) => m.kind !== 'place' || m.type === 'GPE';

/** Groups adjacent mentions of one sentence into actor phrases. */
export function chunkSentence(tokens: readonly Token[], mentions: readonly Mention[]): ActorPhrase[] {
  const groups: Mention[][] = [];
  let current: Mention[] = [];
  const flush = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // "Iran-backed Houthis", "the Iran-backed group": the backer is neither the group nor one who acts
    if (!isActorPart(m) || m.backer) {
      flush();
      continue;
    }
    const prev = current[current.length - 1];
    if (prev && joinable(tokens, prev, m, current, mentions, k)) current.push(m);
    else {
      flush();
      current.push(m);
    }
  }
  flush();
  // a loop, not `map(phraseOf).flatMap(eachListedActor)`: V8's flatMap is slow, and this runs per sentence
  const out: ActorPhrase[] = [];
  for (const g of groups) {
    const listed = eachListedActor(phraseOf(g));
    if (listed.length === 1) out.push(listed[0]!);
    else for (const ph of listed) out.push(ph);
  }
  return out;
}

/** `mentions.slice(k)` are `next` and the mentions after it (sliced only where asked about). */
function joinable(tokens: readonly Token[], prev: Mention, next: Mention, group: readonly Mention[], mentions: readonly Mention[], k: number): boolean {
  const between = tokens.slice(prev.lastToken, next.firstToken);
  // two people, or two states side by side, are two actors
  if (prev.kind === 'person' && next.kind === 'person') return false;
  // "ambassador to Germany Richard Grenell": the state is where the post is, not whom he serves
  if (next.kind === 'person' && (prev.kind === 'country' || prev.kind === 'capital') && group.length === 1 && /^(to|in|from|at|with)$/.test(tokens[prev.firstToken - 1]?.lower ?? '')) return false;
  if (between.length === 0) return !(isState(prev) && isState(next));
  // "officials from Iran", "troops from Chad": the people of a state
  if (between.length === 1 && between[0]!.lower === 'from' && prev.kind === 'role' && isState(next) && !group.some(isState)) {
    const people = prev.text.toLowerCase();
    // "its troops from Niger": the troops have an owner already, and the state is where they are
    const owned = /^(its|their|our|his|her)$/.test(tokens[group[0]!.firstToken - 1]?.lower ?? '');
    if (PEOPLE_FROM.has(people) || (ARMED_FROM.has(people) && !owned && !movedOut(tokens, group[0]!.firstToken))) return true;
  }
  // "the Foreign Ministry in Moscow", "authorities in Kabul": a home body named by its seat
  if (between.length === 1 && between[0]!.lower === 'in' && prev.kind === 'role' && !prev.country && BODIES_IN.has(tokens[prev.lastToken - 1]!.lower) && next.kind === 'capital' && !group.some(isState)) return true;
  // "a spokesman for Hamas" is one actor; "New York for the UN General Assembly" is two
  if (between.some((t) => t.lower === 'for') && prev.kind !== 'role') return false;
  if (between.every((t) => GLUE.has(t.lower))) {
    // "Russia's Armed Forces" joins; "Iran's Russia" does not
    return !(isState(prev) && isState(next));
  }
  // "Minister of Defense of the Russian Federation and General of the Army Sergei Shoigu"
  if (between.length === 1 && between[0]!.lower === 'and' && next.kind === 'role' && !group.some((m) => m.kind === 'person')) {
    const rest = mentions.slice(k);
    const person = rest.find((m) => m.kind === 'person');
    return !!person && person.firstToken - next.firstToken <= 8 && rest.slice(0, rest.indexOf(person)).every((m) => m.kind === 'role' || isState(m));
  }
  // apposition: "chairman of the Iranian Armed Forces, Major General Mohammad Baqeri,"
  if (between.length === 1 && between[0]!.text === ',' && next.kind === 'role' && group.some((m) => m.kind === 'role') && !group.some((m) => m.kind === 'person')) {
    const rest = mentions.slice(k);
    const person = rest.find((m) => m.kind === 'person');
    return !!person && person.firstToken - next.firstToken <= 4 && rest.slice(0, rest.indexOf(person)).every((m) => m.kind === 'role');
  }
  return false;
}

const isState = (m: Mention) => m.kind === 'country' || m.kind === 'capital' || m.kind === 'demonym' || m.kind === 'igo';

/** Resolves a group of mentions to one actor. */
function phraseOf(parts: Mention[]): ActorPhrase {
  const person = parts.find((m) => m.kind === 'person');
  const states = parts.filter((m) => m.country || m.org);
  const roleWords = parts.filter((m) => m.kind === 'role' && m.role);
  let country: string | null = null;
  let org: string | null = null;
  let role: Role | null = null;
  let name: string | null = null;
  let actorPart: Mention | undefined = person;
  if (person && (person.country || person.org)) {
    country = person.country;
    org = person.org;
    role = person.role;
    name = person.name;
  } else {
    // the body the phrase belongs to: "the Armed Forces of Iran", "Iran's foreign ministry"
    const owner = states.find((m) => m.kind !== 'role') ?? states[0];
    actorPart = owner;
    country = owner?.country ?? null;
    org = owner?.country ? null : (owner?.org ?? null);
    // a spokesman for Hamas speaks as Hamas: the body's role outranks the office's
    const body = parts.find((m) => (m.kind === 'group' || m.kind === 'org') && m.role);
    role = body?.role ?? roleOf(roleWords);
    const named = person ?? parts.find((m) => m.kind === 'group' || m.kind === 'igo' || m.kind === 'org');
    name = named?.name ?? null;
  }
  if (!role && parts.some((m) => m.kind === 'group')) role = parts.find((m) => m.kind === 'group')!.role;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return {
    start: first.start,
    end: last.end,
    actor: makeActor(country, org, role, name, dictionaryCode(actorPart, parts)),
    parts,
    firstToken: first.firstToken,
    lastToken: last.lastToken,
    person: !!person || (roleWords.some((m) => /^ROLE:(title|both):/.test(m.kbId ?? '')) && last.kind === 'role'),
    placeOnly: parts.every((m) => m.kind === 'capital' || m.kind === 'place'),
    antecedent: null,
  };
}

/** The role of a phrase's role words: a body's role ("Armed Forces") outranks an office title ("chairman"). */
function roleOf(words: readonly Mention[]): Role | null {
  if (!words.length) return null;
  const specific = [...words].reverse().find((m) => m.role && !GENERIC_TITLES.has(m.role));
  return specific?.role ?? words[words.length - 1]!.role;
}
