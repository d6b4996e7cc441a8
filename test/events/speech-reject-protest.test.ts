import { runTable } from './table.js';

// 12x reject and 114 complain officially: refusing another's claim or proposal, summoning its envoy.
// Written for these tests.

runTable('12 reject', [
  { sentence: "Russia rejected Ukraine's peace proposal.", date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', root: '12' }] },
  { sentence: "Hamas rejected Israel's demand to release all hostages.", date: '2024-05-01', expect: [{ source: 'PSE', target: 'ISR', root: '12' }] },
  { sentence: 'China rejected the accusations by the United States.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'USA', root: '12' }] },
  { sentence: "India rejected Canada's allegations as absurd.", date: '2024-05-01', expect: [{ source: 'IND', target: 'CAN', root: '12' }] },
  { sentence: 'The Kremlin rejected calls from Kyiv for a ceasefire.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', root: '12' }] },
  { sentence: "Beijing rebuffed Washington's offer of talks.", date: '2024-05-01', expect: [{ source: 'CHN', target: 'USA', root: '12' }] },
  // "X said Y's claims were baseless": the speaker rejects the claim's owner
  { sentence: "Armenia said Azerbaijan's claims were baseless.", date: '2024-05-01', expect: [{ source: 'ARM', target: 'AZE', cameo: '120' }] },
  { sentence: 'China said U.S. accusations of spying were groundless.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'USA', cameo: '120' }] },
  { sentence: 'India said the decision was its own and the claims were false.', date: '2024-05-01', none: true },
]);

runTable('114 complain officially: summons and protests', [
  { sentence: 'Poland summoned the Russian ambassador over the missile incursion.', date: '2024-05-01', expect: [{ source: 'POL', target: 'RUS', cameo: '114' }] },
  { sentence: "The Dutch foreign ministry summoned China's envoy.", date: '2024-05-01', expect: [{ source: 'NLD', target: 'CHN', cameo: '114' }] },
  { sentence: 'The Iranian ambassador was summoned by the German foreign ministry.', date: '2024-05-01', expect: [{ source: 'DEU', target: 'IRN', cameo: '114' }] },
  { sentence: 'The Israeli envoy was summoned to the Turkish foreign ministry.', date: '2024-05-01', expect: [{ source: 'TUR', target: 'ISR', cameo: '114' }] },
  { sentence: "Russia's ambassador was summoned to the foreign ministry in Warsaw.", date: '2024-05-01', expect: [{ source: 'POL', target: 'RUS', cameo: '114' }] },
  { sentence: "Seoul protested Tokyo's claim to the islands.", date: '2024-05-01', expect: [{ source: 'KOR', target: 'JPN', cameo: '114' }] },
  { sentence: 'Japan lodged a protest with China over the detention of its national.', date: '2024-05-01', expect: [{ source: 'JPN', target: 'CHN', cameo: '114' }] },
  // one's own envoy called home is a recall, not a summons of another's
  { sentence: "Iran's ambassador to Britain was summoned to Tehran for consultations.", date: '2024-05-01', not: [{ source: 'IRN', target: 'GBR', cameo: '114' }, { source: 'GBR', target: 'IRN', cameo: '114' }] },
]);
