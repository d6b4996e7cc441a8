import { runTable } from './table.js';

// Modality: whether an act happened, is planned, was denied or did not happen, or is only
// possible, demanded or threatened (GUIDELINES.md, Modality and Conventions).

runTable('planned', [
  // an act spoken of as imminent has not begun
  { sentence: 'Both governments issued statements speaking of an imminent Turkish incursion into northern Syria.', date: '2019-10-07', expect: [{ source: 'TUR', target: 'SYR', root: '19', modality: 'planned' }], not: [{ source: 'TUR', target: 'SYR', root: '19', modality: 'asserted' }] },
  { sentence: 'Chinese President Xi Jinping will visit Serbia next month.', date: '2024-04-20', expect: [{ source: 'CHN', target: 'SRB', cameo: '042', modality: 'planned', date: '2024-05' }], not: [{ source: 'CHN', target: 'SRB', cameo: '042', modality: 'asserted' }] },
  { sentence: 'Indian Prime Minister Narendra Modi is scheduled to travel to Moscow in July.', date: '2024-06-25', expect: [{ source: 'IND', target: 'RUS', cameo: '042', modality: 'planned', date: '2024-07' }] },
  { sentence: 'Japan and the Philippines are set to sign a defence pact.', date: '2024-07-01', expect: [{ source: 'JPN', target: 'PHL', cameo: '057', modality: 'planned' }], not: [{ source: 'JPN', target: 'PHL', cameo: '057', modality: 'asserted' }] },
  { sentence: 'Russia and Belarus plan to hold joint nuclear drills next month.', date: '2024-05-06', expect: [{ source: 'RUS', target: 'BLR', cameo: '062', modality: 'planned', date: '2024-06' }] },
  { sentence: 'Turkish President Recep Tayyip Erdogan is to visit Iraq on Monday.', date: '2024-04-19', expect: [{ source: 'TUR', target: 'IRQ', cameo: '042', modality: 'planned', date: '2024-04-22' }] },
  { sentence: 'Talks between Armenia and Azerbaijan are due to start next week.', date: '2024-03-15', expect: [{ source: 'ARM', target: 'AZE', root: '04', modality: 'planned' }], not: [{ source: 'ARM', target: 'AZE', root: '04', modality: 'asserted' }] },
  { sentence: 'The United States will impose new sanctions on Iran, National Security Adviser Jake Sullivan said.', date: '2024-04-17', expect: [{ source: 'USA', target: 'IRN', cameo: '163', modality: 'planned' }], not: [{ source: 'USA', target: 'IRN', cameo: '163', modality: 'asserted' }] },
  { sentence: 'Blinken is expected to meet Wang Yi in Beijing later this week.', date: '2024-04-22', expect: [{ source: 'USA', target: 'CHN', root: '04', modality: 'planned' }], not: [{ source: 'USA', target: 'CHN', root: '04', modality: 'asserted' }] },
  { sentence: 'Germany will provide Ukraine with more air defence systems.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'UKR', root: '07', modality: 'planned' }], not: [{ source: 'DEU', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'Russia is poised to launch an offensive on Kharkiv.', date: '2024-05-09', expect: [{ source: 'RUS', target: 'UKR', root: '19', modality: 'planned' }], not: [{ source: 'RUS', target: 'UKR', root: '19', modality: 'asserted' }] },
  { sentence: 'India intends to buy more Russian oil.', date: '2024-03-15', expect: [{ source: 'IND', target: 'RUS', root: '06', modality: 'planned' }] },
  { sentence: 'Russia and China are reportedly planning joint drills in the Pacific.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'CHN', cameo: '062', modality: 'planned' }], not: [{ source: 'RUS', target: 'CHN', cameo: '062', modality: 'asserted' }] },
]);

runTable('negated', [
  // a blocked or vetoed act did not go ahead, whoever its own subject is
  { sentence: 'Hungary blocked a new EU aid package for Ukraine.', date: '2024-03-15', expect: [{ source: 'IGO:EU', target: 'UKR', root: '07', modality: 'negated' }], not: [{ source: 'IGO:EU', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'China vetoed a UN resolution imposing sanctions on Myanmar.', date: '2024-03-15', not: [{ source: 'IGO:UN', target: 'MMR', root: '16', modality: 'asserted' }] },
  { sentence: 'Russian President Vladimir Putin did not attend the G20 summit in New Delhi.', date: '2023-09-10', not: [{ source: 'RUS', target: 'IND', root: '04', modality: 'asserted' }, { source: 'RUS', target: 'IGO:G20', root: '04', modality: 'asserted' }] },
  { sentence: 'Iran denied sending drones to Russia.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'RUS', root: '07', modality: 'negated' }], not: [{ source: 'IRN', target: 'RUS', root: '07', modality: 'asserted' }] },
  { sentence: 'The UN Security Council failed to extend sanctions on Mali after a Russian veto.', date: '2023-08-31', expect: [{ source: 'IGO:UN', target: 'MLI', root: '16', modality: 'negated' }], not: [{ source: 'IGO:UN', target: 'MLI', root: '16', modality: 'asserted' }] },
  { sentence: 'Blinken did not meet Lavrov on the sidelines of the meeting in Jakarta.', date: '2023-07-14', expect: [{ source: 'USA', target: 'RUS', root: '04', modality: 'negated' }], not: [{ source: 'USA', target: 'RUS', root: '04', modality: 'asserted' }] },
  { sentence: 'Hungary has not supplied weapons to Ukraine, Prime Minister Viktor Orban said.', date: '2024-03-15', expect: [{ source: 'HUN', target: 'UKR', root: '07', modality: 'negated' }], not: [{ source: 'HUN', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'Erdogan cancelled a planned visit to Israel.', date: '2023-10-28', expect: [{ source: 'TUR', target: 'ISR', cameo: '042', modality: 'negated' }], not: [{ source: 'TUR', target: 'ISR', cameo: '042', modality: 'asserted' }] },
  { sentence: 'North Korea refused to hold talks with Japan.', date: '2024-03-26', expect: [{ source: 'PRK', target: 'JPN', root: '12' }], not: [{ source: 'PRK', target: 'JPN', root: '04', modality: 'asserted' }] },
  { sentence: 'Talks between Serbia and Kosovo in Brussels were called off.', date: '2024-03-15', expect: [{ source: 'SRB', target: 'XKX', root: '04', modality: 'negated' }], not: [{ source: 'SRB', target: 'XKX', root: '04', modality: 'asserted' }] },
  { sentence: 'China has never sent weapons to Russia, Foreign Minister Wang Yi said.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'RUS', root: '07', modality: 'negated' }], not: [{ source: 'CHN', target: 'RUS', root: '07', modality: 'asserted' }] },
  { sentence: 'Turkey refrained from imposing sanctions on Russia.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'RUS', cameo: '163', modality: 'negated' }], not: [{ source: 'TUR', target: 'RUS', cameo: '163', modality: 'asserted' }] },
  { sentence: 'Talks between Serbia and Kosovo have been put on hold.', date: '2024-03-15', expect: [{ source: 'SRB', target: 'XKX', root: '04', modality: 'negated' }], not: [{ source: 'SRB', target: 'XKX', root: '04', modality: 'asserted' }] },
  // an owned act is presupposed: the refusal is of the condemnation, not of the invasion; a light verb ("launch its offensive") or a cue ("called off") keeps the noun under the status
  { sentence: "India refused to condemn Russia's invasion of Ukraine.", date: '2023-10-28', expect: [{ source: 'IND', target: 'RUS', root: '11', modality: 'negated' }], not: [{ source: 'RUS', target: 'UKR', modality: 'negated' }] },
  { sentence: "Germany declined to criticise Israel's offensive against Hamas.", date: '2023-10-28', not: [{ source: 'ISR', target: 'PSE', modality: 'negated' }] },
  { sentence: 'Erdogan called off his visit to Israel.', date: '2023-10-28', expect: [{ source: 'TUR', target: 'ISR', cameo: '042', modality: 'negated' }], not: [{ source: 'TUR', target: 'ISR', cameo: '042', modality: 'asserted' }] },
  { sentence: 'Israel put off a planned visit to Washington.', date: '2024-03-15', expect: [{ source: 'ISR', target: 'USA', cameo: '042', modality: 'negated' }] },
]);

runTable('hypothetical', [
  // an act someone is accused of, or that is alleged, is not established
  { sentence: 'Azerbaijan accused Armenia of shelling its positions near Lachin on Sunday.', date: '2024-03-15', expect: [{ source: 'AZE', target: 'ARM', root: '11' }], not: [{ source: 'ARM', target: 'AZE', root: '19', modality: 'asserted' }] },
  { sentence: 'Seoul said North Korea had allegedly supplied artillery shells to Russia.', date: '2024-03-15', not: [{ source: 'PRK', target: 'RUS', root: '07', modality: 'asserted' }] },
  { sentence: 'If Iran attacks Israel, the United States will help defend it.', date: '2024-04-12', expect: [{ source: 'IRN', target: 'ISR', root: '19', modality: 'hypothetical' }], not: [{ source: 'IRN', target: 'ISR', root: '19', modality: 'asserted' }] },
  { sentence: 'If the talks fail, Israel will launch an offensive against Hamas.', date: '2024-03-15', expect: [{ source: 'ISR', target: 'PSE', root: '19', modality: 'hypothetical' }], not: [{ source: 'ISR', target: 'PSE', root: '19', modality: 'asserted' }, { source: 'ISR', target: 'PSE', root: '19', modality: 'planned' }] },
  { sentence: 'North Korea threatened to launch a nuclear strike on the United States.', date: '2024-03-15', expect: [{ source: 'PRK', target: 'USA', root: '13' }], not: [{ source: 'PRK', target: 'USA', root: '19', modality: 'asserted' }, { source: 'PRK', target: 'USA', root: '20', modality: 'asserted' }] },
  { sentence: 'China could impose sanctions on Lithuania over its ties with Taiwan.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'LTU', cameo: '163', modality: 'hypothetical' }], not: [{ source: 'CHN', target: 'LTU', cameo: '163', modality: 'asserted' }] },
  { sentence: 'The European Union threatened to suspend aid to Niger.', date: '2023-07-29', expect: [{ source: 'IGO:EU', target: 'NER', root: '13' }], not: [{ source: 'IGO:EU', target: 'NER', root: '16', modality: 'asserted' }] },
  { sentence: 'Iran will expel the British ambassador if London does not apologise.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'GBR', root: '16', modality: 'hypothetical' }], not: [{ source: 'IRN', target: 'GBR', root: '16', modality: 'planned' }] },
  { sentence: 'Turkey would send troops to Libya if Tripoli asked for them.', date: '2024-03-15', not: [{ source: 'TUR', target: 'LBY', modality: 'planned' }] },
  // the threat is the event; what it threatens stays in the threat's reason
  { sentence: 'Pakistan warned it could strike militant hideouts in Afghanistan.', date: '2024-03-15', expect: [{ source: 'PAK', target: 'AFG', root: '13' }], not: [{ source: 'PAK', target: 'AFG', root: '19' }] },
  { sentence: "Turkey might veto Sweden's bid to join NATO.", date: '2023-01-20', expect: [{ source: 'TUR', target: 'SWE', root: '12', modality: 'hypothetical' }], not: [{ source: 'TUR', target: 'SWE', root: '12', modality: 'asserted' }] },
  { sentence: 'Iran is ready to hold talks with the United States, its foreign minister said.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'USA', root: '03' }], not: [{ source: 'IRN', target: 'USA', root: '04', modality: 'asserted' }] },
  { sentence: 'Washington urged Beijing to release the detained activists.', date: '2024-03-15', expect: [{ source: 'USA', target: 'CHN', root: '02' }], not: [{ source: 'CHN', target: 'USA', root: '08', modality: 'asserted' }] },
]);

runTable('dates of pluperfect acts', [
  // the act came before the time the sentence names: its month, not that day
  { sentence: 'On Saturday, Iran admitted that its forces had shot down a Ukrainian airliner.', date: '2020-01-11', expect: [{ source: 'IRN', target: 'UKR', root: '19', date: '2020-01' }, { source: 'IRN', target: 'UKR', cameo: '015', date: '2020-01-11' }] },
  // a second verb shares the first one's "had"
  { sentence: 'On Friday, Ecuador had sent troops to the border and severed ties with Colombia.', date: '2008-03-08', expect: [{ source: 'ECU', target: 'COL', root: '16', date: '2008-03' }] },
]);

runTable('dates stay in their clause', [
  // a time in a later clause with its own subject is not the first act's time
  { sentence: 'Japan warned China on Monday, and the United States imposed sanctions on Chinese firms last month.', date: '2024-05-17', expect: [{ source: 'USA', target: 'CHN', root: '16', date: '2024-04' }], not: [{ source: 'JPN', target: 'CHN', date: '2024-04' }] },
  // a clause that goes on with the same subject shares the time
  { sentence: 'Iran and Russia held talks on Monday, and agreed to expand trade.', date: '2024-05-17', expect: [{ source: 'IRN', target: 'RUS', root: '04', date: '2024-05-13' }] },
]);

runTable('the news peg dates the headline and the lead', [
  // the opening sentences' recent day dates the acts the headline and lead report without one
  { sentence: 'Japan and Vietnam sign defence pact\n\nJapan and Vietnam signed a defence pact. The two leaders met in Hanoi on Tuesday.', date: '2024-05-08', expect: [{ source: 'JPN', target: 'VNM', cameo: '057', date: '2024-05-07' }] },
  // a planned act in the lead takes no past peg
  { sentence: 'Japan will host Vietnamese leaders next year. The two ministers met in Hanoi on Tuesday.', date: '2024-05-08', not: [{ source: 'JPN', target: 'VNM', cameo: '043', date: '2024-05-07' }] },
]);

runTable('dates: the dateline and a retaliation\'s cause', [
  // the dateline says when the report was filed; the sentence's own day is the act's
  { sentence: 'SEOUL, March 12 (Reuters) - North Korea fired two ballistic missiles at Japan\'s waters on Sunday.', date: '2024-03-12', expect: [{ source: 'PRK', target: 'JPN', root: '19', date: '2024-03-10' }] },
  { sentence: 'KYIV, Ukraine, May 3 (AP) — Russian forces shelled Kharkiv, officials said.', date: '2024-05-03', expect: [{ source: 'RUS', target: 'UKR', root: '19', date: '2024-05-03' }] },
  // a later undated act is in the report's time, not in the time of what was retaliated for
  { sentence: 'Pakistan struck militant hideouts in Iran on Thursday in retaliation for an Iranian strike on its territory on January 16. China urged Pakistan to show restraint.', date: '2024-01-19', expect: [{ source: 'CHN', target: 'PAK', root: '02', date: '2024-01-18' }] },
]);

runTable('a participle describing a noun tells what was done', [
  { sentence: 'Armenia and Azerbaijan agreed to a peace plan brokered by the United States.', date: '2024-05-10', expect: [{ source: 'USA', target: 'ARM', cameo: '045', modality: 'asserted' }] },
  { sentence: 'Sudan\'s army refused to join talks mediated by Saudi Arabia.', date: '2024-05-10', not: [{ source: 'SAU', target: 'SDN', root: '04', modality: 'negated' }] },
  // a passive with its auxiliary keeps the cue before it
  { sentence: 'Egypt said the talks would be mediated by Qatar.', date: '2024-05-10', not: [{ source: 'QAT', target: 'EGY', cameo: '045', modality: 'asserted' }] },
]);

runTable('a past verb after "and" is no earlier modal\'s', [
  { sentence: 'South Korea warned it would take countermeasures and suspended a 2018 military agreement with Pyongyang.', date: '2024-06-05', expect: [{ source: 'KOR', target: 'PRK', cameo: '160', modality: 'asserted' }] },
  // base forms after "and" share the modal
  { sentence: 'Iran will meet and sign a pact with Russia next week.', date: '2024-06-05', expect: [{ source: 'IRN', target: 'RUS', cameo: '057', modality: 'planned' }] },
  // participles after "be … and" share it too
  { sentence: 'The accord with Russia would be signed and ratified by Iran next month.', date: '2024-06-05', not: [{ source: 'IRN', target: 'RUS', modality: 'asserted' }] },
]);
