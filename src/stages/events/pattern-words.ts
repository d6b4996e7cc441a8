import type { Token } from '../../core/types.js';
import type { EventPattern } from '../../lexicon/patterns.js';

/** What one word form is to the patterns: in which word elements it is listed, which patterns it may start. */
interface FormUse {
  /** Numbers of the word elements that list the form. */
  elements: number[];
  /** Patterns (by position in the list) whose first word has this form; none if it starts no pattern. */
  starts: number[] | undefined;
  /** The stamp of the last sentence whose elements this form has stamped: a word met again in it adds nothing. */
  stamp: number;
}

/**
 * The pattern words of the sentence entered last: the patterns that may start at each of
 * its tokens, and whether each word of a pattern occurs in it, so a pattern that lacks one
 * is skipped before any matching. Each distinct word element (a set of forms, shared by
 * many patterns) gets a number; entering a sentence stamps the elements its tokens' forms
 * belong to, with a stamp that changes from sentence to sentence, so nothing is cleared
 * per sentence, a token's forms are looked up once, and a pattern is checked with a few
 * integer comparisons.
 */
export class PatternWords {
  private readonly forms = new Map<string, FormUse>();
  /** Per pattern (by position in the list), the numbers of its word elements. */
  private readonly required: number[][];
  /** The stamp of the last sentence that has a form of an element, by element number. */
  private readonly elementSeen: Uint32Array;
  private stamp = 0;
  /** The patterns that may start at each token of the sentence, from its first token on. */
  private readonly starts: (readonly number[] | undefined)[] = [];
  private from = 0;
  /**
   * Whether every form starts with a letter or is longer than one character: then no
   * number (it starts with a digit) or punctuation token (one character, no letter) is a
   * form, and those tokens need no lookup.
   */
  private readonly wordFormsOnly: boolean;

  constructor(patterns: readonly EventPattern[]) {
    const elementNumbers = new Map<string, number>();
    this.required = patterns.map((p) => {
      const numbers = new Set<number>();
      for (const e of p.elements) {
        if (e.type !== 'word') continue;
        const identity = [...e.forms].sort().join(' ');
        let n = elementNumbers.get(identity);
        if (n === undefined) {
          elementNumbers.set(identity, (n = elementNumbers.size));
          for (const f of e.forms) this.use(f).elements.push(n);
        }
        numbers.add(n);
      }
      return [...numbers];
    });
    patterns.forEach((p, n) => {
      const first = p.elements.find((e) => e.type === 'word');
      if (first?.type === 'word') for (const f of first.forms) (this.use(f).starts ??= []).push(n);
    });
    this.elementSeen = new Uint32Array(elementNumbers.size);
    this.wordFormsOnly = [...this.forms.keys()].every((f) => /^[\p{L}\p{M}]/u.test(f) || [...f].length > 1);
  }

  private use(form: string): FormUse {
    let u = this.forms.get(form);
    if (!u) this.forms.set(form, (u = { elements: [], starts: undefined, stamp: 0 }));
    return u;
  }

  /** Starts a sentence: notes the forms (lower case and key) of tokens [from, to). */
  enter(tokens: readonly Token[], keys: readonly string[], from: number, to: number): void {
    if (this.stamp === 0xffffffff) {
      // the stamp wrapped: forget every earlier sentence
      this.elementSeen.fill(0);
      for (const u of this.forms.values()) u.stamp = 0;
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    this.from = from;
    this.starts.length = 0;
    for (let i = from; i < to; i++) {
      // (a key other than the token itself, as NFKD makes "km" of "㎞", is looked up)
      if (this.wordFormsOnly && tokens[i]!.kind !== 'word' && keys[i] === tokens[i]!.lower) {
        this.starts.push(undefined);
        continue;
      }
      const lower = tokens[i]!.lower;
      const byLower = this.see(lower, stamp);
      // most keys are the lower-case form itself
      const byKey = keys[i] !== lower ? this.see(keys[i]!, stamp) : byLower;
      // a pattern is found by the lower-case form first, by the key only when that starts none
      this.starts.push(byLower?.starts ?? byKey?.starts);
    }
  }

  private see(form: string, stamp: number): FormUse | undefined {
    const u = this.forms.get(form);
    // a form met before in the sentence ("the", "to") has stamped its elements already
    if (u && u.stamp !== stamp) {
      u.stamp = stamp;
      for (const n of u.elements) this.elementSeen[n] = stamp;
    }
    return u;
  }

  /** The patterns (positions in the list) that may start at token `i` of the sentence entered last. */
  startingAt(i: number): readonly number[] | undefined {
    return this.starts[i - this.from];
  }

  /** Whether every word of pattern `p` (its position in the list) has a form in the sentence entered last. */
  allPresent(p: number): boolean {
    for (const n of this.required[p]!) if (this.elementSeen[n] !== this.stamp) return false;
    return true;
  }
}
