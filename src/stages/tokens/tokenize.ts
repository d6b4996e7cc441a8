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
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    // most tokens are ASCII through and through: read them without the regular expression
    const end = c < 128 ? asciiTokenEnd(text, p, c) : -1;
    if (end > 0) {
      pushAscii(tokens, text.slice(p, end), p, c);
      p = end;
      continue;
    }
    // anything else from here (a character outside ASCII in or right after the token): TOKEN
    // decides, exactly as it would have from the end of the token before
    TOKEN.lastIndex = p;
    const m = TOKEN.exec(text);
    if (!m) break;
    pushMatch(tokens, m[0], m.index);
    p = TOKEN.lastIndex;
  }
  return tokens;
}

/** A token TOKEN matched, of any characters. */
function pushMatch(tokens: Token[], word: string, at: number): void {
  if (/^\p{N}/u.test(word)) {
    tokens.push(make(word, at, 'number'));
    return;
  }
  if (!/^[\p{L}\p{M}]/u.test(word)) {
    tokens.push(make(word, at, 'punct'));
    return;
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

const isUpperAscii = (c: number) => c >= 65 && c <= 90;
const isLetterAscii = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitAscii = (c: number) => c >= 48 && c <= 57;
const DOT = 46;

/**
 * Where the token TOKEN would match at `p` ends, read with ASCII character classes (where
 * \p{Lu} is A–Z, \p{L} A–Z and a–z, \p{N} 0–9 and \p{M} nothing), or -1 as soon as a
 * character the match depends on lies outside ASCII. `c` is the character at `p`, ASCII and no space.
 */
function asciiTokenEnd(text: string, p: number, c: number): number {
  if (isLetterAscii(c)) {
    // (?:\p{Lu}\.){2,}: abbreviations with dots, "U.S."
    let q = p;
    let pairs = 0;
    for (;;) {
      const u = text.charCodeAt(q);
      if (u >= 128) return -1;
      if (!isUpperAscii(u) || text.charCodeAt(q + 1) !== DOT) break;
      q += 2;
      pairs++;
    }
    if (pairs >= 2) return q;
    // [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*
    q = alnumRun(text, p + 1);
    while (q > 0) {
      const u = text.charCodeAt(q);
      if (u >= 128) return -1; // perhaps ’
      if (u !== 45 && u !== 39) break; // - '
      const after = text.charCodeAt(q + 1);
      if (after >= 128) return -1;
      if (!isLetterAscii(after) && !isDigitAscii(after)) break;
      q = alnumRun(text, q + 2);
    }
    return q;
  }
  if (isDigitAscii(c)) {
    // \p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?
    let q = digitRun(text, p + 1);
    while (q > 0) {
      const u = text.charCodeAt(q);
      if (u !== 46 && u !== 44 && u !== 58) break; // . , :
      const after = text.charCodeAt(q + 1);
      if (after >= 128) return -1;
      if (!isDigitAscii(after)) break;
      q = digitRun(text, q + 2);
    }
    if (q < 0) return -1;
    const a = text.charCodeAt(q);
    const b = text.charCodeAt(q + 1);
    // the alternatives in TOKEN's order: the first that fits is taken
    if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) return q + 2; // st nd rd th
    if (a === 115) return q + 1; // s
    return q;
  }
  // [^\s]: any other visible character, one on its own
  return p + 1;
}

/** The end of a run of ASCII letters and digits from `q`, or -1 if it runs into a character outside ASCII. */
function alnumRun(text: string, q: number): number {
  for (;;) {
    const u = text.charCodeAt(q);
    if (u >= 128) return -1;
    if (!isLetterAscii(u) && !isDigitAscii(u)) return q;
    q++;
  }
}

/** The end of a run of ASCII digits from `q`, or -1 if it runs into a character outside ASCII (perhaps a digit). */
function digitRun(text: string, q: number): number {
  for (;;) {
    const u = text.charCodeAt(q);
    if (u >= 128) return -1;
    if (!isDigitAscii(u)) return q;
    q++;
  }
}

/** An ASCII token: what `pushMatch` does, without its regular expressions. `c` is its first character. */
function pushAscii(tokens: Token[], word: string, at: number, c: number): void {
  if (isDigitAscii(c)) {
    tokens.push(makeAscii(word, at, 'number'));
    return;
  }
  if (!isLetterAscii(c)) {
    // a backquote folds to an apostrophe
    tokens.push(c === 96 ? make(word, at, 'punct') : makeAscii(word, at, 'punct'));
    return;
  }
  const len = word.length;
  const end = word.charCodeAt(len - 1);
  // "Iran's" → "Iran" + "'s"; "don't" → "do" + "n't"
  let cut = -1;
  if (end === 115 && len >= 3 && word.charCodeAt(len - 2) === 39) cut = len - 2;
  else if ((end === 116 || end === 84) && len >= 4 && word.charCodeAt(len - 2) === 39 && (word.charCodeAt(len - 3) | 32) === 110) cut = len - 3;
  if (cut > 0) {
    tokens.push(makeAscii(word.slice(0, cut), at, 'word'));
    tokens.push(makeAscii(word.slice(cut), at + cut, 'word'));
  } else {
    tokens.push(makeAscii(word, at, 'word'));
  }
}

/** `make` for ASCII text without a backquote: nothing to fold but case, no diacritics to strip. */
function makeAscii(text: string, start: number, kind: Token['kind']): Token {
  const c = text.charCodeAt(0);
  const upper = isUpperAscii(c) || (c >= 97 && text.includes('-') && ARTICLE_NAME.test(text));
  const lower = text.toLowerCase();
  return { text, start, end: start + text.length, lower, key: lower, kind, upper, sentence: -1 };
}
