import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inflections } from '../../src/lexicon/inflect.js';
import { compilePattern } from '../../src/lexicon/patterns.js';

const irregular = new Map([['meet', new Set(['meet', 'met', 'meets', 'meeting'])]]);
const cases: [string, string[]][] = [
  ['visit', ['visit', 'visits', 'visited', 'visiting']],
  ['agree', ['agrees', 'agreed', 'agreeing']],
  ['urge', ['urges', 'urged', 'urging']],
  ['ally', ['allies', 'allied']],
  ['ban', ['banned', 'banning', 'bans']],
  ['meet', ['met', 'meeting']],
  ['embargo', ['embargo']],
];
for (const [base, forms] of cases) {
  test(`inflections of ${base}`, () => {
    const got = inflections(base, irregular);
    for (const f of forms) assert.ok(got.has(f), `${f} missing from ${[...got].join(' ')}`);
  });
}

test('a pattern compiles to words, gaps and slots', () => {
  const p = compilePattern('sign .. agreement|deal with TARGET', irregular);
  assert.deepEqual(p.elements.map((e) => e.type), ['word', 'gap', 'word', 'word', 'slot']);
  assert.equal(p.trigger, 0);
});

test('~ marks the trigger word', () => assert.equal(compilePattern('joint ~drill', irregular).trigger, 1));

for (const bad of ['.. visit', 'visit TARGET TARGET', '~a ~b', '']) {
  test(`pattern ${JSON.stringify(bad)} is refused`, () => assert.throws(() => compilePattern(bad, irregular)));
}
