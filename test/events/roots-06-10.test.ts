import { TODO } from './coder-todo.js';
import { runTable } from './table.js';

// Roots 06–10: material cooperation, aid, yielding, investigation, demands.

runTable('06 material cooperation', [
  { sentence: 'Russia and China held joint naval drills in the East China Sea.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'CHN', cameo: '062' }] },
  { sentence: 'The Indian and French navies conducted a joint exercise off the coast of Goa.', date: '2024-03-15', expect: [{ source: 'IND', target: 'FRA', cameo: '062' }] },
  { sentence: 'Joint military exercises were held by Egypt and Saudi Arabia near the Red Sea.', date: '2024-03-15', expect: [{ source: 'EGY', target: 'SAU', cameo: '062' }] },
  { sentence: 'Colombia extradited a top drug trafficker to the United States on Thursday.', date: '2024-03-15', expect: [{ source: 'COL', target: 'USA', root: '06', date: '2024-03-14' }] },
  { sentence: 'The United States and South Korea will hold large-scale military drills next month.', date: '2024-02-20', expect: [{ source: 'USA', target: 'KOR', cameo: '062', modality: 'planned', date: '2024-03' }], not: [{ source: 'USA', target: 'KOR', cameo: '062', modality: 'asserted' }] },
  { sentence: 'Ukraine and Poland agreed to share intelligence on Russian troop movements.', todo: TODO.TOPIC_AS_TARGET, date: '2024-03-15', expect: [{ source: 'UKR', target: 'POL', root: '06', modality: 'planned' }], not: [{ source: 'UKR', target: 'POL', root: '06', modality: 'asserted' }, { source: 'UKR', target: 'RUS', root: '03' }, { source: 'POL', target: 'RUS', root: '03' }] },
  { sentence: "Japan's coast guard held a joint drill with its U.S. and Philippine counterparts in the South China Sea.", date: '2024-03-15', expect: [{ source: 'JPN', target: 'USA', cameo: '062' }, { source: 'JPN', target: 'PHL', cameo: '062' }] },
  { sentence: 'Kazakhstan and Uzbekistan agreed last year to cooperate on water management, and on Monday the two countries opened a joint water monitoring centre.', date: '2024-03-15', expect: [{ source: 'KAZ', target: 'UZB', root: '06' }] },
  { sentence: "India's purchases of Russian oil rose sharply last year.", date: '2024-03-15', expect: [{ source: 'IND', target: 'RUS', root: '06' }] },
]);

runTable('07 aid', [
  // an amount between the pledge and the aid is no gap of content; money in pounds is no pounding
  { sentence: 'The United States pledged $2.5 billion in military aid to Ukraine.', date: '2024-05-07', expect: [{ source: 'USA', target: 'UKR', cameo: '0332' }], not: [{ source: 'USA', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'Britain pledged 2.5 billion pounds in military aid to Ukraine.', date: '2024-05-07', expect: [{ source: 'GBR', target: 'UKR', cameo: '0332' }], not: [{ source: 'GBR', target: 'UKR', root: '19' }] },
  { sentence: 'Germany will provide Ukraine with an additional air defence system.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'UKR', cameo: '072', modality: 'planned' }] },
  { sentence: 'The United States sent more military aid to Ukraine.', date: '2024-03-15', expect: [{ source: 'USA', target: 'UKR', root: '07' }] },
  { sentence: 'Japan provided $10 million in emergency humanitarian aid to Sudan.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'SDN', root: '07' }] },
  { sentence: 'Germany delivered a third Patriot air defence system to Ukraine.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'UKR', root: '07' }] },
  { sentence: 'Food and medicine were delivered to Palestinians by the Jordanian air force.', date: '2024-03-15', expect: [{ source: 'JOR', target: 'PSE', root: '07' }] },
  { sentence: 'The World Bank approved a $1.5 billion loan for Ukraine.', date: '2024-03-15', expect: [{ source: 'IGO:WB', target: 'UKR', root: '07' }] },
  { sentence: 'China sends rescue teams to Turkey after deadly quake', date: '2023-02-07', expect: [{ source: 'CHN', target: 'TUR', root: '07' }] },
  { sentence: 'Iran supplied Russia with hundreds of Shahed drones, the White House said.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'RUS', root: '07' }] },
  { sentence: 'Turkey provided logistical support to the Azerbaijani army during the offensive.', date: '2020-11-20', expect: [{ source: 'TUR', target: 'AZE', cameo: '072' }], not: [{ source: 'TUR', target: 'AZE', cameo: '070' }] },
  // goods of no military or relief kind, given
  { sentence: 'Japan will provide generators and transformers to Ukraine before winter.', date: '2023-09-15', expect: [{ source: 'JPN', target: 'UKR', cameo: '070', modality: 'planned' }] },
  { sentence: 'Germany delivered 20 ambulances to Moldova on Friday.', date: '2023-09-15', expect: [{ source: 'DEU', target: 'MDA', cameo: '070', date: '2023-09-15' }] },
  // sold goods are trade
  { sentence: 'Chinese firms sold thousands of generators to Ukraine last year.', date: '2023-09-15', not: [{ source: 'CHN', target: 'UKR', root: '07' }] },
  { sentence: 'Saudi Arabia extended a $3 billion loan to Pakistan to shore up its reserves.', date: '2024-03-15', expect: [{ source: 'SAU', target: 'PAK', root: '07' }] },
  // refugees hosted are sheltered, not visitors received
  { sentence: 'Chad has hosted more than 600,000 Sudanese refugees since the war began.', date: '2024-08-15', expect: [{ source: 'TCD', target: 'SDN', cameo: '075' }], not: [{ source: 'TCD', target: 'SDN', cameo: '043' }] },
  { sentence: 'Chad hosted the Sudanese army chief on Monday.', date: '2024-08-15', expect: [{ source: 'TCD', target: 'SDN', cameo: '043' }] },
]);

// Plans to fund: the money is planned aid to the country it is for.
runTable('07 plans to fund', [
  { sentence: 'Britain announced plans to fund a new coast guard unit in Ghana.', date: '2024-03-15', expect: [{ source: 'GBR', target: 'GHA', cameo: '071', modality: 'planned' }], not: [{ source: 'GBR', target: 'GHA', cameo: '071', modality: 'asserted' }] },
  { sentence: 'Germany plans to finance Moldova\'s energy grid.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'MDA', cameo: '071', modality: 'planned' }] },
  { sentence: 'Japan has also announced plans to join with South Korea in financing flood defences in Bangladesh.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'BGD', cameo: '071', modality: 'planned' }] },
  { sentence: 'Saudi Arabia provided Egypt with $5 billion in loans.', date: '2024-03-15', expect: [{ source: 'SAU', target: 'EGY', cameo: '071' }] },
  { sentence: 'Brazil supplied Bolivia with natural gas.', date: '2024-03-15', not: [{ source: 'BRA', target: 'BOL', root: '07' }] },
  { sentence: 'The United States stopped funding programmes in Yemen.', date: '2024-03-15', expect: [{ source: 'USA', target: 'YEM', root: '16' }], not: [{ source: 'USA', target: 'YEM', root: '07', modality: 'asserted' }] },
]);

runTable('08 yield', [
  { sentence: 'Iran freed five American prisoners as part of a deal with Washington.', date: '2023-09-19', expect: [{ source: 'IRN', target: 'USA', root: '08' }] },
  { sentence: "The United States eased sanctions on Venezuela's oil sector.", date: '2023-10-19', expect: [{ source: 'USA', target: 'VEN', cameo: '085' }] },
  { sentence: 'Exporters in Caracas welcomed the lifting of US sanctions on Venezuela.', date: '2023-10-20', expect: [{ source: 'USA', target: 'VEN', cameo: '085' }] },
  { sentence: 'The expiry of the UN arms embargo on Iran was celebrated in Tehran.', date: '2020-10-19', expect: [{ source: 'IGO:UN', target: 'IRN', cameo: '085' }], not: [{ source: 'IGO:UN', target: 'IRN', cameo: '163' }] },
  { sentence: 'Two Thai hostages were released by Hamas on Friday.', date: '2023-11-25', expect: [{ source: 'PSE', target: 'THA', root: '08', date: '2023-11-24' }] },
  { sentence: 'Iran allowed IAEA inspectors to visit the Fordow enrichment plant.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'IGO:IAEA', root: '08' }] },
  { sentence: 'Washington lifts decades-old ban on arms sales to Vietnam', date: '2016-05-23', expect: [{ source: 'USA', target: 'VNM', root: '08' }] },
  // troops with an owner ("its troops") or being moved out are not the people of the state after "from"
  { sentence: 'The Pentagon announced a complete withdrawal of its troops from Niger on Sunday.', date: '2024-03-15', expect: [{ source: 'USA', target: 'NER', cameo: '0874' }], not: [{ source: 'NER', target: 'NER', root: '08' }] },
  { sentence: 'France completed the pullout of its soldiers from Mali in August.', date: '2024-03-15', expect: [{ source: 'FRA', target: 'MLI', cameo: '0874' }] },
  { sentence: 'Russian forces withdrew from the Ukrainian city of Kherson.', date: '2022-11-11', expect: [{ source: 'RUS', target: 'UKR', root: '08' }] },
  { sentence: 'Armenia returned four border villages to Azerbaijan.', date: '2024-05-24', expect: [{ source: 'ARM', target: 'AZE', root: '08' }] },
  { sentence: 'Israel allowed the first aid convoy to reach Palestinians in the north of the enclave.', date: '2024-03-15', expect: [{ source: 'ISR', target: 'PSE', root: '08' }] },
]);

runTable('09 investigate', [
  { sentence: 'The IAEA is investigating traces of uranium found at undeclared sites in Iran.', date: '2024-03-15', expect: [{ source: 'IGO:IAEA', target: 'IRN', root: '09' }] },
  { sentence: 'The International Criminal Court opened an investigation into alleged war crimes by Russia in Ukraine.', date: '2022-03-03', expect: [{ source: 'IGO:ICC', target: 'RUS', root: '09' }] },
  { sentence: "The UN Human Rights Council launched an inquiry into abuses by Iran's security forces against protesters.", date: '2022-11-25', expect: [{ source: 'IGO:UN', target: 'IRN', root: '09' }] },
  { sentence: "Poland is investigating Russia's suspected role in a series of arson attacks.", date: '2024-03-15', expect: [{ source: 'POL', target: 'RUS', root: '09' }] },
  { sentence: 'Germany launched a probe into suspected Chinese espionage.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'CHN', root: '09' }] },
  { sentence: 'Allegations of chemical weapons use by Syria were investigated by the OPCW.', todo: TODO.PASSIVE_THING_SUBJECT, date: '2024-03-15', expect: [{ source: 'IGO:OPCW', target: 'SYR', root: '09' }] },
]);

runTable('10 demand', [
  { sentence: 'The United States demanded that Russia release the detained Wall Street Journal reporter.', date: '2024-03-15', expect: [{ source: 'USA', target: 'RUS', root: '10' }] },
  { sentence: 'China demanded that the Philippines withdraw its vessels from Second Thomas Shoal.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'PHL', root: '10' }] },
  { sentence: 'Iran demanded an apology from Britain over the seizure of its tanker.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'GBR', root: '10' }] },
  { sentence: 'Ukraine demanded the immediate withdrawal of Russian troops from the Zaporizhzhia nuclear plant.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'RUS', root: '10' }] },
  { sentence: 'Seoul demands Pyongyang stop sending trash balloons', date: '2024-06-03', expect: [{ source: 'KOR', target: 'PRK', root: '10' }] },
  { sentence: 'Russian Foreign Minister Sergey Lavrov said Moscow had demanded security guarantees from NATO.', date: '2022-01-14', expect: [{ source: 'RUS', target: 'IGO:NATO', root: '10' }] },
  { sentence: 'Israel was ordered by the International Court of Justice to halt its military offensive in Rafah.', date: '2024-05-25', expect: [{ source: 'IGO:UN', target: 'ISR', root: '10' }] },
]);

runTable('07 a force sent to keep order', [
  { sentence: 'Kenya will lead a multinational police mission to Haiti, its foreign minister said.', date: '2023-07-30', expect: [{ source: 'KEN', target: 'HTI', cameo: '074', modality: 'planned' }], not: [{ source: 'KEN', target: 'HTI', cameo: '042' }] },
  { sentence: 'Rwanda sent a protection force to Mozambique in 2021.', date: '2023-07-30', expect: [{ source: 'RWA', target: 'MOZ', cameo: '074' }] },
  { sentence: "Chad's parliament approved the deployment of 500 police officers to the Central African Republic.", date: '2023-07-30', expect: [{ source: 'TCD', target: 'CAF', cameo: '074' }] },
  // police sent within one's own state keep order at home
  { sentence: 'The deployment of riot police to the capital angered protesters.', date: '2023-07-30', none: true },
  // a delegation of traders is a visit
  { sentence: 'France sent a trade mission to Vietnam last week.', date: '2023-07-30', expect: [{ source: 'FRA', target: 'VNM', cameo: '042' }], not: [{ source: 'FRA', target: 'VNM', cameo: '074' }] },
]);

runTable('10 a demand that troops leave', [
  { sentence: 'Burkina Faso\'s junta demanded the departure of French troops within a month.', date: '2023-01-23', expect: [{ source: 'BFA', target: 'FRA', cameo: '1056' }], not: [{ source: 'BFA', target: 'FRA', cameo: '1041' }] },
]);
