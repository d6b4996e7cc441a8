import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../helpers/pipeline.js';

// A modifier coordinated with a demonym that has a role word shares that role word's head.
const cases: [string, string, string][] = [
  ['Indian and Chinese military commanders held talks on the border dispute.', 'INDMIL', 'CHNMIL'],
  ['U.S. and South Korean forces will begin their annual exercises next week.', 'USAMIL', 'KORMIL'],
];

for (const [sentence, source, target] of cases) {
  test(`shared head: ${sentence}`, () => {
    const events = run(sentence).events ?? [];
    const pair = events.find((e) => e.source.code === source && e.target.code === target);
    assert.ok(pair, `expected ${source} → ${target}, got ${events.map((e) => `${e.source.code} → ${e.target.code}`).join(', ') || 'none'}`);
  });
}

test('a full state name is no modifier: "the United States and Japanese forces" keeps the state', () => {
  const events = run('The United States and Japanese forces held joint drills near Okinawa.').events ?? [];
  assert.ok(!events.some((e) => e.source.code === 'USAMIL' || e.target.code === 'USAMIL'));
});
