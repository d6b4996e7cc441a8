import { runTable } from './table.js';

// 10x demand and 02x appeal: what one side requires or asks of another. Written for these tests.

runTable('10 demand', [
  { sentence: 'Poland demanded an apology from Russia.', date: '2024-05-01', expect: [{ source: 'POL', target: 'RUS', root: '10' }] },
  { sentence: 'Turkey expects assurances from Sweden that it will stop supporting Kurdish militants.', date: '2024-05-01', expect: [{ source: 'TUR', target: 'SWE', cameo: '100' }] },
  { sentence: 'The United States wants guarantees from Iran.', date: '2024-05-01', expect: [{ source: 'USA', target: 'IRN', cameo: '100' }] },
  { sentence: 'Ukraine demanded compensation from Russia for the destruction of the dam.', date: '2024-05-01', expect: [{ source: 'UKR', target: 'RUS', root: '10' }] },
  { sentence: 'China demanded that the Philippines withdraw its vessels from the shoal.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'PHL', root: '10' }] },
  { sentence: 'Greece demanded explanations from Turkey over the airspace violations.', date: '2024-05-01', expect: [{ source: 'GRC', target: 'TUR', root: '10' }] },
  { sentence: 'Beijing told Manila to stop its provocations in the South China Sea.', date: '2024-05-01', expect: [{ source: 'CHN', target: 'PHL', root: '10' }] },
  // an expectation that is no demand on anyone
  { sentence: 'Germany expects growth of two percent from China this year.', date: '2024-05-01', none: true },
]);

runTable('02 appeal', [
  // trust in the target to act is an appeal to it; a quoted "I" is the speaker named after the quote
  { sentence: 'Washington is counting on China to use its influence with North Korea.', date: '2024-03-15', expect: [{ source: 'USA', target: 'CHN', cameo: '020' }] },
  { sentence: '"I count on Turkey to act with restraint," NATO chief Jens Stoltenberg said.', date: '2019-10-14', expect: [{ source: 'IGO:NATO', target: 'TUR', cameo: '0256' }] },
  { sentence: 'IAEA head Rafael Grossi urged Iran to restore the cameras.', date: '2023-03-04', expect: [{ source: 'IGO:IAEA', target: 'IRN', root: '02' }] },
  { sentence: 'The United Nations urged Israel to allow more aid into Gaza.', date: '2024-05-01', expect: [{ source: 'IGO:UN', target: 'ISR', root: '02' }] },
  { sentence: "U.S. Secretary of State Antony Blinken pressed China to stop supporting Russia's war machine.", date: '2024-05-01', expect: [{ source: 'USA', target: 'CHN', root: '02' }] },
  { sentence: 'The EU called on Serbia and Kosovo to de-escalate tensions.', date: '2024-05-01', expect: [{ source: 'IGO:EU', target: 'SRB', root: '02' }, { source: 'IGO:EU', target: 'XKX', root: '02' }] },
  { sentence: 'Germany appealed to Iran to show restraint.', date: '2024-05-01', expect: [{ source: 'DEU', target: 'IRN', root: '02' }] },
  { sentence: 'Qatar asked Hamas to accept the proposal.', date: '2024-05-01', expect: [{ source: 'QAT', target: 'PSE', root: '02' }] },
  { sentence: 'NATO Secretary General Jens Stoltenberg urged China and India to press Russia to end the war.', date: '2024-05-01', expect: [{ source: 'IGO:NATO', target: 'CHN', root: '02' }, { source: 'IGO:NATO', target: 'IND', root: '02' }] },
]);

runTable('insisting is a demand only on what the target must do', [
  { sentence: 'Kyiv insisted that Russia withdraw its troops.', date: '2023-09-20', expect: [{ source: 'UKR', target: 'RUS', root: '10' }] },
  { sentence: 'Beijing insisted that Washington must stop arming Taiwan.', date: '2023-09-20', expect: [{ source: 'CHN', target: 'USA', root: '10' }] },
  { sentence: 'Uribe insisted that Ecuador has not done enough to fight the rebels.', date: '2008-03-08', not: [{ source: 'COL', target: 'ECU', root: '10' }] },
  { sentence: 'Moscow insisted that Ukraine was behind the attack.', date: '2023-09-20', not: [{ source: 'RUS', target: 'UKR', root: '10' }] },
]);
