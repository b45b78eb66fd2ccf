#!/usr/bin/env python3
"""Generates data/gazetteer/organizations.jsonl, the default organizations.

Source: hand table in this file, written for actorgraph (same licence as the
project).

Conventions
-----------
* `of` is set only for bodies of a state whose officers hold that state's
  offices: metonyms (Kremlin, White House), ministries, legislatures, armed
  forces and intelligence services. "Kremlin spokesman" therefore composes to
  a spokesperson of Russia's government, and people's offices may name these
  bodies ("spokesperson" of "Kremlin").
* `country` is set for bodies based in one country that do not speak for its
  state: media, companies, parties, armed groups.
* International bodies have neither.
* Types: government, legislature, military, intelligence, central_bank, court,
  international, alliance, ngo, media, company, party, armed_group.

Row format: label|type|home|country|aliases separated by ';'|flags
The third column is the home country; it becomes `of` for the state types
above and `country` for all others.
flags: "amb" marks a name that is also a common word (exact case only).
Every `of` / `country` is a place label from places.jsonl (ISO short names as
written by scripts/gen_places.py).

Usage: python3 scripts/gen_organizations.py > data/gazetteer/organizations.jsonl
"""

import json

ORGS = r"""
# --- governments: metonyms and offices of the executive
# (A palace named as a building, "the Elysee Palace", is a site in gen_places.py;
# the bare metonym, "the Elysee said", is the government here.)
Kremlin|government|Russia||the Kremlin;Moscow Kremlin|
White House|government|United States||the White House|
Downing Street|government|United Kingdom||Number 10;No. 10;No 10;10 Downing Street|
Élysée|government|France||Elysee;Elysée|
Matignon|government|France||Hôtel Matignon;Hotel Matignon|
Zhongnanhai|government|China|||
Blue House|government|South Korea||Cheong Wa Dae|
Yongsan presidential office|government|South Korea|||
Kantei|government|Japan||Prime Minister's Office of Japan|
Bankova|government|Ukraine||Office of the President of Ukraine;Ukrainian Presidential Office;Presidential Office of Ukraine|
German Chancellery|government|Germany|||
Quirinale|government|Italy||Quirinal|
Palazzo Chigi|government|Italy|||
Moncloa|government|Spain|||
Casa Rosada|government|Argentina|||
Planalto|government|Brazil|||
Miraflores|government|Venezuela|||
Aso Rock|government|Nigeria||Aso Villa|
Union Buildings|government|South Africa|||
Prime Minister's Office of Israel|government|Israel||Israeli Prime Minister's Office|
Presidential Administration of Russia|government|Russia||Russian Presidential Administration;Kremlin administration|
Russian Security Council|government|Russia||Security Council of Russia;Security Council of the Russian Federation|
National Security and Defense Council of Ukraine|government|Ukraine||NSDC;Ukrainian Security Council;National Security and Defence Council|
National Security Council|government|United States||NSC;U.S. National Security Council;White House National Security Council|
Supreme National Security Council|government|Iran||Iranian Supreme National Security Council;SNSC|
Politburo|government|China||Politburo Standing Committee;Chinese Politburo|
State Council of China|government|China||Chinese State Council;State Council of the People's Republic of China|
Central Military Commission|government|China||CMC|
Taiwan Affairs Office|government|China|||
Atomic Energy Organization of Iran|government|Iran||AEOI|
European Commission|international|||EU Commission|
# --- ministries and departments
State Department|government|United States||U.S. State Department;US State Department;Department of State;State Dept.|
Pentagon|government|United States||Department of Defense;Defense Department;U.S. Defense Department;DoD;Department of War;War Department|
U.S. Treasury|government|United States||Treasury Department;US Treasury;Department of the Treasury;U.S. Treasury Department|
Justice Department|government|United States||Department of Justice;U.S. Justice Department;DOJ|
Department of Homeland Security|government|United States||DHS;Homeland Security Department|
Commerce Department|government|United States||Department of Commerce;U.S. Commerce Department|
Department of Government Efficiency|government|United States||DOGE|
USAID|government|United States||U.S. Agency for International Development;United States Agency for International Development|
Office of the U.S. Trade Representative|government|United States||Office of the United States Trade Representative|
Foreign Office|government|United Kingdom||Foreign, Commonwealth and Development Office;FCDO;British Foreign Office;UK Foreign Office;Foreign and Commonwealth Office|
British Ministry of Defence|government|United Kingdom||UK Ministry of Defence;British Defence Ministry|
Home Office|government|United Kingdom||British Home Office;UK Home Office|
HM Treasury|government|United Kingdom||British Treasury;UK Treasury|
Quai d'Orsay|government|France||French Foreign Ministry;French Ministry of Foreign Affairs;French Ministry for Europe and Foreign Affairs;Quai d’Orsay|
French Defence Ministry|government|France||French Ministry of the Armed Forces;French Armed Forces Ministry;French Defense Ministry|
German Foreign Office|government|Germany||Auswärtiges Amt;German Foreign Ministry;German Federal Foreign Office|
German Defence Ministry|government|Germany||German Defense Ministry;Bundeswehr ministry;German Ministry of Defence|
Russian Foreign Ministry|government|Russia||Russian Ministry of Foreign Affairs;Russian MFA;Foreign Ministry of Russia;Ministry of Foreign Affairs of the Russian Federation;Smolenskaya Square|
Russian Defence Ministry|government|Russia||Russian Defense Ministry;Russian Ministry of Defence;Russian Ministry of Defense;Russian MoD;Ministry of Defence of the Russian Federation|
Chinese Foreign Ministry|government|China||Chinese Ministry of Foreign Affairs;Foreign Ministry of China;China's Foreign Ministry|
Chinese Defence Ministry|government|China||Chinese Defense Ministry;Chinese Ministry of National Defense;China's Defense Ministry|
Chinese Commerce Ministry|government|China||Chinese Ministry of Commerce;MOFCOM|
Ukrainian Foreign Ministry|government|Ukraine||Ukrainian Ministry of Foreign Affairs;Ukraine's Foreign Ministry;Foreign Ministry of Ukraine|
Ukrainian Defence Ministry|government|Ukraine||Ukrainian Defense Ministry;Ukrainian Ministry of Defence;Ukraine's Defense Ministry|
Iranian Foreign Ministry|government|Iran||Iranian Ministry of Foreign Affairs;Iran's Foreign Ministry|
Israeli Foreign Ministry|government|Israel||Israeli Ministry of Foreign Affairs;Israel's Foreign Ministry|
Israeli Defence Ministry|government|Israel||Israeli Defense Ministry;Israel's Defense Ministry;Israeli Ministry of Defense|
Turkish Foreign Ministry|government|Turkey||Turkish Ministry of Foreign Affairs;Turkey's Foreign Ministry|
Ministry of External Affairs|government|India||Indian Ministry of External Affairs;MEA;Indian Foreign Ministry|
Japanese Foreign Ministry|government|Japan||Japanese Ministry of Foreign Affairs;Japan's Foreign Ministry|
South Korean Foreign Ministry|government|South Korea||South Korean Ministry of Foreign Affairs;South Korea's Foreign Ministry|
North Korean Foreign Ministry|government|North Korea||North Korea's Foreign Ministry|
Saudi Foreign Ministry|government|Saudi Arabia||Saudi Ministry of Foreign Affairs|
Qatari Foreign Ministry|government|Qatar||Qatar's Foreign Ministry;Qatari Ministry of Foreign Affairs|
Egyptian Foreign Ministry|government|Egypt||Egypt's Foreign Ministry;Egyptian Ministry of Foreign Affairs|
Pakistani Foreign Office|government|Pakistan||Pakistan Foreign Office;Pakistani Foreign Ministry|
Polish Foreign Ministry|government|Poland||Polish Ministry of Foreign Affairs|
Belarusian Foreign Ministry|government|Belarus||Belarusian Ministry of Foreign Affairs|
Hungarian Foreign Ministry|government|Hungary||Hungarian Ministry of Foreign Affairs and Trade|
Brazilian Foreign Ministry|government|Brazil||Itamaraty|
Mexican Foreign Ministry|government|Mexico||Mexican Foreign Relations Secretariat|
Canadian Foreign Ministry|government|Canada||Global Affairs Canada|
Australian Department of Foreign Affairs and Trade|government|Australia||DFAT|
# --- legislatures
U.S. Congress|legislature|United States||Congress;US Congress;United States Congress|
U.S. Senate|legislature|United States||US Senate;United States Senate|
U.S. House of Representatives|legislature|United States||US House of Representatives;U.S. House;US House|
House of Commons|legislature|United Kingdom||British House of Commons;Commons|
House of Lords|legislature|United Kingdom|||
British Parliament|legislature|United Kingdom||UK Parliament;Parliament at Westminster|
State Duma|legislature|Russia||Duma;Russian State Duma;Russian Duma|
Federation Council|legislature|Russia||Russian Federation Council|
Verkhovna Rada|legislature|Ukraine||Rada;Ukrainian parliament;Ukraine's parliament|
Bundestag|legislature|Germany||German Bundestag|
Bundesrat of Germany|legislature|Germany|||
French National Assembly|legislature|France||Assemblée nationale;Assemblee nationale|
French Senate|legislature|France|||
Knesset|legislature|Israel||Israeli parliament;Israel's parliament|
Majlis|legislature|Iran||Iranian parliament;Islamic Consultative Assembly|
Grand National Assembly of Turkey|legislature|Turkey||Turkish parliament;Grand National Assembly|
Sejm|legislature|Poland||Polish parliament|
Lok Sabha|legislature|India|||
Rajya Sabha|legislature|India|||
National Diet|legislature|Japan||Japanese Diet;Diet|amb
National People's Congress|legislature|China||NPC;China's parliament|
Supreme People's Assembly|legislature|North Korea|||
National Assembly of South Korea|legislature|South Korea||South Korean parliament;South Korea's National Assembly|
European Parliament|international|||EU Parliament|
Legislative Yuan|legislature|Taiwan|||
Storting|legislature|Norway|||
Riksdag|legislature|Sweden|||
Italian Parliament|legislature|Italy|||
Cortes Generales|legislature|Spain||Spanish parliament|
Congress of Brazil|legislature|Brazil||Brazilian Congress;National Congress of Brazil|
Parliament of Canada|legislature|Canada||Canadian Parliament|
Australian Parliament|legislature|Australia||Parliament of Australia|
Hungarian Parliament|legislature|Hungary||Országgyűlés|
Georgian Parliament|legislature|Georgia||Parliament of Georgia|
# --- courts
U.S. Supreme Court|court|United States||US Supreme Court;Supreme Court of the United States;SCOTUS|
International Criminal Court|court|||ICC|
International Court of Justice|court|||ICJ;World Court|
European Court of Human Rights|court|||ECHR;Strasbourg court|
Court of Justice of the European Union|court|||European Court of Justice;ECJ;CJEU|
Permanent Court of Arbitration|court||||
Special Tribunal for the Crime of Aggression against Ukraine|court|||Special Tribunal for the Crime of Aggression|
# --- armed forces and security services
U.S. military|military|United States||US military;American military;U.S. armed forces;US armed forces;United States Armed Forces|
Joint Chiefs of Staff|military|United States||Joint Chiefs|
U.S. Central Command|military|United States||CENTCOM;US Central Command|
U.S. Indo-Pacific Command|military|United States||INDOPACOM|
U.S. European Command|military|United States||EUCOM|
British Armed Forces|military|United Kingdom||British military;UK armed forces|
Russian Armed Forces|military|Russia||Russian military;Russian army;Russian forces|
Armed Forces of Ukraine|military|Ukraine||Ukrainian Armed Forces;Ukrainian military;Ukrainian army;Ukrainian forces;ZSU|
General Staff of the Armed Forces of Ukraine|military|Ukraine||Ukrainian General Staff|
General Staff of the Russian Armed Forces|military|Russia||Russian General Staff|
People's Liberation Army|military|China||PLA;Chinese military;People's Liberation Army Navy;PLA Navy|
Israel Defense Forces|military|Israel||IDF;Israeli military;Israeli army;Israeli Defence Forces|
Islamic Revolutionary Guard Corps|military|Iran||IRGC;Revolutionary Guards;Revolutionary Guard;Iran's Revolutionary Guards;Islamic Revolutionary Guards Corps|
Quds Force|military|Iran||IRGC Quds Force|
Bundeswehr|military|Germany||German armed forces;German military|
Korean People's Army|military|North Korea||KPA;North Korean military;North Korean army|
Japan Self-Defense Forces|military|Japan||Self-Defense Forces;SDF of Japan;Japanese military|
Pakistan Army|military|Pakistan||Pakistani military;Pakistani army|
Indian Army|military|India||Indian military;Indian armed forces|
Turkish Armed Forces|military|Turkey||Turkish military;Turkish army|
Sudanese Armed Forces|military|Sudan||SAF;Sudanese army;Sudan's army|
CIA|intelligence|United States||Central Intelligence Agency|
FBI|intelligence|United States||Federal Bureau of Investigation|
National Security Agency|intelligence|United States|||
Office of the Director of National Intelligence|intelligence|United States||ODNI|
Secret Service|intelligence|United States||U.S. Secret Service;US Secret Service|
MI6|intelligence|United Kingdom||Secret Intelligence Service;SIS|
MI5|intelligence|United Kingdom||Security Service|
GCHQ|intelligence|United Kingdom|||
FSB|intelligence|Russia||Federal Security Service;Russian Federal Security Service|
SVR|intelligence|Russia||Foreign Intelligence Service;Russian Foreign Intelligence Service|
GRU|intelligence|Russia||Russian military intelligence;Main Intelligence Directorate of the Russian General Staff|
SBU|intelligence|Ukraine||Security Service of Ukraine;Ukrainian Security Service|
HUR|intelligence|Ukraine||GUR;Ukrainian military intelligence;Defence Intelligence of Ukraine;Main Intelligence Directorate of Ukraine|
Mossad|intelligence|Israel|||
Shin Bet|intelligence|Israel||Shabak;Israel Security Agency|
Ministry of State Security|intelligence|China||MSS;Chinese Ministry of State Security|
Ministry of Intelligence of Iran|intelligence|Iran||Iranian Intelligence Ministry;MOIS|
Inter-Services Intelligence|intelligence|Pakistan||ISI|
Research and Analysis Wing|intelligence|India||RAW;R&AW|
National Intelligence Service|intelligence|South Korea||NIS;South Korean National Intelligence Service;South Korea's spy agency|
DGSE|intelligence|France||Directorate-General for External Security|
BND|intelligence|Germany||Federal Intelligence Service;Bundesnachrichtendienst|
KGB of Belarus|intelligence|Belarus||Belarusian KGB|
# --- central banks
Federal Reserve|central_bank|United States||Fed;U.S. Federal Reserve;US Federal Reserve;Federal Reserve Board|
European Central Bank|central_bank|||ECB|
Bank of England|central_bank|United Kingdom||BoE|
Bank of Japan|central_bank|Japan||BOJ;BoJ|
People's Bank of China|central_bank|China||PBOC;PBoC|
Central Bank of Russia|central_bank|Russia||Bank of Russia;Russian central bank|
Reserve Bank of India|central_bank|India||RBI|
National Bank of Ukraine|central_bank|Ukraine||NBU|
# --- international bodies
United Nations|international|||UN;U.N.;United Nations Organization|
UN Security Council|international|||United Nations Security Council;U.N. Security Council;UNSC;Security Council|
UN General Assembly|international|||United Nations General Assembly;U.N. General Assembly;UNGA;General Assembly|
UN Human Rights Council|international|||United Nations Human Rights Council;UNHRC;Human Rights Council|
UN Secretariat|international|||United Nations Secretariat|
Office of the UN High Commissioner for Human Rights|international|||OHCHR;UN human rights office;U.N. human rights office|
UNHCR|international|||UN refugee agency;U.N. refugee agency;United Nations High Commissioner for Refugees;Office of the United Nations High Commissioner for Refugees|
UNICEF|international|||United Nations Children's Fund;UN children's agency;U.N. children's agency|
World Food Programme|international|||WFP;World Food Program;UN food agency|
UNRWA|international|||United Nations Relief and Works Agency;UN Relief and Works Agency;U.N. agency for Palestinian refugees|
UNESCO|international|||United Nations Educational, Scientific and Cultural Organization|
Food and Agriculture Organization|international|||FAO;UN Food and Agriculture Organization|
UN Development Programme|international|||UNDP;United Nations Development Programme|
UN Office for the Coordination of Humanitarian Affairs|international|||OCHA;UN humanitarian office;U.N. humanitarian office|
UN Environment Programme|international|||UNEP;United Nations Environment Programme|
International Organization for Migration|international|||IOM;UN migration agency|
International Labour Organization|international|||ILO;International Labor Organization|
World Meteorological Organization|international|||WMO|
UN Women|international|||UN-Women|
UNIFIL|international|||United Nations Interim Force in Lebanon;UN peacekeepers in Lebanon|
MONUSCO|international|||UN mission in Congo|
UN Framework Convention on Climate Change|international|||UNFCCC;UN climate body|
Intergovernmental Panel on Climate Change|international|||IPCC|
International Atomic Energy Agency|international|||IAEA;U.N. nuclear watchdog;UN nuclear watchdog|
Organisation for the Prohibition of Chemical Weapons|international|||OPCW;Organization for the Prohibition of Chemical Weapons|
CTBTO|international|||Comprehensive Nuclear-Test-Ban Treaty Organization|
World Health Organization|international|||WHO;World Health Organisation|
International Monetary Fund|international|||IMF|
World Bank|international|||World Bank Group|
World Trade Organization|international|||WTO;World Trade Organisation|
OPEC|international|||Organization of the Petroleum Exporting Countries|
OPEC+|international|||OPEC Plus|
ASEAN|international|||Association of Southeast Asian Nations|
African Union|international|||AU|
African Union Commission|international|||AU Commission;AUC|
European Union|international|||EU;E.U.|
European Council|international|||EU Council|
Council of the European Union|international|||Council of the EU;Council of Ministers of the EU|
European External Action Service|international|||EEAS|
Council of Europe|international|||
Frontex|international|||European Border and Coast Guard Agency|
Europol|international|||
G7|international|||Group of Seven;G-7|
G20|international|||Group of 20;G-20;Group of Twenty|
BRICS|international||||
OSCE|international|||Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe|
Arab League|international|||League of Arab States|
Gulf Cooperation Council|international|||GCC|
Organisation of Islamic Cooperation|international|||OIC;Organization of Islamic Cooperation|
Shanghai Cooperation Organisation|international|||SCO;Shanghai Cooperation Organization|
Commonwealth of Independent States|international|||CIS|
Eurasian Economic Union|international|||EAEU;EEU|
Union State of Russia and Belarus|international|||Union State|
ECOWAS|international|||Economic Community of West African States|
Alliance of Sahel States|international|||AES;Confederation of Sahel States|
Southern African Development Community|international|||SADC|
IGAD|international|||Intergovernmental Authority on Development|
East African Community|international|||EAC|
Organization of American States|international|||OAS|
Mercosur|international|||Mercosul;Southern Common Market|
CELAC|international|||Community of Latin American and Caribbean States|
CARICOM|international|||Caribbean Community|
APEC|international|||Asia-Pacific Economic Cooperation|
Pacific Islands Forum|international|||
OECD|international|||Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development|
Commonwealth of Nations|international|||the Commonwealth|
Interpol|international|||International Criminal Police Organization|
International Energy Agency|international|||IEA|
Financial Action Task Force|international|||FATF|
Bank for International Settlements|international|||BIS|
Asian Development Bank|international|||ADB|
Asian Infrastructure Investment Bank|international|||AIIB|
New Development Bank|international|||BRICS bank|
European Bank for Reconstruction and Development|international|||EBRD|
European Investment Bank|international|||EIB|
World Economic Forum|international|||WEF;Davos forum|
Munich Security Conference|international||||
Visegrad Group|international|||Visegrad Four;V4|
Nordic Council|international|||
International Olympic Committee|international|||IOC|
FIFA|international|||
# --- alliances
NATO|alliance|||North Atlantic Treaty Organization;Nato;North Atlantic Alliance;Atlantic alliance;OTAN|
CSTO|alliance|||Collective Security Treaty Organization|
AUKUS|alliance|||
Quad|alliance|||Quadrilateral Security Dialogue|amb
Five Eyes|alliance|||
Coalition of the willing|alliance|||coalition of the willing|
Ukraine Defense Contact Group|alliance|||Ramstein group;Ukraine Defence Contact Group|
Axis of Resistance|alliance|||axis of resistance|
# --- non-governmental
International Committee of the Red Cross|ngo|||ICRC;Red Cross|
International Federation of Red Cross and Red Crescent Societies|ngo|||IFRC|
Palestinian Red Crescent Society|ngo||Palestine|Palestinian Red Crescent|
Amnesty International|ngo|||Amnesty|
Human Rights Watch|ngo|||HRW|
Médecins Sans Frontières|ngo|||MSF;Doctors Without Borders;Medecins Sans Frontieres|
Reporters Without Borders|ngo|||Reporters Sans Frontières;Reporters Sans Frontieres|
Committee to Protect Journalists|ngo|||CPJ|
Memorial|ngo|Russia||Memorial Human Rights Centre|amb
Anti-Corruption Foundation|ngo|Russia||FBK|
International Crisis Group|ngo|||Crisis Group|
Institute for the Study of War|ngo|United States||ISW|
Carnegie Endowment for International Peace|ngo|United States||Carnegie Endowment|
Council on Foreign Relations|ngo|United States||CFR|
Chatham House|ngo|United Kingdom||Royal Institute of International Affairs|
Brookings Institution|ngo|United States||Brookings|
RAND Corporation|ngo|United States||RAND|
Stockholm International Peace Research Institute|ngo|Sweden||SIPRI|
International Institute for Strategic Studies|ngo|United Kingdom||IISS|
Gates Foundation|ngo|United States||Bill & Melinda Gates Foundation;Bill and Melinda Gates Foundation|
Gavi|ngo|||Gavi, the Vaccine Alliance|
# --- armed groups
Hamas|armed_group|Palestine||Islamic Resistance Movement;Qassam Brigades;Izz ad-Din al-Qassam Brigades;al-Qassam Brigades|
Hezbollah|armed_group|Lebanon||Hizbollah;Hizballah|
Palestinian Islamic Jihad|armed_group|Palestine||Islamic Jihad;PIJ|
Fatah|party|Palestine|||
Palestinian Authority|government|Palestine||Palestinian National Authority|
Palestine Liberation Organization|international|Palestine||PLO|
Houthis|armed_group|Yemen||Houthi;Ansar Allah;Houthi rebels;Huthis;Huthi|
Taliban|armed_group|Afghanistan||the Taliban;Islamic Emirate of Afghanistan|
Islamic State|armed_group|||ISIS;ISIL;Daesh;Islamic State group;IS group|
Islamic State Khorasan|armed_group|Afghanistan||ISIS-K;IS-K;ISKP|
al-Qaeda|armed_group|||al Qaeda;Al-Qaeda;al-Qaida;Al Qaeda;AQAP;al-Qaeda in the Arabian Peninsula|
al-Shabaab|armed_group|Somalia||al-Shabab;Al Shabaab;Al-Shabaab|
Boko Haram|armed_group|Nigeria|||
JNIM|armed_group|Mali||Jama'at Nusrat al-Islam wal-Muslimin|
Wagner Group|armed_group|Russia||Wagner;PMC Wagner;Wagner private military company|
Africa Corps|armed_group|Russia||Russian Africa Corps|
Rapid Support Forces|armed_group|Sudan||RSF;Sudanese Rapid Support Forces|
Hayat Tahrir al-Sham|armed_group|Syria||HTS|
Syrian Democratic Forces|armed_group|Syria||SDF|
Kurdistan Workers' Party|armed_group|Turkey||PKK|
YPG|armed_group|Syria||People's Protection Units|
M23|armed_group|Democratic Republic of the Congo||March 23 Movement;M23 rebels|
Popular Mobilization Forces|armed_group|Iraq||PMF;Hashd al-Shaabi|
Kataib Hezbollah|armed_group|Iraq||Kata'ib Hezbollah|
Tigray People's Liberation Front|party|Ethiopia||TPLF|
Fano|armed_group|Ethiopia||Fano militia|
Arakan Army|armed_group|Myanmar|||
National Unity Government|government|Myanmar||NUG|
Tatmadaw|military|Myanmar||Myanmar military;Myanmar junta;Myanmar army|
Muslim Brotherhood|party|Egypt|||
# --- news media and agencies
Reuters|media|United Kingdom||Thomson Reuters|
Associated Press|media|United States||AP;The Associated Press|
Agence France-Presse|media|France||AFP;Agence France Presse|
TASS|media|Russia||Tass|
RIA Novosti|media|Russia||RIA|
Interfax|media|Russia||Interfax news agency|
Xinhua|media|China||Xinhua News Agency|
BBC|media|United Kingdom||British Broadcasting Corporation;BBC News|
CNN|media|United States||Cable News Network|
Al Jazeera|media|Qatar||Al-Jazeera;Aljazeera|
Bloomberg News|media|United States||Bloomberg|
Fox News|media|United States||Fox News Channel|
CBS News|media|United States||CBS|
NBC News|media|United States||NBC|
ABC News|media|United States|||
The New York Times|media|United States||New York Times;NYT|
The Washington Post|media|United States||Washington Post|
The Wall Street Journal|media|United States||Wall Street Journal;WSJ|
Financial Times|media|United Kingdom||FT|
The Guardian|media|United Kingdom||Guardian|
The Times|media|United Kingdom||The Times of London|
The Daily Telegraph|media|United Kingdom||The Telegraph;Telegraph|
The Economist|media|United Kingdom||Economist|
Politico|media|United States||POLITICO;Politico Europe|
Axios|media|United States|||
NPR|media|United States||National Public Radio|
PBS|media|United States||PBS NewsHour|
CNBC|media|United States|||
MSNBC|media|United States||MS NOW|
Sky News|media|United Kingdom|||
Deutsche Welle|media|Germany||DW|
Der Spiegel|media|Germany||Spiegel|
Bild|media|Germany||Bild-Zeitung|
Süddeutsche Zeitung|media|Germany||Sueddeutsche Zeitung|
Frankfurter Allgemeine Zeitung|media|Germany||FAZ|
Le Monde|media|France|||
Le Figaro|media|France|||
France 24|media|France|||
Euronews|media|France|||
El País|media|Spain||El Pais|
Corriere della Sera|media|Italy|||
ANSA|media|Italy|||
EFE|media|Spain||Agencia EFE|
dpa|media|Germany||Deutsche Presse-Agentur;DPA|
Kyodo|media|Japan||Kyodo News|
NHK|media|Japan|||
Nikkei|media|Japan||Nikkei Asia;Nikkei Asian Review|
Asahi Shimbun|media|Japan|||
Yomiuri Shimbun|media|Japan|||
Yonhap|media|South Korea||Yonhap News Agency|
KCNA|media|North Korea||Korean Central News Agency|
Rodong Sinmun|media|North Korea|||
Anadolu Agency|media|Turkey||Anadolu|
TRT|media|Turkey||TRT World|
Daily Sabah|media|Turkey|||
Press TV|media|Iran|||
IRNA|media|Iran||Islamic Republic News Agency|
Tasnim|media|Iran||Tasnim News Agency|
Fars News Agency|media|Iran||Fars news agency|
Press Trust of India|media|India||PTI|
ANI|media|India||Asian News International|
The Times of India|media|India||Times of India|
The Hindu|media|India|||
Hindustan Times|media|India|||
NDTV|media|India|||
Dawn|media|Pakistan|||amb
Al Arabiya|media|Saudi Arabia||Al-Arabiya|
Asharq Al-Awsat|media|Saudi Arabia|||
Saudi Press Agency|media|Saudi Arabia|||
WAM|media|United Arab Emirates||Emirates News Agency|
Qatar News Agency|media|Qatar||QNA|
Middle East News Agency|media|Egypt|||
SANA|media|Syria||Syrian Arab News Agency|
WAFA|media|Palestine||Wafa news agency|
Haaretz|media|Israel|||
The Times of Israel|media|Israel||Times of Israel|
The Jerusalem Post|media|Israel||Jerusalem Post|
Channel 12|media|Israel||Israel's Channel 12|
Kan|media|Israel||Kan public broadcaster|amb
Ukrinform|media|Ukraine|||
UNIAN|media|Ukraine|||
Ukrainska Pravda|media|Ukraine|||
The Kyiv Independent|media|Ukraine||Kyiv Independent|
Suspilne|media|Ukraine|||
Meduza|media|Latvia|||
Novaya Gazeta|media|Russia|||
RT|media|Russia||Russia Today|
Sputnik|media|Russia|||
Channel One|media|Russia||Pervy Kanal;Channel One Russia|
Rossiya 1|media|Russia|||
Izvestia|media|Russia|||
Kommersant|media|Russia|||
Vedomosti|media|Russia|||
RBC|media|Russia||RBK|
BelTA|media|Belarus|||
CGTN|media|China|||
CCTV|media|China||China Central Television|
Global Times|media|China|||
People's Daily|media|China|||
South China Morning Post|media|Hong Kong||SCMP|
The Straits Times|media|Singapore||Straits Times|
Voice of America|media|United States||VOA|
Radio Free Europe/Radio Liberty|media|United States||RFE/RL;Radio Liberty;Radio Free Europe|
Radio Free Asia|media|United States||RFA|
Newsweek|media|United States|||
USA Today|media|United States|||
Los Angeles Times|media|United States||LA Times|
The Atlantic|media|United States|||
The New Yorker|media|United States||New Yorker|
Time magazine|media|United States||TIME magazine|
The Hill|media|United States|||
CBC News|media|Canada||CBC;Canadian Broadcasting Corporation|
The Globe and Mail|media|Canada||Globe and Mail|
Australian Broadcasting Corporation|media|Australia||ABC News Australia|
The Sydney Morning Herald|media|Australia||Sydney Morning Herald|
Daily Mail|media|United Kingdom|||
The Independent|media|United Kingdom|||
Bernama|media|Malaysia|||
Antara|media|Indonesia||Antara news agency|
Vietnam News Agency|media|Vietnam||VNA|
Folha de S.Paulo|media|Brazil||Folha|
O Globo|media|Brazil||Globo|
Clarín|media|Argentina||Clarin|
Nation Media Group|media|Kenya||Daily Nation|
Middle East Eye|media|United Kingdom|||
Al-Monitor|media|United States||Al Monitor|
Semafor|media|United States|||
# --- companies
Rosatom|company|Russia|||
Russian Direct Investment Fund|company|Russia||RDIF|
Gazprom|company|Russia|||
Gazprom Neft|company|Russia|||
Rosneft|company|Russia|||
Lukoil|company|Russia|||
Novatek|company|Russia|||
Transneft|company|Russia|||
Sberbank|company|Russia||Sber|
VTB|company|Russia||VTB Bank|
Rostec|company|Russia|||
Roscosmos|company|Russia|||
Aeroflot|company|Russia|||
Russian Railways|company|Russia||RZD|
Saudi Aramco|company|Saudi Arabia||Aramco|
ADNOC|company|United Arab Emirates||Abu Dhabi National Oil Company|
QatarEnergy|company|Qatar||Qatar Petroleum|
National Iranian Oil Company|company|Iran||NIOC|
SOCAR|company|Azerbaijan||State Oil Company of Azerbaijan Republic|
KazMunayGas|company|Kazakhstan|||
CNPC|company|China||China National Petroleum Corporation|
Sinopec|company|China||China Petrochemical Corporation|
CNOOC|company|China||China National Offshore Oil Corporation|
PetroChina|company|China|||
Huawei|company|China||Huawei Technologies|
ZTE|company|China|||
SMIC|company|China||Semiconductor Manufacturing International Corporation|
Alibaba|company|China||Alibaba Group|
Tencent|company|China|||
ByteDance|company|China|||
TikTok|company|China|||
DeepSeek|company|China|||
BYD|company|China|||
CATL|company|China||Contemporary Amperex Technology|
TSMC|company|Taiwan||Taiwan Semiconductor Manufacturing Company|
Samsung|company|South Korea||Samsung Electronics|
Hyundai|company|South Korea||Hyundai Motor|
SK Hynix|company|South Korea|||
Toyota|company|Japan||Toyota Motor|
Sony|company|Japan|||
Naftogaz|company|Ukraine||Naftogaz of Ukraine|
Energoatom|company|Ukraine|||
Ukrenergo|company|Ukraine|||
Ukrzaliznytsia|company|Ukraine||Ukrainian Railways|
Petrobras|company|Brazil|||
PDVSA|company|Venezuela||Petróleos de Venezuela;Petroleos de Venezuela|
Pemex|company|Mexico||Petróleos Mexicanos;Petroleos Mexicanos|
YPF|company|Argentina|||
Equinor|company|Norway|||
Eni|company|Italy|||
TotalEnergies|company|France|||
Shell|company|United Kingdom||Royal Dutch Shell|amb
BP|company|United Kingdom||British Petroleum|
ExxonMobil|company|United States||Exxon Mobil;Exxon|
Chevron|company|United States|||
Boeing|company|United States|||
Airbus|company|France|||
Lockheed Martin|company|United States||Lockheed|
RTX|company|United States||Raytheon;Raytheon Technologies|
Northrop Grumman|company|United States|||
General Dynamics|company|United States|||
Palantir|company|United States||Palantir Technologies|
Anduril|company|United States||Anduril Industries|
BAE Systems|company|United Kingdom|||
Rheinmetall|company|Germany|||
Thales|company|France|||
Leonardo|company|Italy|||amb
Dassault Aviation|company|France||Dassault|
Saab|company|Sweden|||
Elbit Systems|company|Israel||Elbit|
Rafael Advanced Defense Systems|company|Israel||Rafael|
Baykar|company|Turkey|||
SpaceX|company|United States|||
Starlink|company|United States|||
Tesla|company|United States|||
Apple|company|United States||Apple Inc.|amb
Google|company|United States||Alphabet|
Microsoft|company|United States|||
Meta|company|United States||Meta Platforms;Facebook|
OpenAI|company|United States|||
Nvidia|company|United States||NVIDIA|
Intel|company|United States|||amb
X Corp|company|United States||Twitter|
Pfizer|company|United States|||
Moderna|company|United States|||
AstraZeneca|company|United Kingdom|||
BioNTech|company|Germany|||
Reliance Industries|company|India|||
Adani Group|company|India||Adani|
Tata Group|company|India||Tata|
Volkswagen|company|Germany||VW|
Siemens|company|Germany|||
Nord Stream AG|company|Switzerland|||
Glencore|company|Switzerland|||
BlackRock|company|United States|||
JPMorgan Chase|company|United States||JPMorgan;JP Morgan|
Goldman Sachs|company|United States|||
# --- parties
Republican Party|party|United States||Republicans;GOP;Grand Old Party|
Democratic Party|party|United States||Democrats;U.S. Democratic Party|
Conservative Party|party|United Kingdom||Conservatives;Tories;Tory party|
Labour Party|party|United Kingdom||Labour;British Labour Party|
Liberal Democrats|party|United Kingdom||Lib Dems|
Reform UK|party|United Kingdom|||
Scottish National Party|party|United Kingdom||SNP|
Sinn Féin|party|Ireland||Sinn Fein|
Fianna Fáil|party|Ireland||Fianna Fail|
Fine Gael|party|Ireland|||
Democratic Unionist Party|party|United Kingdom||DUP|
United Russia|party|Russia|||
Communist Party of the Russian Federation|party|Russia||KPRF;Russian Communist Party|
LDPR|party|Russia||Liberal Democratic Party of Russia|
Christian Democratic Union|party|Germany||CDU;Christian Democrats|
Christian Social Union|party|Germany||CSU|
Social Democratic Party of Germany|party|Germany||SPD;Social Democrats|
Alliance 90/The Greens|party|Germany||German Greens|
Free Democratic Party|party|Germany||FDP|
Alternative for Germany|party|Germany||AfD|
Sahra Wagenknecht Alliance|party|Germany||BSW|
National Rally|party|France||Rassemblement National;RN;National Front|
La France Insoumise|party|France||France Unbowed;LFI|
Les Républicains|party|France||Les Republicains|
Renaissance party|party|France|||
Fidesz|party|Hungary|||
Tisza party|party|Hungary||Tisza|
Law and Justice|party|Poland||PiS|
Civic Platform|party|Poland||Civic Coalition|
Brothers of Italy|party|Italy||Fratelli d'Italia|
Forza Italia|party|Italy|||
Five Star Movement|party|Italy||M5S|
PSOE|party|Spain||Spanish Socialist Workers' Party;Spanish Socialists|
People's Party|party|Spain||Partido Popular|
Vox party|party|Spain|||
Party for Freedom|party|Netherlands||PVV|
Freedom Party of Austria|party|Austria||FPÖ;FPO|
ANO|party|Czech Republic||ANO 2011|
Smer|party|Slovakia||Smer-SD|
Likud|party|Israel|||
Yesh Atid|party|Israel|||
Bharatiya Janata Party|party|India||BJP|
Indian National Congress|party|India||Congress party|
Aam Aadmi Party|party|India||AAP|
Pakistan Tehreek-e-Insaf|party|Pakistan||Tehreek-e-Insaf|
Pakistan Muslim League-Nawaz|party|Pakistan||PML-N|
Pakistan Peoples Party|party|Pakistan||PPP|
Awami League|party|Bangladesh|||
Bangladesh Nationalist Party|party|Bangladesh||BNP|
African National Congress|party|South Africa||ANC|
Democratic Alliance|party|South Africa|||
uMkhonto weSizwe party|party|South Africa||MK party|
ZANU-PF|party|Zimbabwe|||
Chinese Communist Party|party|China||Communist Party of China;CCP;CPC|
Workers' Party of Korea|party|North Korea||WPK;North Korea's ruling party|
Liberal Democratic Party|party|Japan||LDP;Japan's Liberal Democratic Party|
Komeito|party|Japan|||
Democratic Party of Korea|party|South Korea|||
People Power Party|party|South Korea|||
Kuomintang|party|Taiwan||KMT|
Democratic Progressive Party|party|Taiwan||DPP|
Justice and Development Party|party|Turkey||AKP;AK Party|
Republican People's Party|party|Turkey||CHP|
Servant of the People|party|Ukraine|||
European Solidarity|party|Ukraine|||
Georgian Dream|party|Georgia|||
United National Movement|party|Georgia|||
Party of Action and Solidarity|party|Moldova||PAS|
Morena|party|Mexico|||
Workers' Party of Brazil|party|Brazil||Brazilian Workers' Party|
Liberal Party of Canada|party|Canada|||
Conservative Party of Canada|party|Canada|||
Australian Labor Party|party|Australia||Labor Party;ALP|
Liberal Party of Australia|party|Australia|||
Communist Party of Vietnam|party|Vietnam||Vietnamese Communist Party|
Baath Party|party|Syria||Ba'ath Party|
Ennahda|party|Tunisia|||
La Libertad Avanza|party|Argentina|||
Nepali Congress|party|Nepal|||
National League for Democracy|party|Myanmar||NLD|
Pheu Thai|party|Thailand||Pheu Thai Party|
People's Party of Thailand|party|Thailand||Move Forward Party;Move Forward|
"""

