import { runTable } from './table.js';

// Words that news puts between the parts of a pattern without changing the act:
// hedges and scare quotes, counts before the people acted on, times inside a cue.

runTable('hedges and scare quotes in an ascription', [
  { sentence: 'Pompeo said the blast was "likely" Iran\'s doing.', date: '2020-01-10', expect: [{ source: 'USA', target: 'IRN', cameo: '112' }] },
  { sentence: 'Iran said Israel was probably behind the bombing of its consulate.', date: '2024-04-02', expect: [{ source: 'IRN', target: 'ISR', cameo: '112' }] },
  { sentence: 'Kyiv said Moscow was most likely responsible for the explosion.', date: '2023-06-07', expect: [{ source: 'UKR', target: 'RUS', cameo: '112' }] },
  // the hedge belongs to the speaker's claim, not to a future act
  { sentence: 'Seoul said Pyongyang was almost certainly behind the hacking.', date: '2023-06-07', expect: [{ source: 'KOR', target: 'PRK', cameo: '112', modality: 'asserted' }] },
  // a future statement stays future
  { sentence: 'Iran will say that Israel was behind the bombing.', date: '2024-04-02', not: [{ source: 'IRN', target: 'ISR', cameo: '112', modality: 'asserted' }] },
  // a narrator's guess names no accuser
  { sentence: 'Iran might be behind the attack, analysts believe.', date: '2024-04-02', none: true },
  // "not" is no hedge: the pattern must not pass over it
  { sentence: 'Tehran said Israel was not behind the explosion.', date: '2024-04-02', not: [{ source: 'IRN', target: 'ISR', cameo: '112', modality: 'asserted' }] },
]);

runTable('labels that condemn', [
  { sentence: "Turkey's president called Saudi Arabia's explanation a political manoeuvre.", date: '2018-10-21', expect: [{ source: 'TUR', target: 'SAU', root: '11' }] },
  { sentence: "Beijing called Washington's accusations lies.", date: '2023-06-07', expect: [{ source: 'CHN', target: 'USA', root: '11' }] },
  { sentence: "Moscow called Kyiv's offer a publicity stunt.", date: '2023-06-07', expect: [{ source: 'RUS', target: 'UKR', root: '11' }] },
  { sentence: 'Biden later called Xi a dictator.', date: '2023-11-16', expect: [{ source: 'USA', target: 'CHN', root: '11' }] },
  { sentence: 'Erdogan has called Israel a terror state.', date: '2024-01-03', expect: [{ source: 'TUR', target: 'ISR', root: '11' }] },
  { sentence: 'North Korea called the South Korean military warmongers.', date: '2015-08-21', expect: [{ source: 'PRK', target: 'KOR', root: '11' }] },
  // a phone call is no label
  { sentence: 'Macron called Putin on Tuesday to discuss the grain deal.', date: '2023-06-07', not: [{ source: 'FRA', target: 'RUS', root: '11' }] },
]);

runTable('counts before the people acted on', [
  { sentence: 'Hamas fighters abducted more than 200 Israelis in the attack.', date: '2023-10-10', expect: [{ source: 'PSE', target: 'ISR', root: '18' }] },
  { sentence: 'Russian police detained dozens of Ukrainians in Crimea.', date: '2023-10-10', expect: [{ source: 'RUS', target: 'UKR', root: '17' }] },
  { sentence: 'Iranian authorities arrested at least 12 British nationals.', date: '2023-10-10', expect: [{ source: 'IRN', target: 'GBR', root: '17' }] },
  { sentence: 'Pakistan expelled nearly 40 Afghan diplomats.', date: '2023-10-10', expect: [{ source: 'PAK', target: 'AFG', root: '16' }] },
  // numbers in words count people too
  { sentence: 'Islamic Jihad freed two Israeli hostages on Friday.', date: '2023-10-10', expect: [{ source: 'PSE', target: 'ISR', cameo: '0841' }] },
  { sentence: 'Belarus released a dozen Lithuanian prisoners.', date: '2023-10-10', expect: [{ source: 'BLR', target: 'LTU', cameo: '0841' }] },
  { sentence: 'China detained five Japanese nationals in Shanghai.', date: '2023-10-10', expect: [{ source: 'CHN', target: 'JPN', root: '17' }] },
  // a count of things names no actor
  { sentence: 'India arrested more than 200 people in the crackdown.', date: '2023-10-10', none: true },
  { sentence: 'Police arrested four men in Paris.', date: '2023-10-10', none: true },
]);

