import { runTable } from './table.js';

// Who takes part when a sentence coordinates predicates or names parties by a group noun.
// Sentences written for these tests.

runTable('coordinated predicates', [
  // the second verb shares the first one's subject, not the nearest actor before it
  { sentence: "Jordan's foreign minister condemned the Israeli raids and called on the European Union to act.", date: '2024-03-15', expect: [{ source: 'JOR', target: 'ISR', root: '11' }, { source: 'JOR', target: 'IGO:EU', root: '02' }], not: [{ source: 'ISR', target: 'IGO:EU' }] },
  // a noun act's other party is not the object of a later predicate
  { sentence: 'Qatar denounced the Iranian strikes and urged Pakistan to show restraint.', date: '2024-03-15', expect: [{ source: 'QAT', target: 'IRN', root: '11' }], not: [{ source: 'IRN', target: 'PAK', root: '19' }, { source: 'IRN', target: 'PAK', root: '18' }] },
  // a verb act may still find its party in a coordinated predicate
  { sentence: 'Ecuador had moved troops to the border and cut ties with Colombia.', date: '2024-03-15', expect: [{ source: 'ECU', target: 'COL', root: '16' }] },
  // a participle after the main clause's comma shares its subject, not its object
  { sentence: "Burkina Faso's junta suspended two French broadcasters, accusing them of biased reporting.", date: '2024-03-15', expect: [{ source: 'BFA', target: 'FRA', root: '11' }], not: [{ source: 'FRA', target: 'FRA' }] },
  { sentence: 'Russia expelled two Estonian diplomats, accusing Tallinn of hostile actions.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'EST', root: '11' }] },
]);

runTable('"them" for a plural object or a pair of subjects before', [
  { sentence: 'Police in Berlin detained five Iranian nationals on Monday. German prosecutors charged them with spying.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'IRN', root: '17' }] },
  { sentence: 'Russia and China vetoed the resolution. Washington accused them of shielding Pyongyang.', date: '2024-03-15', expect: [{ source: 'USA', target: 'RUS', root: '11' }, { source: 'USA', target: 'CHN', root: '11' }] },
  // a named state is "it", not "them"; no plural before, no referent
  { sentence: 'Spain recalled its ambassador from Argentina. Officials said the talks would help them.', date: '2024-03-15', not: [{ source: 'ESP', target: 'ARG', root: '04' }] },
]);

runTable('parties named by a group noun', [
  // "the two sides" that would resolve to the subjects themselves are others, not named here
  { sentence: 'Egypt and Qatar have been trying to mediate between the two sides.', date: '2024-03-15', not: [{ source: 'EGY', target: 'QAT' }, { source: 'QAT', target: 'EGY' }] },
  // "the two leaders", "both foreign ministers": the two people named before, modifiers allowed
  { sentence: 'Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Tokyo. The two leaders signed a security pact.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'AUS', cameo: '057' }] },
  { sentence: 'Spanish Foreign Minister José Manuel Albares spoke with Moroccan Foreign Minister Nasser Bourita. Both foreign ministers agreed to hold talks on migration.', date: '2024-03-15', expect: [{ source: 'ESP', target: 'MAR', root: '03' }] },
  { sentence: 'Brazilian President Luiz Inácio Lula da Silva met Argentine President Javier Milei. The two South American presidents also voiced their readiness to mediate between Venezuela and Guyana.', date: '2024-03-15', expect: [{ source: 'BRA', target: 'VEN', cameo: '039' }, { source: 'ARG', target: 'GUY', cameo: '039' }] },
  // the two are the sides: a host's compatriot named in between is passed over for the visitor
  { sentence: 'Indian Prime Minister Narendra Modi arrived in Washington on Wednesday. He was received at the White House by Vice President Kamala Harris before talks with President Joe Biden. The two leaders signed a defence pact.', date: '2023-06-23', expect: [{ source: 'IND', target: 'USA', cameo: '057' }] },
  // two compatriots with no foreign partner in the last sentences stay the two named
  { sentence: 'Polish Foreign Minister Radoslaw Sikorski visited Kyiv in May. Ukraine and Poland are neighbours. Trade grew this year. Exports rose. Prime Minister Denys Shmyhal met President Volodymyr Zelensky on Monday. The two leaders signed a decree.', date: '2023-06-23', not: [{ source: 'UKR', target: 'POL', cameo: '057' }, { source: 'POL', target: 'UKR', cameo: '057' }] },
  // a role word in the description must fit: the two leaders are no military commanders
  { sentence: 'German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. The two military commanders signed a security pact.', date: '2024-03-15', not: [{ source: 'DEU', target: 'FRA', cameo: '057' }, { source: 'FRA', target: 'DEU', cameo: '057' }] },
  // a body of states that convenes a meeting is no side when two states were named before it
  { sentence: 'Ecuador expelled the Colombian ambassador. The OAS will hold an emergency meeting in Washington on Tuesday. Brazil called on both sides to resolve the dispute through dialogue.', date: '2008-03-03', expect: [{ source: 'BRA', target: 'ECU', root: '02' }, { source: 'BRA', target: 'COL', root: '02' }], not: [{ source: 'BRA', target: 'IGO:OAS' }] },
  // a pair named after "between" is the two sides, not states named in an earlier paragraph
  { sentence: 'Mikati said he had spoken with the United States and France. Egypt and Qatar, which have been mediating between Israel and Hamas, urged both sides to show restraint.', date: '2024-03-15', expect: [{ source: 'EGY', target: 'ISR', root: '02' }, { source: 'QAT', target: 'PSE', root: '02' }], not: [{ source: 'EGY', target: 'USA' }, { source: 'QAT', target: 'FRA' }] },
  // "both sides" after a pair of subjects is that pair, even of one state, not the mediators named after them
  { sentence: 'Ethiopian troops and Tigrayan rebels agreed to a truce in talks hosted by Kenya and the United States. The African Union urged both sides to respect the truce.', date: '2024-03-15', expect: [{ source: 'IGO:AU', target: 'ETH', root: '02' }], not: [{ source: 'IGO:AU', target: 'USA' }, { source: 'IGO:AU', target: 'KEN' }] },
  // "the two neighbouring countries": a modifier between "two" and the noun
  { sentence: 'Kenya and Tanzania have long argued over trade rules. The two neighbouring countries signed a trade agreement on Monday.', date: '2024-03-15', expect: [{ source: 'KEN', target: 'TZA', cameo: '057' }] },
]);

runTable('headline grammar', [
  { sentence: 'Egypt, Qatar agree to host new round of talks', date: '2024-03-15', expect: [{ source: 'EGY', target: 'QAT', root: '04', modality: 'planned' }] },
  { sentence: 'India, Pakistan agree to ceasefire after days of clashes', date: '2025-05-10', expect: [{ source: 'IND', target: 'PAK', root: '03' }, { source: 'PAK', target: 'IND', root: '03' }] },
  // a headline's present tense reads like a noun after its subject; the comma still joins the subjects
  { sentence: 'Japan, Philippines sign defence pact', date: '2024-07-08', expect: [{ source: 'JPN', target: 'PHL', cameo: '057' }] },
  // a headline's "to" after its subject is the future
  { sentence: 'Zelensky to visit Washington', date: '2024-07-08', expect: [{ source: 'UKR', target: 'USA', cameo: '042', modality: 'planned' }], not: [{ source: 'UKR', target: 'USA', cameo: '042', modality: 'asserted' }] },
  { sentence: 'Russia, Iran to hold joint naval drills', date: '2024-07-08', expect: [{ source: 'RUS', target: 'IRN', root: '06', modality: 'planned' }] },
  // a comma after a headline's first actor that is no list: the second names the place
  { sentence: 'Armenia, in Brussels, seeks closer ties with the EU', date: '2024-03-15', not: [{ source: 'BEL', target: 'IGO:EU' }] },
]);

runTable('time expressions inside patterns', [
  { sentence: 'Sudan and South Sudan agreed on Sunday to a full and lasting ceasefire.', date: '2024-03-18', expect: [{ source: 'SDN', target: 'SSD', root: '03' }] },
]);

runTable('coordinated members with their own times', [
  { sentence: 'The Japanese foreign minister visited Hanoi on Monday and Manila on Wednesday.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'VNM', cameo: '042' }, { source: 'JPN', target: 'PHL', cameo: '042' }] },
  { sentence: 'Britain imposed sanctions on Iran in January and Syria in March.', date: '2024-06-15', expect: [{ source: 'GBR', target: 'IRN', root: '16' }, { source: 'GBR', target: 'SYR', root: '16' }] },
  // a time expression does not join actors of separate clauses
  { sentence: 'Iran condemned Israel on Monday, and Syria called for calm.', date: '2024-03-15', not: [{ source: 'IRN', target: 'SYR' }] },
]);

runTable('a comma before "and" between two actors joins clauses', [
  { sentence: 'The United States warned China against supplying weapons to Russia, and Washington imposed sanctions on Chinese firms.', date: '2024-05-17', expect: [{ source: 'USA', target: 'CHN', root: '16' }], not: [{ source: 'RUS', target: 'CHN' }, { source: 'CHN', target: 'USA' }, { source: 'CHN', target: 'RUS', root: '07', modality: 'asserted' }] },
  // in a list of three the comma before "and" is the serial comma
  { sentence: 'The EU imposed sanctions on Iran, Syria, and Belarus.', date: '2024-05-17', expect: [{ source: 'IGO:EU', target: 'IRN', root: '16' }, { source: 'IGO:EU', target: 'SYR', root: '16' }, { source: 'IGO:EU', target: 'BLR', root: '16' }] },
]);

runTable('"they" opening a sentence continues the plural subject before', [
  { sentence: 'Russian forces advanced on Kharkiv on Monday. They also destroyed a Ukrainian railway bridge near Izium.', date: '2023-03-15', expect: [{ source: 'RUS', target: 'UKR', cameo: '1712' }] },
  { sentence: 'Iran and Russia signed a cooperation pact on Monday. They will hold joint naval drills next month.', date: '2023-03-15', expect: [{ source: 'IRN', target: 'RUS', cameo: '062', modality: 'planned', date: '2023-04' }] },
  { sentence: 'Houthi rebels seized a cargo ship in the Red Sea. But they denied attacking Saudi Arabia.', date: '2023-03-15', expect: [{ source: 'YEM', target: 'SAU', cameo: '016' }] },
  // a single state before is no antecedent of "they"
  { sentence: 'Iran tested a missile on Monday. They said the launch threatened Israel.', date: '2023-03-15', not: [{ source: 'IRN', target: 'ISR', root: '13' }, { source: 'IRN', target: 'ISR', root: '11' }] },
  // "they" inside a sentence is left to the clause's own subject
  { sentence: 'Israeli officials said they would not attack Lebanon.', date: '2023-03-15', not: [{ source: 'ISR', target: 'LBN', root: '19', modality: 'asserted' }] },
]);

runTable('property destroyed with its owner before it', [
  { sentence: 'Israeli bulldozers demolished Palestinian homes in East Jerusalem.', date: '2023-03-15', expect: [{ source: 'ISR', target: 'PSE', cameo: '1712' }] },
  { sentence: 'Russian troops destroyed a Ukrainian dam on the Dnipro river.', date: '2023-06-07', expect: [{ source: 'RUS', target: 'UKR', cameo: '1712' }] },
  // a storm destroys without an actor
  { sentence: 'The storm destroyed hundreds of Cuban homes.', date: '2023-06-07', none: true },
]);

runTable('"both sides" names neither the speaker nor a news outlet', [
  {
    sentence: 'KHARTOUM (Reuters) - Sudan\'s army accused the Rapid Support Forces of attacking a World Food Programme convoy in Darfur. The RSF denied the accusation. The United States condemned the attack and called on both sides to allow humanitarian access.',
    date: '2024-03-05',
    expect: [{ source: 'USA', target: 'SDN', root: '02' }],
    not: [{ source: 'USA', target: 'GBR' }, { source: 'USA', target: 'IGO:UN', root: '02' }, { source: 'SDN', target: 'USA' }],
  },
]);

runTable('"both sides" are not a party someone was called on', [
  {
    sentence: "Serbia's president put the army on high alert on Friday. Kosovo's prime minister Albin Kurti accused Belgrade of arming gangs and called on NATO to send more troops. The European Union urged both sides to return to talks.",
    date: '2023-06-05',
    expect: [{ source: 'IGO:EU', target: 'SRB', root: '02' }, { source: 'IGO:EU', target: 'XKX', root: '02' }],
    not: [{ source: 'IGO:EU', target: 'IGO:NATO' }],
  },
]);

runTable('"they" after a meeting are the two who met', [
  { sentence: 'Putin met Xi in Moscow on Monday. They signed a pact on energy cooperation.', date: '2023-09-20', expect: [{ source: 'RUS', target: 'CHN', cameo: '057' }] },
  { sentence: 'Lula visited Seoul on Monday. They signed a trade deal.', date: '2023-09-20', expect: [{ source: 'BRA', target: 'KOR', cameo: '057' }] },
  // one who met no one is no pair
  { sentence: 'Putin spoke in Moscow on Monday. They signed a pact on energy cooperation.', date: '2023-09-20', none: true },
]);

runTable('one act told generically and specifically is one event', [
  {
    sentence: 'Israel strikes Lebanon\nIsraeli jets bombed targets in southern Lebanon on Tuesday, the army said.',
    date: '2024-04-17',
    expect: [{ source: 'ISR', target: 'LBN', cameo: '195', date: '2024-04-16' }],
    not: [{ source: 'ISR', target: 'LBN', cameo: '190' }],
  },
  // acts of different roots stay apart
  {
    sentence: 'Israel strikes Lebanon\nIsrael also condemned Lebanon on Tuesday.',
    date: '2024-04-17',
    expect: [{ source: 'ISR', target: 'LBN', root: '19' }, { source: 'ISR', target: 'LBN', root: '11' }],
  },
]);

runTable('an unknown name right before the verb is its subject', [
  // a lone name after a preposition owns the noun: the visit is Albanese's, not the subjects'
  { sentence: 'Vietnam and Australia upgrade ties during Albanese visit', date: '2024-06-03', not: [{ source: 'VNM', target: 'AUS', cameo: '042' }] },
  { sentence: 'China held drills after then House Speaker Nancy Pelosi visited Taiwan in 2022.', date: '2024-04-17', not: [{ source: 'CHN', target: 'TWN', cameo: '042' }] },
  { sentence: 'Beijing protested after Senator Jane Doerr visited Taipei.', date: '2024-04-17', not: [{ source: 'CHN', target: 'TWN', cameo: '042' }] },
  // a known person keeps the act
  { sentence: 'Russian Foreign Minister Sergei Lavrov visited Beijing on Monday.', date: '2024-04-17', expect: [{ source: 'RUS', target: 'CHN', cameo: '042' }] },
]);

runTable('groups named by a count: "the two sides", "the three countries", "the presidents of both countries"', [
  // the two who met are "the two sides", not a state mentioned in between
  {
    sentence: 'Indonesian President Joko Widodo held talks with Australian Prime Minister Anthony Albanese in Jakarta. Both leaders condemned Myanmar\'s military crackdown. The two sides agreed to hold joint naval exercises next year.',
    date: '2023-07-04',
    expect: [{ source: 'IDN', target: 'AUS', cameo: '062', modality: 'planned' }],
    not: [{ source: 'IDN', target: 'MMR', root: '03' }, { source: 'MMR', target: 'IDN', root: '03' }],
  },
  { sentence: 'Egypt\'s foreign minister met his Turkish counterpart in Cairo. The two sides agreed to boost trade.', date: '2023-07-04', expect: [{ source: 'EGY', target: 'TUR', cameo: '0311' }] },
  // an office of the states after "of" acts for them
  { sentence: 'Vietnam\'s president hosted South Korea\'s president in Hanoi. The presidents of both countries agreed to expand trade.', date: '2023-07-04', expect: [{ source: 'VNM', target: 'KOR', cameo: '0311' }, { source: 'KOR', target: 'VNM', cameo: '0311' }] },
  // a count names the list of that many states
  { sentence: 'The foreign ministers of Kenya, Uganda and Tanzania met in Arusha on Monday. The three countries signed an agreement on a regional railway.', date: '2023-07-04', expect: [{ source: 'KEN', target: 'UGA', cameo: '057' }, { source: 'UGA', target: 'TZA', cameo: '057' }, { source: 'KEN', target: 'TZA', cameo: '057' }] },
  // the pair the article is about, though other states were named since
  { sentence: 'Vietnam and Australia signed a strategic partnership on Monday. China\'s embassy said regional countries should avoid blocs. The deal must be approved by Australia\'s parliament. The two countries held joint naval drills last year.', date: '2024-03-11', expect: [{ source: 'VNM', target: 'AUS', cameo: '062' }], not: [{ source: 'AUS', target: 'CHN' }, { source: 'CHN', target: 'AUS' }] },
  // with two states named, "the three countries" names no one
  { sentence: 'Kenya and Uganda held talks in Kampala. The three countries signed an agreement on a railway.', date: '2023-07-04', not: [{ source: 'KEN', target: 'UGA', cameo: '057' }] },
  // a symmetric act of three coordinated subjects is one between each pair
  { sentence: 'Mexico, Canada and the United States signed a new trade pact on Thursday.', date: '2023-07-04', expect: [{ source: 'MEX', target: 'CAN', cameo: '057' }, { source: 'CAN', target: 'USA', cameo: '057' }, { source: 'MEX', target: 'USA', cameo: '057' }] },
]);

runTable('a stand taken on an act does not do it', [
  { sentence: 'Washington would not support a ground offensive in Rafah, the White House said.', date: '2024-05-10', not: [{ source: 'USA', target: 'PSE', root: '19' }] },
  { sentence: 'Australia backed the invasion of Iraq in 2003.', date: '2024-05-10', not: [{ source: 'AUS', target: 'IRQ', root: '19' }] },
  { sentence: 'Brazil opposed a military intervention in Venezuela.', date: '2024-05-10', not: [{ source: 'BRA', target: 'VEN', root: '19' }] },
  // the owner of the act still does it, and the one who condemns it criticises its owner
  { sentence: 'Jordan condemned the Israeli bombardment of Gaza.', date: '2024-05-10', expect: [{ source: 'JOR', target: 'ISR', root: '11' }, { source: 'ISR', target: 'PSE', root: '19' }] },
  // a verb of doing keeps its subject
  { sentence: 'Russia launched a full-scale invasion of Ukraine in February 2022.', date: '2024-05-10', expect: [{ source: 'RUS', target: 'UKR', root: '19' }] },
  // a gerund after "support" is the supporter's own doing
  { sentence: 'Canada said it would support training Ukrainian pilots.', date: '2024-05-10', expect: [{ source: 'CAN', target: 'UKR', root: '07', modality: 'planned' }] },
]);

runTable('"the two countries" are states', [
  { sentence: 'Serbia left the Council of Europe talks early. Kosovo stayed. The leaders of the two countries met in Brussels on Friday.', date: '2024-05-10', expect: [{ source: 'SRB', target: 'XKX', cameo: '040' }], not: [{ source: 'IGO:COE', target: 'XKX' }, { source: 'XKX', target: 'IGO:COE' }] },
]);

runTable('a cue of intent stops at its clause', [
  { sentence: 'Leaders of the African Union vowed to fight hunger together, at a summit hosted by Kenyan President William Ruto.', date: '2024-11-18', expect: [{ source: 'KEN', target: 'IGO:AU', cameo: '043', modality: 'asserted' }] },
  // a past verb after "and" is a predicate of its own, out of the cue's reach
  { sentence: 'Beijing vowed to take all necessary measures to defend its interests and accused Washington of protectionism.', date: '2024-11-18', expect: [{ source: 'CHN', target: 'USA', root: '11', modality: 'asserted' }] },
  { sentence: 'Iran and Russia pledged to boost trade and to hold joint drills next year.', date: '2024-11-18', expect: [{ source: 'IRN', target: 'RUS', cameo: '062', modality: 'planned' }] },
  // an act warned against has not happened, an intent either
  { sentence: 'Russia warned Finland against deepening ties with NATO.', date: '2024-11-18', expect: [{ source: 'RUS', target: 'FIN', root: '13' }], not: [{ source: 'FIN', target: 'IGO:NATO', modality: 'asserted' }] },
  { sentence: 'The United States urged Japan to deepen ties with NATO.', date: '2024-11-18', expect: [{ source: 'USA', target: 'JPN', root: '02' }], not: [{ source: 'JPN', target: 'IGO:NATO', modality: 'asserted' }] },
]);

runTable('objects in a list, and "its" owning a noun act', [
  // the members of a list a verb governs are its objects, never the subject of what follows
  { sentence: 'Russia summoned the Danish, Swedish and Finnish ambassadors over their support for Ukraine\'s attacks on Crimea.', date: '2024-05-10', expect: [{ source: 'RUS', target: 'DNK', cameo: '114' }, { source: 'RUS', target: 'FIN', cameo: '114' }], not: [{ source: 'FIN', target: 'UKR' }, { source: 'DNK', target: 'UKR' }] },
  // "its" before a noun act stands for the clause's subject
  { sentence: 'Israel defended its overnight strikes on Lebanon as self-defence.', date: '2024-05-10', expect: [{ source: 'ISR', target: 'LBN', root: '19' }] },
  { sentence: 'The EU sanctioned three Iranian firms that make drones that Russia has used in its war against Ukraine.', date: '2024-05-10', expect: [{ source: 'RUS', target: 'UKR', root: '19' }] },
]);

runTable('objects of past verbs the tag lexicon does not know', [
  { sentence: 'Mali had expelled Algeria\'s ambassador in March and threatened to expel thousands of Algerian troops deployed in the country.', date: '2024-05-10', expect: [{ source: 'MLI', target: 'DZA', root: '16' }], not: [{ source: 'DZA', target: 'MLI' }] },
  { sentence: 'Burkina Faso summoned France\'s envoy and vowed to punish Paris.', date: '2024-05-10', expect: [{ source: 'BFA', target: 'FRA', cameo: '114' }], not: [{ source: 'FRA', target: 'BFA' }] },
]);

runTable('a body named again by its head word; coordinated objects with possessives', [
  { sentence: 'Guinea\'s junta welcomed the decision on Monday. The junta had accused Paris of meddling in its affairs.', date: '2024-05-10', expect: [{ source: 'GIN', target: 'FRA', root: '11' }] },
  { sentence: 'The Chinese foreign ministry summoned the Dutch ambassador. The ministry accused the Netherlands of interference.', date: '2024-05-10', expect: [{ source: 'CHN', target: 'NLD', root: '11' }] },
  // the body named in a head's title: "Myanmar's army chief … the army"
  { sentence: "Myanmar's army chief Min Aung Hlaing flew to Moscow on Monday. Thailand criticised the army over the air strikes.", date: '2024-05-10', expect: [{ source: 'THA', target: 'MMR', root: '11' }] },
  { sentence: "Myanmar's army chief Min Aung Hlaing flew to Moscow on Monday. Thailand criticised the government over the air strikes.", date: '2024-05-10', not: [{ source: 'THA', target: 'MMR', root: '11' }] },
  // a head word shared with no earlier body names no one
  { sentence: 'The ministry accused Israel of shelling.', date: '2024-05-10', none: true },
  { sentence: 'Germany will withdraw its ambassador and its soldiers from Mali, Berlin said.', date: '2024-05-10', expect: [{ source: 'DEU', target: 'MLI', cameo: '0874', modality: 'planned' }] },
]);

runTable('"both countries" as an object are not the sentence\'s own subjects', [
  { sentence: 'India and Pakistan exchanged fire across the frontier on Monday. Saudi Arabia and Qatar urged both countries to show restraint.', date: '2024-05-16', expect: [{ source: 'SAU', target: 'IND', root: '02' }, { source: 'QAT', target: 'PAK', root: '02' }], not: [{ source: 'SAU', target: 'QAT' }, { source: 'QAT', target: 'SAU' }] },
  // as the subject of what was said, the pair is the speakers' own
  { sentence: 'Armenia and Azerbaijan said both countries would hold talks next month.', date: '2024-05-16', expect: [{ source: 'ARM', target: 'AZE', root: '04', modality: 'planned' }] },
]);

runTable('the party of a relation named after the act is not its target', [
  { sentence: 'Spanish Prime Minister Pedro Sanchez warned against a trade war with China.', date: '2024-05-16', not: [{ source: 'ESP', target: 'CHN' }] },
  { sentence: 'Greece recalled its ambassador amid a row with Turkey over maritime borders.', date: '2024-05-16', not: [{ source: 'GRC', target: 'TUR', root: '16' }] },
  // a show of force amid a relation is aimed at it
  { sentence: 'Venezuela massed troops near the frontier amid tensions with Guyana.', date: '2024-05-16', expect: [{ source: 'VEN', target: 'GUY', root: '15' }] },
]);

runTable('a journey the clause subject is on; a visit criticised with its visitor named after its host', [
  { sentence: 'Japan will expand its aid, Foreign Minister Yoko Kamikawa said during a visit to Kyiv.', date: '2024-05-16', expect: [{ source: 'JPN', target: 'UKR', cameo: '042' }] },
  { sentence: 'On a trip to Hanoi, the Australian prime minister signed a trade pact with Vietnam.', date: '2024-05-16', expect: [{ source: 'AUS', target: 'VNM', cameo: '042' }, { source: 'AUS', target: 'VNM', cameo: '057' }] },
  { sentence: 'China condemned a visit to Taipei by US lawmakers.', date: '2024-05-16', expect: [{ source: 'CHN', target: 'USA', cameo: '111' }, { source: 'USA', target: 'TWN', cameo: '042' }] },
  // a journey of no one in particular
  { sentence: 'The ministry said a visit to Moscow was not planned.', date: '2024-05-16', none: true },
]);

runTable('an actor with its own verb inside a gap is a clause of its own', [
  { sentence: 'UN General Assembly demands Russia withdraw from Ukraine', date: '2024-05-16', expect: [{ source: 'IGO:UN', target: 'RUS', root: '10' }], not: [{ source: 'IGO:UN', target: 'UKR' }] },
  { sentence: 'The EU demanded an explanation from Belarus.', date: '2024-05-16', expect: [{ source: 'IGO:EU', target: 'BLR', cameo: '100' }] },
]);

runTable('"it" opening a clause of its own is the state the sentence is about', [
  { sentence: "Niger's junta ordered French troops to leave on Thursday, days after it expelled the French ambassador.", date: '2024-01-05', expect: [{ source: 'NER', target: 'FRA', root: '16' }] },
  { sentence: 'Pakistan closed its border crossings on Monday because it blamed Afghanistan for the attacks.', date: '2024-01-05', expect: [{ source: 'PAK', target: 'AFG', root: '11' }] },
  // a person named first is "he", not "it"; a copula after "it" is often empty
  { sentence: 'Putin spoke on Monday after it accused Ukraine of terrorism.', date: '2024-01-05', not: [{ source: 'RUS', target: 'UKR', root: '11' }] },
  { sentence: 'Turkey hesitated until it was clear that Sweden would act.', date: '2024-01-05', none: true },
]);

runTable('a state inside a hyphenated word: the leader of what follows, or only its backer', [
  { sentence: 'A Saudi-led coalition struck the Yemeni capital Sanaa on Monday.', date: '2024-08-15', expect: [{ source: 'SAU', target: 'YEM', root: '19', date: '2024-08-12' }] },
  { sentence: 'The US-led coalition bombed positions near Mosul.', date: '2024-08-15', expect: [{ source: 'USA', target: 'IRQ', root: '19' }] },
  // the group is the actor, not the state that backs it
  { sentence: 'The Iran-backed Houthis fired a missile at a US destroyer on Sunday.', date: '2024-08-15', expect: [{ source: 'YEM', target: 'USA', root: '19' }], not: [{ source: 'IRN', target: 'USA' }] },
  { sentence: 'Russian-backed separatists shelled the Ukrainian town of Avdiivka.', date: '2024-08-15', not: [{ source: 'RUS', target: 'UKR' }] },
  { sentence: 'Washington accused the Iran-aligned group of attacking shipping.', date: '2024-08-15', not: [{ source: 'USA', target: 'IRN' }] },
  { sentence: 'The UN-backed government in Tripoli condemned the attack by Turkey.', date: '2024-08-15', not: [{ source: 'IGO:UN', target: 'TUR' }] },
]);

runTable('"him" is not the subject of its own clause', [
  { sentence: 'Scholz spoke by phone with Erdogan on Monday. He urged him to free the detained journalists.', date: '2024-05-10', expect: [{ source: 'DEU', target: 'TUR', root: '02' }] },
  { sentence: 'Macron hosted Modi in Paris. He thanked him for the support.', date: '2024-05-10', expect: [{ source: 'FRA', target: 'IND', cameo: '051' }] },
  { sentence: 'Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev and urged him to cease hostilities.', date: '2023-09-20', expect: [{ source: 'USA', target: 'AZE', root: '02' }] },
  // the person before the pronoun is an object: "him" may still be that person
  { sentence: 'Washington sanctioned Iranian commander Qasem Soleimani in 2007 and later killed him.', date: '2024-05-10', expect: [{ source: 'USA', target: 'IRN', root: '16' }] },
]);

runTable('a phrase set off by commas after the subject describes it', [
  { sentence: "Turkey, Azerbaijan's closest ally, condemned Armenia on Tuesday.", date: '2023-09-20', expect: [{ source: 'TUR', target: 'ARM', root: '11' }], not: [{ source: 'AZE', target: 'ARM' }] },
  { sentence: 'Hungary, a NATO member, criticised Ukraine over its language law.', date: '2023-09-20', expect: [{ source: 'HUN', target: 'UKR', root: '11' }], not: [{ source: 'IGO:NATO', target: 'UKR' }] },
  { sentence: "Azerbaijan launched an operation in Karabakh on Tuesday. Turkey, Azerbaijan's closest ally, said it supported the operation.", date: '2023-09-20', expect: [{ source: 'TUR', target: 'AZE', root: '05' }] },
  // a list of subjects is no apposition
  { sentence: 'Russia, China and Iran condemned the United States.', date: '2023-09-20', expect: [{ source: 'CHN', target: 'USA', root: '11' }, { source: 'RUS', target: 'USA', root: '11' }] },
]);

runTable('a second verb after "and" in what someone was urged to do', [
  // the reading that ends before "and" is the verb's; a gap running on into the next verb phrase is not
  { sentence: 'The European Union urged Azerbaijan to halt the attacks and resume talks with Armenia.', date: '2023-09-20', expect: [{ source: 'AZE', target: 'ARM', cameo: '087', modality: 'hypothetical' }], not: [{ source: 'AZE', target: 'ARM', cameo: '164' }] },
  // the second infinitive is urged too: not done, and done by the one urged
  { sentence: 'The European Union called on Azerbaijan to halt the attacks and return to talks with Armenia.', date: '2023-09-20', expect: [{ source: 'AZE', target: 'ARM', root: '04', modality: 'hypothetical' }], not: [{ source: 'IGO:EU', target: 'ARM', root: '04' }] },
  // "and" inside a name joins nothing
  { sentence: 'Kenya welcomed the decision by the Common Market for Eastern and Southern Africa to lift the ban.', date: '2023-09-20', expect: [{ source: 'KEN', target: 'IGO:COMESA', root: '05' }] },
]);
