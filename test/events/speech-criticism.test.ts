import { runTable } from './table.js';

// 11x disapprove, criticise: the wordings of everyday news. Written for these tests.

runTable('111 criticise: judgments on the target or its act', [
  // diplomatic labels of blame; a phone call about a violation is no judgment
  { sentence: 'Moscow described the Estonian decision as an unfriendly step.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'EST', cameo: '111' }] },
  { sentence: 'The Kremlin called the Polish move an act of hostility.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'POL', cameo: '111' }] },
  { sentence: "Seoul described Pyongyang's launch as a violation of UN resolutions.", date: '2024-05-01', expect: [{ source: 'KOR', target: 'PRK', cameo: '111' }] },
  { sentence: 'Ukraine called Russia to discuss the violation of the grain deal.', date: '2024-05-01', not: [{ source: 'UKR', target: 'RUS', cameo: '111' }] },
  { sentence: "Turkey called Sweden's decision a grave mistake.", date: '2024-05-01', expect: [{ source: 'TUR', target: 'SWE', cameo: '111' }] },
  { sentence: 'Iran called the U.S. sanctions a crime against humanity.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'USA', cameo: '111' }] },
  { sentence: "China described Japan's plan as irresponsible.", date: '2024-05-01', expect: [{ source: 'CHN', target: 'JPN', cameo: '111' }] },
  { sentence: 'Turkey described the Israeli operation as genocide.', date: '2024-05-01', expect: [{ source: 'TUR', target: 'ISR', cameo: '111' }] },
  { sentence: "India called Pakistan's remarks baseless and irresponsible.", date: '2024-05-01', expect: [{ source: 'IND', target: 'PAK', cameo: '111' }] },
  { sentence: 'Iraq said the U.S. strike on Baghdad was a violation of its sovereignty.', date: '2024-05-01', expect: [{ source: 'IRQ', target: 'USA', cameo: '111' }] },
  { sentence: "Moscow said Ukraine's attack was a terrorist act.", date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '111' }] },
  { sentence: "Turkey's foreign ministry condemned what it called Israel's aggression.", date: '2024-05-01', expect: [{ source: 'TUR', target: 'ISR', root: '11' }] },
  // the label the critic puts on the act, and a participle before the doer's "by"
  { sentence: 'Lithuania condemned what it called a cyberattack campaign orchestrated by Moscow.', date: '2024-05-01', expect: [{ source: 'LTU', target: 'RUS', cameo: '111' }] },
  { sentence: 'Kyiv denounced what it described as an illegal annexation by Russia.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'RUS', cameo: '111' }] },
  { sentence: 'Jordan condemned the air strikes carried out by Israel and the United States on Monday.', date: '2024-05-01', expect: [{ source: 'JOR', target: 'ISR', cameo: '111' }, { source: 'JOR', target: 'USA', cameo: '111' }] },
  { sentence: 'Russia condemned the incursion by Ukrainian forces into the Kursk region.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '111' }] },
]);

runTable('111 criticise: phrasal verbs', [
  { sentence: "German Chancellor Olaf Scholz spoke out against Israel's planned offensive in Rafah.", date: '2024-05-01', expect: [{ source: 'DEU', target: 'ISR', cameo: '111' }] },
  { sentence: 'Hungary came out against the European Union over its migration pact.', date: '2024-05-01', expect: [{ source: 'HUN', target: 'IGO:EU', cameo: '111' }] },
  { sentence: 'Russia hit out at NATO over its expansion.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IGO:NATO', cameo: '111' }] },
  { sentence: 'The European Union lashed out at Hungary for blocking aid to Ukraine.', date: '2024-05-01', expect: [{ source: 'IGO:EU', target: 'HUN', cameo: '111' }] },
  { sentence: 'Venezuelan President Nicolas Maduro railed against the United States in a televised speech.', date: '2024-05-01', expect: [{ source: 'VEN', target: 'USA', cameo: '111' }] },
  { sentence: 'Erdogan took a swipe at Washington over its support for Kurdish fighters.', date: '2024-05-01', expect: [{ source: 'TUR', target: 'USA', cameo: '111' }] },
  { sentence: 'The European Union came under criticism from Hungary over its migration pact.', date: '2024-05-01', expect: [{ source: 'HUN', target: 'IGO:EU', cameo: '111' }] },
  { sentence: "Sweden's decision was criticised by Turkey.", date: '2024-05-01', expect: [{ source: 'TUR', target: 'SWE', cameo: '111' }] },
  { sentence: 'Ukrainian President Volodymyr Zelensky criticised Hungary for its stance on sanctions.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'HUN', cameo: '111' }] },
]);

runTable('111 criticise: not a criticism', [
  // the label is the critic's; a statement's issuer after "by" is no doer of the act
  { sentence: 'The United Nations condemned the attack in a statement issued by its press office.', date: '2024-05-01', none: true },
  { sentence: 'The Saudi minister called the visit a success.', date: '2024-05-01', none: true },
  { sentence: 'Biden called Netanyahu on Sunday to discuss the dangerous escalation.', date: '2024-05-01', not: [{ source: 'USA', target: 'ISR', root: '11' }] },
  { sentence: 'The two leaders described the talks as constructive.', date: '2024-05-01', none: true },
  // a troop convoy under fire is shot at, not criticised
  { sentence: 'A Ukrainian convoy came under fire from Russian forces near Kharkiv.', date: '2024-05-01', not: [{ source: 'RUS', target: 'UKR', root: '11' }] },
  { sentence: "The Brazilian coach hit out at Argentina's tactics after the match.", date: '2024-05-01', none: true },
]);
