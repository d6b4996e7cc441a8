import { TODO } from './coder-todo.js';
import { runTable } from './table.js';

// Sentences that must produce no event: sport, weather, business, travel and reporting use
// the words of conflict and diplomacy ("attack", "fired", "hit", "visited") without any
// interaction between political actors (GUIDELINES.md, Scope).

const none = (sentence: string, date = '2024-03-15', todo?: string) => ({ sentence, date, none: true as const, ...(todo ? { todo } : {}) });

runTable('no event: sport', [
  none("Liverpool's attack overwhelmed the Chelsea defence in the second half."),
  none('The striker fired at goal from 20 yards but the keeper saved.'),
  none('Georgia stunned Portugal 2-0 at Euro 2024 on Wednesday.', '2024-06-27'),
  none('Georgia beat Alabama 27-24 in the SEC championship game in Atlanta.'),
  none('Brazil thrashed Argentina 3-0 in the World Cup qualifier.'),
  none('The Australian cricket team visited India for a five-match Test series.', '2024-03-15'),
  none('Thousands of Chinese tourists visited Thailand last month.', '2024-03-15'),
  none('The Argentine football legend visited Brazil on Monday.', '2024-03-15'),
  none('The Bolshoi\'s Russian ballet troupe toured China last year.', '2024-03-15'),
  none('A Nigerian film crew visited Ghana to shoot the series.', '2024-03-15'),
  none("Ukraine's Oleksandr Usyk defeated Britain's Tyson Fury in Riyadh to become undisputed heavyweight champion.", '2024-05-19'),
  none("Spain's Carlos Alcaraz beat Serbia's Novak Djokovic in the Wimbledon final.", '2024-07-15'),
  none("Iran's national team defeated Japan in the Asian Cup quarter-final.", '2024-02-04'),
  none('A Kenyan runner beat his Ethiopian rival in the Berlin Marathon.'),
  none("France's forwards attacked relentlessly against England at Twickenham."),
  none('The German striker scored twice against Scotland in Munich.', '2024-06-15'),
  none('Spain were beaten by Georgia in Cologne.', '2024-06-30'),
]);

runTable('no event: weather and disaster', [
  none('Typhoon Gaemi hit Taiwan and the Philippines, killing at least 20 people.', '2024-07-26'),
  none('A powerful earthquake struck Turkey and Syria before dawn on Monday.', '2023-02-07'),
  none('Heavy monsoon rains battered India and Bangladesh this week.'),
  none('Temperatures in Moscow fell to minus 30 degrees on Tuesday.'),
]);

runTable('no event: business', [
  none('Apple launched a new iPhone in China on Friday.'),
  none('Toyota signed a deal with a Chinese battery maker.', '2024-03-15', TODO.DEMONYM_COMMON_NOUN),
  none('Indian shares hit a record high, outpacing China.'),
  none('Netflix will release a documentary about Putin and Zelensky next year.'),
]);

runTable('no event: travel, reporting, private people', [
  none('The singer visited Russia on her farewell tour.'),
  none('Our correspondent visited Ukraine last week and spoke to soldiers on the front line.'),
  none('A BBC reporter travelled to Iran to meet ordinary families.'),
  none('Chinese tourists flocked to Thailand during the Lunar New Year holiday.'),
  none('The travel writer crossed Russia by train and entered China at Manzhouli.'),
  none('South Korean fans welcomed the Japanese band at Incheon airport.'),
]);

runTable('no event: domestic or historical mention', [
  none('Russian President Vladimir Putin visited a tank factory in the Urals.'),
  none('Workers at Samsung plants in South Korea went on strike for higher pay.'),
  none('A film about the bombing of Hiroshima won the top prize at the festival.'),
  none('Students in Tehran study the history of the war between Iran and Iraq.'),
]);

runTable('no event: one side only', [
  none('North Korea held artillery drills on Friday.'),
  none('Britain shared intelligence on Russian troop movements.'),
  none('China and Russia each held naval drills on Tuesday.', '2024-03-15', TODO.DISTRIBUTIVE_EACH),
]);

runTable('no event: a participle describing a titled person', [
  // "ousted", "jailed" before a titled name after a verb describes the person, it is no act
  { sentence: 'ECOWAS threatened to use force to restore ousted President Mohamed Bazoum.', date: '2023-08-04', not: [{ source: 'IGO:ECOWAS', target: 'NER', root: '16' }] },
  none('Protesters in Lahore urged judges to free jailed former Prime Minister Imran Khan.'),
]);
