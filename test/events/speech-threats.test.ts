import { runTable } from './table.js';

// 13x threaten: the threat is asserted; what it threatens is held out of the events, in the threat's reason (GUIDELINES: hypothetical and optional). Written for these tests.

runTable('13 threaten: force aimed at a named target', [
  // "threatened to attack X": the object after the threatened verb is the threat's target
  { sentence: 'North Korea threatened to attack South Korean warships.', date: '2024-05-01', expect: [{ source: 'PRK', target: 'KOR', cameo: '138' }], not: [{ source: 'PRK', target: 'KOR', root: '19' }] },
  { sentence: 'The Houthis threatened to target American ships in the Red Sea.', date: '2024-05-01', expect: [{ source: 'YEM', target: 'USA', cameo: '138' }] },
  { sentence: 'Hamas threatened that it would kill hostages if Israel continued its offensive.', date: '2024-05-01', expect: [{ source: 'PSE', target: 'ISR', root: '13' }] },
  { sentence: 'Iran vowed to retaliate against Israel.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', root: '13' }], not: [{ source: 'IRN', target: 'ISR', root: '19' }] },
  { sentence: 'Iran warned it would retaliate against Israel.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', cameo: '138' }] },
  { sentence: 'Kim Jong Un threatened to use nuclear weapons against South Korea.', date: '2024-05-01', expect: [{ source: 'PRK', target: 'KOR', cameo: '1385' }], not: [{ source: 'PRK', target: 'KOR', cameo: '138' }] },
  { sentence: 'Hezbollah vowed revenge against Israel for the killing of its commander.', date: '2024-05-01', expect: [{ source: 'LBN', target: 'ISR', cameo: '138' }] },
]);

runTable('13 threaten: warnings and non-military threats', [
  { sentence: 'Russia warned NATO against sending troops to Ukraine.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IGO:NATO', root: '13' }] },
  { sentence: 'China warned the Philippines of consequences.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'PHL', root: '13' }] },
  { sentence: 'Israel warned Hezbollah that it would pay a heavy price.', date: '2024-05-01', expect: [{ source: 'ISR', target: 'LBN', root: '13' }] },
  { sentence: 'Iran threatened Israel with a crushing response.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', root: '13' }] },
  { sentence: "Erdogan threatened to block Sweden's NATO bid.", date: '2024-05-01', expect: [{ source: 'TUR', target: 'SWE', root: '13' }] },
  // a threat to cut aid is no intent to give it
  { sentence: 'The United States threatened to cut aid to Egypt.', date: '2024-05-01', not: [{ source: 'USA', target: 'EGY', root: '03' }] },
]);

runTable('13 threaten: not a threat', [
  { sentence: 'The striker posed a constant threat to the Spanish defence.', date: '2024-05-01', none: true },
  { sentence: "Russia's weather service warned of heavy snow in Siberia.", date: '2024-05-01', none: true },
  { sentence: "Liverpool's attacks troubled the Chelsea defence all afternoon.", date: '2024-05-01', none: true },
]);

runTable('vows to punish a named target', [
  { sentence: "Iran's supreme leader vowed to punish Israel for the strike.", date: '2024-04-15', expect: [{ source: 'IRN', target: 'ISR', root: '13' }] },
  { sentence: 'Iran vowed to retaliate against Israel.', date: '2024-04-15', expect: [{ source: 'IRN', target: 'ISR', root: '13' }] },
  // a court punishes; no threat
  { sentence: 'The court punished the Iranian smugglers.', date: '2024-04-15', none: true },
]);

runTable('threats: a response promised to a named party', [
  { sentence: 'The Houthis promised a response to Washington after the strikes.', date: '2024-01-13', expect: [{ source: 'YEM', target: 'USA', root: '13' }] },
  { sentence: 'Beijing vowed countermeasures against Taipei on Friday.', date: '2024-01-13', expect: [{ source: 'CHN', target: 'TWN', root: '13' }] },
  { sentence: 'Moscow warned of retaliation against Helsinki if it joined the alliance.', date: '2024-01-13', expect: [{ source: 'RUS', target: 'FIN', root: '13' }] },
  // an answer to questions is no threat
  { sentence: 'The French minister promised a response to the senators\' questions.', date: '2024-01-13', none: true },
]);
