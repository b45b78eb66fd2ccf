#!/usr/bin/env python3
"""Generates data/gazetteer/offices.jsonl, the default gazetteer's office titles.

Source: hand table in this file, written for actorgraph (same licence as the
project). Titles are positions only, never a holder's name; they compose with
a jurisdiction in text ("Russian foreign minister", "foreign minister of
Russia"), so no title here names a country.

Row format: label|type|aliases separated by ';'|flags
flags: "case" = match only as written (lowercase: false), for titles that are
also everyday words ("general", "justice").

Usage: python3 scripts/gen_offices.py > data/gazetteer/offices.jsonl
"""

import json

OFFICES = r"""
# heads of state
president|head_of_state|President;presidential leader|
vice president|head_of_state|vice-president;VP;veep|
president-elect|head_of_state|president elect|
vice president-elect|head_of_state|vice-president-elect|
acting president|head_of_state|interim president;transitional president|
head of state|head_of_state||
king|head_of_state|monarch|
queen|head_of_state|queen regnant|
emperor|head_of_state||
emir|head_of_state|amir|
sultan|head_of_state||
grand duke|head_of_state||
supreme leader|head_of_state|Supreme Leader|
pope|head_of_state|pontiff;Holy Father|
governor-general|head_of_state|governor general|
transitional council chairman|head_of_state|chairman of the transitional council;chairman of the sovereign council;head of the sovereign council;sovereign council chief|
junta leader|head_of_state|military ruler;junta chief;head of the junta|
# heads of government
prime minister|head_of_government|PM;premier;prime-minister;Prime Minister|
acting prime minister|head_of_government|interim prime minister;caretaker prime minister|
prime minister-designate|head_of_government|prime minister designate|
chancellor|head_of_government|federal chancellor|
first minister|head_of_government||
chief minister|head_of_government||
head of government|head_of_government||
taoiseach|head_of_government|Taoiseach|
state counsellor|head_of_government|state counselor|
chief adviser|head_of_government|interim leader;chief advisor|
chief executive|head_of_government||
# ministers
minister|minister|cabinet minister;government minister|
deputy prime minister|minister|vice premier;deputy premier;vice prime minister;deputy PM|
first deputy prime minister|minister|first vice premier;first deputy premier|
vice chancellor|minister|vice-chancellor;deputy chancellor|
foreign minister|minister|minister of foreign affairs;foreign affairs minister;foreign secretary;minister for foreign affairs;external affairs minister;minister of external affairs;top diplomat;foreign affairs secretary|
deputy foreign minister|minister|vice foreign minister;deputy minister of foreign affairs;first deputy foreign minister|
secretary of state|minister|Secretary of State|
deputy secretary of state|minister||
under secretary of state|minister|undersecretary of state|
assistant secretary of state|minister||
defence minister|minister|defense minister;minister of defence;minister of defense;defence secretary;defense secretary;secretary of defense;secretary of defence;minister for defence;secretary of war;war secretary;defense chief;defence chief|
deputy defence minister|minister|deputy defense minister;deputy minister of defence;deputy minister of defense;deputy secretary of defense|
interior minister|minister|security minister;minister of security;public security minister;minister of the interior;minister of internal affairs;internal affairs minister;home minister;home secretary;minister of home affairs;home affairs minister;minister for home affairs|
secretary of the interior|minister|interior secretary|
finance minister|minister|minister of finance;minister for finance;finance secretary|
treasury secretary|minister|secretary of the treasury;treasury chief|
chancellor of the exchequer|minister|Exchequer chancellor|
economy minister|minister|minister of economy;economic minister;minister of the economy;economy and finance minister;minister of economic affairs|
trade minister|minister|minister of trade;trade secretary;commerce minister;minister of commerce;business secretary|
commerce secretary|minister|secretary of commerce|
trade representative|minister|USTR|
justice minister|minister|minister of justice;justice secretary;minister for justice|
attorney general|minister|attorney-general|
energy minister|minister|minister of energy;energy secretary;secretary of energy|
oil minister|minister|petroleum minister;minister of oil;minister of petroleum|
health minister|minister|minister of health;health secretary;secretary of health and human services;HHS secretary|
education minister|minister|minister of education;education secretary;secretary of education|
agriculture minister|minister|minister of agriculture;agriculture secretary;secretary of agriculture|
transport minister|minister|minister of transport;transport secretary;transportation secretary;secretary of transportation|
labour minister|minister|labor minister;minister of labour;minister of labor;labor secretary;secretary of labor;work and pensions secretary|
environment minister|minister|minister of environment;environment secretary;minister of the environment|
climate minister|minister|minister for climate;climate and energy minister|
culture minister|minister|minister of culture;culture secretary|
information minister|minister|minister of information;communications minister;minister of communications|
digital minister|minister|minister for digital affairs;digital affairs minister|
industry minister|minister|minister of industry;industry and trade minister|
housing minister|minister|housing secretary;secretary of housing and urban development|
immigration minister|minister|minister of immigration;migration minister|
homeland security secretary|minister|secretary of homeland security;DHS secretary|
veterans affairs secretary|minister|secretary of veterans affairs|
intelligence minister|minister|minister of intelligence|
emergencies minister|minister|emergency situations minister;minister for emergency situations|
europe minister|minister|minister for European affairs;European affairs minister|
development minister|minister|minister for international development;international development secretary|
minister of state|minister||
state secretary|minister||
minister without portfolio|minister||
chief cabinet secretary|minister|Chief Cabinet Secretary|
cabinet secretary|minister||
# spokespeople
spokesperson|spokesperson|spokesman;spokeswoman;official spokesperson;official spokesman;official spokeswoman;official representative|
deputy spokesperson|spokesperson|deputy spokesman;deputy spokeswoman|
press secretary|spokesperson|press spokesman;press spokeswoman;presidential press secretary|
deputy press secretary|spokesperson|principal deputy press secretary|
communications director|spokesperson|director of communications;head of communications|
# diplomats
ambassador|diplomat|ambassador-designate|
ambassador-at-large|diplomat|ambassador at large|
envoy|diplomat|emissary|
special envoy|diplomat|special presidential envoy;presidential envoy;special representative;peace envoy|
permanent representative|diplomat||
deputy permanent representative|diplomat||
chargé d'affaires|diplomat|charge d'affaires;chargé|
consul general|diplomat|consul-general|
consul|diplomat||
high commissioner|diplomat||
diplomat|generic|senior diplomat|
chief negotiator|diplomat|lead negotiator;top negotiator|
negotiator|diplomat||
mediator|diplomat||
nuncio|diplomat|apostolic nuncio|
# advisers
national security adviser|adviser|national security advisor;security adviser;security advisor|
deputy national security adviser|adviser|deputy national security advisor|
adviser|adviser|advisor;counsellor;counselor;senior adviser;senior advisor|
foreign policy adviser|adviser|foreign policy advisor;foreign policy aide;diplomatic adviser;diplomatic advisor;foreign-policy adviser|
economic adviser|adviser|economic advisor;chief economic adviser;director of the National Economic Council|
aide|adviser|presidential aide;close aide;top aide;senior aide|
chief of staff|adviser|head of the presidential administration;head of the presidential office;head of the office of the president;head of the presidential staff|
deputy chief of staff|adviser|deputy head of the presidential administration|
security council secretary|adviser|secretary of the security council;secretary of the national security and defense council;NSDC secretary;national security council secretary|
security council deputy chairman|other|deputy chairman of the security council;deputy head of the security council|
senior official|adviser|top official;senior administration official|
czar|adviser|tsar;border czar;border tsar;AI czar|
# military
general|military|gen.;Gen.|case
lieutenant general|military|lieutenant-general;Lt. Gen.|
major general|military|major-general;Maj. Gen.|
brigadier general|military|brigadier-general;brigadier;Brig. Gen.|
admiral|military|Adm.;vice admiral;rear admiral|
field marshal|military||
marshal|military||case
colonel|military|Col.;lieutenant colonel|
commander|military|military commander;top commander|
commander-in-chief|military|commander in chief|
chief of the general staff|military|chief of general staff;chief of staff of the armed forces;armed forces chief|
chairman of the joint chiefs of staff|military|chair of the joint chiefs;chairman of the joint chiefs;joint chiefs chairman;chairman of the Joint Chiefs of Staff;Joint Chiefs chairman|
chief of the defence staff|military|chief of defence staff;chief of defense staff;chief of defence;chief of defense;military chief;defence forces chief|
army chief|military|chief of army staff;army chief of staff;head of the army;commander of the army|
navy chief|military|chief of naval operations;commander of the navy;naval chief|
air force chief|military|chief of the air staff;air force chief of staff;commander of the air force|
supreme allied commander|military|Supreme Allied Commander Europe;SACEUR|
commander of ground forces|military|ground forces commander|
intelligence chief|military|spy chief;head of intelligence;intelligence director;head of military intelligence|
director of national intelligence|military|DNI|
# royals
crown prince|royal|heir apparent|
crown princess|royal||
prince|royal|Prince|case
princess|royal|Princess|case
queen consort|royal|queen mother|
deputy crown prince|royal||
# international
secretary-general|international|secretary general;Secretary-General|
deputy secretary-general|international|deputy secretary general|
under-secretary-general|international|under secretary-general;undersecretary-general|
director-general|international|director general;Director-General|
managing director|international||
deputy managing director|international||
executive director|international||
high representative|international|High Representative for Foreign Affairs and Security Policy;foreign policy chief|
commissioner|international|European commissioner;EU commissioner|
high commissioner for human rights|international|human rights chief|
high commissioner for refugees|international|refugee chief|
special rapporteur|international||
special coordinator|international||
chairperson|international|chair;chairman;chairwoman|
president of the commission|international|commission president|
administrator|international||
prosecutor|judiciary|chief prosecutor;public prosecutor;prosecutor general;prosecutor-general|
# legislators
speaker|legislator|speaker of the house;house speaker;speaker of parliament;parliamentary speaker;parliament speaker|
deputy speaker|legislator||
senator|legislator|Sen.|
congressman|legislator|congresswoman;congressperson;member of Congress;Rep.|
member of parliament|legislator|MP;lawmaker;parliamentarian;legislator|
member of the european parliament|legislator|MEP|
majority leader|legislator|senate majority leader;house majority leader|
minority leader|legislator|senate minority leader;house minority leader|
whip|legislator|chief whip;majority whip;minority whip|
committee chairman|legislator|committee chair;committee chairwoman|
# judiciary
judge|judiciary|magistrate|
chief justice|judiciary||
justice|judiciary|supreme court justice|case
attorney|judiciary|lawyer|
# other
mayor|other|deputy mayor|
governor|other|regional governor;provincial governor;state governor|
lieutenant governor|other|lt. governor|
central bank governor|other|central bank chief;governor of the central bank|
director|other||
deputy director|other||
chief executive officer|other|CEO|
founder|other|co-founder|
leader|generic|chief|
official|generic||
opposition leader|other|leader of the opposition;opposition figure|
party leader|other|party chief;party chairman|
general secretary|other|general-secretary;party secretary;first secretary|
rebel leader|other|militant leader;militia leader;insurgent leader|
first lady|other|first gentleman|
police chief|other|police commissioner;head of police;chief of police|
ombudsman|other|human rights commissioner|
patriarch|other||
grand ayatollah|other|ayatollah|
"""


def main():
    seen_alias = {}
    for line in OFFICES.strip().splitlines():
        if not line or line.startswith("#"):
            continue
        label, typ, aliases, flags = line.split("|")
        names = [a for a in aliases.split(";") if a and a != label]
        # Reject an alias claimed by two offices: resolution would be a coin toss.
        for n in [label] + names:
            k = n.lower()
            if k in seen_alias and seen_alias[k] != label:
                raise SystemExit(f"gen_offices: '{n}' is in '{seen_alias[k]}' and '{label}'")
            seen_alias[k] = label
        e = {"kind": "office", "label": label, "type": typ}
        if names:
            e["aliases"] = names
        if "case" in flags:
            e["lowercase"] = False
        print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
