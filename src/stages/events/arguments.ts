import type { ActorPhrase, Sentence, Token } from '../../core/types.js';

/** Prepositions whose object is not the subject of a later verb. */
const PREPOSITIONS = new Set(['of', 'in', 'at', 'to', 'from', 'with', 'by', 'on', 'for', 'against', 'into', 'near', 'between', 'among',
  'about', 'over', 'under', 'toward', 'towards', 'upon', 'through', 'across', 'after', 'before', 'during', 'since', 'like', 'than', 'including', 'via', 'behind', 'beside', 'within', 'without', 'amid', 'despite']);
/** Tokens that end a clause when looking for a subject. */
const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', '[', ']']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'both', 'all', 'this', 'that', 'these', 'those']);

/** True when the phrase is the object of a preposition ("in Moscow", "of the Iranian Armed Forces"). */
export function isPrepositionalObject(tokens: readonly Token[], ph: ActorPhrase, s: Sentence): boolean {
  let k = ph.firstToken - 1;
  while (k >= s.firstToken && (DETERMINERS.has(tokens[k]!.lower) || (tokens[k]!.kind === 'word' && !tokens[k]!.upper && /^(top|senior|former|visiting|new|other)$/.test(tokens[k]!.lower)))) k--;
  return k >= s.firstToken && PREPOSITIONS.has(tokens[k]!.lower);
}

/**
 * The subject of a trigger: the nearest actor phrase before it in the same clause that is
 * not the object of a preposition. A clause fronted by a participle ("Speaking upon his
 * arrival in Moscow, X said …") takes the subject of the main clause after its comma.
 */
export function findSubject(tokens: readonly Token[], phrases: readonly ActorPhrase[], s: Sentence, trigger: number, exclude: ActorPhrase | null): ActorPhrase | null {
  let boundary = s.firstToken;
  for (let k = trigger - 1; k >= s.firstToken; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.text)) {
      boundary = k + 1;
      break;
    }
  }
  const before = phrases.filter((ph) => ph.lastToken <= trigger && ph.firstToken >= boundary && ph !== exclude);
  for (let k = before.length - 1; k >= 0; k--) {
    const ph = before[k]!;
    if (!ph.actor.country && !ph.actor.org) continue;
    if (isPrepositionalObject(tokens, ph, s)) continue;
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

/** Phrases coordinated with `ph` ("Russia and China", "Iran, Russia and China"), itself included. */
export function coordinated(tokens: readonly Token[], phrases: readonly ActorPhrase[], ph: ActorPhrase): ActorPhrase[] {
  const i = phrases.indexOf(ph);
  if (i < 0) return [ph];
  const group = [ph];
  const joins = (a: ActorPhrase, b: ActorPhrase) => {
    const between = tokens.slice(a.lastToken, b.firstToken).map((t) => t.lower);
    const words = between.filter((w) => !DETERMINERS.has(w));
    return words.length === 1 && (words[0] === 'and' || words[0] === ',' || words[0] === 'or') || (words.length === 2 && words[0] === ',' && words[1] === 'and');
  };
  for (let k = i - 1; k >= 0 && joins(phrases[k]!, phrases[k + 1]!); k--) group.unshift(phrases[k]!);
  for (let k = i + 1; k < phrases.length && joins(phrases[k - 1]!, phrases[k]!); k++) group.push(phrases[k]!);
  return group.filter((g) => g.actor.country || g.actor.org);
}

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
