import * as chrono from 'chrono-node';

/** Metadata found in an article's own text when the input did not give it. */
export interface FoundMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  byline: string | null;
}

const ISO_DATE = /\b(?:date\s*)?((?:19|20)\d{2})-(\d{2})-(\d{2})\b/i;
const CREDIT = /\(\s*Source\s*:\s*([^)]+?)\s*\)/i;
const BYLINE = /^\s*By\s+([^\n]{2,80})$/m;

/** The first date that names its year, day and month, as `YYYY-MM-DD`. */
export function findDate(text: string): { value: string; index: number; length: number } | null {
  const iso = ISO_DATE.exec(text);
  const written = chrono.parse(text).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  const candidates: { value: string; index: number; length: number }[] = [];
  if (iso) candidates.push({ value: `${iso[1]}-${iso[2]}-${iso[3]}`, index: iso.index, length: iso[0].length });
  if (written) {
    const d = written.start;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    candidates.push({ value: `${d.get('year')}-${pad(d.get('month'))}-${pad(d.get('day'))}`, index: written.index, length: written.text.length });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** Credits such as "(Source: PRESSTV)" name the outlet; their case is often shouted. */
function tidySource(s: string): string {
  const known: Record<string, string> = { PRESSTV: 'PressTV', 'PRESS TV': 'PressTV', IRNA: 'IRNA', TASS: 'TASS', AFP: 'AFP', AP: 'AP', REUTERS: 'Reuters', XINHUA: 'Xinhua' };
  const up = s.trim().toUpperCase();
  return known[up] ?? (s === up && s.length > 4 ? s.charAt(0) + s.slice(1).toLowerCase() : s.trim());
}

/**
 * Finds the title (the first line, less any dateline on it), the publication date (a
 * dateline near the top: "October 18, 2021", "date 2023-09-20"), and source credits
 * ("(Source: PRESSTV)", "By Staff, Agencies") in the text.
 */
export function findMetadata(text: string): FoundMetadata {
  const lines = text.split('\n');
  const firstIdx = lines.findIndex((l) => l.trim());
  const head = lines.slice(0, Math.max(firstIdx + 4, 4)).join('\n');
  const date = findDate(head);
  let title: string | null = null;
  if (firstIdx >= 0) {
    let line = lines[firstIdx]!;
    if (date) line = line.replace(ISO_DATE, '').replace(/^\s*date\s*/i, '');
    line = line.replace(/\s+/g, ' ').trim();
    // a line that is only a date or chrome is no title
    if (line && line.length >= 8 && !/^(news id|comments?)\b/i.test(line) && !findDate(line)) title = line;
  }
  const credit = CREDIT.exec(text);
  const byline = BYLINE.exec(text.slice(0, 2000));
  return { title, published: date?.value ?? null, source: credit ? tidySource(credit[1]!) : null, byline: byline ? byline[1]!.trim() : null };
}
