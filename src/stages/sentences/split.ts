import type { Sentence, Token } from '../../core/types.js';

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj sgt capt cmdr adm gov sen rep st jr sr no nos vs etc inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt ft gen brig rev hon pres amb dept est approx fig')
    .split(' '),
);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const ENDERS = new Set(['.', '!', '?']);

/**
 * Groups tokens into sentences. A sentence ends at . ! ? (with closing quotes) before an
 * upper-case word, a digit or an opening quote, unless the stop follows an abbreviation;
 * every line break also ends one, since news lines are paragraphs or headlines.
 * Sets `token.sentence` on every token.
 */
export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const a = tokens[first]!;
    const b = tokens[last - 1]!;
    const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
    const nl = text.indexOf('\n', b.end);
    const lineEnd = nl < 0 ? text.length : nl;
    const ownLine = text.slice(lineStart, a.start).trim() === '' && text.slice(b.end, lineEnd).trim() === '';
    const headline = ownLine && !ENDERS.has(b.text) && !CLOSERS.has(b.text) && last - first <= 30;
    const index = sentences.length;
    for (let i = first; i < last; i++) tokens[i]!.sentence = index;
    sentences.push({ index, start: a.start, end: b.end, firstToken: first, lastToken: last, headline });
    first = last;
  };
  // the first line break at or after the token in hand: tokens hold none, so a break lies
  // between two tokens when it comes before the next one's start (no slice per token)
  let newline = text.indexOf('\n');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    while (newline >= 0 && newline < t.end) newline = text.indexOf('\n', newline + 1);
    if (next && newline >= 0 && newline < next.start) {
      close(i + 1);
      continue;
    }
    if (!ENDERS.has(t.text) || !next) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end) end++;
    const after = tokens[end];
    if (!after) break;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start) {
      if (ABBREVIATIONS.has(prev.lower)) continue;
      if (/^\p{Lu}$/u.test(prev.text)) continue; // an initial: "George W. Bush"
    }
    if (after.upper || after.kind === 'number' || /^["“‘'([]/.test(after.text)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
