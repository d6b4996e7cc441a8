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
    // the time of the sentence's own clause, not of a background clause in it ("…, who was
    // ousted in a coup on July 26", "since relations collapsed in 2013")
    const own = past.filter((t) => !inBackgroundClause(this.text, s, t));
    if (own.length) {
      const last = own[own.length - 1]!;
      // a time long past is background ("Saudi Arabia cut ties with Iran in 2016"): the
      // report's later undated sentences are back in its own time
      this.current = this.anchor && monthsBefore(last, this.anchor) > 12 ? null : last;
      this.paragraphsSince = 0;
    }
    if (!this.main && this.bodySentences <= 3 && this.anchor) {
      const recent = past.find((t) => t.precision === 'day' && Date.parse(this.anchor!) - Date.parse(t.value) <= 7 * DAY);
      if (recent) this.main = recent;
    }
  }
}

const BACKGROUND = /\b(after|since|because|following|before|until|who|which|whose|when|in (retaliation|response|revenge|reprisal) (for|to)|in the wake of|prompted by|triggered by)\b/i;

/** The time stands in a clause that tells what came before or whom a name is ("after Hamas attacked on Oct. 7"). */
export function inBackgroundClause(text: string, s: Sentence, t: Timex): boolean {
  const before = text.slice(s.start, t.start);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  return BACKGROUND.test(clause) || /^\s*(since|after|before|until)\b/i.test(t.text);
}

/** Whole months from the last day a time can mean to the anchor: "in 2016" in a 2018 report is 12 or more. */
function monthsBefore(t: Timex, anchor: string): number {
  const [y, m] = [Number(t.value.slice(0, 4)), t.precision === 'year' ? 12 : Number(t.value.slice(5, 7))];
  return (Number(anchor.slice(0, 4)) - y) * 12 + Number(anchor.slice(5, 7)) - m;
}

