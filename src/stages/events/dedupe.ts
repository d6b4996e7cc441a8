import type { EventRecord } from '../../core/types.js';
import { isSymmetric } from '../../ontology/cameo.js';
import { actorKey } from '../actors/actor-code.js';

/** The identity of an act within one article: dyad (unordered when symmetric), code, status. */
function identity(e: EventRecord): string {
  const a = actorKey(e.source)!;
  const b = actorKey(e.target)!;
  const dyad = isSymmetric(e.cameo) && b < a ? `${b}|${a}` : `${a}|${b}`;
  return `${dyad}|${e.cameo}|${e.modality}`;
}

/**
 * One event per act per article: repeated reports merge into the most confident one, whose
 * sentence is the evidence; the other sentences become extra evidence. A missing date or
 * role is filled from the other reports.
 */
export function dedupe(events: readonly EventRecord[]): EventRecord[] {
  const byKey = new Map<string, EventRecord>();
  for (const e of events) {
    const key = identity(e);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...e, more_evidence: [...e.more_evidence] });
      continue;
    }
    const [keep, drop] = e.confidence > prev.confidence ? [{ ...e, more_evidence: [...prev.more_evidence] }, prev] : [prev, e];
    if (drop.evidence.start !== keep.evidence.start && !keep.more_evidence.some((x) => x.start === drop.evidence.start)) keep.more_evidence.push(drop.evidence);
    // a date stated in a sentence beats one taken from the narrative around another
    if ((!keep.date && drop.date) || (keep.date_basis === 'context' && drop.date_basis === 'stated')) {
      keep.date = drop.date;
      keep.date_precision = drop.date_precision;
      keep.date_basis = drop.date_basis;
    }
    if (!keep.source.role && drop.source.role && keep.source.country === drop.source.country) keep.source = drop.source;
    if (!keep.target.role && drop.target.role && keep.target.country === drop.target.country) keep.target = drop.target;
    byKey.set(key, keep);
  }
  return absorbGeneric([...byKey.values()]);
}

/** A code of conflict that names only its root: 100, 110, …, 200. */
const GENERIC_CONFLICT = /^(1[0-9]|20)0$/;

/**
 * "Israel strikes Gaza" in the headline (190) and "Israeli jets bombed Gaza" in the body (195)
 * are one act told twice: a root-only code of conflict gives way to a more specific code of
 * the same root for the same directed pair and status, and its sentence becomes extra evidence.
 */
function absorbGeneric(events: EventRecord[]): EventRecord[] {
  const specific = (e: EventRecord) =>
    events.find((x) => x !== e && !GENERIC_CONFLICT.test(x.cameo) && x.cameo.slice(0, 2) === e.cameo.slice(0, 2) && x.modality === e.modality && actorKey(x.source) === actorKey(e.source) && actorKey(x.target) === actorKey(e.target));
  const out: EventRecord[] = [];
  for (const e of events) {
    const into = GENERIC_CONFLICT.test(e.cameo) ? specific(e) : undefined;
    if (!into) {
      out.push(e);
      continue;
    }
    if (into.evidence.start !== e.evidence.start && !into.more_evidence.some((x) => x.start === e.evidence.start)) into.more_evidence.push(e.evidence);
    if (!into.date && e.date) {
      into.date = e.date;
      into.date_precision = e.date_precision;
      into.date_basis = e.date_basis;
    }
  }
  return out;
}
