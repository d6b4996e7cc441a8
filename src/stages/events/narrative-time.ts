import type { Sentence, Timex } from '../../core/types.js';

const DAY = 86_400_000;

/**
 * The time a report is speaking of, for acts whose sentence names none: the last time
 * named in the current paragraph (or the one before), else the article's main date — the
 * first recent time in its opening sentences ("Speaking upon his arrival in Moscow on
 * Sunday, …"). A headline has none while it is read; its acts take the peg afterwards.
 */
export class NarrativeTime {
  private current: Timex | null = null;
  private paragraphsSince = 0;
  private main: Timex | null = null;
  private bodySentences = 0;

  constructor(
    private readonly text: string,
    private readonly anchor: string | null,
  ) {}

  /** Call before coding a sentence. */
  enter(s: Sentence, previous: Sentence | null): void {
    if (previous && this.text.slice(previous.end, s.start).includes('\n')) {
      this.paragraphsSince++;
      if (this.paragraphsSince > 1) this.current = null;
    }
  }

  /** The article's main date (its news peg), once the opening sentences have named one. */
  get peg(): Timex | null {
    return this.main;
  }

  /** The time for an undated act in the sentence being coded. */
  get(s: Sentence): Timex | null {
    if (s.headline) return null;
    return this.current ?? this.main;
  }

  /** Call after coding a sentence, with its time expressions. */
  leave(s: Sentence, timexes: readonly Timex[]): void {
    if (s.headline) return;
    this.bodySentences++;
    const past = timexes.filter((t) => !t.future && (!this.anchor || t.value <= this.anchor));
    if (past.length) {
      this.current = past[past.length - 1]!;
      this.paragraphsSince = 0;
    }
    if (!this.main && this.bodySentences <= 3 && this.anchor) {
      const recent = past.find((t) => t.precision === 'day' && Date.parse(this.anchor!) - Date.parse(t.value) <= 7 * DAY);
      if (recent) this.main = recent;
    }
  }
}
