import { runTable } from './table.js';

// 05x praise, endorse, defend verbally: approval of the target or of its act. Written for these tests.

runTable('051 praise and endorse', [
  { sentence: "Egypt welcomed Israel's decision to open the crossing.", date: '2024-05-01', expect: [{ source: 'EGY', target: 'ISR', cameo: '051' }] },
  { sentence: "Japan praised South Korea's move to restore trade ties.", date: '2024-05-01', expect: [{ source: 'JPN', target: 'KOR', cameo: '051' }] },
  { sentence: "The United States hailed India's role in the evacuation.", date: '2024-05-01', expect: [{ source: 'USA', target: 'IND', cameo: '051' }] },
  { sentence: "China backed Russia's position on Ukraine.", date: '2024-05-01', expect: [{ source: 'CHN', target: 'RUS', cameo: '051' }] },
  { sentence: 'Ukraine thanked Germany for the Patriot systems.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'DEU', cameo: '051' }] },
  { sentence: 'The African Union welcomed the agreement between Ethiopia and Eritrea.', date: '2024-05-01', expect: [{ source: 'IGO:AU', target: 'ETH', cameo: '051' }, { source: 'IGO:AU', target: 'ERI', cameo: '051' }] },
  { sentence: 'Hamas welcomed the UN Security Council resolution.', date: '2024-05-01', expect: [{ source: 'PSE', target: 'IGO:UN', cameo: '051' }] },
  { sentence: "Kyiv welcomed Washington's readiness to send more air defence systems.", date: '2024-05-01', expect: [{ source: 'UKR', target: 'USA', cameo: '051' }] },
]);

runTable('05 endorse: the target\'s act called justified', [
  { sentence: "Russia said Iran's strike on Israel was justified.", date: '2024-05-01', expect: [{ source: 'RUS', target: 'IRN', cameo: '051' }] },
  { sentence: 'Moscow said the Iranian strike was a legitimate response.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IRN', cameo: '051' }] },
  { sentence: 'Biden said Israel has the right to defend itself.', date: '2024-05-01', expect: [{ source: 'USA', target: 'ISR', root: '05' }] },
  // one's own act called justified is no event between two actors
  { sentence: 'Israel said its strike was justified.', date: '2024-05-01', none: true },
  { sentence: 'The French delegation praised the food at the summit dinner.', date: '2024-05-01', none: true },
  { sentence: 'Japanese tourists praised the hospitality of Thai hotels.', date: '2024-05-01', not: [{ source: 'JPN', target: 'THA', root: '05' }] },
]);
