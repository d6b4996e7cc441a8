import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/stages/tokens/tokenize.js';
import { splitSentences } from '../../src/stages/sentences/split.js';

test('tokens keep exact offsets into the unchanged text', () => {
  const text = 'Iran’s top commander met U.S. envoys in al-Quds, didn’t he?';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

const cases: [string, string[]][] = [
  ['Iran’s Armed Forces', ['Iran', '’s', 'Armed', 'Forces']],
  ["the U.S. and the U.N.", ['the', 'U.S.', 'and', 'the', 'U.N.']],
  ['Hezbollah didn’t attack', ['Hezbollah', 'did', 'n’t', 'attack']],
  ['al-Qaeda’s 2,000 fighters', ['al-Qaeda', '’s', '2,000', 'fighters']],
  ['O’Brien said: “No.”', ['O’Brien', 'said', ':', '“', 'No', '.', '”']],
];
for (const [text, expected] of cases) {
  test(`tokenize ${JSON.stringify(text)}`, () => assert.deepEqual(tokenize(text).map((t) => t.text), expected));
}

const sentenceCases: [string, number][] = [
  ['Gen. Smith arrived. He met Mr. Jones.', 2],
  ['The U.S. Navy sailed. China protested.', 2],
  ['Headline without a stop\nThe body begins here. It goes on.', 3],
  ['“We will respond,” he said. Talks resume Monday.', 2],
  ['President George W. Bush spoke.', 1],
];
for (const [text, n] of sentenceCases) {
  test(`sentences of ${JSON.stringify(text)}`, () => {
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    assert.equal(sentences.length, n, sentences.map((s) => text.slice(s.start, s.end)).join(' | '));
    assert.ok(tokens.every((t) => t.sentence >= 0));
  });
}

test('a line without closing punctuation at the top is a headline', () => {
  const text = 'Iran and Russia plan drills\n\nIran and Russia will hold drills.';
  const s = splitSentences(text, tokenize(text));
  assert.equal(s[0]!.headline, true);
  assert.equal(s[1]!.headline, false);
});

/** The tokeniser as it was before its ASCII fast path: one regular expression for every token. */
function tokenizeByRegex(text: string) {
  const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|[^\s]/gu;
  const out: { text: string; start: number; kind: string }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const kind = /^\p{N}/u.test(word) ? 'number' : /^[\p{L}\p{M}]/u.test(word) ? 'word' : 'punct';
    const split = kind !== 'word' ? null : (/^(.+?)(['’]s)$/u.exec(word) ?? /^(.+?)(n['’]t)$/iu.exec(word));
    if (split) {
      out.push({ text: split[1]!, start: m.index, kind }, { text: split[2]!, start: m.index + split[1]!.length, kind });
    } else out.push({ text: word, start: m.index, kind });
  }
  return out;
}

test('the ASCII fast path splits as the regular expression does, next to characters outside ASCII', () => {
  const alphabet = ['a', 'Z', 'U', '.', '-', "'", '’', '`', 's', 't', 'T', 'n', 'N', '1', '9', ',', ':', ' ', '\n', '\u00a0', 'é', 'É', '²', '٣', '\u0301', '🙂', '\u2028', '\x0b', '\x1c', 'st', 'th', 'al-', 'Q'];
  let seed = 7;
  const next = (k: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k;
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let j = 1 + next(12); j > 0; j--) text += alphabet[next(alphabet.length)];
    const got = tokenize(text).map((t) => ({ text: t.text, start: t.start, kind: t.kind }));
    assert.deepEqual(got, tokenizeByRegex(text), JSON.stringify(text));
  }
});
