import { runTable } from './table.js';

// 112 accuse, blame: naming the target as the author of a hostile act. Written for these tests.

runTable('112 accuse: verbs of blame', [
  { sentence: 'Israel blamed Hezbollah for the rocket attack on the Golan Heights.', date: '2024-05-01', expect: [{ source: 'ISR', target: 'LBN', cameo: '112' }] },
  { sentence: 'Kyiv blamed Moscow for the explosion at the dam.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'RUS', cameo: '112' }] },
  { sentence: 'Washington blamed the attack on Iran.', date: '2024-05-01', expect: [{ source: 'USA', target: 'IRN', cameo: '112' }] },
  { sentence: 'Ukraine was blamed by Russia for the bombing.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '112' }] },
  { sentence: 'Pakistan accused India of sponsoring terrorism in Balochistan.', date: '2024-05-01', expect: [{ source: 'PAK', target: 'IND', root: '11' }] },
  { sentence: 'Azerbaijan charged that Armenian forces had shelled its positions.', date: '2024-05-01', expect: [{ source: 'AZE', target: 'ARM', cameo: '112' }] },
  { sentence: 'Israel held Iran responsible for the attack.', date: '2024-05-01', expect: [{ source: 'ISR', target: 'IRN', cameo: '112' }] },
  { sentence: 'Moscow linked Ukraine to the attack on the concert hall.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '112' }] },
  { sentence: 'Seoul tied North Korea to the cyberattacks on its banks.', date: '2024-05-01', expect: [{ source: 'KOR', target: 'PRK', cameo: '112' }] },
]);

runTable('112 accuse: the speaker names who was behind it', [
  { sentence: 'Russia said Ukraine was behind the attack on the concert hall.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '112' }] },
  { sentence: 'Iran said Israel was responsible for the strike on its consulate.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', cameo: '112' }] },
  { sentence: 'Tehran said the strike was Israel\'s doing.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', cameo: '112' }] },
  { sentence: "Iran's foreign ministry said the United States bore responsibility for the attack.", date: '2024-05-01', expect: [{ source: 'IRN', target: 'USA', cameo: '112' }] },
  { sentence: 'The Kremlin said on Monday that Ukraine was to blame for the drone attack.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '112' }] },
  { sentence: 'Iranian Foreign Minister Hossein Amir-Abdollahian said Israel was responsible for the attack.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', cameo: '112' }] },
  // doubted or denied: not asserted
  { sentence: 'Washington said there was no evidence that Iran was behind the attack.', date: '2024-05-01', not: [{ source: 'USA', target: 'IRN', root: '11', modality: 'asserted' }] },
  { sentence: 'Britain said it was not clear whether Iran was behind the attack.', date: '2024-05-01', not: [{ source: 'GBR', target: 'IRN', root: '11', modality: 'asserted' }] },
]);

runTable('112 accuse: not an accusation', [
  { sentence: 'Iran was behind schedule on its payments to India.', date: '2024-05-01', none: true },
  { sentence: 'The new pipeline will link Russia to China.', date: '2024-05-01', none: true },
  { sentence: 'Japan linked the yen to the dollar.', date: '2024-05-01', none: true },
  { sentence: 'Officials said the United States was responsible for about half of NATO spending.', date: '2024-05-01', none: true },
  // one's own side is no target
  { sentence: 'The Kremlin denied that Russia was behind the attack.', date: '2024-05-01', not: [{ source: 'RUS', target: 'RUS', root: '11' }] },
]);

runTable('"it" accused is the state or body named last as an object', [
  { sentence: 'South Africa asked the court to order Israel to halt its campaign in Gaza, accusing it of genocide.', date: '2024-01-05', expect: [{ source: 'ZAF', target: 'ISR', root: '11' }], not: [{ source: 'ZAF', target: 'IGO:UN', root: '11' }] },
  { sentence: "Washington sanctioned Iran's central bank on Monday, accusing it of financing Hezbollah.", date: '2024-01-05', expect: [{ source: 'USA', target: 'IRN', root: '11' }] },
  // a thing accused is no actor: nothing is named as an object before "it"
  { sentence: 'Russia rejected the report, accusing it of bias.', date: '2024-01-05', not: [{ source: 'RUS', target: 'RUS' }] },
]);
