import { TODO } from './coder-todo.js';
import { runTable } from './table.js';

// Roots 01–05, verbal cooperation. Sentences written for these tests in the style of wire
// reports; article dates are chosen so that the people named held the office used.

runTable('01 statement', [
  { sentence: 'Iranian President Ebrahim Raisi sent a letter to UN Secretary-General Antonio Guterres on Tuesday.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'IGO:UN', cameo: '010', date: '2024-03-12' }] },
  { sentence: 'Ukrainian President Volodymyr Zelensky addressed the European Parliament by video link.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'IGO:EU', cameo: '010' }] },
  { sentence: "China expressed serious concern over Japan's plan to release treated radioactive water into the Pacific.", date: '2023-07-05', expect: [{ source: 'CHN', target: 'JPN', cameo: '012' }] },
  { sentence: 'Japan voices concern over Chinese military activity near Taiwan', date: '2024-03-15', expect: [{ source: 'JPN', target: 'CHN', cameo: '012' }] },
  { sentence: 'Iran denied U.S. accusations that it had supplied drones to Russia for use in Ukraine.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'USA', cameo: '016' }] },
  { sentence: 'Indian Prime Minister Narendra Modi offered condolences to Russia after the attack on a concert hall near Moscow.', date: '2024-03-23', expect: [{ source: 'IND', target: 'RUS', cameo: '018' }] },
  { sentence: "Russian President Vladimir Putin sent condolences to Iran's Supreme Leader Ali Khamenei over the death of President Ebrahim Raisi.", date: '2024-05-21', expect: [{ source: 'RUS', target: 'IRN', cameo: '018' }] },
  { sentence: 'Wang Yi, the Chinese foreign minister, told his Australian counterpart that relations were back on track.', date: '2024-03-20', expect: [{ source: 'CHN', target: 'AUS', root: '01' }] },
]);

// A denied claim: the denial is aimed at the claim's author when named, else at the denied act's target.
runTable('01 denial of a claim', [
  { sentence: 'Venezuela denied reports that it had sent weapons to the FARC rebels.', date: '2024-03-15', expect: [{ source: 'VEN', target: 'COL', cameo: '016' }, { source: 'VEN', target: 'COL', cameo: '072', modality: 'negated' }], not: [{ source: 'VEN', target: 'COL', root: '07', modality: 'asserted' }, { source: 'VEN', target: 'COL', root: '07', modality: 'hypothetical' }] },
  { sentence: 'Tehran denied allegations that it had supplied missiles to the Houthis.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'YEM', cameo: '016' }] },
  { sentence: 'Iran denied U.S. claims that it had provided drones to Russia.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'USA', cameo: '016' }, { source: 'IRN', target: 'RUS', root: '07', modality: 'negated' }], not: [{ source: 'IRN', target: 'RUS', cameo: '016' }] },
  { sentence: 'Venezuelan President Hugo Chavez denied claims that he had supplied the FARC with $300 million.', date: '2008-03-10', expect: [{ source: 'VEN', target: 'COL', cameo: '016' }, { source: 'VEN', target: 'COL', cameo: '071', modality: 'negated' }], not: [{ source: 'VEN', target: 'COL', cameo: '071', modality: 'asserted' }] },
  { sentence: 'Serbia denied reports that Kosovo had sent police units to the border.', date: '2024-03-15', not: [{ source: 'SRB', target: 'XKX', cameo: '016' }] },
]);

runTable('02 appeal', [
  // the ones asked may be a list, and a time may stand before "for"
  { sentence: "Guyana's president asked Brazil and the United States for support.", date: '2023-12-05', expect: [{ source: 'GUY', target: 'BRA', root: '02' }, { source: 'GUY', target: 'USA', root: '02' }] },
  { sentence: 'Ukraine asked Germany on Monday for more air defence systems.', date: '2023-12-05', expect: [{ source: 'UKR', target: 'DEU', root: '02', date: '2023-12-04' }] },
  { sentence: 'UN Secretary-General Antonio Guterres appealed to Israel and Hamas to agree to a humanitarian ceasefire.', date: '2023-11-10', expect: [{ source: 'IGO:UN', target: 'ISR', root: '02' }, { source: 'IGO:UN', target: 'PSE', root: '02' }] },
  { sentence: 'Ukrainian President Volodymyr Zelensky urged NATO to provide more air defence systems.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'IGO:NATO', root: '02' }] },
  { sentence: 'Pakistan called on India to resume a dialogue on Kashmir.', date: '2024-03-15', expect: [{ source: 'PAK', target: 'IND', root: '02' }] },
  { sentence: 'Iran was urged by the IAEA to restore surveillance cameras at its nuclear sites.', date: '2024-03-15', expect: [{ source: 'IGO:IAEA', target: 'IRN', root: '02' }] },
  { sentence: 'German Foreign Minister Annalena Baerbock said Germany had asked China to use its influence on Russia.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'CHN', root: '02' }] },
  { sentence: 'Philippines asks Japan for help to upgrade its coast guard', date: '2024-03-15', expect: [{ source: 'PHL', target: 'JPN', root: '02' }] },
  { sentence: 'Dmytro Kuleba, the foreign minister of Ukraine, called on China to press Russia to end the war.', date: '2024-03-15', expect: [{ source: 'UKR', target: 'CHN', root: '02' }] },
  { sentence: 'Armenia and Azerbaijan were urged by the European Union to sign a peace treaty.', date: '2024-03-15', expect: [{ source: 'IGO:EU', target: 'ARM', root: '02' }, { source: 'IGO:EU', target: 'AZE', root: '02' }] },
]);

runTable('03 intent to cooperate', [
  { sentence: 'China pledged to deepen military cooperation with Russia.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'RUS', root: '03' }] },
  { sentence: 'Japan offered to help the Philippines build up its maritime defences.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'PHL', root: '03' }] },
  { sentence: 'The United States promised to send more artillery shells to Ukraine.', date: '2024-03-15', expect: [{ source: 'USA', target: 'UKR', root: '03' }, { source: 'USA', target: 'UKR', root: '07', modality: 'planned' }], not: [{ source: 'USA', target: 'UKR', root: '07', modality: 'asserted' }] },
  { sentence: 'Iran and Saudi Arabia agreed to reopen their embassies within two months.', date: '2023-03-10', expect: [{ source: 'IRN', target: 'SAU', root: '03' }, { source: 'SAU', target: 'IRN', root: '03' }] },
  { sentence: 'Vietnam vows to boost defence ties with Australia', date: '2024-03-15', expect: [{ source: 'VNM', target: 'AUS', root: '03' }] },
  { sentence: 'Turkey expressed readiness to host peace talks between Russia and Ukraine.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'RUS', root: '03' }, { source: 'TUR', target: 'UKR', root: '03' }] },
  { sentence: 'Fresh military aid for Ukraine was pledged by Canada on Tuesday.', todo: TODO.PASSIVE_THING_SUBJECT, date: '2024-03-15', expect: [{ source: 'CAN', target: 'UKR', root: '03', date: '2024-03-12' }] },
  { sentence: 'Britain and France pledged to step up counter-terrorism support to the government of Niger.', date: '2021-03-03', expect: [{ source: 'GBR', target: 'NER', cameo: '0332' }, { source: 'FRA', target: 'NER', cameo: '0332' }], not: [{ source: 'GBR', target: 'NER', root: '05' }] },
  // an announced act of one's own is an intent now and the act planned
  { sentence: 'Belarus said it would withdraw its forces from the border with Ukraine.', date: '2024-03-15', expect: [{ source: 'BLR', target: 'UKR', cameo: '0356' }, { source: 'BLR', target: 'UKR', root: '08', modality: 'planned' }] },
  { sentence: 'Japan announced it will send humanitarian aid to Myanmar.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'MMR', cameo: '0333' }, { source: 'JPN', target: 'MMR', root: '07', modality: 'planned' }] },
  { sentence: 'Egypt offered to mediate between Sudan and Ethiopia.', date: '2024-03-15', expect: [{ source: 'EGY', target: 'SDN', cameo: '039' }, { source: 'EGY', target: 'ETH', cameo: '039' }] },
  { sentence: 'India said it would hold talks with China next week.', date: '2024-03-15', expect: [{ source: 'IND', target: 'CHN', cameo: '036' }, { source: 'IND', target: 'CHN', root: '04', modality: 'planned' }] },
  // the speaker announces another's act: no intent of the speaker's
  { sentence: 'Russia said Ukraine would withdraw its troops from the region.', date: '2024-03-15', not: [{ source: 'RUS', target: 'UKR', root: '03' }] },
  // an act reported as done is no announcement
  { sentence: 'Japan said it had sent humanitarian aid to Myanmar.', date: '2024-03-15', not: [{ source: 'JPN', target: 'MMR', root: '03' }] },
  { sentence: 'Saudi Arabia said it was willing to normalise relations with Israel.', date: '2024-03-15', expect: [{ source: 'SAU', target: 'ISR', root: '03' }] },
]);

// Intent with a complement: working towards or improving cooperation, readiness to help, aid announced with 'would'.
runTable('03 intent: work towards, readiness, announced aid', [
  { sentence: 'Egypt and Jordan agreed to work towards closer military cooperation.', date: '2024-03-15', expect: [{ source: 'EGY', target: 'JOR', cameo: '0312' }, { source: 'JOR', target: 'EGY', cameo: '0312' }] },
  { sentence: 'Ghana and Togo are working to draft a defence cooperation agreement.', date: '2024-03-15', expect: [{ source: 'GHA', target: 'TGO', cameo: '0312' }] },
  { sentence: 'Kenya and Ethiopia agreed to improve bilateral security cooperation.', date: '2024-03-15', expect: [{ source: 'KEN', target: 'ETH', cameo: '0312' }, { source: 'ETH', target: 'KEN', cameo: '0312' }] },
  { sentence: 'Vietnam will work toward stronger trade ties with Brazil, its foreign minister said.', date: '2024-03-15', expect: [{ source: 'VNM', target: 'BRA', cameo: '0311' }] },
  { sentence: 'Chile wants to improve cooperation with Argentina on fisheries.', date: '2024-03-15', expect: [{ source: 'CHL', target: 'ARG', root: '03' }] },
  { sentence: 'The United States criticised military cooperation between Iran and Russia.', date: '2024-03-15', not: [{ source: 'IRN', target: 'RUS', root: '03' }, { source: 'RUS', target: 'IRN', root: '03' }, { source: 'USA', target: 'IRN', root: '03' }] },
  { sentence: 'Indonesia said it stood ready to provide humanitarian assistance to Myanmar.', date: '2024-03-15', expect: [{ source: 'IDN', target: 'MMR', cameo: '0333' }], not: [{ source: 'IDN', target: 'MMR', root: '07', modality: 'asserted' }] },
  { sentence: 'Germany is willing to provide military assistance to Lithuania.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'LTU', cameo: '0332' }] },
  { sentence: 'Poland is prepared to help Moldova.', date: '2024-03-15', expect: [{ source: 'POL', target: 'MDA', cameo: '033' }] },
  { sentence: 'Poland is prepared to help end the war in Ukraine.', date: '2024-03-15', not: [{ source: 'POL', target: 'UKR', root: '03' }] },
  { sentence: 'Iran said it would send military advisers to help Syria.', date: '2024-03-15', expect: [{ source: 'IRN', target: 'SYR', cameo: '0332' }, { source: 'IRN', target: 'SYR', cameo: '072', modality: 'planned' }], not: [{ source: 'IRN', target: 'SYR', root: '07', modality: 'asserted' }] },
  { sentence: 'Hezbollah said it would dispatch fighters to assist the Syrian army.', date: '2024-03-15', expect: [{ source: 'LBN', target: 'SYR', cameo: '0332' }, { source: 'LBN', target: 'SYR', cameo: '072', modality: 'planned' }] },
  { sentence: 'Britain sent troops to help evacuate its citizens from Sudan.', date: '2024-03-15', not: [{ source: 'GBR', target: 'SDN', root: '07' }] },
  { sentence: 'Russia sent fighters to help defend the Syrian government.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'SYR', cameo: '072' }] },
  { sentence: 'Russia said it would send troops to the border with Ukraine.', date: '2024-03-15', not: [{ source: 'RUS', target: 'UKR', root: '03' }, { source: 'RUS', target: 'UKR', root: '07' }] },
  { sentence: 'Sweden said it would stop funding projects in Afghanistan.', date: '2024-03-15', not: [{ source: 'SWE', target: 'AFG', root: '03' }, { source: 'SWE', target: 'AFG', root: '07' }] },
  { sentence: 'President Dmitry Medvedev declared that Russian troops would start their pull-out from Georgia on Monday.', date: '2008-08-17', expect: [{ source: 'RUS', target: 'GEO', cameo: '0356' }, { source: 'RUS', target: 'GEO', cameo: '0874', modality: 'planned' }] },
]);

runTable('04 consult', [
  // talks or negotiations taken up again; attacks continued are no talks
  { sentence: 'Greece and Turkey resumed talks on maritime zones.', date: '2023-12-08', expect: [{ source: 'GRC', target: 'TUR', root: '04' }] },
  { sentence: 'Serbia and Kosovo will resume negotiations next week.', date: '2023-12-08', expect: [{ source: 'SRB', target: 'XKX', cameo: '046', modality: 'planned' }] },
  { sentence: 'Russia continued its attacks on Ukrainian cities.', date: '2023-12-08', not: [{ source: 'RUS', target: 'UKR', root: '04' }] },
  { sentence: 'Beijing and Canberra held their first strategic dialogue in six years.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'AUS', cameo: '040' }] },
  { sentence: 'Iran held a meeting of its national security council.', date: '2024-03-15', none: true },
  // an expected arrival is a planned visit; the Pope is the Holy See's
  { sentence: 'The German chancellor is due in Beijing next week for talks with Xi.', date: '2024-05-07', expect: [{ source: 'DEU', target: 'CHN', cameo: '042', modality: 'planned' }] },
  { sentence: 'The Pope met Ukrainian President Volodymyr Zelensky at the Vatican.', date: '2024-05-07', expect: [{ source: 'VAT', target: 'UKR', cameo: '040' }] },
  // coordinated subjects discussing is a consultation; one subject's topic is no partner
  { sentence: 'Lavrov and Wang Yi discussed the situation in Ukraine.', date: '2024-05-07', expect: [{ source: 'RUS', target: 'CHN', cameo: '040' }] },
  { sentence: 'Iran discussed sanctions against Russia.', date: '2024-05-07', none: true },
  { sentence: 'The Turkish minister held talks on Syria.', date: '2024-05-07', not: [{ source: 'TUR', target: 'SYR' }] },
  // a city that hosts a gathering is not visited: attendance of the organisation's gathering, or nothing
  { sentence: 'Turkish President Recep Tayyip Erdogan travelled to New York for the UN General Assembly.', date: '2024-09-20', expect: [{ source: 'TUR', target: 'IGO:UN', cameo: '042' }], not: [{ source: 'TUR', target: 'USA' }] },
  { sentence: 'The Kenyan president flew to Paris to attend a climate finance summit.', date: '2024-09-20', not: [{ source: 'KEN', target: 'FRA' }] },
  { sentence: 'Blinken travelled to Geneva for talks with Lavrov.', date: '2024-09-20', expect: [{ source: 'USA', target: 'CHE', cameo: '042' }] },
  // what was said in a call: the call is the consultation
  { sentence: 'Chancellor Olaf Scholz told President Emmanuel Macron in a phone call that Germany would send more air defence systems.', date: '2024-03-15', expect: [{ source: 'DEU', target: 'FRA', cameo: '041' }] },
  { sentence: 'Chinese President Xi Jinping spoke with Vladimir Putin about the war in Ukraine.', date: '2024-03-15', expect: [{ source: 'CHN', target: 'RUS', cameo: '040' }] },
  // an outlet spoken with gives an interview
  { sentence: 'Hungarian Prime Minister Viktor Orban spoke with Russia Today on Tuesday.', date: '2024-03-15', not: [{ source: 'HUN', target: 'RUS' }] },
  { sentence: 'Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin by phone on Sunday.', date: '2024-03-15', expect: [{ source: 'TUR', target: 'RUS', cameo: '041', date: '2024-03-10' }] },
  // a reporter's call is no consultation between actors
  { sentence: 'A reporter told Zelensky in a phone call that the story would run.', date: '2024-03-15', none: true },
  { sentence: 'Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.', date: '2024-05-07', expect: [{ source: 'CHN', target: 'FRA', root: '04', date: '2024-05-06' }] },
  { sentence: 'U.S. Secretary of State Antony Blinken held talks with Saudi Crown Prince Mohammed bin Salman in Riyadh.', date: '2024-03-15', expect: [{ source: 'USA', target: 'SAU', root: '04' }] },
  { sentence: 'Putin spoke by telephone with Turkish President Recep Tayyip Erdogan on Friday.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'TUR', cameo: '041', date: '2024-03-15' }] },
  { sentence: 'Modi and Putin held talks in Moscow on Tuesday.', date: '2024-07-10', expect: [{ source: 'IND', target: 'RUS', root: '04', date: '2024-07-09' }] },
  { sentence: "Olaf Scholz's three-day visit to China ended on Tuesday.", date: '2024-04-17', expect: [{ source: 'DEU', target: 'CHN', cameo: '042' }] },
  // the sender's envoy makes the visit; troops sent are no visit
  { sentence: 'Spain sent its foreign minister to Rabat on Monday to ease the row.', date: '2024-04-17', expect: [{ source: 'ESP', target: 'MAR', cameo: '042', date: '2024-04-15' }] },
  { sentence: 'Beijing dispatched a special envoy to Yangon last week.', date: '2024-04-17', expect: [{ source: 'CHN', target: 'MMR', cameo: '042' }] },
  { sentence: 'Moscow sent more troops to Belarus.', date: '2024-04-17', not: [{ source: 'RUS', target: 'BLR', cameo: '042' }] },
  { sentence: 'Russian Defence Minister Sergei Shoigu was received by North Korean leader Kim Jong Un in Pyongyang.', date: '2023-07-27', expect: [{ source: 'PRK', target: 'RUS', root: '04' }], not: [{ source: 'RUS', target: 'PRK', cameo: '043' }] },
  { sentence: 'The Indonesian president was welcomed at the presidential palace by President Ferdinand Marcos Jr. on Tuesday.', date: '2024-01-12', expect: [{ source: 'PHL', target: 'IDN', cameo: '043', date: '2024-01-09' }], not: [{ source: 'IDN', target: 'PHL', cameo: '043' }] },
  { sentence: 'Kenyan President William Ruto was greeted at the airport on Sunday by Chinese Vice President Han Zheng.', date: '2023-10-17', expect: [{ source: 'CHN', target: 'KEN', cameo: '043' }] },
  // no auxiliary: the participle names what was received or welcomed, not a visitor
  { sentence: 'Kyiv welcomed the decision taken by the European Union.', date: '2024-01-12', not: [{ source: 'IGO:EU', target: 'UKR', cameo: '043' }] },
  { sentence: 'Iran received drones made by Russia.', date: '2024-01-12', not: [{ source: 'RUS', target: 'IRN', cameo: '043' }] },
  { sentence: 'Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on Saturday for talks with Lebanese officials.', date: '2024-02-11', expect: [{ source: 'IRN', target: 'LBN', cameo: '042', date: '2024-02-10' }], not: [{ source: 'LBN', target: 'IRN', cameo: '042' }] },
  { sentence: 'Qatar is mediating between Israel and Hamas.', date: '2024-03-15', expect: [{ source: 'QAT', target: 'ISR', root: '04' }, { source: 'QAT', target: 'PSE', root: '04' }] },
  // a third party easing a dispute between two others mediates it
  { sentence: 'Oman helped ease tensions between Washington and Tehran last year.', date: '2024-03-15', expect: [{ source: 'OMN', target: 'USA', cameo: '045' }, { source: 'OMN', target: 'IRN', cameo: '045' }] },
  // the parties themselves ending their own dispute are no mediators, nor is a police force among fans
  { sentence: 'Police moved to calm tensions between fans of the two clubs.', date: '2024-03-15', none: true },
  { sentence: "Wang Yi, China's top diplomat, met U.S. National Security Adviser Jake Sullivan in Bangkok.", date: '2024-01-28', expect: [{ source: 'CHN', target: 'USA', root: '04' }] },
  { sentence: "Erdogan hosts Hungary's Orban in Ankara", date: '2024-03-15', expect: [{ source: 'TUR', target: 'HUN', cameo: '043' }], not: [{ source: 'TUR', target: 'HUN', cameo: '042' }] },
  { sentence: 'The Kremlin said Putin had discussed Ukraine with Chinese President Xi Jinping by phone.', date: '2024-03-15', expect: [{ source: 'RUS', target: 'CHN', root: '04' }] },
  { sentence: 'Indian and Chinese military commanders held a fresh round of talks on the border dispute.', date: '2024-03-15', expect: [{ source: 'IND', target: 'CHN', root: '04' }] },
]);

runTable('05 diplomatic cooperation', [
  // joining an organisation is its admission of the member: organisation → member
  { sentence: 'Finland became the 31st member of NATO.', date: '2023-04-04', expect: [{ source: 'IGO:NATO', target: 'FIN', cameo: '050' }], not: [{ source: 'FIN', target: 'IGO:NATO' }] },
  { sentence: 'Iran and Saudi Arabia exchanged ambassadors.', date: '2024-05-07', expect: [{ source: 'IRN', target: 'SAU', root: '05' }] },
  // a joint act is between its makers, whatever the words after it name
  { sentence: 'Egypt and Jordan issued a joint statement condemning the attack on Rafah.', date: '2024-05-07', expect: [{ source: 'EGY', target: 'JOR', root: '05' }], not: [{ source: 'EGY', target: 'PSE' }, { source: 'JOR', target: 'PSE' }] },
  // a strategic partnership is no military cooperation
  { sentence: 'China and Russia vowed to deepen their comprehensive strategic partnership.', date: '2024-05-07', not: [{ source: 'CHN', target: 'RUS', cameo: '0312' }, { source: 'RUS', target: 'CHN', cameo: '0312' }] },
  { sentence: 'Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on Friday.', date: '2025-01-18', expect: [{ source: 'RUS', target: 'IRN', cameo: '057', date: '2025-01-17' }] },
  { sentence: "U.S. President Joe Biden praised Japan's decision to double its defence spending.", date: '2023-01-14', expect: [{ source: 'USA', target: 'JPN', root: '05' }] },
  { sentence: 'Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.', date: '2024-05-29', expect: [{ source: 'ESP', target: 'PSE', root: '05', date: '2024-05-28' }, { source: 'IRL', target: 'PSE', root: '05' }, { source: 'NOR', target: 'PSE', root: '05' }] },
  { sentence: 'China defended Russia at the UN Security Council.', todo: TODO.DEFEND_AMBIGUOUS, date: '2024-03-15', expect: [{ source: 'CHN', target: 'RUS', root: '05' }] },
  // leaders who witness or preside over a signing are its parties; witnesses of force are not its doers
  { sentence: 'Modi and Hasina oversaw the signing of seven memoranda of understanding.', date: '2024-06-22', expect: [{ source: 'IND', target: 'BGD', cameo: '057' }] },
  { sentence: 'Putin and Kim Jong Un presided over the signing of a defence pact in Pyongyang.', date: '2024-06-19', expect: [{ source: 'RUS', target: 'PRK', cameo: '057' }] },
  { sentence: 'UN observers witnessed the shelling of Ukrainian villages.', date: '2024-06-19', none: true },
  { sentence: 'A reciprocal access agreement was signed by the Philippines and Japan in Manila.', date: '2024-07-09', expect: [{ source: 'PHL', target: 'JPN', cameo: '057' }] },
  { sentence: 'Japan apologised to South Korea for the suffering caused by its colonial rule.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'KOR', root: '05' }] },
  { sentence: 'The United States and India signed an agreement on defence industrial cooperation.', date: '2024-03-15', expect: [{ source: 'USA', target: 'IND', cameo: '057' }] },
  { sentence: 'Honduras established diplomatic relations with China, ending decades of ties with Taiwan.', date: '2023-03-27', expect: [{ source: 'HND', target: 'CHN', root: '05' }] },
]);

// Restoring ties (an agreement to do it is 032 now and 050 planned) and apologies.
runTable('05 restoring ties, apologies', [
  { sentence: 'Nicaragua agreed to reinstate diplomatic ties with Colombia.', date: '2024-03-15', expect: [{ source: 'NIC', target: 'COL', cameo: '032' }, { source: 'NIC', target: 'COL', cameo: '050', modality: 'planned' }], not: [{ source: 'NIC', target: 'COL', cameo: '050', modality: 'asserted' }] },
  { sentence: 'Qatar and the United Arab Emirates agreed to restore diplomatic relations.', date: '2024-03-15', expect: [{ source: 'QAT', target: 'ARE', cameo: '032' }, { source: 'ARE', target: 'QAT', cameo: '032' }, { source: 'QAT', target: 'ARE', cameo: '050', modality: 'planned' }] },
  { sentence: 'Bahrain decided to re-establish relations with Iran.', date: '2024-03-15', expect: [{ source: 'BHR', target: 'IRN', cameo: '032' }] },
  { sentence: 'Ecuador refused to restore diplomatic ties with Mexico.', date: '2024-03-15', not: [{ source: 'ECU', target: 'MEX', root: '05', modality: 'asserted' }, { source: 'ECU', target: 'MEX', root: '05', modality: 'planned' }, { source: 'ECU', target: 'MEX', root: '03' }] },
  { sentence: 'Japan apologised to South Korea for the incident.', date: '2024-03-15', expect: [{ source: 'JPN', target: 'KOR', cameo: '055' }] },
  { sentence: 'The Israeli military apologized for the strike on an Egyptian border post.', date: '2024-03-15', expect: [{ source: 'ISR', target: 'EGY', cameo: '055' }] },
  { sentence: 'China demanded that Japan apologize for the incident.', date: '2024-03-15', not: [{ source: 'JPN', target: 'CHN', cameo: '055', modality: 'asserted' }] },
  // recognition of a state named by its demonym
  { sentence: 'Slovenia recognised the Palestinian state on Tuesday.', date: '2024-06-05', expect: [{ source: 'SVN', target: 'PSE', cameo: '054', date: '2024-06-04' }] },
  { sentence: 'Serbia refuses to recognize Kosovar independence.', date: '2024-06-05', not: [{ source: 'SRB', target: 'XKX', cameo: '054', modality: 'asserted' }] },
]);

runTable('03 a pledge to refrain from force', [
  { sentence: 'Armenia and Azerbaijan agreed to end the conflict over Karabakh.', date: '2024-05-10', expect: [{ source: 'ARM', target: 'AZE', cameo: '0356' }, { source: 'AZE', target: 'ARM', cameo: '0356' }] },
  { sentence: 'Ethiopia and Eritrea pledged not to use force against each other.', date: '2024-05-10', expect: [{ source: 'ETH', target: 'ERI', cameo: '0356' }, { source: 'ERI', target: 'ETH', cameo: '0356' }] },
  { sentence: 'Beijing promised on Monday not to use force against its neighbours, Vietnam said.', date: '2024-05-10', not: [{ source: 'CHN', target: 'VNM', root: '13', modality: 'asserted' }] },
  // a threat to use force is no pledge
  { sentence: 'Russia threatened to use force against Moldova.', date: '2024-05-10', not: [{ source: 'RUS', target: 'MDA', cameo: '0356' }] },
]);