runTable('a time inside a cue', [
  { sentence: 'The European Union agreed on Monday to give Ukraine 2 billion euros in aid.', date: '2023-03-15', expect: [{ source: 'IGO:EU', target: 'UKR', root: '07', modality: 'planned' }], not: [{ source: 'IGO:EU', target: 'UKR', root: '07', modality: 'asserted' }] },
  {
    sentence: 'Iran and Russia agreed on Tuesday to hold joint naval drills.',
    date: '2023-03-15',
    expect: [{ source: 'IRN', target: 'RUS', cameo: '062', modality: 'planned' }, { source: 'IRN', target: 'RUS', cameo: '0312', date: '2023-03-14' }],
    not: [{ source: 'IRN', target: 'RUS', cameo: '062', modality: 'asserted' }],
  },
  { sentence: 'Japan promised last week to send tanks to Ukraine.', date: '2023-03-15', expect: [{ source: 'JPN', target: 'UKR', root: '07', modality: 'planned' }] },
]);

runTable('attacks by armed groups', [
  { sentence: 'The U.S. embassy has faced attacks from al-Shabaab militants before.', date: '2023-03-15', expect: [{ source: 'SOM', target: 'USA', cameo: '180' }], not: [{ source: 'SOM', target: 'USA', cameo: '190' }] },
  { sentence: 'Houthi rebels attacked Saudi Arabia on Sunday.', date: '2023-03-15', expect: [{ source: 'YEM', target: 'SAU', cameo: '180' }] },
  // a state's forces use conventional force
  { sentence: 'Russian forces attacked Ukrainian positions near Bakhmut.', date: '2023-03-15', expect: [{ source: 'RUS', target: 'UKR', cameo: '190' }] },
  // a named kind of attack keeps its code whoever fires
  { sentence: 'Hezbollah fired rockets at northern Israel on Sunday.', date: '2023-03-15', expect: [{ source: 'LBN', target: 'ISR', cameo: '194' }] },
]);

runTable('what another must or should do', [
  { sentence: 'Speaking in Ankara, Erdogan said NATO allies needed to stand by Turkey.', date: '2019-10-14', expect: [{ source: 'TUR', target: 'IGO:NATO', root: '02' }], not: [{ source: 'IGO:NATO', target: 'TUR', root: '05', modality: 'asserted' }] },
  { sentence: 'Blinken said Israel must allow more aid into Gaza.', date: '2023-11-03', expect: [{ source: 'USA', target: 'ISR', root: '10' }] },
  { sentence: 'The Japanese prime minister said China should hold talks with Taiwan.', date: '2023-11-03', expect: [{ source: 'JPN', target: 'CHN', root: '02' }] },
  // one's own obligation is no appeal
  { sentence: 'Russia said it must defend its interests in Syria.', date: '2023-11-03', not: [{ source: 'RUS', target: 'SYR', root: '02' }, { source: 'RUS', target: 'SYR', root: '10' }] },
  // an act of force someone should do is no appeal for cooperation
  { sentence: 'The senator said the United States should strike Iran.', date: '2023-11-03', not: [{ source: 'USA', target: 'IRN', root: '02' }] },
]);

runTable('what a government expects of another', [
  { sentence: 'Germany said it expected Russia to honour the ceasefire agreement.', date: '2008-08-17', expect: [{ source: 'DEU', target: 'RUS', root: '10' }] },
  { sentence: "Germany's foreign minister said she expected Russia to withdraw its troops from Georgia.", date: '2008-08-17', expect: [{ source: 'DEU', target: 'RUS', root: '10' }], not: [{ source: 'RUS', target: 'GEO', root: '08', modality: 'asserted' }] },
  { sentence: 'Merkel said she expected a prompt withdrawal of Russian troops from Georgia.', date: '2008-08-17', expect: [{ source: 'DEU', target: 'RUS', cameo: '1056' }] },
  // a forecast is no demand
  { sentence: 'Russia is expected to withdraw its troops from Kherson.', date: '2022-11-09', not: [{ source: 'RUS', target: 'UKR', root: '10' }] },
]);

runTable('an obligation with the speaker after it', [
  { sentence: 'Israel must halt its offensive in Rafah immediately, the United Nations secretary-general said on Thursday.', date: '2024-05-10', expect: [{ source: 'IGO:UN', target: 'ISR', root: '10' }], not: [{ source: 'ISR', target: 'PSE', root: '08', modality: 'asserted' }] },
  // no speaker, no appeal
  { sentence: 'Israel must halt its offensive in Rafah, according to a draft resolution.', date: '2024-05-10', not: [{ source: 'IGO:UN', target: 'ISR', root: '10' }] },
]);

runTable('the end of an offensive in a place', [
  { sentence: 'Israel halted its offensive in Rafah on Monday.', date: '2024-05-10', expect: [{ source: 'ISR', target: 'PSE', cameo: '087', date: '2024-05-06' }] },
]);

