import type { Mention, Sentence, Token } from '../../core/types.js';
import type { AliasMatch, KnowledgeBase } from '../../kb/knowledge-base.js';
import { tokenKey } from '../../kb/normalize.js';
import { isCommonWord, posTags } from '../../lexicon/english.js';
import { loadSurnameFirst } from '../../kb/name-order.js';
import { loadPastimeHeads } from '../../kb/pastime-heads.js';
import { FUNCTION_WORDS, INNER_BREAKS, NAME_CONNECTORS, NOT_PEOPLE, ORG_HEADS, PLACE_HEADS, PLACE_PREPOSITIONS, THING_HEADS } from './words.js';

function mentionFromAlias(text: string, tokens: readonly Token[], m: AliasMatch, date: string | null, kb: KnowledgeBase): Mention {
  const e = m.alias.entry;
  const a = tokens[m.first]!;
  const b = tokens[m.last - 1]!;
  let country = e.country;
  let org = e.org;
  let role = e.role;
  let reason = `kb ${e.source}`;
  let code = e.code;
  if (e.kind === 'person') {
    const r = kb.personRole(e, date);
    if (r) {
      country = r.country;
      org = r.org;
      role = r.role;
      code = r.code;
      reason = `kb person ${e.name}: ${r.title} (${r.from ?? '?'}–${r.to ?? 'now'})`;
    }
  }
  const kind = m.alias.kind === 'demonym' ? 'demonym' : e.kind;
  const type = kind === 'demonym' || kind === 'role' ? null : e.type;
  const surface = text.slice(a.start, b.end);
  // two literals rather than one with `...(code ? { code } : {})`: a spread inside a literal
  // makes V8 build each mention property by property (the keys keep their order either way)
  if (code) return { start: a.start, end: b.end, text: surface, kind, type, country, org, role, name: e.name, kbId: e.id, code, firstToken: m.first, lastToken: m.last, reason };
  return { start: a.start, end: b.end, text: surface, kind, type, country, org, role, name: e.name, kbId: e.id, firstToken: m.first, lastToken: m.last, reason };
}

/** Prefers a longer match; at equal length, a name over a role word, a state over a capital. */
function better(a: AliasMatch, b: AliasMatch): AliasMatch {
  const len = (m: AliasMatch) => m.last - m.first;
  if (len(a) !== len(b)) return len(a) > len(b) ? a : b;
  const rank = (m: AliasMatch) => ({ person: 6, igo: 5, group: 5, country: 4, demonym: 3, capital: 2, role: 1, org: 1, place: 0 })[m.alias.kind];
  return rank(b) > rank(a) ? b : a;
}

/**
 * Recognises mentions in one sentence: the longest knowledge-base alias at each token,
 * then runs of capitalised words the knowledge base does not know, typed by their head
 * word and their context. `known` holds names already seen in the article (surnames of
 * people found earlier), so "Baqeri" joins "Mohammad Baqeri".
 */
export function recognizeSentence(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Sentence,
  kb: KnowledgeBase,
  date: string | null,
  known: Map<string, Mention>,
): Mention[] {
  const out: Mention[] = [];
  let i = sentence.firstToken;
  while (i < sentence.lastToken) {
    const matches = kb.matchAt(tokens, i, keys).filter((m) => m.last <= sentence.lastToken);
    if (matches.length) {
      const best = matches.reduce(better);
      const title = best.alias.kind === 'role' && /^ROLE:(title|both):/.test(best.alias.entry.id);
      const org = OVERRIDABLE.has(best.alias.kind) && !title ? organisationOverKnown(text, tokens, keys, i, best.last, sentence, kb) : null;
      if (org) {
        out.push(org);
        i = org.lastToken;
        continue;
      }
      if (best.alias.kind === 'demonym' && describesPastime(tokens, best.last)) {
        i = best.last;
        continue;
      }
      const m = mentionFromAlias(text, tokens, best, date, kb);
      out.push(m.kind === 'group' ? (branchNamedEarlier(m, known) ?? m) : m);
      i = best.last;
      continue;
    }
    if (isRegionalDemonym(tokens, keys, i, kb)) {
      // "South American presidents", "West African states": a region, not the state its demonym names
      i += 2;
      continue;
    }
    const compound = stateCompound(text, tokens, keys, i, kb);
    if (compound) {
      out.push(compound);
      i++;
      continue;
    }
    const run = capitalisedRun(tokens, keys, i, sentence, kb);
    if (run) {
      const m = typeRun(text, tokens, keys, run[0], run[1], sentence, out, known, kb);
      if (m) out.push(m);
      i = run[1];
      continue;
    }
    i++;
  }
  return out;
}

