import wink from 'wink-lexicon';

/**
 * Common English words with their Penn Treebank tags, from wink-lexicon (about 13,000
 * words; personal names are not in it). The rules use it to tell a capitalised common
 * noun ("Cooperation Pact") from a name, and a verb from a noun.
 */
const table = wink.lexicon;

export function posTags(lower: string): readonly string[] {
  const tags = Object.prototype.hasOwnProperty.call(table, lower) ? table[lower] : undefined;
  return tags ?? [];
}

export function isCommonWord(lower: string): boolean {
  return posTags(lower).length > 0;
}

/** The word can be a finite or participle verb form (said, visits, held, signed). */
export function canBeVerb(lower: string): boolean {
  return posTags(lower).some((t) => t.startsWith('VB'));
}

/** The word is only ever a verb form: never a noun, adjective, adverb or preposition. */
export function onlyVerb(lower: string): boolean {
  const tags = posTags(lower);
  return tags.some((t) => t.startsWith('VB')) && tags.every((t) => t.startsWith('VB') || t === 'RP');
}