runTable('members suspended', [
  { sentence: 'The African Union suspended Niger after the July coup.', date: '2023-08-22', expect: [{ source: 'IGO:AU', target: 'NER', root: '16', date: null }] },
  { sentence: 'ECOWAS suspended Guinea over the coup.', date: '2021-09-09', expect: [{ source: 'IGO:ECOWAS', target: 'GIN', root: '16' }] },
  // suspended meetings are no suspension of the partner
  { sentence: 'South Korea and Japan agreed to resume their regular summit meetings, suspended since 2011.', date: '2024-05-10', not: [{ source: 'KOR', target: 'JPN', root: '16' }, { source: 'KOR', target: 'JPN', root: '03', date: '2011' }] },
]);

runTable('who leads a delegation acts for it', [
  { sentence: 'A delegation led by Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Riyadh on Tuesday.', date: '2023-06-08', expect: [{ source: 'IRN', target: 'SAU', cameo: '042', date: '2023-06-06' }] },
  // an agent after "by" that leads no group is no subject
  { sentence: 'A ship seized by Iran arrived in Bandar Abbas on Tuesday.', date: '2023-06-08', not: [{ source: 'IRN', target: 'IRN', cameo: '042' }] },
  { sentence: "Britain's King Charles received the Japanese Emperor at Buckingham Palace on Tuesday.", date: '2024-06-27', expect: [{ source: 'GBR', target: 'JPN', cameo: '043' }] },
]);

runTable('a time that dates another event', [
  { sentence: "Putin visited Beijing on Tuesday, ahead of next month's summit.", date: '2024-05-10', expect: [{ source: 'RUS', target: 'CHN', cameo: '042', date: '2024-05-07' }] },
  { sentence: "Israel struck targets in Lebanon after last week's rocket attack.", date: '2024-05-10', expect: [{ source: 'ISR', target: 'LBN', root: '19', date: null }] },
  // the act inside the phrase keeps its own time
  { sentence: 'Putin will visit Beijing next month.', date: '2024-05-10', expect: [{ source: 'RUS', target: 'CHN', cameo: '042', modality: 'planned', date: '2024-06' }] },
]);

runTable('the time a planned act is announced for', [
  { sentence: 'Ireland, Spain and Norway said on Wednesday they would formally recognise a Palestinian state on May 28.', date: '2024-05-22', expect: [{ source: 'IRL', target: 'PSE', root: '05', modality: 'planned', date: '2024-05-28' }, { source: 'IRL', target: 'PSE', root: '03', date: '2024-05-22' }] },
  // a duration is no date
  { sentence: 'Putin met Xi in Beijing on Tuesday and the two signed a statement after four hours of talks.', date: '2024-05-17', not: [{ source: 'RUS', target: 'CHN', date: '2024-05-17' }] },
]);

runTable('intent to cooperate', [
  { sentence: 'Japan agreed to cooperate with Australia on critical minerals.', date: '2024-05-17', expect: [{ source: 'JPN', target: 'AUS', cameo: '030' }] },
  { sentence: 'India and France agreed on Tuesday to cooperate on space research.', date: '2024-05-17', expect: [{ source: 'IND', target: 'FRA', cameo: '030' }] },
  // cooperating with investigators of one's own is no intent toward another state
  { sentence: 'Boeing agreed to cooperate with investigators.', date: '2024-05-17', none: true },
]);

runTable('counts inside a pattern', [
  { sentence: 'Iran launched more than 300 drones and missiles at Israel on Saturday night.', date: '2024-04-15', expect: [{ source: 'IRN', target: 'ISR', root: '19', date: '2024-04-13' }] },
  { sentence: 'Russia fired dozens of cruise missiles at Ukrainian cities overnight.', date: '2024-04-15', expect: [{ source: 'RUS', target: 'UKR', root: '19' }] },
]);

runTable('prisoner exchanges', [
  { sentence: 'Russia and Ukraine exchanged 95 prisoners of war each on Friday.', date: '2024-04-15', expect: [{ source: 'RUS', target: 'UKR', cameo: '0841', date: '2024-04-12' }, { source: 'UKR', target: 'RUS', cameo: '0841' }] },
  { sentence: 'Ukraine swapped prisoners with Russia.', date: '2024-04-15', expect: [{ source: 'UKR', target: 'RUS', cameo: '0841' }] },
  // an offered swap has not happened
  { sentence: 'Moscow offered a prisoner swap with Washington.', date: '2024-04-15', not: [{ source: 'RUS', target: 'USA', cameo: '0841', modality: 'asserted' }] },
]);

runTable('build-ups at a border', [
  { sentence: "Russia massed tens of thousands of troops near Ukraine's border.", date: '2022-01-20', expect: [{ source: 'RUS', target: 'UKR', cameo: '154' }] },
  { sentence: 'Azerbaijan massed troops on its border with Armenia.', date: '2023-09-15', expect: [{ source: 'AZE', target: 'ARM', cameo: '154' }] },
]);

