import { tokenize } from '../stages/tokens/tokenize.js';

/** The matching key of one token; the tokenizer computes it once for every token. */
export { tokenKey } from '../stages/tokens/tokenize.js';

/** Splits an alias into the same tokens the text is split into. */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias).map((t) => t.text);
}

/** An alias written in capitals ("US", "SCO", "U.N.") must match with the same case. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters.length <= 8;
}
