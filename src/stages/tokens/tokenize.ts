import type { Token } from '../../core/types.js';

// Abbreviations written with dots ("U.S.", "U.N."), words with inner hyphens or
// apostrophes ("al-Qaeda", "O'Brien"), numbers with separators and ordinals, then any
// other visible character as punctuation.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|[^\s]/gu;

/** Folds typographic apostrophes and lower-cases, for matching. */
export function fold(text: string): string {
  return text.replace(/[’‘`]/g, "'").toLowerCase();
}

// Arabic names keep a lower-case article: "al-Qaeda", "Abu Mahdi al-Muhandis", "el-Sisi".
const ARTICLE_NAME = /^(al|el|ad|ash|as|at|an|ar|az|ud|ul|bin|ibn|bint)-\p{Lu}/u;

/** The matching key of a word: folded, lower case, without diacritics. */
export function tokenKey(text: string): string {
  return keyOfFolded(fold(text));
}

/** Only ASCII characters: nothing outside U+0000–U+007F. */
const ASCII = /^[^\u0080-\uffff]*$/;

/** `tokenKey` of text already folded; ASCII text, most of it, has no diacritics to strip. */
function keyOfFolded(lower: string): string {
  return ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function make(text: string, start: number, kind: Token['kind']): Token {
  const upper = /^\p{Lu}/u.test(text) || ARTICLE_NAME.test(text);
  const lower = fold(text);
  return { text, start, end: start + text.length, lower, key: keyOfFolded(lower), kind, upper, sentence: -1 };
}

/**
 * Splits text into tokens with exact offsets. A possessive `'s` and the `n't` of a
 * contraction become tokens of their own, so "Iran's" is "Iran" + "'s".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // an exec loop rather than matchAll, which clones the pattern and wraps each match in an
  // iterator step; TOKEN never matches the empty string, so lastIndex always moves on
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const at = m.index;
    if (/^\p{N}/u.test(word)) {
      tokens.push(make(word, at, 'number'));
      continue;
    }
    if (!/^[\p{L}\p{M}]/u.test(word)) {
      tokens.push(make(word, at, 'punct'));
      continue;
    }
    // only a word ending in s can be a possessive, only one ending in t a negation
    const end = word[word.length - 1];
    const possessive = end === 's' ? /^(.+?)(['’]s)$/u.exec(word) : null;
    const negation = end === 't' || end === 'T' ? /^(.+?)(n['’]t)$/iu.exec(word) : null;
    const split = possessive ?? negation;
    if (split && split[1] && split[2]) {
      tokens.push(make(split[1], at, 'word'));
      tokens.push(make(split[2], at + split[1].length, 'word'));
    } else {
      tokens.push(make(word, at, 'word'));
    }
  }
  return tokens;
}
