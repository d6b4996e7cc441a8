import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveTimexes } from '../../src/stages/timex/resolve.js';
import { run } from '../helpers/pipeline.js';

// [sentence, publication date, expected first value, precision]
const cases: [string, string, string, string][] = [
  ['The minister arrived in Paris on Sunday.', '2021-10-18', '2021-10-17', 'day'], // Monday article
  ['The talks ended on Friday.', '2021-10-18', '2021-10-15', 'day'],
  ['They met on Tuesday evening.', '2023-09-20', '2023-09-19', 'day'],
  ['The leaders will meet on Monday.', '2023-09-20', '2023-09-25', 'day'],
  // the report's own weekday is that day, ahead as behind (2024-05-17 is a Friday)
  ['Putin will travel to Harbin on Friday.', '2024-05-17', '2024-05-17', 'day'],
  ['Putin will travel to Harbin next Friday.', '2024-05-17', '2024-05-24', 'day'],
  ['Drills are scheduled for next February.', '2023-09-20', '2024-02', 'month'],
  ['Last month, the army held a parade.', '2023-09-20', '2023-08', 'month'],
  ['The embargo was lifted on October 18, 2020.', '2021-10-18', '2020-10-18', 'day'],
  ['The country joined on September 17.', '2021-10-18', '2021-09-17', 'day'],
  ['It pointed to the December 31 attack on the embassy.', '2020-01-05', '2019-12-31', 'day'],
  ['In 2007, the government labelled him a terrorist.', '2020-01-05', '2007', 'year'],
  ['The deal was signed last year.', '2019-01-23', '2018', 'year'],
  ['Officials said yesterday that talks failed.', '2010-01-04', '2010-01-03', 'day'],
  ['The summit opened on 8 December.', '2004-12-10', '2004-12-08', 'day'],
];
for (const [sentence, anchor, value, precision] of cases) {
  test(`timex: ${sentence} (published ${anchor})`, () => {
    const found = resolveTimexes(sentence, 0, anchor);
    assert.ok(found.length > 0, 'no time expression found');
    assert.equal(found[0]!.value, value);
    assert.equal(found[0]!.precision, precision);
  });
}

test('timex offsets point into the sentence at its offset in the article', () => {
  const sentence = 'They met on Sunday.';
  const [t] = resolveTimexes(sentence, 100, '2021-10-18');
  assert.equal(t!.start, 100 + sentence.indexOf('on Sunday'));
});

test('without a publication date only dates with a year resolve', () => {
  assert.deepEqual(resolveTimexes('They met on Sunday.', 0, null), []);
  assert.equal(resolveTimexes('They met on 3 May 2019.', 0, null)[0]!.value, '2019-05-03');
});

test('a span counted from another event is no date: "five years after the war"', () => {
  assert.deepEqual(resolveTimexes('Ties were restored almost five years after crowds stormed the embassy.', 0, '1995-01-01'), []);
  assert.equal(resolveTimexes('The talks collapsed two years ago.', 0, '2020-06-01')[0]!.value, '2018');
});

test('no time expression, no timex', () => {
  assert.deepEqual(resolveTimexes('The two sides disagree.', 0, '2020-01-01'), []);
});

test('a dateline\'s date is marked as one; a date later in the sentence is not', () => {
  const doc = run('KYIV, Ukraine, May 3 (AP) — Russia struck Kharkiv on May 2.', '2024-05-03');
  const [dateline, stated] = doc.timexes ?? [];
  assert.equal(dateline?.dateline, true);
  assert.equal(stated?.dateline, undefined);
  assert.equal(run('Russia struck Kharkiv on May 2 (local time) - officials said.', '2024-05-03').timexes?.[0]?.dateline, undefined);
});
