import { TODO } from './coder-todo.js';
import { runTable } from './table.js';

// Wordings of verbal acts used of sport, markets, places and the weather: no event. Written for these tests.

runTable('speech: no event', [
  { sentence: 'Brazil beat Argentina 2-1 in a World Cup qualifier.', date: '2024-05-01', none: true },
  { sentence: 'The U.S. dollar rose against the Japanese yen.', date: '2024-05-01', none: true },
  { sentence: 'Ukraine is a country in Eastern Europe that borders Russia.', date: '2024-05-01', none: true },
  { sentence: 'The conference will be held in Russia next month.', date: '2024-05-01', none: true },
  { sentence: 'An Iranian singer was praised by critics in Paris.', date: '2024-05-01', none: true },
  { sentence: 'The UN said the ceasefire between Israel and Hamas was holding.', date: '2024-05-01', not: [{ source: 'IGO:UN', target: 'ISR', root: '11' }, { source: 'IGO:UN', target: 'ISR', root: '05' }] },
  { sentence: 'India said Pakistan\'s decision was an internal matter.', date: '2024-05-01', none: true },
  { sentence: "Russia's strike on Kyiv was the largest of the war, Ukraine said.", date: '2024-05-01', not: [{ source: 'UKR', target: 'RUS', root: '05' }, { source: 'UKR', target: 'RUS', root: '11' }] },
  { sentence: 'The Indian team attacked from the first minute against Australia.', todo: TODO.DEMONYM_COMMON_NOUN, date: '2024-05-01', none: true },
]);
