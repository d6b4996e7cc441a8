# Builds articles.jsonl from ARTICLES below: each entry is (id, published, title, body).
# The articles were written by hand for the precision audit (see README.md); they are not real reports.
import json, pathlib

ARTICLES = [
("audit-01", "2024-03-12", "Modi arrives in Tokyo for talks on defence and trade",
"""TOKYO, March 12 (Reuters) - Indian Prime Minister Narendra Modi arrived in Tokyo on Tuesday for a two-day visit aimed at deepening defence and economic ties with Japan.
Modi was received at Haneda airport by Japanese Foreign Minister Yoko Kamikawa and is due to hold talks with Prime Minister Fumio Kishida on Wednesday.
The two leaders are expected to sign an agreement on the joint production of naval equipment, officials from both sides said.
"India and Japan share a vision of a free and open Indo-Pacific," Modi told reporters after landing.
Japan is one of India's largest sources of foreign direct investment and is financing a high-speed rail line between Mumbai and Ahmedabad.
Kishida visited New Delhi in March last year, when he announced a new plan for the region."""),

("audit-02", "2023-11-07", "Macron, Erdogan discuss Gaza in phone call",
"""PARIS, Nov 7 (AFP) - French President Emmanuel Macron and Turkish President Recep Tayyip Erdogan discussed the war in Gaza in a telephone call on Monday, the Elysee said.
Macron stressed the need for a humanitarian truce and for the release of all hostages held by Hamas, according to a statement from his office.
Erdogan told Macron that Israel's bombardment of Gaza amounted to collective punishment and urged France to press for an immediate ceasefire, the Turkish presidency said.
Turkey recalled its ambassador to Israel for consultations on Saturday.
The two leaders agreed to stay in close contact, the statements said.
France will host an international humanitarian conference on Gaza in Paris on Thursday."""),

("audit-03", "2024-02-23", "EU adopts 13th sanctions package against Russia",
"""BRUSSELS, Feb 23 (Reuters) - The European Union on Friday adopted a 13th package of sanctions against Russia over its war in Ukraine, adding nearly 200 companies and individuals to its blacklist.
The measures target firms in China, India and Turkey accused of helping Moscow obtain drone components and other military technology, EU officials said.
"We must keep up the pressure on Russia," European Commission President Ursula von der Leyen said in a statement.
Russia's foreign ministry called the sanctions illegitimate and said Moscow would respond.
China said it firmly opposed the listing of Chinese companies and urged the EU to stop what it called unilateral sanctions.
The bloc first imposed sanctions on Russia in 2014 after the annexation of Crimea."""),

("audit-04", "2024-05-15", "U.S. quadruples tariffs on Chinese electric vehicles; Beijing vows to hit back",
"""WASHINGTON, May 15 (AP) - The Biden administration on Tuesday sharply raised tariffs on Chinese electric vehicles, solar cells and semiconductors, escalating a trade dispute with Beijing ahead of the November election.
The tariff on Chinese electric vehicles will rise to 100% this year, the White House said.
China's commerce ministry said it would take resolute measures to defend its interests and accused Washington of politicising trade.
"Such protectionism will only hurt American consumers," Chinese foreign ministry spokesman Wang Wenbin told a regular briefing on Wednesday.
U.S. Trade Representative Katherine Tai said the tariffs responded to unfair Chinese trade practices.
Shares of Chinese carmakers fell in Hong Kong after the announcement."""),

("audit-05", "2024-04-12", "Russian missiles knock out Kharkiv power plant; Ukrainian drones hit refinery",
"""KYIV, April 11 (Reuters) - Russian missiles and drones struck energy facilities across Ukraine on Thursday, destroying a major power plant near Kyiv and cutting electricity to more than 200,000 people in Kharkiv, officials said.
Ukraine's air force said it shot down 18 of 82 missiles and drones launched overnight.
President Volodymyr Zelenskiy renewed his appeal to Western allies for more air defence systems, saying Ukraine needed at least seven more Patriot batteries.
Hours later, Ukrainian drones attacked an oil refinery in Russia's Samara region, starting a fire, regional governor Dmitry Azarov said.
Moscow has accused Kyiv of targeting civilian infrastructure inside Russia.
The Kremlin said on Wednesday that it saw no basis for peace talks with Ukraine."""),

("audit-06", "2024-05-04", "Hamas delegation heads to Cairo for ceasefire talks",
"""CAIRO, May 4 (AFP) - A Hamas delegation arrived in Cairo on Saturday for a new round of indirect talks with Israel on a ceasefire in Gaza and the release of hostages, Egyptian state media said.
Egyptian and Qatari mediators have been working on a proposal for a 40-day truce, under which Hamas would free hostages in exchange for Palestinian prisoners held by Israel.
CIA Director William Burns also travelled to Cairo to join the talks, a U.S. official said.
Israeli Prime Minister Benjamin Netanyahu has vowed to launch an offensive on Rafah whether or not a deal is reached.
Hamas said it was approaching the proposal in a positive spirit.
Israel did not send a delegation to Cairo on Saturday."""),

("audit-07", "2024-06-14", "UN council demands RSF end siege of El Fasher",
"""UNITED NATIONS, June 13 (Reuters) - The U.N. Security Council on Thursday demanded that Sudan's paramilitary Rapid Support Forces halt their siege of El Fasher, the last major city in Darfur not under their control.
The British-drafted resolution was adopted with 14 votes in favour, while Russia abstained.
Fighting between the RSF and the Sudanese army has killed tens of thousands of people since April 2023 and displaced more than 10 million.
The United States last month imposed sanctions on two RSF commanders accused of leading attacks on civilians in North Darfur.
Sudan's ambassador to the U.N., Al-Harith Idriss, accused the United Arab Emirates of arming the RSF, a charge the UAE has denied.
U.N. envoy Ramtane Lamamra met army chief Abdel Fattah al-Burhan in Port Sudan last week."""),

("audit-08", "2024-03-18", "Niger junta ends military agreement with United States",
"""NIAMEY, March 17 (AP) - Niger's military junta has revoked an agreement that allowed U.S. troops and civilian staff to operate in the country, a spokesman said on Saturday, dealing a blow to Washington's counterterrorism efforts in the Sahel.
Colonel Amadou Abdramane said on state television that the presence of American forces was illegal and violated Niger's constitution.
The announcement came after a U.S. delegation led by Assistant Secretary of State Molly Phee visited Niamey this week.
About 1,000 U.S. military personnel are stationed in Niger, mostly at a drone base near Agadez.
The junta, which seized power in July, expelled French troops last year and has moved closer to Russia.
Neighbouring Mali and Burkina Faso, also ruled by the military, have announced their withdrawal from the regional bloc ECOWAS."""),

("audit-09", "2024-01-13", "China says it brokered ceasefire in northern Myanmar",
"""BEIJING, Jan 12 (Reuters) - Myanmar's military and an alliance of ethnic armed groups have agreed to an immediate ceasefire after talks mediated by China, the Chinese foreign ministry said on Friday.
The two sides held peace talks in Kunming, capital of Yunnan province, on Wednesday and Thursday, spokeswoman Mao Ning said.
The Three Brotherhood Alliance launched an offensive in October and has seized dozens of military posts and several border towns in Shan state.
Beijing has urged both sides to show restraint and protect the safety of Chinese nationals in the border area.
Myanmar's junta spokesman Zaw Min Tun confirmed the talks but gave no details.
The junta has been accused by U.N. investigators of war crimes since it overthrew the elected government of Aung San Suu Kyi in 2021."""),

("audit-10", "2024-01-14", "Lai wins Taiwan presidential vote as China warns against independence",
"""TAIPEI, Jan 13 (AP) - Lai Ching-te of the ruling Democratic Progressive Party won Taiwan's presidential election on Saturday, securing a third straight term for a party that Beijing considers separatist.
China's Taiwan Affairs Office said the result did not represent mainstream public opinion on the island and that Beijing would oppose any separatist activities.
U.S. Secretary of State Antony Blinken congratulated Lai and said Washington was committed to peace and stability across the Taiwan Strait.
Lai said in his victory speech that he would maintain the status quo and seek dialogue with Beijing.
Turnout was about 72 percent, the central election commission said.
Voters also elected a new legislature, in which no party won a majority."""),

("audit-11", "2024-05-02", "Georgian police disperse protest against 'foreign agents' bill",
"""TBILISI, May 2 (Reuters) - Georgian riot police used tear gas and water cannon overnight to disperse thousands of protesters outside parliament, where lawmakers are debating a bill on "foreign agents" that critics say is modelled on a Russian law.
The European Union said the bill was incompatible with Georgia's bid to join the bloc and urged the government to withdraw it.
EU foreign policy chief Josep Borrell condemned the violence against peaceful demonstrators.
Georgian Prime Minister Irakli Kobakhidze accused foreign-funded groups of organising the unrest.
The U.S. State Department said it was deeply concerned and would review its relations with Tbilisi if the law is passed.
Georgia was granted EU candidate status in December."""),

("audit-12", "2024-04-19", "U.S. vetoes Palestinian bid for full UN membership",
"""UNITED NATIONS, April 18 (Reuters) - The United States on Thursday vetoed a draft U.N. Security Council resolution that would have recommended full U.N. membership for the Palestinians.
Twelve council members voted in favour, while Britain and Switzerland abstained.
U.S. deputy ambassador Robert Wood said Washington supported a Palestinian state but that it should come through direct negotiations between Israel and the Palestinian Authority.
Palestinian President Mahmoud Abbas condemned the veto as unfair and immoral.
Israel's U.N. ambassador Gilad Erdan thanked the United States and said the resolution would have rewarded terrorism.
The Palestinians have had observer status at the United Nations since 2012."""),

("audit-13", "2023-12-02", "Poland signs deal for more South Korean tanks",
"""WARSAW, Dec 1 (Reuters) - Poland signed a contract on Friday to buy 152 more K2 battle tanks from South Korea, the Polish defence ministry said, as Warsaw continues a rapid military buildup in response to Russia's invasion of Ukraine.
The deal, worth about $2.6 billion, was signed in Warsaw by Defence Minister Mariusz Blaszczak and officials of Hyundai Rotem.
Poland agreed last year to buy up to 1,000 K2 tanks, along with howitzers and fighter jets, from Seoul.
South Korean President Yoon Suk Yeol said the deals would make Poland a key partner for South Korea's defence industry in Europe.
Poland is also buying Abrams tanks and Apache helicopters from the United States.
Poland plans to spend 4 percent of its economic output on defence next year."""),

("audit-14", "2024-04-25", "Germany summons Russian envoy, expels diplomats over spying case",
"""BERLIN, April 24 (AFP) - Germany summoned Russia's ambassador on Wednesday after prosecutors charged two German-Russian men with spying for Moscow and plotting sabotage attacks on military facilities.
Foreign Minister Annalena Baerbock said Berlin would not tolerate Russian espionage on German soil.
The two suspects were arrested in Bayreuth last week on suspicion of scouting U.S. military sites for possible attacks, prosecutors said.
Russia's embassy in Berlin dismissed the accusations as absurd and said it had not been given any evidence.
Germany expelled 40 Russian diplomats in April 2022 after reports of atrocities in Bucha, and Moscow responded by expelling German diplomats.
Britain also summoned the Russian ambassador this week over a separate arson case."""),

("audit-15", "2023-09-11", "Rescuers from Spain, Britain join Morocco quake search",
"""MARRAKECH, Morocco, Sept 11 (Reuters) - Rescue teams from Spain, Britain and Qatar joined Moroccan soldiers on Monday in the search for survivors of the country's deadliest earthquake in decades, which killed more than 2,800 people.
Morocco accepted offers of help from the four countries but has not yet responded to offers from France and the United States, the interior ministry said.
Algeria, which cut diplomatic ties with Rabat in 2021, opened its airspace to humanitarian flights and offered to send rescuers.
French President Emmanuel Macron said France was ready to help as soon as Morocco asked.
The United Nations said it had deployed a team to assess needs in the Atlas mountains.
The magnitude 6.8 quake struck late on Friday night."""),

("audit-16", "2024-07-13", "IMF reaches staff-level agreement with Pakistan on $7 billion loan",
"""ISLAMABAD, July 12 (Reuters) - The International Monetary Fund said on Friday it had reached a staff-level agreement with Pakistan on a new $7 billion loan programme, subject to approval by its executive board.
The 37-month programme will help Pakistan consolidate its economic stability, the IMF said in a statement.
Pakistan's finance minister Muhammad Aurangzeb said the government was committed to broadening the tax base.
Pakistan narrowly avoided a sovereign default last year and has relied on loans from China, Saudi Arabia and the United Arab Emirates.
The rupee rose slightly against the dollar on the news.
Inflation fell to 12.6 percent in June, the lowest in two and a half years."""),

("audit-17", "2024-06-11", "Japan beat Syria to finish World Cup qualifying group unbeaten",
"""HIROSHIMA, Japan, June 11 (AP) - Japan beat Syria 5-0 on Tuesday to finish their World Cup qualifying group with a perfect record.
Striker Ayase Ueda scored twice as Japan dominated from the start against a Syria side that had already been eliminated.
South Korea beat China 1-0 in Seoul, while Australia thrashed Palestine 5-0 in Perth.
Iran and Qatar both won their groups in the second round of Asian qualifying.
"We attacked well and defended well," Japan coach Hajime Moriyasu said.
The third round draw will be held in Kuala Lumpur later this month."""),

("audit-18", "2024-05-26", "Iranian director wins top prize at Cannes after fleeing Iran",
"""CANNES, France, May 25 (AFP) - Iranian filmmaker Mohammad Rasoulof, who fled his country this month after being sentenced to prison, won a special jury prize at the Cannes Film Festival on Saturday.
Rasoulof told the audience he had escaped Iran on foot and thanked the festival for its support.
The Islamic Republic had pressed the director to withdraw his film from the competition, according to his lawyer.
American director Sean Baker won the Palme d'Or for "Anora", while India's Payal Kapadia took the Grand Prix.
France's culture minister praised the courage of artists working under repression.
The festival ran for 12 days on the French Riviera."""),

("audit-19", "2024-03-08", "China accuses U.S. of 'containment' as Wang Yi holds annual news conference",
"""BEIJING, March 7 (Reuters) - China's Foreign Minister Wang Yi on Thursday accused the United States of trying to contain China's development, saying Washington had come up with ever more tricks to suppress Beijing.
"If the U.S. says one thing and does another, where is its credibility as a major country?" Wang said at his annual news conference on the sidelines of the National People's Congress.
Wang said relations with Russia were at their best in history and that China would continue to work with Moscow.
He also called on Israel to end its military operations in Gaza and said the Palestinians should be admitted as a full member of the United Nations.
Asked about the Philippines, Wang warned Manila not to collude with outside powers in the South China Sea.
U.S. officials have repeatedly denied that Washington seeks to contain China."""),

("audit-20", "2024-08-31", "Armenia, Azerbaijan agree on most of peace treaty text, Pashinyan says",
"""YEREVAN, Aug 30 (Reuters) - Armenia and Azerbaijan have agreed on most of the text of a peace treaty, Armenian Prime Minister Nikol Pashinyan said on Friday, and he proposed that the two countries sign what has been agreed.
Azerbaijan's foreign ministry said it welcomed progress but insisted that Armenia first change its constitution, which Baku says contains territorial claims.
The two countries fought a six-week war in 2020 over Nagorno-Karabakh, which ended with a Russian-brokered truce.
In September 2023 Azerbaijan retook the region in a lightning offensive, prompting most of its ethnic Armenian population to flee to Armenia.
Pashinyan has since frozen Armenia's participation in the Russian-led Collective Security Treaty Organization and sought closer ties with the West.
Foreign ministers of the two countries last met in Almaty in May."""),

("audit-21", "2024-11-19", "G20 leaders call for Gaza ceasefire at Rio summit",
"""RIO DE JANEIRO, Nov 18 (AP) - Leaders of the Group of 20 major economies called on Monday for a comprehensive ceasefire in Gaza and Lebanon and pledged to work together to fight hunger, at a summit hosted by Brazilian President Luiz Inacio Lula da Silva.
The joint declaration made only passing reference to the war in Ukraine, disappointing European leaders who had sought stronger language on Russia.
Chinese President Xi Jinping met U.S. President Joe Biden on the sidelines of the Asia-Pacific summit in Lima on Saturday, their last meeting before Biden leaves office.
Russian President Vladimir Putin did not attend the Rio summit and was represented by Foreign Minister Sergei Lavrov.
Lula said the summit would create a global alliance against hunger and poverty.
South Africa will take over the rotating G20 presidency next month."""),

("audit-22", "2024-01-15", "North Korea test-fires solid-fuel missile; Seoul, Tokyo condemn launch",
"""SEOUL, Jan 15 (Reuters) - North Korea fired a ballistic missile into the sea off its east coast on Sunday, South Korea's military said, the first such launch this year.
South Korea, Japan and the United States condemned the launch in a joint statement and urged Pyongyang to return to dialogue.
North Korea's state media said the country had tested a new solid-fuel hypersonic missile.
Japanese Prime Minister Fumio Kishida said the launch threatened the peace and security of the region.
North Korean leader Kim Jong Un last week called South Korea the "principal enemy" and threatened to annihilate the South if attacked.
The three allies held joint naval drills with a U.S. aircraft carrier near the Korean peninsula on Monday."""),

("audit-23", "2024-05-08", "IAEA chief in Tehran seeks to revive stalled inspections deal",
"""TEHRAN, May 7 (AFP) - The head of the U.N. nuclear watchdog, Rafael Grossi, arrived in Iran on Monday for talks on improving cooperation, as the agency's access to Iran's nuclear sites remains limited.
Grossi met Mohammad Eslami, head of the Atomic Energy Organization of Iran, in the central city of Isfahan, where he also attended a nuclear conference.
"We need to get concrete results soon," Grossi told reporters, adding that the situation was not satisfactory.
Eslami said Iran was ready to cooperate with the International Atomic Energy Agency but would not accept political pressure.
Iran has denied seeking nuclear weapons.
In March 2023 Tehran agreed to reinstall surveillance cameras at several sites, but the agency says much of that deal has not been implemented."""),

("audit-24", "2023-12-15", "Venezuela, Guyana agree not to use force in border dispute",
"""KINGSTOWN, St Vincent, Dec 14 (Reuters) - Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali agreed on Thursday not to use force against each other in their dispute over the oil-rich Essequibo region.
The two leaders met for talks on the Caribbean island of St Vincent, mediated by Brazil and the Caribbean Community.
In a joint declaration, they agreed to set up a commission of foreign ministers to address the matter, which will meet in Brazil within three months.
Ali said Guyana would not back down from its position that the border was settled by an arbitral award in 1899.
Venezuelans voted in a referendum this month to claim the region, which makes up two-thirds of Guyana's territory.
Brazil had earlier moved troops to its northern border with Venezuela as a precaution."""),

("audit-25", "2024-08-02", "Russia frees Gershkovich in largest prisoner swap since Cold War",
"""ANKARA, Aug 1 (AP) - Russia released Wall Street Journal reporter Evan Gershkovich and former U.S. Marine Paul Whelan on Thursday in a prisoner exchange with the United States and Germany, Turkish intelligence said.
The swap, which took place at Ankara airport, involved 24 prisoners held in seven countries, Turkey's MIT intelligence agency said.
Germany freed Vadim Krasikov, a Russian serving a life sentence for a 2019 murder in Berlin.
President Joe Biden thanked Turkey, Poland, Slovenia, Norway and Germany for their help and called the deal a feat of diplomacy.
Kremlin spokesman Dmitry Peskov said Putin would personally greet the returning Russians.
Gershkovich was arrested in Yekaterinburg in March 2023 and convicted of espionage, a charge he and the U.S. government rejected."""),

("audit-26", "2023-06-05", "Saudi Arabia pledges deep output cut as OPEC+ extends deal",
"""VIENNA, June 4 (Reuters) - Saudi Arabia will make a deep cut to its oil output in July on top of a broader OPEC+ deal to limit supply into 2024, the kingdom's energy minister said on Sunday.
Prince Abdulaziz bin Salman said the kingdom would reduce production by one million barrels per day.
Russia, which leads the non-OPEC members of the group, agreed to extend its own voluntary cut until the end of next year, Deputy Prime Minister Alexander Novak said.
The United Arab Emirates won approval for a higher production baseline from 2024.
Oil prices rose more than 1% in early Asian trade on Monday.
The United States has repeatedly pressed Riyadh to pump more oil to ease prices."""),

("audit-27", "2024-01-03", "Somalia recalls envoy to Ethiopia over Somaliland port deal",
"""MOGADISHU, Jan 2 (Reuters) - Somalia recalled its ambassador to Ethiopia on Tuesday after Ethiopia signed a preliminary agreement to use a port in the breakaway region of Somaliland, Somali state media said.
The memorandum of understanding, signed in Addis Ababa on Monday by Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi, gives Ethiopia access to the Red Sea.
Somalia's government called the agreement null and void and accused Addis Ababa of violating its sovereignty.
The African Union urged Ethiopia and Somalia to exercise restraint and engage in dialogue.
Somaliland declared independence from Somalia in 1991 but has not been recognised by any country.
Egypt, which has a long-running dispute with Ethiopia over a Nile dam, said it supported Somalia's territorial integrity."""),

("audit-28", "2024-02-17", "Zelenskiy signs security pacts with Germany and France",
"""BERLIN, Feb 16 (Reuters) - Ukrainian President Volodymyr Zelenskiy signed bilateral security agreements with Germany and France on Friday, securing long-term military support as Kyiv faces shortages of ammunition on the front line.
Zelenskiy met German Chancellor Olaf Scholz in Berlin before flying to Paris for talks with French President Emmanuel Macron.
Under the French pact, Paris will provide up to 3 billion euros in additional military aid this year.
Germany announced a new 1.1 billion euro package including artillery shells and air defence systems.
"Ukraine needs weapons, not words," Zelenskiy told a news conference in Berlin.
Britain signed a similar agreement with Ukraine in January."""),
# Second audit (branch audit2): written for the same purpose, with ids audit2-NN.
("audit2-01", "2024-05-21", "Taiwan's Lai calls on China to end intimidation at inauguration",
"""TAIPEI, May 20 (Reuters) - Taiwan's new President Lai Ching-te called on China on Monday to stop its military intimidation of the island, in an inauguration speech that Beijing quickly condemned.
Lai, who won the election in January, said Taiwan would neither yield nor provoke.
China's Taiwan Affairs Office accused Lai of sending a dangerous signal and said Beijing would never tolerate independence.
The United States congratulated Lai, and Secretary of State Antony Blinken said Washington looked forward to working with him.
China staged large-scale military drills around Taiwan in April last year after Lai's predecessor met the U.S. House speaker in California."""),

("audit2-02", "2024-04-17", "Xi hosts Scholz in Beijing, urges cooperation",
"""BEIJING, April 16 (AP) - Chinese President Xi Jinping met German Chancellor Olaf Scholz in Beijing on Tuesday and urged Germany to view China as a partner rather than a rival.
Scholz, who is on a three-day visit with a delegation of business executives, raised concerns about Chinese support for Russia's invasion of Ukraine.
Xi said China and Germany should cooperate more closely on climate change and trade.
Germany designated China a systemic rival in a strategy published in July last year.
Scholz is expected to travel to Switzerland next month for a peace summit on Ukraine."""),

("audit2-03", "2023-10-10", "EU adopts new sanctions on Iran over drone supplies",
"""BRUSSELS, Oct 9 (Reuters) - The European Union on Monday imposed sanctions on six Iranian individuals and entities involved in supplying drones that Russia has used in its war against Ukraine.
The measures freeze the assets of the targeted firms and ban EU citizens from doing business with them.
Iran's foreign ministry spokesman Nasser Kanaani condemned the move and denied that Tehran had sent drones to Russia for use in Ukraine.
Kanaani said Iran would respond to what he called an illegal step.
The EU first sanctioned Iranian drone makers in October last year, after Russia began striking Ukrainian power plants with Shahed drones."""),

("audit2-04", "2024-02-27", "Russian missiles strike Kharkiv, Ukraine says",
"""KYIV, Feb 26 (Reuters) - Russian forces struck the Ukrainian city of Kharkiv with missiles and drones overnight, killing two people and damaging energy infrastructure, regional governor Oleh Syniehubov said on Monday.
Ukraine's air force said it had shot down 11 of 14 drones launched by Russia.
The attack came two days after Western leaders marked the second anniversary of Russia's invasion of Ukraine in Kyiv.
Moscow denies targeting civilians and says it strikes only military objects.
Ukraine has asked its allies for more air defence systems, battle tanks and attack helicopters."""),

("audit2-05", "2023-07-12", "NATO leaders promise Ukraine membership path at Vilnius summit",
"""VILNIUS, July 11 (AP) - NATO leaders said on Tuesday that Ukraine would be invited to join the alliance when allies agree and conditions are met, stopping short of the timeline Kyiv had sought.
Ukrainian President Volodymyr Zelenskiy criticised the decision as absurd before arriving in the Lithuanian capital.
Turkey agreed on Monday to back Sweden's bid to join NATO after talks with Swedish Prime Minister Ulf Kristersson and NATO Secretary-General Jens Stoltenberg.
The United States said it would send more artillery ammunition to Ukraine.
Russia warned that the alliance's expansion would force it to take countermeasures."""),

("audit2-06", "2024-06-25", "Protesters storm Kenyan parliament over tax bill",
"""NAIROBI, June 25 (Reuters) - Thousands of protesters stormed Kenya's parliament on Tuesday after lawmakers passed a finance bill raising taxes, and police opened fire on the crowds.
The United States and Britain called for restraint and urged Kenyan authorities to respect the right to peaceful protest.
President William Ruto, who took office in September 2022, said the protests had been hijacked by criminals.
Kenya agreed a loan programme with the International Monetary Fund in April 2021 that requires it to raise revenue."""),

("audit2-07", "2024-03-18", "Putin wins Russian election, West condemns vote",
"""MOSCOW, March 18 (Reuters) - Vladimir Putin won a landslide victory in Russia's presidential election, official results showed on Monday, extending his rule for six more years.
Germany and France said the vote was neither free nor fair, and the European Union condemned the holding of the election in occupied parts of Ukraine.
China's President Xi Jinping congratulated Putin on his re-election, state media said.
Putin said he would visit China in May.
Alexei Navalny, Putin's best-known critic, died in an Arctic prison last month."""),

("audit2-08", "2023-12-09", "U.S. vetoes U.N. call for Gaza ceasefire",
"""UNITED NATIONS, Dec 8 (Reuters) - The United States vetoed a U.N. Security Council resolution on Friday that would have demanded an immediate humanitarian ceasefire in Gaza.
Thirteen members voted in favour and Britain abstained.
The Palestinian ambassador Riyad Mansour called the veto disastrous, while Israel thanked Washington.
U.N. Secretary-General Antonio Guterres had urged the council to act, invoking Article 99 of the U.N. Charter for the first time in decades.
The war began after Hamas fighters attacked southern Israel on Oct. 7."""),

("audit2-09", "2024-09-05", "Egypt's Sisi visits Turkey for first time in over a decade",
"""ANKARA, Sept 4 (AP) - Egyptian President Abdel Fattah al-Sisi arrived in Ankara on Wednesday for talks with Turkish President Tayyip Erdogan, his first visit to Turkey since relations collapsed in 2013.
The two leaders signed a series of agreements on energy, defence and tourism.
Erdogan visited Cairo in February, when the two countries agreed to restore ties.
Turkey and Egypt appointed ambassadors to each other's capitals last year after a decade of tensions."""),

("audit2-10", "2024-10-02", "Iran fires missiles at Israel",
"""JERUSALEM, Oct 1 (Reuters) - Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the Israeli military said, in retaliation for the killing of Hezbollah leader Hassan Nasrallah.
Israeli Prime Minister Benjamin Netanyahu said Iran had made a big mistake and would pay for it.
Most of the missiles were intercepted by Israel and the United States, according to the Pentagon.
Iran's Revolutionary Guards said the attack was a response to Israel's killing of Nasrallah in Beirut last week.
U.S. President Joe Biden said Washington fully supported Israel."""),

("audit2-11", "2023-06-07", "Ukraine accuses Russia of blowing up Kakhovka dam",
"""KYIV, June 6 (Reuters) - Ukraine accused Russian forces on Tuesday of blowing up the Kakhovka dam in the south of the country, flooding villages and forcing thousands to flee.
The Kremlin denied the accusation and blamed Ukrainian sabotage.
Dmitry Peskov, the Kremlin spokesman, told reporters that Kyiv wanted to distract attention from a failed counteroffensive.
U.N. Secretary-General Antonio Guterres called the destruction of the dam a devastating consequence of the war.
Russian forces seized the dam in February last year in the first days of the invasion."""),

("audit2-12", "2024-01-13", "U.S., Britain strike Houthi targets in Yemen",
"""SANAA, Jan 12 (AP) - The United States and Britain carried out air strikes against Houthi military targets in Yemen on Friday, in response to weeks of attacks by the Iran-backed group on ships in the Red Sea.
The Houthis vowed to retaliate and said the strikes killed five of their fighters.
Saudi Arabia called for restraint and said it was following the situation with great concern.
Russia requested an urgent meeting of the U.N. Security Council to discuss the strikes.
The Houthis have attacked more than 25 merchant ships since November."""),

("audit2-13", "2023-09-14", "Kim Jong Un meets Putin at Russian space port",
"""VOSTOCHNY, Russia, Sept 13 (Reuters) - North Korean leader Kim Jong Un met Russian President Vladimir Putin at a space launch centre in Russia's Far East on Wednesday, and Putin said he saw possibilities for military cooperation.
Kim, who travelled by armoured train, pledged full support for Moscow.
The United States warned North Korea against selling weapons to Russia and said it would impose sanctions on anyone involved.
Kim last visited Russia in April 2019, when he held his first summit with Putin in Vladivostok."""),

("audit2-14", "2024-08-07", "Bangladesh's Hasina flees to India as protests topple government",
"""DHAKA, Aug 6 (Reuters) - Bangladesh's Prime Minister Sheikh Hasina resigned and fled to India on Monday after weeks of deadly protests against her government.
Army chief General Waker-Uz-Zaman said an interim government would be formed.
India's Foreign Minister S. Jaishankar told parliament that New Delhi had been in touch with the Bangladeshi military.
The United Nations urged all sides to avoid further violence.
Student protesters had demanded her resignation since July."""),

("audit2-15", "2025-02-19", "U.S. and Russian officials meet in Riyadh",
"""RIYADH, Feb 18 (Reuters) - U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov held talks in Riyadh on Tuesday, the first high-level meeting between the two countries since Russia's invasion of Ukraine.
The two sides agreed to appoint teams to negotiate an end to the war, Rubio said.
Ukraine was not invited, and President Volodymyr Zelenskiy said Kyiv would not accept any deal made without it.
Saudi Crown Prince Mohammed bin Salman hosted the meeting.
Zelenskiy had been due to visit Riyadh on Wednesday but postponed the trip."""),

("audit2-16", "2023-05-22", "G7 leaders agree new sanctions on Russia",
"""HIROSHIMA, May 21 (AP) - Leaders of the Group of Seven agreed on Sunday to tighten sanctions on Russia and to keep supporting Ukraine for as long as it takes.
Japanese Prime Minister Fumio Kishida, who hosted the summit, said the group would not allow Russia to change borders by force.
Zelenskiy, who flew to Hiroshima on a French government plane, met U.S. President Joe Biden and Indian Prime Minister Narendra Modi.
China accused the G7 of interfering in its internal affairs and said it had lodged a protest with Japan.
Biden said earlier this week that Washington would support training Ukrainian pilots on F-16 fighter jets."""),

("audit2-17", "2024-11-28", "Israel, Hezbollah ceasefire takes effect",
"""BEIRUT, Nov 27 (Reuters) - A ceasefire between Israel and Hezbollah took effect on Wednesday after the United States and France brokered a deal to end more than a year of fighting.
Thousands of displaced Lebanese began returning to their homes in the south.
Israeli Prime Minister Benjamin Netanyahu said Israel would strike Hezbollah if the group violated the truce.
Lebanese Prime Minister Najib Mikati welcomed the agreement and thanked Washington and Paris.
Israel launched a ground invasion of southern Lebanon in October."""),

("audit2-18", "2023-08-27", "Niger junta orders French ambassador to leave",
"""NIAMEY, Aug 26 (AFP) - Niger's military rulers ordered the French ambassador to leave the country within 48 hours, accusing Paris of acting against Niger's interests.
France said the junta had no authority to make such a demand and that ambassador Sylvain Itte would stay.
The West African bloc ECOWAS has threatened to use force to restore President Mohamed Bazoum, who was toppled in a coup on July 26.
Mali and Burkina Faso said any military intervention in Niger would be considered a declaration of war against them.
Abdourahamane Tiani, the head of the junta, has rejected calls to release Bazoum."""),

("audit2-19", "2024-07-12", "Hungary's Orban meets Trump after Moscow, Beijing trips",
"""BUDAPEST, July 11 (Reuters) - Hungarian Prime Minister Viktor Orban met former U.S. President Donald Trump in Florida on Thursday, days after visits to Moscow and Beijing that angered European Union partners.
EU foreign policy chief Josep Borrell said Orban had no mandate to speak for the bloc.
Orban, whose country holds the rotating EU presidency, met Putin in the Kremlin last week.
Poland's Prime Minister Donald Tusk criticised the trip to Moscow."""),

("audit2-20", "2023-04-13", "Saudi Arabia and Iran reopen embassies under China-brokered deal",
"""RIYADH, April 12 (AP) - A Saudi delegation arrived in Tehran on Wednesday to prepare for the reopening of the kingdom's embassy, following a deal brokered by China in March.
Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein Amir-Abdollahian met in Beijing last week and agreed to restore flights and resume visas.
Saudi Arabia cut ties with Iran in 2016 after protesters stormed its embassy in Tehran.
The United States welcomed the agreement but said it would judge Iran by its actions."""),

("audit2-21", "2024-12-09", "Syrian rebels seize Damascus as Assad flees",
"""DAMASCUS, Dec 8 (Reuters) - Syrian rebels seized the capital Damascus on Sunday, ending the rule of President Bashar al-Assad, who fled to Moscow, Russian state media said.
Russia granted Assad and his family asylum on humanitarian grounds, the Kremlin said.
Israel sent troops into the buffer zone on the Golan Heights and struck weapons depots across Syria.
Turkey, which backs some of the rebel groups, said it was in contact with the new authorities.
Iran had sent military advisers to Syria since 2011 to support Assad."""),

("audit2-22", "2023-11-16", "Biden and Xi agree to restore military communications",
"""WOODSIDE, California, Nov 15 (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to restore military-to-military communications and to curb the production of fentanyl, during their first meeting in a year.
Biden said he still believed Xi was a dictator, a remark that Beijing rejected as extremely wrong.
Xi told Biden that the United States should stop arming Taiwan.
China suspended the military talks in August last year after then House Speaker Nancy Pelosi visited Taipei."""),

("audit2-23", "2024-06-04", "Armenia to leave Russia-led security bloc, PM says",
"""YEREVAN, June 3 (AP) - Armenian Prime Minister Nikol Pashinyan said on Monday that Armenia would leave the Russia-led Collective Security Treaty Organization, accusing the bloc of failing to defend it against Azerbaijan.
The Kremlin said it regretted the decision and hoped Yerevan would reconsider.
Azerbaijan took control of Nagorno-Karabakh in a lightning offensive in September last year.
Armenia froze its participation in the bloc earlier this year."""),

("audit2-24", "2025-03-12", "Ukraine backs 30-day ceasefire after talks with U.S. in Jeddah",
"""JEDDAH, March 11 (Reuters) - Ukraine said on Tuesday it was ready to accept a U.S. proposal for an immediate 30-day ceasefire with Russia, after talks with American officials in Saudi Arabia.
Washington said it would immediately lift its pause on intelligence sharing and resume security assistance to Kyiv.
U.S. Secretary of State Marco Rubio said the ball was now in Russia's court.
The Kremlin said it was studying the proposal.
The United States paused military aid to Ukraine earlier this month after a heated meeting between Zelenskiy and Trump in the White House."""),

("audit2-25", "2024-02-07", "Pakistan blames India for killings, New Delhi denies",
"""ISLAMABAD, Feb 6 (Reuters) - Pakistan accused India on Tuesday of killing two of its citizens on Pakistani soil in a campaign of extrajudicial assassinations.
India's foreign ministry rejected the allegation as false and malicious propaganda.
Foreign Secretary Muhammad Syrus Sajjad Qazi told a news conference that Islamabad had credible evidence.
Pakistan expelled India's ambassador in August 2019 after New Delhi revoked the special status of Kashmir."""),
]

out = pathlib.Path(__file__).with_name("articles.jsonl")
with out.open("w") as f:
    for id_, published, title, body in ARTICLES:
        f.write(json.dumps({"id": id_, "title": title, "published": published, "source": None, "url": None,
                            "text": title + "\n\n" + body}, ensure_ascii=False) + "\n")
print(len(ARTICLES), "articles written to", out)
