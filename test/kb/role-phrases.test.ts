import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from '../helpers/pipeline.js';

// A longer role phrase decides over a shorter one: bombers of an air force are its military,
// a bomber of no state an armed group's.
const cases: [string, string][] = [
  ['Russian strategic bombers violated Japanese airspace near Hokkaido.', 'RUSMIL'],
  ['Chinese long-range bombers entered Taiwan\'s air defence zone on Sunday.', 'CHNMIL'],
];

for (const [sentence, source] of cases) {
  test(`role phrase: ${sentence}`, () => {
    const events = run(sentence).events ?? [];
    assert.ok(events.some((e) => e.source.code === source), `expected a source ${source}, got ${events.map((e) => e.source.code).join(', ') || 'none'}`);
  });
}
