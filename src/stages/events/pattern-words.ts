import type { Token } from '../../core/types.js';
import type { EventPattern } from '../../lexicon/patterns.js';

/**
 * Which patterns could match a sentence because each of their words occurs in it: a
 * pattern that lacks one is skipped before any matching. Each distinct word element (a set
 * of forms, shared by many patterns) gets a number; entering a sentence stamps the
 * elements its tokens' forms belong to, with a stamp that changes from sentence to
 * sentence, so nothing is allocated or cleared per sentence and a pattern is checked with
 * a few integer comparisons.
 */
export class PatternWords {
  /** Numbers of the word elements that list a form. */
  private readonly elementsByForm = new Map<string, number[]>();
  /** Per pattern (by its position in the list), the numbers of its word elements. */
  private readonly required: number[][];
  /** The stamp of the last sentence that has a form of an element, by element number. */
  private readonly elementSeen: Uint32Array;
  private stamp = 0;

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
          for (const f of e.forms) {
            let list = this.elementsByForm.get(f);
            if (!list) this.elementsByForm.set(f, (list = []));
            list.push(n);
          }
        }
        numbers.add(n);
      }
      return [...numbers];
    });
    this.elementSeen = new Uint32Array(elementNumbers.size);
  }

  /** Starts a sentence: notes the forms (lower case and key) of tokens [from, to). */
  enter(tokens: readonly Token[], keys: readonly string[], from: number, to: number): void {
    if (this.stamp === 0xffffffff) {
      // the stamp wrapped: forget every earlier sentence
      this.elementSeen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let i = from; i < to; i++) {
      const lower = tokens[i]!.lower;
      this.see(lower, stamp);
      if (keys[i] !== lower) this.see(keys[i]!, stamp);
    }
  }

  private see(form: string, stamp: number): void {
    const elements = this.elementsByForm.get(form);
    if (elements) for (const n of elements) this.elementSeen[n] = stamp;
  }

  /** Whether every word of pattern `p` (its position in the list) has a form in the sentence entered last. */
  allPresent(p: number): boolean {
    for (const n of this.required[p]!) if (this.elementSeen[n] !== this.stamp) return false;
    return true;
  }
}
