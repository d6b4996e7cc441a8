import { UserError } from '../core/errors.js';
import type { Correction } from './contract.js';

const MODALITIES = ['asserted', 'planned', 'negated', 'hypothetical'];

/** Checks a correction before any backend stores it; the message names the bad field. */
export function validateCorrection(c: Omit<Correction, 'id' | 'created_at'>): void {
  if (!c.author?.trim()) throw new UserError('a correction needs an author', 'say who corrects: author');
  switch (c.field) {
    case 'cameo':
      if (!c.value || !/^\d{2,4}$/.test(c.value)) throw new UserError(`value '${c.value}' is not a CAMEO code`, 'give 2 to 4 digits, e.g. 057');
      break;
    case 'source':
    case 'target':
      if (!c.value || !/^([A-Z]{3}[A-Z]{0,3}|IGO:[A-Z0-9]+)$/.test(c.value)) throw new UserError(`value '${c.value}' is not an actor code`, 'e.g. IRN, IRNMIL or IGO:UN');
      break;
    case 'modality':
      if (!c.value || !MODALITIES.includes(c.value)) throw new UserError(`value '${c.value}' is not a modality`, `one of ${MODALITIES.join(', ')}`);
      break;
    case 'date':
      if (c.value !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.value)) throw new UserError(`value '${c.value}' is not a date`, 'YYYY, YYYY-MM or YYYY-MM-DD, or null for unknown');
      break;
    case 'not_event':
      break;
    default:
      throw new UserError(`field '${String(c.field)}' cannot be corrected`, 'one of cameo, source, target, modality, date, not_event');
  }
}

export function validateComment(c: { author: string; body: string }): void {
  if (!c.author?.trim()) throw new UserError('a comment needs an author');
  if (!c.body?.trim()) throw new UserError('a comment needs a body');
  if (c.body.length > 20_000) throw new UserError('a comment is limited to 20,000 characters');
}
