import type { StoredEvent } from '../store/contract.js';

/** Pads or cuts a cell to a width, marking a cut with an ellipsis. */
function fit(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, Math.max(0, width - 1))}…` : flat.padEnd(width);
}

/** A plain-text table with a header rule; the last column takes the remaining width. */
export function table(headers: string[], rows: string[][], totalWidth = process.stdout.columns || 160): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((a, b) => a + b + 2, 0);
  widths[widths.length - 1] = Math.max(20, Math.min(widths[widths.length - 1]!, totalWidth - fixed));
  const line = (cells: string[]) => cells.map((c, i) => fit(c, widths[i]!)).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Events as a table: when, who, what, to whom, status, confidence, evidence. */
export function eventTable(events: readonly StoredEvent[]): string {
  return table(
    ['id', 'date', 'source', 'cameo', 'event', 'target', 'status', 'conf', 'evidence'],
    events.map((e) => [
      String(e.id),
      e.date ?? '',
      e.source.code,
      e.cameo,
      e.label.length > 28 ? `${e.label.slice(0, 27)}…` : e.label,
      e.target.code,
      e.modality,
      e.confidence.toFixed(2),
      e.evidence.text,
    ]),
  );
}
