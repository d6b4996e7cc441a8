import { TODO } from './coder-todo.js';
import { runTable } from './table.js';

// Roots 11–15: disapproval, rejection, threats, protest, force posture.

runTable('11 disapprove', [
  // the phrase after an act of force is its victim, not whom the condemnation is aimed at
  { sentence: 'Jordan condemned the attack on Rafah.', date: '2024-05-07', not: [{ source: 'JOR', target: 'PSE' }] },
  { sentence: 'Jordan condemned the Israeli attack on Rafah.', date: '2024-05-07', expect: [{ source: 'JOR', target: 'ISR', root: '11' }], not: [{ source: 'JOR', target: 'PSE', root: '11' }] },
  { sentence: "Ukraine condemned Russia's invasion of Georgia.", date: '2024-05-07', expect: [{ source: 'UKR', target: 'RUS', root: '11' }], not: [{ source: 'UKR', target: 'GEO', root: '11' }] },
  { sentence: 'The EU condemned the actions of Belarus.', date: '2024-05-07', expect: [{ source: 'IGO:EU', target: 'BLR', root: '11' }] },
  { sentence: 'China condemned the new U.S. sanctions on Chinese companies.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'USA', root: '11' }] },
  { sentence: "Germany criticised Hungary's decision to veto the aid package.", date: '2024-03-15', expect: [{ source: 'DEU', target: 'HUN', root: '11' }] },
  { sentence: 'Iran accused Israel of carrying out the strike on its consulate in Damascus.', date: '2024-04-02', expect: [{ source: 'IRN', target: 'ISR', root: '11' }] },
  { sentence: "Israel's strike on the refugee camp was condemned by Egypt and Jordan.", date: '2024-03-15', expect: [{ source: 'EGY', target: 'ISR', root: '11' }, { source: 'JOR', target: 'ISR', root: '11' }] },
  { sentence: 'South Africa filed a case against Israel at the International Court of Justice.', date: '2023-12-30', expect: [{ source: 'ZAF', target: 'ISR', root: '11' }] },
  { sentence: 'Russia and China denounced U.S. missile deployments in Asia.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'USA', root: '11' }, { source: 'CHN', target: 'USA', root: '11' }] },
  { sentence: "Blinken, the U.S. secretary of state, accused Beijing of fuelling Russia's war in Ukraine.", date: '2024-03-15', expect: [{ source: 'USA', target: 'CHN', root: '11' }] },
  { sentence: 'Ukraine lodged a formal protest with Hungary over the remarks.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'HUN', root: '11' }] },
]);

runTable('12 reject', [
  // blocking a measure rebuffs its owner; the road of a blockade has none
  { sentence: 'Hungary blocked EU sanctions against Russia.', date: '2024-03-15', expect: [{ source: 'HUN', target: 'IGO:EU', root: '12' }] },
  { sentence: "Turkey blocked Sweden's NATO membership bid for months.", date: '2024-03-15', expect: [{ source: 'TUR', target: 'SWE', root: '12' }] },
  { sentence: 'Police blocked the road to the Russian embassy.', date: '2024-03-15', none: true },
  { sentence: "Israel rejected Hamas's ceasefire proposal on Tuesday.", date: '2024-02-08', expect: [{ source: 'ISR', target: 'PSE', root: '12', date: '2024-02-06' }] },
  { sentence: "North Korea rejected Japan's offer of talks.", date: '2024-03-15', expect: [{ source: 'PRK', target: 'JPN', root: '12' }] },
  { sentence: 'Iran dismissed the IAEA report as politically motivated.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'IGO:IAEA', root: '12' }] },
  { sentence: 'The peace plan put forward by China was rejected by Ukraine.', todo: TODO.PASSIVE_THING_SUBJECT, date: '2024-03-15', expect: [{ source: 'UKR', target: 'CHN', root: '12' }] },
  { sentence: "India rejected Canada's allegations as absurd.", date: '2023-09-19', expect: [{ source: 'IND', target: 'CAN', root: '12' }] },
  { sentence: 'Russia vetoed a resolution drafted by the United States.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'USA', root: '12' }] },
  { sentence: "Ukraine rejected Russia's proposal for a ceasefire.", date: '2024-03-15', expect: [{ source: 'UKR', target: 'RUS', root: '12' }] },
  { sentence: 'Turkey turned down a U.S. request to send its Russian-made S-400 missiles to Ukraine.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'USA', root: '12' }] },
  { sentence: 'The Kremlin rejected a demand from Washington to release the journalist.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'USA', root: '12' }], not: [{ source: 'RUS', target: 'USA', root: '08', modality: 'asserted' }] },
]);

runTable('13 threaten', [
  // a warning that the target will suffer is a threat, even with a time between
  { sentence: 'Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned on Monday that the United States would pay a heavy price.', date: '2023-07-12', expect: [{ source: 'PRK', target: 'USA', cameo: '130' }] },
  // a forecast about a third party's fate is no threat by the speaker to it
  { sentence: 'Analysts warned that Ukraine would face a difficult winter.', date: '2023-07-12', none: true },
  { sentence: 'North Korea threatened to retaliate against South Korea.', date: '2024-03-15', expect: [{ source: 'PRK', target: 'KOR', root: '13' }] },
  { sentence: 'Russia threatened to cut off gas supplies to Moldova.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'MDA', root: '13' }] },
  { sentence: 'U.S. President Joe Biden warned Iran against attacking Israel.', date: '2024-04-13', expect: [{ source: 'USA', target: 'IRN', root: '13' }], not: [{ source: 'IRN', target: 'ISR', root: '19', modality: 'asserted' }] },
  { sentence: 'China warned the United States against arming Taiwan.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'USA', root: '13' }], not: [{ source: 'USA', target: 'TWN', root: '07', modality: 'asserted' }] },
  { sentence: 'Iran threatened Israel with a crushing response.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'ISR', root: '13' }] },
  { sentence: "Erdogan threatens to block Sweden's NATO bid", date: '2023-01-20', expect: [{ source: 'TUR', target: 'SWE', root: '13' }] },
  { sentence: 'The European Union threatened Georgia with sanctions over its foreign agents law.', date: '2024-05-20', expect: [{ source: 'IGO:EU', target: 'GEO', root: '13' }], not: [{ source: 'IGO:EU', target: 'GEO', root: '16', modality: 'asserted' }] },
  { sentence: 'Lithuania was threatened with economic retaliation by China.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'LTU', root: '13' }] },
]);

// A threat noun with its agent after 'by': the agent threatens, the subject or the party after 'against' is threatened.
runTable('13 the force a threat names is aimed at its target and has not happened', [
  { sentence: 'ECOWAS threatened military intervention in Niger on Sunday to restore the ousted president.', date: '2023-08-01', expect: [{ source: 'IGO:ECOWAS', target: 'NER', cameo: '138' }], not: [{ source: 'IGO:ECOWAS', target: 'NER', root: '19', modality: 'asserted' }] },
  { sentence: "Israel threatened strikes on Iran's nuclear sites.", date: '2024-04-16', expect: [{ source: 'ISR', target: 'IRN', cameo: '1384' }], not: [{ source: 'ISR', target: 'IRN', root: '19', modality: 'asserted' }] },
  { sentence: 'Turkey threatened a new offensive against Kurdish fighters in Syria.', date: '2024-04-16', not: [{ source: 'TUR', target: 'SYR', root: '19', modality: 'asserted' }] },
  // a threat made in reply to an act of force leaves that act asserted
  { sentence: 'Iran threatened Israel after Israeli jets struck Damascus.', date: '2024-04-16', expect: [{ source: 'IRN', target: 'ISR', root: '13' }, { source: 'ISR', target: 'SYR', root: '19' }] },
]);

runTable('13 threats by an agent', [
  { sentence: 'The U.S. embassy in Nairobi was closed on Monday in response to threats by al-Shabaab against American citizens.', date: '2024-03-15', expect: [{ source: 'SOM', target: 'USA', root: '13' }], not: [{ source: 'SOM', target: 'USA', root: '16' }] },
  { sentence: 'Japan scrambled fighter jets amid threats by North Korea.', date: '2024-03-15', expect: [{ source: 'PRK', target: 'JPN', root: '13' }], not: [{ source: 'JPN', target: 'PRK', root: '13' }] },
  { sentence: 'Seoul raised its alert level after fresh threats by Pyongyang against Seoul.', date: '2024-03-15', expect: [{ source: 'PRK', target: 'KOR', root: '13' }] },
  { sentence: 'Threats to Taiwan were discussed by U.S. and Japanese officials.', date: '2024-03-15', not: [{ source: 'USA', target: 'TWN', root: '13' }, { source: 'JPN', target: 'TWN', root: '13' }] },
]);

runTable('14 protest', [
  { sentence: 'Thousands of Armenians protested outside the Russian embassy in Yerevan.', date: '2024-03-15', expect: [{ source: 'ARM', target: 'RUS', root: '14' }] },
  { sentence: 'Serbian protesters blocked border crossings with Kosovo.', date: '2024-03-15', expect: [{ source: 'SRB', target: 'XKX', root: '14' }] },
  { sentence: 'Hundreds of Iraqis stormed the Swedish embassy in Baghdad.', todo: TODO.EMBASSY_IN_PHRASE, date: '2023-07-20', expect: [{ source: 'IRQ', target: 'SWE', root: '14' }] },
  { sentence: 'Iraqi protesters set fire to the Swedish embassy in Baghdad.', todo: TODO.EMBASSY_IN_PHRASE, date: '2023-07-20', expect: [{ source: 'IRQ', target: 'SWE', root: '14' }] },
  { sentence: 'Polish farmers blocked border crossings with Ukraine.', date: '2024-03-15', expect: [{ source: 'POL', target: 'UKR', root: '14' }] },
  { sentence: 'Pakistanis rallied in Lahore against India.', todo: TODO.GAP_OVER_PHRASE, date: '2024-03-15', expect: [{ source: 'PAK', target: 'IND', root: '14' }] },
  { sentence: 'Turkish demonstrators protested against Israel outside its consulate in Istanbul.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'ISR', root: '14' }] },
  { sentence: 'Taiwanese protesters rallied against China in Taipei on Sunday.', date: '2024-03-15', expect: [{ source: 'TWN', target: 'CHN', root: '14', date: '2024-03-10' }] },
]);

runTable('15 force posture', [
  { sentence: 'Russia massed troops on the border with Ukraine.', date: '2022-01-20', expect: [{ source: 'RUS', target: 'UKR', root: '15' }] },
  { sentence: 'Azerbaijan mobilised troops along the border with Armenia.', date: '2024-03-15', expect: [{ source: 'AZE', target: 'ARM', root: '15' }] },
  { sentence: 'Venezuela deployed troops to the border with Guyana.', date: '2023-12-20', expect: [{ source: 'VEN', target: 'GUY', root: '15' }] },
  { sentence: 'Chinese warships staged a show of force near Taiwan.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'TWN', root: '15' }] },
  { sentence: 'India deployed additional troops along its border with China.', date: '2024-03-15', expect: [{ source: 'IND', target: 'CHN', root: '15' }] },
  { sentence: 'Belarus raised the combat readiness of its forces on the border with Poland.', date: '2024-03-15', expect: [{ source: 'BLR', target: 'POL', root: '15' }] },
  { sentence: 'Russian troops were put on high alert near the border with Finland.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'FIN', root: '15' }] },
  { sentence: 'China conducted military exercises simulating strikes on Taiwan.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'TWN', root: '15' }], not: [{ source: 'CHN', target: 'TWN', root: '06' }, { source: 'CHN', target: 'TWN', root: '19', modality: 'asserted' }] },
]);
