import { runTable } from './table.js';

// A speaker's stance toward an act of its own (data/lexicon/stances.tsv): an announced act
// of force is a threat, an admitted act an acknowledgement, a denied act a denial.

runTable('stance: threat', [
  { sentence: 'Pakistan said it would attack Indian positions if the shelling continued.', date: '2024-03-15', expect: [{ source: 'PAK', target: 'IND', cameo: '138' }], not: [{ source: 'PAK', target: 'IND', root: '19' }] },
  { sentence: 'Hamas warned that it would fire rockets at Israel.', date: '2024-03-15', expect: [{ source: 'PSE', target: 'ISR', cameo: '138' }], not: [{ source: 'PSE', target: 'ISR', root: '01' }] },
  { sentence: 'Iran vowed that it would strike Israel.', date: '2024-04-05', expect: [{ source: 'IRN', target: 'ISR', cameo: '138' }], not: [{ source: 'IRN', target: 'ISR', root: '19' }] },
  { sentence: 'The Houthis said they could target American warships in the Red Sea.', date: '2024-01-10', expect: [{ source: 'YEM', target: 'USA', root: '13' }] },
  { sentence: 'North Korea said it would fire on South Korean loudspeakers within 48 hours unless they were removed.', date: '2024-03-15', expect: [{ source: 'PRK', target: 'KOR', cameo: '139' }] },
  // not the speaker's own act: a forecast, not a threat
  { sentence: 'Russia said Ukraine would attack Belarus.', date: '2024-03-15', not: [{ source: 'RUS', target: 'BLR', root: '13' }, { source: 'RUS', target: 'UKR', root: '13' }] },
  // a promise not to attack is no threat
  { sentence: 'China said it would not attack Taiwan.', date: '2024-03-15', not: [{ source: 'CHN', target: 'TWN', root: '13' }] },
  // an attack reported as done is no threat
  { sentence: 'Israel said it had struck Hezbollah positions in Lebanon.', date: '2024-03-15', not: [{ source: 'ISR', target: 'LBN', root: '13' }] },
]);

runTable('stance: intent in a noun', [
  // "expressed its readiness to …": the intent is the event, the offered act is held out
  { sentence: 'Qatar expressed its readiness to mediate between Israel and Hamas.', date: '2024-03-15', expect: [{ source: 'QAT', target: 'ISR', cameo: '039' }], not: [{ source: 'QAT', target: 'ISR', root: '04' }] },
  { sentence: 'Japan announced its intention to provide humanitarian aid to Sudan.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'SDN', cameo: '0333' }, { source: 'JPN', target: 'SDN', cameo: '073', modality: 'planned' }] },
  { sentence: 'Turkey reaffirmed it would send troops to help Azerbaijan.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'AZE', root: '03' }] },
  // each of coordinated speakers announces its own part
  { sentence: 'Egypt and Qatar agreed to mediate between Israel and Hamas.', date: '2024-03-15', expect: [{ source: 'EGY', target: 'ISR', cameo: '039' }, { source: 'QAT', target: 'ISR', cameo: '039' }] },
  { sentence: 'India and China agreed to disengage troops along the border.', date: '2024-03-15', expect: [{ source: 'IND', target: 'CHN', cameo: '0356' }, { source: 'CHN', target: 'IND', cameo: '0356' }] },
  // a readiness that is another's is no intent of the speaker
  { sentence: 'Egypt said Israel had voiced its readiness to hold talks with Hamas.', date: '2024-03-15', not: [{ source: 'EGY', target: 'PSE', root: '03' }] },
]);

runTable('stance: admission', [
  { sentence: 'Israel acknowledged that it had bombed a Lebanese convoy.', date: '2024-03-15', expect: [{ source: 'ISR', target: 'LBN', cameo: '015' }, { source: 'ISR', target: 'LBN', root: '19' }] },
  { sentence: 'Turkish officials admitted that their army had shelled a Syrian village by mistake.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'SYR', cameo: '015' }] },
  { sentence: 'Azerbaijan admitted that Armenian troops had shelled its border posts.', date: '2024-03-15', not: [{ source: 'AZE', target: 'ARM', cameo: '015' }] },
]);

runTable('stance: denial', [
  { sentence: 'Russia denied that its troops had shelled Georgian villages.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'GEO', cameo: '016' }, { source: 'RUS', target: 'GEO', root: '19', modality: 'negated' }] },
  { sentence: 'Rwanda denied that its soldiers had attacked Congolese troops.', date: '2024-03-15', expect: [{ source: 'RWA', target: 'COD', cameo: '016' }] },
]);

runTable('an intent reported by one of its makers is that maker\'s', [
  { sentence: 'The top Iranian commander emphasized that the armed forces of Iran and Russia would expand their military cooperation.', date: '2023-09-20', expect: [{ source: 'IRN', target: 'RUS', cameo: '0312' }], not: [{ source: 'RUS', target: 'IRN', root: '03' }] },
  { sentence: 'Pakistan\'s army chief told reporters that Pakistan and China would boost military ties.', date: '2023-09-20', expect: [{ source: 'PAK', target: 'CHN', cameo: '0312' }], not: [{ source: 'CHN', target: 'PAK', root: '03' }] },
  // the makers saying it themselves both intend it
  { sentence: 'Egypt and Jordan agreed to work towards closer military cooperation.', date: '2023-09-20', expect: [{ source: 'EGY', target: 'JOR', cameo: '0312' }, { source: 'JOR', target: 'EGY', cameo: '0312' }] },
  // a third party reporting it keeps both
  { sentence: 'A U.S. official said Russia and North Korea would expand military cooperation.', date: '2023-09-20', expect: [{ source: 'RUS', target: 'PRK', cameo: '0312' }, { source: 'PRK', target: 'RUS', cameo: '0312' }] },
]);