runTable('an act in a subordinate clause keeps the main clause\'s time apart', [
  {
    sentence: 'Pakistan carried out airstrikes inside Iran on Thursday, two days after Iran struck targets in Pakistan.',
    date: '2024-01-19',
    expect: [{ source: 'PAK', target: 'IRN', root: '19', date: '2024-01-18' }],
    not: [{ source: 'IRN', target: 'PAK', root: '19', date: '2024-01-18' }],
  },
  // a subordinate clause closed by its comma leaves the main clause its time
  { sentence: 'On Monday, after Putin arrived, Xi met Lavrov in Beijing.', date: '2024-04-15', expect: [{ source: 'CHN', target: 'RUS', cameo: '040', date: '2024-04-15' }] },
  // plans for a month ahead
  { sentence: 'Washington and Seoul announced plans for joint military drills in August.', date: '2024-04-15', expect: [{ source: 'USA', target: 'KOR', cameo: '062', modality: 'planned', date: '2024-08' }] },
]);

runTable('arms and vessels act for their state; a border names a place', [
  { sentence: 'A Russian missile struck an apartment block in Dnipro on Sunday.', date: '2024-05-13', expect: [{ source: 'RUS', target: 'UKR', root: '19' }] },
  { sentence: 'A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal.', date: '2024-06-18', expect: [{ source: 'CHN', target: 'PHL', cameo: '190' }] },
  { sentence: 'Chinese vessels fired water cannon at a Philippine resupply mission on Saturday.', date: '2024-06-18', expect: [{ source: 'CHN', target: 'PHL', cameo: '190' }], not: [{ source: 'CHN', target: 'PHL', cameo: '175' }] },
  // a passenger jet is a thing of its state, not its agent
  { sentence: 'A Ukrainian passenger jet crashed near Tehran after take-off.', date: '2020-01-09', none: true },
  { sentence: 'A van rammed into a crowd in a German market town.', date: '2024-06-18', none: true },
  // the border says where it happened
  { sentence: 'Pakistani troops killed nine militants in a raid near the Afghan border.', date: '2024-06-18', not: [{ source: 'PAK', target: 'AFG' }] },
  { sentence: 'Polish border guards fired tear gas at migrants on the Belarusian border.', date: '2024-06-18', not: [{ source: 'POL', target: 'BLR' }] },
  // a show of force at a border is aimed across it
  { sentence: 'Azerbaijan has massed troops along the Armenian border, Yerevan said.', date: '2024-06-18', expect: [{ source: 'AZE', target: 'ARM', cameo: '154' }] },
]);

runTable('a participle after a count describes the people counted, not an act', [
  { sentence: 'Iran freed five detained Americans on Monday in a deal with Washington.', date: '2023-09-19', expect: [{ source: 'IRN', target: 'USA', cameo: '0841' }], not: [{ source: 'IRN', target: 'USA', root: '17' }] },
  { sentence: 'Hamas released two kidnapped Israelis on Friday.', date: '2023-10-21', expect: [{ source: 'PSE', target: 'ISR', cameo: '0841' }], not: [{ source: 'PSE', target: 'ISR', root: '18' }] },
  { sentence: 'Russia handed over 90 captured Ukrainian soldiers.', date: '2024-01-31', not: [{ source: 'RUS', target: 'UKR', root: '17' }] },
  // without a count before it the participle is the verb
  { sentence: 'Russia detained two Estonian nationals at the border.', date: '2024-01-31', expect: [{ source: 'RUS', target: 'EST', cameo: '173' }] },
  { sentence: 'Iran detained Americans at the airport, state media said.', date: '2024-01-31', expect: [{ source: 'IRN', target: 'USA', cameo: '173' }] },
]);

runTable('a time expression between a verb and its object', [
  { sentence: "Ethiopia rejected on Tuesday Egypt's demand that it halt the filling of its dam.", date: '2023-06-05', expect: [{ source: 'ETH', target: 'EGY', root: '12', date: '2023-05-30' }] },
  { sentence: 'Turkey summoned on Monday the Swedish ambassador over the protest.', date: '2023-06-06', expect: [{ source: 'TUR', target: 'SWE', cameo: '114', date: '2023-06-05' }] },
  { sentence: 'Russia attacked overnight Ukrainian energy facilities.', date: '2023-06-06', expect: [{ source: 'RUS', target: 'UKR', root: '19' }] },
  // the time closes a clause with no object: the actor after the comma is a speaker
  { sentence: 'Russia retaliated on Monday, Ukraine said.', date: '2023-06-06', not: [{ source: 'RUS', target: 'UKR' }] },
]);