# Foreign-ministry style names are written in both cases ("Russian Foreign
# Ministry", "Russian foreign ministry"): the lower-case variant is added.
def case_variants(name):
    words = name.split(" ")
    generic = {"Foreign", "Defence", "Defense", "Ministry", "Commerce", "Office"}
    if len(words) >= 2 and words[-1] in ("Ministry", "Office") and words[0] not in generic:
        lowered = [words[0]] + [w.lower() if w in generic else w for w in words[1:]]
        v = " ".join(lowered)
        if v != name:
            return [v]
    return []


STATE_TYPES = {"government", "legislature", "military", "intelligence",
               "central_bank", "court"}

# Keys set by hand where two labels would make the same slug.
KEYS = {"OPEC+": "opec-plus"}


def main():
    seen = {}
    for line in ORGS.strip().splitlines():
        if not line or line.startswith("#"):
            continue
        label, typ, of, country, aliases, flags = (line.split("|") + [""] * 6)[:6]
        names = [a for a in aliases.split(";") if a and a != label]
        for n in list([label] + names):
            for v in case_variants(n):
                if v not in names:
                    names.append(v)
        for n in [label] + names:
            if n in seen and seen[n] != label:
                raise SystemExit(f"gen_organizations: '{n}' is in '{seen[n]}' and '{label}'")
            seen[n] = label
        if typ not in STATE_TYPES and of:
            # The table's third column names the home country of every row;
            # only bodies of a state keep it as `of` (see Conventions above).
            country, of = country or of, ""
        e = {"kind": "organization", "label": label, "type": typ}
        if label in KEYS:
            e["key"] = KEYS[label]
        if of:
            e["of"] = of
        if country:
            e["country"] = country
        if names:
            e["aliases"] = names
        if "amb" in flags:
            e["ambiguous"] = True
        print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