const PASTIME_HEADS = loadPastimeHeads();

/** "the Australian cricket team", "Indian tourists": a pastime noun within the lower-case words after a demonym. */
function describesPastime(tokens: readonly Token[], after: number): boolean {
  for (let k = after; k < after + 3; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.upper || t.sentence !== tokens[after - 1]!.sentence) return false;
    if (PASTIME_HEADS.has(t.key)) return true;
  }
  return false;
}

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central', 'latin', 'northern', 'southern', 'eastern', 'western', 'southeast', 'northeast', 'southwest', 'northwest']);

/** A capitalised compass word before a demonym that the knowledge base does not know as one name ("South American", unlike "South Korean"). */
function isRegionalDemonym(tokens: readonly Token[], keys: readonly string[], i: number, kb: KnowledgeBase): boolean {
  if (!tokens[i]!.upper || !COMPASS_WORDS.has(keys[i]!)) return false;
  return kb.matchAt(tokens, i + 1, keys).some((m) => m.alias.kind === 'demonym' && m.last === i + 2);
}

/**
 * A group's regional branch named earlier in the article ("al-Qaeda in the Arabian
 * Peninsula") is what a later bare "al-Qaeda" means there: reports shorten a branch to its
 * parent's name, and the branch says which state the fighting is about.
 */
function branchNamedEarlier(m: Mention, known: ReadonlyMap<string, Mention>): Mention | null {
  const prefix = `${m.name.toLowerCase()} in `;
  for (const k of known.values()) {
    if (k.kind === 'group' && k.kbId !== m.kbId && k.name.toLowerCase().startsWith(prefix)) {
      return { ...m, country: k.country, org: k.org, role: k.role, name: k.name, kbId: k.kbId, ...(k.code ? { code: k.code } : {}), reason: `the branch "${k.text}" named earlier` };
    }
  }
  return null;
}

/** A run of capitalised words (with name connectors inside) starting at `i`, or null. */
function capitalisedRun(tokens: readonly Token[], keys: readonly string[], i: number, s: Sentence, kb: KnowledgeBase): [number, number] | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.upper) return null;
  if (FUNCTION_WORDS.has(t.lower) && (i === s.firstToken || !/^\p{Lu}{2,}$/u.test(t.text))) return null;
  // "Thousands of Armenians …": a common word opening a sentence is capitalised for that alone
  if (i === s.firstToken && isCommonWord(keys[i]!) && !tokens[i + 1]?.upper) return null;
  let j = i + 1;
  while (j < s.lastToken) {
    const u = tokens[j]!;
    if (u.start > tokens[j - 1]!.end + 1) break;
    if (u.kind === 'word' && u.upper && !INNER_BREAKS.has(u.lower)) {
      // a known name starts here: let it stand on its own, unless it is an organisation's
      // name inside a longer one ("Social Democratic Party", "Kataeb Hezbollah")
      const known = kb.matchAt(tokens, j, keys).filter((m) => m.alias.kind !== 'role');
      if (known.some((m) => m.alias.kind !== 'group' && (m.last - m.first > 1 || m.alias.kind === 'person' || m.alias.kind === 'igo' || m.alias.kind === 'country' || m.alias.kind === 'demonym'))) break;
      // a group's name runs on inside a longer name only after a proper word ("Kataeb Hezbollah")
      // or when it is a party's or front's name ("Social Democratic Party"); not "Evil Mordor"
      const group = known.find((m) => m.alias.kind === 'group');
      if (group && isCommonWord(keys[i]!) && !ORG_HEADS.has(group.alias.tokens[group.alias.tokens.length - 1]!)) break;
      j++;
      continue;
    }
    if (u.kind === 'punct' && u.text === '-' && tokens[j + 1]?.upper) {
      j++;
      continue;
    }
    if (NAME_CONNECTORS.has(u.lower) && u.lower !== 'and' && tokens[j + 1]?.upper && tokens[j + 1]?.kind === 'word') {
      j++;
      continue;
    }
    break;
  }
  // a connector or hyphen at the end belongs to what follows ("Amadou Diarra of Mali")
  while (j > i + 1 && (NAME_CONNECTORS.has(tokens[j - 1]!.lower) || tokens[j - 1]!.text === '-')) j--;
  return [i, j];
}

