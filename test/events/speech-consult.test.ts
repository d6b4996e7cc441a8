import { runTable } from './table.js';

// 04x consult and 01x statements between named parties. Written for these tests.

runTable('04 consult: talks and calls', [
  { sentence: 'Blinken and Wang Yi held talks in Beijing.', date: '2024-05-01', expect: [{ source: 'USA', target: 'CHN', root: '04' }] },
  { sentence: 'Putin and Xi Jinping spoke by phone on Tuesday.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'CHN', cameo: '041' }] },
  { sentence: 'French President Emmanuel Macron spoke by phone with Zelensky.', date: '2024-05-01', expect: [{ source: 'FRA', target: 'UKR', cameo: '041' }] },
  { sentence: 'Erdogan held a phone call with Putin.', date: '2024-05-01', expect: [{ source: 'TUR', target: 'RUS', cameo: '041' }] },
  { sentence: 'Russian Foreign Minister Sergei Lavrov met his Iranian counterpart in Moscow.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IRN', cameo: '040' }] },
  { sentence: 'Scholz discussed the war in Ukraine with Biden.', date: '2024-05-01', expect: [{ source: 'DEU', target: 'USA', cameo: '040' }] },
  { sentence: 'India and China held a fresh round of border talks.', date: '2024-05-01', expect: [{ source: 'IND', target: 'CHN', root: '04' }] },
  // a reporter's call is no consultation
  { sentence: 'A reporter from Reuters called the Iranian foreign minister on Tuesday.', date: '2024-05-01', none: true },
]);

runTable('01 statements: condolences and concern', [
  { sentence: 'Modi offered condolences to Iran over the death of Raisi.', date: '2024-05-21', expect: [{ source: 'IND', target: 'IRN', cameo: '018' }] },
  { sentence: 'Biden expressed sympathy to the people of Japan after the earthquake.', date: '2024-05-01', expect: [{ source: 'USA', target: 'JPN', cameo: '018' }] },
  { sentence: 'Zelensky addressed the people of Russia in a video message.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'RUS', cameo: '010' }] },
  { sentence: 'China voiced concern about U.S. military drills near Taiwan.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'USA', cameo: '012' }] },
  // concern with no party named: no event
  { sentence: 'The UN Secretary-General expressed concern over the escalation in the Red Sea.', date: '2024-05-01', none: true },
  { sentence: '"We will not accept this," the minister told reporters.', date: '2024-05-01', none: true },
]);
