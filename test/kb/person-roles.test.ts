import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleAt } from '../../src/kb/person-roles.js';
import type { PersonRole } from '../../src/kb/types.js';

// a frozen mini record, so the test does not move when data/ grows
const shoigu: PersonRole[] = [
  { country: 'RUS', org: null, role: 'GOV', title: 'Minister of Emergency Situations', from: '1994-01', to: '2012-05' },
  { country: 'RUS', org: null, role: 'MIL', title: 'Minister of Defence', from: '2012-11-06', to: '2024-05-12' },
  { country: 'RUS', org: null, role: 'GOV', title: 'Secretary of the Security Council', from: '2024-05-12', to: null },
];

const cases: [string | null, string | null][] = [
  ['2023-09-20', 'Minister of Defence'],
  ['2025-03-01', 'Secretary of the Security Council'],
  ['2012-08-01', 'Minister of Emergency Situations'], // between offices: the last one held
  ['1990-01-01', 'Minister of Emergency Situations'], // before any: the first
  [null, 'Secretary of the Security Council'],
  ['2012', 'Minister of Emergency Situations'],
];
for (const [date, title] of cases) {
  test(`Shoigu on ${date}: ${title}`, () => assert.equal(roleAt(shoigu, date)?.title, title));
}

test('no roles, no role', () => assert.equal(roleAt([], '2020-01-01'), null));