function typeRun(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  first: number,
  last: number,
  s: Sentence,
  before: readonly Mention[],
  known: Map<string, Mention>,
  kb: KnowledgeBase,
): Mention | null {
  const a = tokens[first]!;
  const b = tokens[last - 1]!;
  const surface = text.slice(a.start, b.end);
  const words = keys.slice(first, last);
  const head = words[words.length - 1]!;
  const base = { start: a.start, end: b.end, text: surface, country: null, org: null, role: null, name: surface, kbId: null, firstToken: first, lastToken: last } as const;
  const seen = known.get(surface) ?? (last - first === 1 ? (known.get(`surname:${head}`) ?? compassShorthand(tokens, first, known, kb)) : undefined);
  if (seen) return { ...base, kind: seen.kind, type: seen.type, country: seen.country, org: seen.org, role: seen.role, name: seen.name, kbId: seen.kbId, reason: `same name as "${seen.text}" earlier` };
  if (words.some((w) => ORG_HEADS.has(w))) {
    if (last - first === 1) return null; // "the Council" alone names no one in particular
    return { ...base, kind: 'org', type: 'ORG', ...insideOrg(tokens, keys, first, last, kb), reason: 'capitalised name with an organisation head word' };
  }
  if (PLACE_HEADS.has(head)) return { ...base, kind: 'place', type: 'LOC', reason: 'capitalised name with a place head word' };
  const prev = before[before.length - 1];
  if (THING_HEADS.has(head)) return null;
  const titled = prev && prev.lastToken === first && prev.kind === 'role' && prev.kbId?.match(/^ROLE:(title|both):/);
  if (titled) return { ...base, kind: 'person', type: 'PERSON', reason: `name after the title "${prev.text}"` };
  const prevWord = tokens[first - 1];
  const sentenceStart = first === s.firstToken || (prevWord && /^["“(]$/.test(prevWord.text) && first - 1 === s.firstToken);
  if (last - first === 1) {
    if (prevWord && PLACE_PREPOSITIONS.has(prevWord.lower)) return { ...base, kind: 'place', type: 'GPE', reason: `lone name after "${prevWord.text}"` };
    return null;
  }
  if (sentenceStart && FUNCTION_WORDS.has(keys[first]!)) return null;
  if (looksLikeName(tokens, words, first, last)) return { ...base, kind: 'person', type: 'PERSON', reason: 'run of capitalised words read as a personal name' };
  return null;
}

/**
 * "The South retaliated": a bare "the North"/"the South" is the state of that name named
 * earlier in the article, or else the namesake of the one named ("North Korea" makes "the
 * South" South Korea), when the knowledge base has it.
 */
function compassShorthand(tokens: readonly Token[], i: number, known: ReadonlyMap<string, Mention>, kb: KnowledgeBase): Mention | undefined {
  const word = tokens[i]!.lower;
  if ((word !== 'north' && word !== 'south') || tokens[i - 1]?.lower !== 'the') return undefined;
  const same = known.get(`compass:${word}`);
  if (same) return same;
  const other = known.get(`compass:${word === 'north' ? 'south' : 'north'}`);
  if (!other) return undefined;
  const namesake = `${tokens[i]!.text} ${other.name.split(' ').slice(1).join(' ')}`;
  const entry = kb.aliasesOf(namesake).find((a) => a.kind === 'country')?.entry;
  return entry ? { ...other, text: entry.name, country: entry.country, name: entry.name, kbId: entry.id } : undefined;
}

/** Remembers names found in a sentence so later short forms resolve to them. */
export function rememberNames(mentions: readonly Mention[], known: Map<string, Mention>, tokens: readonly Token[]): void {
  for (const m of mentions) {
    // "Korea" after "South Korea": the last word of a state's name, when it is no common word
    if (m.kind === 'country' && m.lastToken - m.firstToken > 1) {
      const last = tokenKey(tokens[m.lastToken - 1]!.text);
      if (!isCommonWord(last)) known.set(`surname:${last}`, m);
      // "the North" after "North Korea", "the South" after "South Sudan"
      const first = tokens[m.firstToken]!.lower;
      if (first === 'north' || first === 'south') known.set(`compass:${first}`, m);
      continue;
    }
    if (m.kind !== 'person' && m.kind !== 'org' && m.kind !== 'group') continue;
    known.set(m.text, m);
    if (m.kind === 'person' && m.lastToken - m.firstToken > 1) {
      // "Ferdinand Marcos Jr." is later "Marcos"
      let end = m.lastToken;
      while (end - m.firstToken > 2 && NAME_SUFFIXES.has(tokens[end - 1]!.key.replace(/\.$/, ''))) end--;
      if (tokens[end - 1]!.text === '.' && NAME_SUFFIXES.has(tokens[end - 2]!.key)) end -= 2;
      known.set(`surname:${tokenKey(tokens[end - 1]!.text)}`, m);
      // "Xi Jinping" is later "Xi", "Lai Ching-te" "Lai": the surname comes first
      const first = tokens[m.firstToken]!;
      const hyphenated = tokens.slice(m.firstToken + 1, m.lastToken).some((t) => /^[A-Z][a-z]+-[a-z]+$/.test(t.text));
      if ((hyphenated || (m.country && SURNAME_FIRST.has(m.country))) && first.upper && !isCommonWord(first.lower) && !known.has(`surname:${first.key}`)) {
        known.set(`surname:${first.key}`, m);
      }
    }
  }
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const SURNAME_FIRST = loadSurnameFirst();

const ADJECTIVE_ENDING = /(an|ean|ern|ese|ish|ic|i)$/;

/**
 * A run of two to five capitalised words is read as a personal name unless it is made of
 * common English words ("Long-Term Military Cooperation Pact"), or is an adjective phrase
 * before a lower-case noun ("South American states").
 */
function looksLikeName(tokens: readonly Token[], words: readonly string[], first: number, last: number): boolean {
  if (last - first > 5) return false;
  if (!words.every((w, k) => NAME_CONNECTORS.has(w) || tokens[first + k]!.upper)) return false;
  const content = words.filter((w) => !NAME_CONNECTORS.has(w));
  if (content.every((w) => isCommonWord(w))) return false;
  if (content.some((w) => NOT_PEOPLE.has(w))) return false;
  const next = tokens[last];
  if (next && next.kind === 'word' && !next.upper && ADJECTIVE_ENDING.test(words[words.length - 1]!)) {
    // "South American nations", "Middle Eastern states": a name is rarely followed by its
    // noun; a surname ending the same way ("Rashidi met", "Raisi in Tehran") is followed by
    // a verb or a preposition
    const tags = posTags(next.lower);
    return !(tags.some((t) => t.startsWith('NN')) && !tags.some((t) => t.startsWith('VB') || t === 'IN' || t === 'CC' || t === 'TO' || t === 'MD'));
  }
  return true;
}

/** Known names that a longer organisation name may contain: "Russian Defence Ministry", "New York Times". */
const OVERRIDABLE = new Set<Mention['kind']>(['country', 'demonym', 'capital', 'place', 'role']);

/** The state and role an organisation's name carries inside it ("Federal Aviation Office of Germany" → DEU). */
function insideOrg(tokens: readonly Token[], keys: readonly string[], first: number, last: number, kb: KnowledgeBase): { country: string | null; role: Mention['role'] } {
  let country: string | null = null;
  let role: Mention['role'] = null;
  for (let k = first; k < last; k++) {
    for (const m of kb.matchAt(tokens, k, keys)) {
      if (m.last > last) continue;
      const e = m.alias.entry;
      const compound = k > first && tokens[k - 1]!.upper && m.alias.kind === 'demonym'; // "South American", "Latin American"
      if (!country && e.country && !compound && (e.kind === 'country' || e.kind === 'capital' || m.alias.kind === 'demonym')) country = e.country;
      if (e.kind === 'role' && e.role) role = e.role;
    }
  }
  return { country, role };
}

/**
 * A capitalised organisation name that begins with a known state, place or role word and
 * goes on past it to an organisation head word, or null when there is none.
 */
function organisationOverKnown(text: string, tokens: readonly Token[], keys: readonly string[], i: number, knownEnd: number, s: Sentence, kb: KnowledgeBase): Mention | null {
  if (!tokens[i]!.upper) return null;
  let j = i + 1;
  let lastHead = ORG_HEADS.has(keys[i]!) ? i + 1 : -1;
  while (j < s.lastToken) {
    const u = tokens[j]!;
    if (u.start > tokens[j - 1]!.end + 1) break;
    if (u.kind === 'word' && u.upper && !FUNCTION_WORDS.has(u.lower)) {
      if (kb.matchAt(tokens, j, keys).some((m) => m.alias.kind === 'person')) break;
      j++;
      if (ORG_HEADS.has(keys[j - 1]!)) lastHead = j;
      continue;
    }
    const next = tokens[j + 1];
    if ((u.lower === 'of' || u.lower === 'for') && next?.upper) {
      j++;
      continue;
    }
    if (u.lower === 'of' && next?.lower === 'the' && tokens[j + 2]?.upper) {
      j += 2;
      continue;
    }
    break;
  }
  // "Federal Aviation Office of Germany": the name ends at its head; the state after it
  // still gives the organisation its country
  const end = lastHead;
  if (end < 0 || end <= knownEnd) return null;
  const a = tokens[i]!;
  const b = tokens[end - 1]!;
  const surface = text.slice(a.start, b.end);
  return {
    start: a.start, end: b.end, text: surface, kind: 'org', type: 'ORG', org: null, name: surface, kbId: null,
    firstToken: i, lastToken: end, ...insideOrg(tokens, keys, i, tokens[end]?.lower === 'of' ? Math.min(j, end + 4) : end, kb), reason: 'organisation name around a known state or role word',
  };
}

/** Second halves of a hyphenated word that ties a thing to a state. */
const COMPOUND_TAILS = /^(flagged|linked|owned|registered|operated|bound|based|led|made|built|funded|run|controlled|held|backed|sponsored|supported|allied|aligned|armed|trained|installed|dominated)$/;
/** Of those, the halves that make the state a backer of what follows, not its owner: "Iran-backed Houthis" are Yemeni. */
const BACKER_TAILS = /^(backed|funded|sponsored|supported|allied|aligned|armed|trained|installed)$/;

/** "British-flagged", "Israel-linked", "Saudi-led", "UN-backed": a state or alliance named inside a hyphenated word. */
function stateCompound(text: string, tokens: readonly Token[], keys: readonly string[], i: number, kb: KnowledgeBase): Mention | null {
  const t = tokens[i]!;
  const dash = t.text.lastIndexOf('-');
  const tail = t.lower.slice(dash + 1);
  if (dash <= 0 || !t.upper || !COMPOUND_TAILS.test(tail)) return null;
  const head = tokenKey(t.text.slice(0, dash));
  const probe = [{ ...t, text: t.text.slice(0, dash), end: t.start + dash }];
  const match = kb.matchAt(probe, 0, [head]).find((m) => m.alias.kind === 'country' || m.alias.kind === 'demonym' || m.alias.kind === 'igo');
  if (!match) return null;
  const e = match.alias.entry;
  void keys;
  return {
    start: t.start, end: t.start + dash, text: text.slice(t.start, t.start + dash), kind: match.alias.kind === 'igo' ? 'igo' : 'demonym', type: null, country: e.country, org: e.country ? null : e.org, role: null,
    name: e.name, kbId: e.id, firstToken: i, lastToken: i + 1, reason: `state in the compound "${t.text}"`,
    ...(BACKER_TAILS.test(tail) ? { backer: true as const } : {}),
  };
}
