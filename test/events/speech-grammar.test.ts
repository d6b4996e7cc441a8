import { runTable } from './table.js';

// Grammar of reported verbal acts: who speaks, whom a gap may pass, which cue belongs to the act.
// Sentences written for these tests in the style of wire reports.

// A verbal act with no subject of its own belongs to the speaker named after the clause.
runTable('speech: the speaker after the clause', [
  { sentence: 'Ukraine was behind the attack, the Kremlin said.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'UKR', cameo: '112' }] },
  { sentence: '"Israel is responsible for this crime," Iranian Foreign Minister Hossein Amir-Abdollahian said.', date: '2024-05-01', expect: [{ source: 'IRN', target: 'ISR', cameo: '112' }] },
  { sentence: 'Azerbaijan\'s claims were baseless, said the Armenian foreign ministry.', date: '2024-05-01', expect: [{ source: 'ARM', target: 'AZE', cameo: '120' }] },
  // no speaker named: the narrator's own statement is no event
  { sentence: 'Israel was behind the strike on the consulate.', date: '2024-05-01', none: true },
  { sentence: 'A reporter asked whether Russia was behind the attack.', date: '2024-05-01', none: true },
]);

// A gap after the target slot may pass the other members of a coordinated target.
runTable('speech: a coordinated target before a gap', [
  { sentence: 'The EU called on Serbia and Kosovo to de-escalate tensions.', date: '2024-05-01', expect: [{ source: 'IGO:EU', target: 'SRB', root: '02' }, { source: 'IGO:EU', target: 'XKX', root: '02' }] },
  { sentence: 'Washington urged Israel and Hezbollah to avoid a wider war.', date: '2024-05-01', expect: [{ source: 'USA', target: 'ISR', root: '02' }, { source: 'USA', target: 'LBN', root: '02' }] },
  { sentence: 'Russia said Iran\'s strike on Israel was justified.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IRN', cameo: '051' }] },
]);

// Whom one blames or accuses is never a place named after the act.
runTable('speech: no place as the accused', [
  { sentence: 'The Pentagon blamed Iranian-backed militias for the drone attack in Jordan.', date: '2024-05-01', not: [{ source: 'USA', target: 'JOR', root: '11' }] },
  { sentence: 'Kenya blamed militants for the bombing in Somalia.', date: '2024-05-01', not: [{ source: 'KEN', target: 'SOM', root: '11' }] },
  // a condemnation may still be aimed at the place
  { sentence: 'The African Union condemned the coup in Niger.', date: '2024-05-01', expect: [{ source: 'IGO:AU', target: 'NER', cameo: '111' }] },
]);

// A cue after a possessive ("Israel's planned offensive") describes the thing owned, not the act.
runTable('speech: cues of the object', [
  { sentence: 'German Chancellor Olaf Scholz spoke out against Israel\'s planned offensive in Rafah.', date: '2024-05-01', expect: [{ source: 'DEU', target: 'ISR', cameo: '111' }] },
  { sentence: 'France criticised Russia\'s planned exercises near the border.', date: '2024-05-01', expect: [{ source: 'FRA', target: 'RUS', cameo: '111' }] },
]);

// A reaction to an act of force names the act as done: both are coded.
runTable('speech: the act a reaction names', [
  { sentence: 'Iraq said the U.S. strike on Baghdad was a violation of its sovereignty.', date: '2024-05-01', expect: [{ source: 'IRQ', target: 'USA', cameo: '111' }, { source: 'USA', target: 'IRQ', root: '19' }] },
  { sentence: 'Russia said Iran\'s strike on Israel was justified.', date: '2024-05-01', expect: [{ source: 'RUS', target: 'IRN', cameo: '051' }, { source: 'IRN', target: 'ISR', root: '19' }] },
]);

runTable('a quotation after "X said:" is the speaker\'s', [
  { sentence: 'Estonia\'s prime minister said: "We want from Moscow an explanation."', date: '2024-05-10', expect: [{ source: 'EST', target: 'RUS', cameo: '100' }] },
  { sentence: 'The Jordanian king told reporters: "We condemn Israel\'s strikes on Rafah."', date: '2024-05-10', expect: [{ source: 'JOR', target: 'ISR', root: '11' }] },
  // a subject inside the quotation is its own
  { sentence: 'The Polish president said: "Germany must send more tanks to Ukraine."', date: '2024-05-10', expect: [{ source: 'DEU', target: 'UKR', root: '07', modality: 'hypothetical' }], not: [{ source: 'POL', target: 'UKR', root: '07' }] },
  // a closing mark ends the quotation: what follows is the narrator's
  { sentence: 'The ministry said "no comment" and Israel condemned Iran.', date: '2024-05-10', expect: [{ source: 'ISR', target: 'IRN', root: '11' }] },
]);
