import type { Sentence, Timex } from '../../core/types.js';

/** "DUBAI, April 16 (AP) -": a date between a place and its credit or dash at the sentence's start. */
export function isDateline(text: string, s: Sentence, t: Timex): boolean {
  const before = text.slice(s.start, t.start);
  const after = text.slice(t.end, Math.min(s.end, t.end + 48));
  return /^\s*[A-Z][A-Za-z .,'’-]{1,40},\s*$/.test(before) && /^\s*(\([^)]{1,40}\)\s*)?[-–—]/.test(after);
}
