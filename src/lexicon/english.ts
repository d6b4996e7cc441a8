import wink from 'wink-lexicon';

/**
 * Common English words with their Penn Treebank tags, from wink-lexicon (about 13,000
 * words; personal names are not in it). The rules use it to tell a capitalised common
 * noun ("Cooperation Pact") from a name, and a verb from a noun.
 */
// a Map of the table's own entries: one lookup per question, where the object took an
// own-property check and a read, and no prototype key ("constructor") to guard against
const table = new Map(Object.entries(wink.lexicon));
const NO_TAGS: readonly string[] = [];

export function posTags(lower: string): readonly string[] {
  return table.get(lower) ?? NO_TAGS;
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

/**
 * The word can be a past participle: tagged so, or an -ed word the tag lexicon lacks (it
 * lacks many: "detained", "kidnapped", "summoned").
 */
export function mayBeParticiple(lower: string): boolean {
  return posTags(lower).includes('VBN') || untaggedPastForm(lower);
}

/** An -ed word the tag lexicon lacks, most often a past form ("expelled", "summoned"). */
export function untaggedPastForm(lower: string): boolean {
  return posTags(lower).length === 0 && /^[a-z]{3,}ed$/.test(lower);
}

/** Words that open a subordinate or coordinate clause with a subject of its own: "days after it expelled". */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'as', 'although', 'though', 'once', 'and', 'but', 'where']);

export function opensClause(lower: string): boolean {
  return CLAUSE_OPENERS.has(lower);
}
