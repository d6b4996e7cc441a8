import type { Correction, StoredEvent } from '../store/contract.js';
import { correctedValues } from './corrections.js';

/** The coder's columns, then the analysts' corrections (empty when an event has none). */
export const CSV_COLUMNS = [
  'id', 'article_id', 'date', 'date_precision', 'source_code', 'source_name', 'cameo', 'label', 'quad', 'goldstein', 'plover', 'target_code', 'target_name',
  'modality', 'confidence', 'rule', 'evidence_text', 'evidence_start', 'evidence_end', 'fingerprint',
  'corrected_cameo', 'corrected_source', 'corrected_target', 'corrected_modality', 'corrected_date', 'not_event', 'corrected_by', 'corrected_at',
] as const;

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** An event, with or without its corrections attached. */
export type ExportEvent = StoredEvent & { corrections?: readonly Correction[] };

/**
 * Events as RFC 4180 CSV with a header line. A date corrected to "unknown" is written
 * `unknown`, so it differs from an uncorrected date (an empty cell).
 */
export function eventCsv(events: readonly ExportEvent[]): string {
  const rows = events.map((e) => {
    const fix = correctedValues(e.corrections ?? []);
    const flat: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: e.id, article_id: e.article_id, date: e.date, date_precision: e.date_precision, source_code: e.source.code, source_name: e.source.name,
      cameo: e.cameo, label: e.label, quad: e.quad, goldstein: e.goldstein, plover: e.plover, target_code: e.target.code, target_name: e.target.name,
      modality: e.modality, confidence: e.confidence, rule: e.provenance.rule, evidence_text: e.evidence.text, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
      fingerprint: e.fingerprint,
      corrected_cameo: fix?.cameo, corrected_source: fix?.source, corrected_target: fix?.target, corrected_modality: fix?.modality,
      corrected_date: fix && 'date' in fix ? (fix.date ?? 'unknown') : null, not_event: fix?.not_event ? 'true' : null,
      corrected_by: fix?.by.join('; '), corrected_at: fix?.at,
    };
    return CSV_COLUMNS.map((c) => csvCell(flat[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/** Events as JSON lines, one full record a line, corrections included as they are given. */
export function eventJsonl(events: readonly ExportEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}
