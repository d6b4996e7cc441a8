import { runTable } from './table.js';

// Reactions aimed at a claim or proposal named in the same sentence, and legal wording aimed at a state.

runTable('reaction in a relative clause', [
  { sentence: 'Armenia accused Azerbaijan of shelling villages, a claim that Baku denied.', date: '2024-03-15', expect: [{ source: 'AZE', target: 'ARM', cameo: '016' }, { source: 'ARM', target: 'AZE', root: '11' }] },
  { sentence: 'Washington accused Beijing of hacking, charges which China flatly denied.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'USA', cameo: '016' }] },
  { sentence: 'Moscow offered a ceasefire plan that Kyiv rejected.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'RUS', root: '12' }] },
  { sentence: 'Iran made a proposal that the United States rejected on Monday.', date: '2024-03-15', expect: [{ source: 'USA', target: 'IRN', root: '12', date: '2024-03-11' }] },
  // the claim and the denial are one side's: nothing aimed at another
  { sentence: 'Serbia repeated a claim that Belgrade has long denied.', date: '2024-03-15', not: [{ source: 'SRB', target: 'SRB' }] },
]);

runTable('reaction to a claim made sentences before', [
  { sentence: 'Poland called for a NATO summit on Monday. Baltic leaders met in Riga on Tuesday. The call was backed by Lithuania.', date: '2024-03-15', expect: [{ source: 'LTU', target: 'POL', root: '05' }], not: [{ source: 'LTU', target: 'LVA' }] },
  { sentence: 'Armenia accused Azerbaijan of shelling border villages. Russian peacekeepers patrolled the area on Sunday. The accusation was rejected by Baku.', date: '2024-03-15', expect: [{ source: 'AZE', target: 'ARM', root: '12' }], not: [{ source: 'AZE', target: 'RUS' }] },
  { sentence: 'Turkey launched an operation against Kurdish militants in Iraq. The operation was condemned by Baghdad.', date: '2024-03-15', expect: [{ source: 'IRQ', target: 'TUR', root: '11' }] },
]);

runTable('legal acts aimed at a state', [
  { sentence: "Serbia charged Kosovo's government with violating the agreement.", date: '2024-03-15', expect: [{ source: 'SRB', target: 'XKX', cameo: '112' }], not: [{ source: 'SRB', target: 'XKX', cameo: '173' }] },
  { sentence: "Ukraine charged the Kremlin with war crimes.", date: '2024-03-15', expect: [{ source: 'UKR', target: 'RUS', cameo: '112' }] },
  { sentence: 'Russia charged two Estonian nationals with spying.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'EST', cameo: '173' }] },
]);

runTable('the one urged does the act', [
  // the one asked is no actor: the asker does not do the act it asked for
  { sentence: 'The Philippine government asked the kidnappers to release the Indonesian sailors.', date: '2024-03-15', not: [{ source: 'PHL', target: 'IDN', root: '08' }] },
  { sentence: 'The United States asked its allies to impose sanctions on Iran.', date: '2024-03-15', not: [{ source: 'USA', target: 'IRN', root: '16' }] },
  { sentence: 'American forces plans to sign a defence pact with Japan.', date: '2024-03-15', expect: [{ source: 'USA', target: 'JPN', cameo: '057', modality: 'planned' }] },
  { sentence: 'Washington urged Japan to impose sanctions on Russia.', date: '2024-03-15', expect: [{ source: 'USA', target: 'JPN', root: '02' }, { source: 'JPN', target: 'RUS', root: '16', modality: 'hypothetical' }], not: [{ source: 'USA', target: 'RUS', root: '16' }] },
  { sentence: 'Washington pressed partners such as South Korea to stop buying Iranian oil.', date: '2024-03-15', expect: [{ source: 'USA', target: 'KOR', root: '02' }] },
  { sentence: 'France asked Germany to send tanks to Ukraine.', date: '2024-03-15', expect: [{ source: 'FRA', target: 'DEU', root: '02' }, { source: 'DEU', target: 'UKR', root: '07', modality: 'hypothetical' }], not: [{ source: 'DEU', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'The US has been encouraging allies such as Japan to restrict exports to China.', date: '2024-03-15', expect: [{ source: 'USA', target: 'JPN', root: '02' }] },
]);

runTable('reactions to a resolution, a vote, a move', [
  // the resolution and the vote are whoever adopted it
  { sentence: 'The UN General Assembly adopted a resolution demanding that Russia withdraw its troops from Ukraine. Ukrainian Foreign Minister Dmytro Kuleba welcomed the vote. Russian envoy Vassily Nebenzia dismissed the resolution as useless.', date: '2023-02-24', expect: [{ source: 'UKR', target: 'IGO:UN', root: '05' }, { source: 'RUS', target: 'IGO:UN', root: '12' }, { source: 'RUS', target: 'UKR', root: '08', modality: 'hypothetical' }], not: [{ source: 'RUS', target: 'UKR', root: '08', modality: 'asserted' }] },
  // with no maker named, a welcome has no target
  { sentence: 'Germany welcomed the decision.', date: '2023-02-24', none: true },
]);

runTable('votes on a resolution adopted before', [
  {
    sentence: 'The UN General Assembly on Thursday adopted a resolution demanding that Russia withdraw its troops from Ukraine. A total of 141 countries voted in favour, while Belarus, Syria and Russia voted against. China and India abstained. Ukrainian Foreign Minister Dmytro Kuleba welcomed the vote. Russia\'s UN ambassador Vassily Nebenzia dismissed the resolution as useless.',
    date: '2023-02-24',
    expect: [
      { source: 'BLR', target: 'IGO:UN', root: '12' },
      { source: 'SYR', target: 'IGO:UN', root: '12' },
      { source: 'UKR', target: 'IGO:UN', root: '05' },
      { source: 'RUS', target: 'IGO:UN', root: '12' },
    ],
    not: [{ source: 'UKR', target: 'RUS', root: '05' }, { source: 'RUS', target: 'UKR', root: '12' }],
  },
  // with no resolution made before, a bare vote against has no target
  { sentence: 'Belarus and Syria voted against.', date: '2023-02-24', none: true },
]);

runTable('a resolution made by the agent of a passive', [
  { sentence: 'China voted against the resolution, which was drafted by Japan. North Korea rejected the resolution on Friday.', date: '2023-12-03', expect: [{ source: 'PRK', target: 'JPN', root: '12' }], not: [{ source: 'PRK', target: 'CHN' }] },
]);
