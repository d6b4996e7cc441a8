// Names for the codes the record uses.

export const QUADS = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

export const MODALITIES = {
  asserted: 'happened',
  planned: 'planned',
  negated: 'denied / did not happen',
  hypothetical: 'hypothetical',
};

/** The 20 CAMEO roots. */
export const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', 10: 'Demand', 11: 'Disapprove', 12: 'Reject', 13: 'Threaten', 14: 'Protest',
  15: 'Exhibit military posture', 16: 'Reduce relations', 17: 'Coerce', 18: 'Assault', 19: 'Fight', 20: 'Use unconventional mass violence',
};

/** What each correctable field takes, shown beside the value box. */
export const CORRECTION_FIELDS = {
  cameo: { label: 'CAMEO code', hint: '2 to 4 digits, e.g. 043' },
  source: { label: 'Source actor', hint: 'an actor code, e.g. IRN, IRNMIL or IGO:UN' },
  target: { label: 'Target actor', hint: 'an actor code, e.g. RUS, RUSMIL or IGO:SCO' },
  modality: { label: 'Status', hint: 'asserted, planned, negated or hypothetical' },
  date: { label: 'Date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD; leave empty for unknown' },
  not_event: { label: 'Not an event', hint: 'no value: the sentence reports no such act' },
};

/** "IRNMIL (Mohammad Baqeri)". */
export function actorText(a) {
  return a.name && a.name !== a.code ? `${a.code} (${a.name})` : a.code;
}

/** The actor key of an event side: country, else IGO:ORG. */
export function actorKey(a) {
  return a.country ?? (a.org ? `IGO:${a.org}` : a.code);
}
