#!/usr/bin/env python3
"""Generates the capability suite: tests/capabilities/CONSTRUCTION.jsonl.

Each construction the extraction must read (coordination, apposition,
relative clauses, passives, nominal triggers, reported speech, negation,
modals, conditionals, clause-scoped status, wire-copy mess, ...) gets at
least 40 generated cases that cross relations, tenses, word orders and
actors drawn from the embedded gazetteer (people holding office in countries
of every continent, their capitals), plus cases that must give nothing. The
sentences are ours, built from the templates below; no article text.

A case is one JSON object a line:

    {"id": "coordination-007", "construction": "coordination",
     "text": "...", "expect": [["A", "met", "B", "occurred"], ...],
     "optional": [[...]]}

`expect` lists the tuples (subject label, relation, object label, status)
the text asserts; `optional` the ones it neither requires nor forbids (a
visit implied by a meeting in a city, an office named by a title). A case
with an empty `expect` must give nothing. tests/capabilities.rs runs the
suite and reports each construction's pass rate.

usage: scripts/gen_capabilities.py   (deterministic: a fixed seed)
"""

import datetime
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteer"
OUT = ROOT / "tests" / "capabilities"

CONTINENTS = {
    "Africa": ["Nigeria", "Kenya", "Ethiopia", "South Africa", "Egypt", "Algeria", "Tunisia"],
    "Asia": ["Japan", "China", "India", "Indonesia", "Vietnam", "Malaysia", "Philippines",
             "Pakistan", "South Korea", "Thailand"],
    "Europe": ["Germany", "France", "Italy", "Poland", "Spain", "Finland", "Greece", "Romania",
               "Norway", "Ireland"],
    "Americas": ["Brazil", "Argentina", "Mexico", "Canada", "Colombia", "Peru", "Venezuela"],
    "Oceania": ["Australia", "New Zealand"],
    "Middle East": ["Saudi Arabia", "Qatar", "Jordan", "Turkey", "Lebanon"],
}

# Names the gazetteer lacks, for the cases that must read an unknown name
# from its title.
UNKNOWN_FIRST = ["Maren", "Desta", "Tolga", "Ilse", "Kofi", "Rania", "Sven", "Ayesha", "Bruno",
                 "Lidia", "Taro", "Nadia", "Oskar", "Femi", "Selin", "Marta"]
UNKNOWN_LAST = ["Holtvik", "Alemuye", "Karasu", "Vennard", "Ampadu", "Haddadin", "Strandberg",
                "Qureshy", "Ferrandi", "Oprescu", "Nakagawara", "Belhadj", "Lindqvar", "Okonjo",
                "Demirtay", "Kovalenka"]
UNKNOWN_TITLES = ["Finance Minister", "Foreign Minister", "Defense Minister", "Trade Minister",
                  "Interior Minister"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

DATELINES = ["{CITY} (Reuters) - ", "{CITY}, {COUNTRY} (AP) — ", "{CITY} — ", ""]


def load():
    people, places = [], {}
    for line in open(GAZ / "places.jsonl", encoding="utf-8"):
        d = json.loads(line)
        places[d["label"]] = d
    surnames = Counter()
    entries = [json.loads(l) for l in open(GAZ / "people.jsonl", encoding="utf-8")]
    for d in entries:
        for w in d["label"].split():
            surnames[w] += 1
    # Any word used by a place or organization label makes a name ambiguous.
    taken = set()
    for f in ["places.jsonl", "organizations.jsonl", "offices.jsonl"]:
        for line in open(GAZ / f, encoding="utf-8"):
            d = json.loads(line)
            for name in [d["label"]] + d.get("aliases", []):
                taken.update(w.lower() for w in name.split())
    country_of = {c: k for k, cs in CONTINENTS.items() for c in cs}
    for d in entries:
        words = d["label"].split()
        if len(words) != 2 or not re.fullmatch(r"[A-Za-z ]+", d["label"]):
            continue
        if any(surnames[w] > 1 or w.lower() in taken for w in words):
            continue
        current = [o for o in d.get("offices", []) if "to" not in o and o.get("of") in country_of]
        if not current:
            continue
        o = current[0]
        people.append({
            "label": d["label"],
            "surname": words[1],
            "title": o["title"],
            "country": o["of"],
            "continent": country_of[o["of"]],
            "adjective": (places.get(o["of"], {}).get("adjectives") or [o["of"]])[0],
        })
    capitals = {}
    for d in places.values():
        if d.get("capital") is True and d.get("country") in country_of:
            capitals[d["country"]] = d["label"]
    return people, capitals, places


class Pool:
    """Draws actors so that every continent appears and no case repeats one."""

    def __init__(self, rng, people, capitals):
        self.rng = rng
        self.by_continent = {}
        for p in people:
            self.by_continent.setdefault(p["continent"], []).append(p)
        self.capitals = capitals
        self.turn = 0

    def people(self, n):
        conts = sorted(self.by_continent)
        out, seen = [], set()
        while len(out) < n:
            c = conts[(self.turn + len(out)) % len(conts)]
            p = self.rng.choice(self.by_continent[c])
            if p["label"] not in seen and p["country"] not in {q["country"] for q in out}:
                seen.add(p["label"])
                out.append(p)
        self.turn += 1
        return out

    def city(self, avoid=()):
        choices = [c for k, c in sorted(self.capitals.items()) if k not in avoid]
        return self.rng.choice(choices)


def dateline(rng, pool, avoid=()):
    city = pool.city(avoid)
    country = next(k for k, c in pool.capitals.items() if c == city)
    return rng.choice(DATELINES).replace("{CITY}", city.upper()).replace(
        "{COUNTRY}", country), city


# Relations as verb forms: (relation, past, future, infinitive, object is a place?)
VERBS = [
    ("met", "met", "will meet", "meet", False),
    ("met", "met with", "will meet with", "meet with", False),
    ("met", "held talks with", "will hold talks with", "hold talks with", False),
    ("called", "spoke by phone with", "will speak by phone with", "speak by phone with", False),
    ("called", "phoned", "will phone", "phone", False),
    ("called", "held a phone call with", "will hold a phone call with",
     "hold a phone call with", False),
    ("hosted", "hosted", "will host", "host", False),
    ("criticized", "criticized", "will criticize", "criticize", False),
    ("criticized", "condemned", "will condemn", "condemn", False),
    ("visited", "visited", "will visit", "visit", True),
    ("visited", "travelled to", "will travel to", "travel to", True),
]

SYMMETRIC = {"met", "called", "spoke_to"}


def pp(past):
    """The past participle of a VERBS past form."""
    return past.replace("spoke ", "spoken ")


def t(s, r, o, status="occurred"):
    return [s, r, o, status]


def person_verbs():
    return [v for v in VERBS if not v[4]]


class Gen:
    def __init__(self, seed, people, capitals):
        self.rng = random.Random(seed)
        self.pool = Pool(self.rng, people, capitals)
        self.cases = {}

    def add(self, construction, text, expect, optional=(), date=None):
        # Hosting someone is meeting them: the tool may say both.
        optional = list(optional) + [t(x[0], "met", x[2], x[3]) for x in expect
                                     if x[1] == "hosted"]
        cases = self.cases.setdefault(construction, [])
        case = {
            "id": f"{construction}-{len(cases):03d}",
            "construction": construction,
            "text": text,
        }
        if date is not None:
            case["date"] = date.isoformat()
        case["expect"] = [list(x) for x in expect]
        case["optional"] = [list(x) for x in optional]
        cases.append(case)

    def day(self):
        return self.rng.choice(WEEKDAYS)

    def opener(self, avoid=()):
        line, _ = dateline(self.rng, self.pool, avoid)
        return line

    # ---- constructions ----------------------------------------------------

    def simple(self):
        """One clause, subject verb object, past tense, names in full."""
        for i in range(44):
            a, b = self.pool.people(2)
            rel, past, _, _, place = VERBS[i % len(VERBS)]
            if place:
                city = self.pool.city([a["country"]])
                text = f"{self.opener()}{a['label']} {past} {city} on {self.day()}."
                self.add("simple", text, [t(a["label"], rel, city)])
            else:
                text = f"{self.opener()}{a['label']} {past} {b['label']} on {self.day()}."
                self.add("simple", text, [t(a["label"], rel, b["label"])])

    def coordination(self):
        """2 to 6 actors joined by commas and 'and', as subject or object."""
        for i in range(48):
            n = 2 + i % 5
            ps = self.pool.people(n)
            names = [p["label"] for p in ps]
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            city = self.pool.city([p["country"] for p in ps])
            opt = [t(x, "visited", city) for x in names]
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{joined} met in {city} on {self.day()}."
                exp = [t(x, "met", y) for k, x in enumerate(names) for y in names[k + 1:]]
            elif form == 1:
                text = f"{self.opener()}{joined} held talks on {self.day()}, officials said."
                exp = [t(x, "met", y) for k, x in enumerate(names) for y in names[k + 1:]]
                opt = []
            elif form == 2:
                # One subject, a coordinated object.
                rest = names[1:]
                obj = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
                text = f"{self.opener()}{names[0]} met {obj} in {city} on {self.day()}."
                exp = [t(names[0], "met", y) for y in rest]
            else:
                # A coordinated subject of a directed relation.
                subj = names[:-1]
                s = subj[0] if len(subj) == 1 else ", ".join(subj[:-1]) + " and " + subj[-1]
                text = f"{self.opener()}{s} criticized {names[-1]} on {self.day()}."
                exp = [t(x, "criticized", names[-1]) for x in subj]
                opt = []
            self.add("coordination", text, exp, opt)
        # The second party named with a description before its name.
        for i in range(12):
            a, b = self.pool.people(2)
            desc = [f"his {b['adjective']} counterpart", f"her {b['adjective']} counterpart",
                    f"the {b['adjective']} {b['title']}"][i % 3]
            verb = ["met on", "held talks on", "spoke by phone on"][i % 3]
            rel = "called" if "phone" in verb else "met"
            text = f"{self.opener()}{a['label']} and {desc} {b['label']} {verb} {self.day()}."
            self.add("coordination", text, [t(a["label"], rel, b["label"])],
                     [t(b["label"], "holds_office", "*")])

    def apposition(self):
        """A title after the name, with or without 'the', or before it."""
        for i in range(44):
            a, b = self.pool.people(2)
            rel, past, _, _, place = person_verbs()[i % len(person_verbs())]
            title = f"{a['title']} of {a['country']}"
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{a['label']}, the {title}, {past} {b['label']} on {self.day()}."
            elif form == 1:
                text = f"{self.opener()}{a['label']}, {a['country']}'s {a['title']}, {past} {b['label']} on {self.day()}."
            elif form == 2:
                text = f"{self.opener()}{b['label']} was in the capital when {a['label']}, {title}, {past} {b['surname']} on {self.day()}."
            else:
                text = f"{self.opener()}The {title}, {a['label']}, {past} {b['label']} on {self.day()}."
            exp = [t(a["label"], rel, b["label"])]
            self.add("apposition", text, exp, [t(a["label"], "holds_office", "*")])

    def relative(self):
        """'who' and 'which' clauses: the relation inside the clause, and the
        main clause's relation beside it."""
        for i in range(44):
            a, b, c = self.pool.people(3)
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{a['label']}, who {past} {b['label']} on {self.day()}, told reporters the talks were useful."
                exp = [t(a["label"], rel, b["label"])]
            elif form == 1:
                text = f"{self.opener()}{a['label']} met {b['label']}, who had criticized {c['label']} a day earlier."
                exp = [t(a["label"], "met", b["label"]), t(b["label"], "criticized", c["label"])]
            elif form == 2:
                text = f"{self.opener()}{a['label']}, who arrived on {self.day()}, {past} {b['label']} in the afternoon."
                exp = [t(a["label"], rel, b["label"])]
            else:
                text = f"{self.opener()}It was {a['label']} who {past} {b['label']} last week, not {c['label']}."
                exp = [t(a["label"], rel, b["label"])]
            self.add("relative", text, exp)

    def participle(self):
        """Reduced relatives and participial clauses carry their subject."""
        for i in range(44):
            a, b = self.pool.people(2)
            city = self.pool.city([a["country"], b["country"]])
            form = i % 4
            if form == 0:
                text = f"{self.opener()}Speaking after meeting {b['label']} on {self.day()}, {a['label']} said the two sides had agreed."
                exp = [t(a["label"], "met", b["label"])]
            elif form == 1:
                text = f"{self.opener()}{a['label']}, visiting {city} for the first time, met {b['label']} on {self.day()}."
                exp = [t(a["label"], "visited", city), t(a["label"], "met", b["label"])]
            elif form == 2:
                text = f"{self.opener()}{a['label']} flew to {city} on {self.day()}, meeting {b['label']} hours later."
                exp = [t(a["label"], "visited", city), t(a["label"], "met", b["label"])]
            else:
                text = f"{self.opener()}Having phoned {b['label']} on {self.day()}, {a['label']} left for the summit."
                exp = [t(a["label"], "called", b["label"])]
            opt = [t(a["label"], "visited", city), t(b["label"], "visited", city)]
            self.add("participle", text, exp, [x for x in opt if x not in exp])

    def passive(self):
        """The 'by' agent is the subject; without an agent there is nothing."""
        for i in range(48):
            a, b = self.pool.people(2)
            city = self.pool.city([a["country"], b["country"]])
            form = i % 6
            if form == 0:
                text = f"{self.opener()}{a['label']} was received by {b['label']} in {city} on {self.day()}."
                exp = [t(b["label"], "hosted", a["label"])]
                opt = [t(a["label"], "visited", city), t(a["label"], "met", b["label"])]
            elif form == 1:
                text = f"{self.opener()}{a['label']} was criticized by {b['label']} on {self.day()}."
                exp = [t(b["label"], "criticized", a["label"])]
                opt = []
            elif form == 2:
                text = f"{self.opener()}{a['label']} was hosted by {b['label']} at a state dinner on {self.day()}."
                exp = [t(b["label"], "hosted", a["label"])]
                opt = [t(a["label"], "met", b["label"])]
            elif form == 3:
                text = f"{self.opener()}{a['label']} was condemned by {b['label']} and {city} on {self.day()}."
                exp = [t(b["label"], "criticized", a["label"])]
                opt = [t(city, "criticized", a["label"])]
            elif form == 4:
                # No agent: nothing.
                text = f"{self.opener()}{a['label']} was criticized on {self.day()} over the deal."
                exp, opt = [], []
            else:
                text = f"{self.opener()}{a['label']} was welcomed in {city} on {self.day()}."
                exp, opt = [t(a["label"], "visited", city)], []
            self.add("passive", text, exp, opt)

    def nominal(self):
        """Nouns as triggers: possessor, 'of', 'by', 'between', 'with'."""
        for i in range(48):
            a, b = self.pool.people(2)
            city = self.pool.city([a["country"], b["country"]])
            form = i % 6
            opt = []
            if form == 0:
                text = f"{self.opener()}{a['label']}'s visit to {city} on {self.day()} drew protests."
                exp = [t(a["label"], "visited", city)]
            elif form == 1:
                text = f"{self.opener()}Talks between {a['label']} and {b['label']} ended on {self.day()} without a deal."
                exp = [t(a["label"], "met", b["label"])]
            elif form == 2:
                text = f"{self.opener()}A visit by {a['label']} to {city} is expected next month."
                exp = [t(a["label"], "visited", city, "planned")]
            elif form == 3:
                text = f"{self.opener()}The meeting of {a['label']} and {b['label']} in {city} lasted two hours."
                exp = [t(a["label"], "met", b["label"])]
                opt = [t(a["label"], "visited", city), t(b["label"], "visited", city)]
            elif form == 4:
                text = f"{self.opener()}{a['label']}'s phone call with {b['label']} on {self.day()} was brief."
                exp = [t(a["label"], "called", b["label"])]
            else:
                text = f"{self.opener()}{a['label']}'s criticism of {b['label']} on {self.day()} surprised diplomats."
                exp = [t(a["label"], "criticized", b["label"])]
            self.add("nominal", text, exp, opt)

    def together(self):
        """'together with' and 'along with' join a second actor."""
        for i in range(44):
            a, b, c = self.pool.people(3)
            city = self.pool.city([a["country"], b["country"], c["country"]])
            link = ["together with", "along with"][i % 2]
            form = (i // 2) % 2
            if form == 0:
                text = f"{self.opener()}{a['label']}, {link} {b['label']}, visited {city} on {self.day()}."
                exp = [t(a["label"], "visited", city), t(b["label"], "visited", city)]
                opt = [t(a["label"], "met", b["label"])]
            else:
                text = f"{self.opener()}{a['label']}, {link} {b['label']}, met {c['label']} on {self.day()}."
                exp = [t(a["label"], "met", c["label"]), t(b["label"], "met", c["label"])]
                opt = [t(a["label"], "met", b["label"])]
            self.add("together", text, exp, opt)

    def reported(self):
        """The speaker is not the subject of what is reported."""
        for i in range(44):
            a, b, c = self.pool.people(3)
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{a['label']} said {b['label']} had {pp(past)} {c['label']} on {self.day()}."
                exp = [t(b["label"], rel, c["label"])]
            elif form == 1:
                text = f"{self.opener()}According to {a['label']}, {b['label']} {past} {c['label']} on {self.day()}."
                exp = [t(b["label"], rel, c["label"])]
            elif form == 2:
                text = f"{self.opener()}\"{b['label']} {past} {c['label']} on {self.day()},\" {a['label']} told reporters."
                exp = [t(b["label"], rel, c["label"])]
            else:
                text = f"{self.opener()}{b['label']} {past} {c['label']} on {self.day()}, {a['label']} said in a statement."
                exp = [t(b["label"], rel, c["label"])]
            self.add("reported", text, exp)

    def negation(self):
        """'did not', 'never', 'denied': denied, for that clause."""
        for i in range(44):
            a, b = self.pool.people(2)
            rel, past, _, inf, place = person_verbs()[i % len(person_verbs())]
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{a['label']} did not {inf} {b['label']} on {self.day()}, officials said."
            elif form == 1:
                text = f"{self.opener()}{a['label']} never {past} {b['label']}, a spokesman said."
            elif form == 2:
                text = f"{self.opener()}{a['label']} denied having {pp(past)} {b['label']} in secret."
            else:
                text = f"{self.opener()}{a['label']} has not {pp(past)} {b['label']} since the election."
            self.add("negation", text, [t(a["label"], rel, b["label"], "denied")])

    def modal(self):
        """Future, 'expected to', 'plans to', 'is set to': planned."""
        frames = ["{a} will {inf} {b} next week.", "{a} is expected to {inf} {b} on {day}.",
                  "{a} plans to {inf} {b} later this month.", "{a} is set to {inf} {b} in the spring.",
                  "{a} is scheduled to {inf} {b} on {day}."]
        for i in range(45):
            a, b = self.pool.people(2)
            rel, _, _, inf, place = VERBS[i % len(VERBS)]
            obj = self.pool.city([a["country"]]) if place else b["label"]
            text = self.opener() + frames[i % len(frames)].format(
                a=a["label"], inf=inf, b=obj, day=self.day())
            self.add("modal", text, [t(a["label"], rel, obj, "planned")])

    def conditional(self):
        """'if', 'unless', 'would': hypothetical."""
        for i in range(44):
            a, b = self.pool.people(2)
            rel, past, _, inf, place = person_verbs()[i % len(person_verbs())]
            s = inf.split()
            third = " ".join([s[0] + ("es" if s[0].endswith("sh") else "s")] + s[1:])
            form = i % 4
            if form == 0:
                text = f"{self.opener()}If {a['label']} {third} {b['label']}, the talks could resume."
            elif form == 1:
                text = f"{self.opener()}{a['label']} would {inf} {b['label']} only if the ceasefire holds."
            elif form == 2:
                text = f"{self.opener()}Unless {a['label']} {third} {b['label']}, the deal will fail."
            else:
                text = f"{self.opener()}Analysts asked what would happen if {a['label']} {third} {b['label']}."
            self.add("conditional", text, [t(a["label"], rel, b["label"], "hypothetical")])

    def scoped(self):
        """Two clauses, two statuses: neither leaks into the other."""
        for i in range(44):
            a, b, c = self.pool.people(3)
            city = self.pool.city([a["country"], b["country"], c["country"]])
            form = i % 4
            if form == 0:
                text = f"{self.opener()}{a['label']} met {b['label']} on {self.day()}, but a planned call with {c['label']} was canceled."
                exp = [t(a["label"], "met", b["label"]), t(a["label"], "called", c["label"], "canceled")]
            elif form == 1:
                text = f"{self.opener()}{a['label']} met {b['label']} on {self.day()} and will visit {city} next week."
                exp = [t(a["label"], "met", b["label"]), t(a["label"], "visited", city, "planned")]
            elif form == 2:
                text = f"{self.opener()}{a['label']} did not meet {b['label']}, but phoned {c['label']} on {self.day()}."
                exp = [t(a["label"], "met", b["label"], "denied"), t(a["label"], "called", c["label"])]
            else:
                text = f"{self.opener()}{a['label']} criticized {b['label']} on {self.day()}; if {c['label']} visits {city}, talks may follow."
                exp = [t(a["label"], "criticized", b["label"]), t(c["label"], "visited", city, "hypothetical")]
            self.add("scoped", text, exp)

    def unknown(self):
        """Names the gazetteer lacks, read from their title."""
        for i in range(44):
            (b,) = self.pool.people(1)
            first = UNKNOWN_FIRST[i % len(UNKNOWN_FIRST)]
            last = UNKNOWN_LAST[(i * 7) % len(UNKNOWN_LAST)]
            name = f"{first} {last}"
            title = UNKNOWN_TITLES[i % len(UNKNOWN_TITLES)]
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            form = i % 2 if rel in SYMMETRIC else 0
            if form == 0:
                text = f"{self.opener()}{title} {name} {past} {b['label']} on {self.day()}."
            else:
                text = f"{self.opener()}{b['label']} {past} {title.lower()} {name} on {self.day()}, a statement said."
            exp = [t(name, rel, b["label"])] if form == 0 else [t(b["label"], rel, name)]
            self.add("unknown", text, exp, [t(name, "holds_office", "*")])

    def wire(self):
        """Wire copy: datelines, asides in dashes and parentheses, quotes, a
        second sentence naming the actors by surname."""
        for i in range(44):
            a, b = self.pool.people(2)
            city = self.pool.city([a["country"], b["country"]])
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            form = i % 4
            line, dl_city = dateline(self.rng, self.pool)
            if form == 0:
                text = f"{line}{a['label']} — under pressure at home — {past} {b['label']} on {self.day()}.\n\nIt was the first time {a['surname']} and {b['surname']} had been in the same room this year."
            elif form == 1:
                text = f"{line}{a['label']} (pictured) {past} {b['label']} in {city} on {self.day()}, \"a frank exchange,\" one aide said."
            elif form == 2:
                text = f"{line}In a surprise move, {a['label']}, 64, {past} {b['label']} on {self.day()}.\n\n{a['surname']} later said the talks \"went well.\""
            else:
                text = f"{line}\"We have work to do,\" {a['label']} said on {self.day()} after {a['surname']} {past} {b['label']}."
            opt = [t(a["label"], "visited", city), t(b["label"], "visited", city),
                   t(a["label"], "visited", dl_city), t(b["label"], "visited", dl_city)]
            self.add("wire", text, [t(a["label"], rel, b["label"])], opt)

    def inflection(self):
        """Every form of the trigger verbs: present, progressive, perfect,
        past, British spellings, after "plans to" and "did not", in wire
        copy; and other senses of the same words that give nothing."""
        # (relation, base, 3rd singular, past, past participle, -ing)
        lexicon = [
            ("called", "phone", "phones", "phoned", "phoned", "phoning"),
            ("called", "telephone", "telephones", "telephoned", "telephoned", "telephoning"),
            ("called", "call", "calls", "called", "called", "calling"),
            ("met", "meet", "meets", "met", "met", "meeting"),
            ("met", "greet", "greets", "greeted", "greeted", "greeting"),
            ("hosted", "host", "hosts", "hosted", "hosted", "hosting"),
            ("hosted", "welcome", "welcomes", "welcomed", "welcomed", "welcoming"),
            ("criticized", "criticize", "criticizes", "criticized", "criticized", "criticizing"),
            ("criticized", "criticise", "criticises", "criticised", "criticised", "criticising"),
            ("criticized", "condemn", "condemns", "condemned", "condemned", "condemning"),
            ("criticized", "denounce", "denounces", "denounced", "denounced", "denouncing"),
            ("criticized", "rebuke", "rebukes", "rebuked", "rebuked", "rebuking"),
            ("criticized", "lambaste", "lambasts", "lambasted", "lambasted", "lambasting"),
            ("criticized", "slam", "slams", "slammed", "slammed", "slamming"),
        ]
        frames = [
            ("{a} {s3} {b} every week, an aide said.", "occurred"),
            ("{a} is {ing} {b} on {day}, officials said.", "occurred"),
            ("{a} has {pp} {b} twice this year.", "occurred"),
            ("{a} {past} {b} on {day} after the vote.", "occurred"),
            ("{a} plans to {base} {b} on {day}.", "planned"),
            ("{a} did not {base} {b} on {day}, his office said.", "denied"),
        ]
        for i in range(len(lexicon) * 4):
            rel, base, s3, past, ppart, ing = lexicon[i % len(lexicon)]
            frame, status = frames[(i // len(lexicon) + i) % len(frames)]
            a, b = self.pool.people(2)
            text = self.opener() + frame.format(
                a=a["label"], b=b["label"], base=base, s3=s3, past=past, pp=ppart,
                ing=ing, day=self.day())
            self.add("inflection", text, [t(a["label"], rel, b["label"], status)])
        quiet = [
            "{a}'s phone records were handed to investigators, {b} said.",
            "{a} was hosting a radio show when {b} won the vote.",
            "A warm welcome awaits {a}, {b} said.",
            "{a} faced calls to resign after {b} won.",
        ]
        for i in range(8):
            a, b = self.pool.people(2)
            text = self.opener() + quiet[i % len(quiet)].format(a=a["label"], b=b["label"])
            self.add("inflection", text, [])

    def clauses(self):
        """Clause structure in messier copy: fronted phrases whose subject
        follows the comma, a second clause whose noun trigger belongs to the
        first clause's subject, "of" groups, conditions after the verb, and
        subordinate clauses that end the trigger's clause (nothing)."""
        for i in range(64):
            a, b, c = self.pool.people(3)
            A, B, C = a["label"], b["label"], c["label"]
            city = self.pool.city([a["country"], b["country"], c["country"]])
            day = self.day()
            form = i % 16
            opt = [t(x, "visited", city) for x in (A, B, C)]
            if form == 0:
                text = f"After talks with {B} in {city} on {day}, {A} told reporters the gap had narrowed."
                exp = [t(A, "met", B)]
            elif form == 1:
                text = f"In a phone call with {B} on {day}, {A} urged calm, his office said."
                exp = [t(A, "called", B)]
            elif form == 2:
                text = f"Following a call with {B}, {A} said on {day} that the deal would hold."
                exp = [t(A, "called", B)]
            elif form == 3:
                text = f"{A} hosted {B} on {day}; a planned meeting with {C} was called off."
                exp = [t(A, "hosted", B), t(A, "met", C, "canceled")]
            elif form == 4:
                text = f"{A} spoke by phone with {B} on {day}, but a planned visit by {C} was canceled."
                exp = [t(A, "called", B)]
                opt = opt + [t(C, "visited", "*", "canceled")]
            elif form == 5:
                text = f"The meeting of {A}, {B} and {C} in {city} ended without a deal."
                exp = [t(A, "met", B), t(A, "met", C), t(B, "met", C)]
            elif form == 6:
                text = f"The first meeting of {A} and {B} since the election took place on {day}."
                exp = [t(A, "met", B)]
            elif form == 7:
                text = f"{A} would host {B}, but only if the vote passes, aides said."
                exp = [t(A, "hosted", B, "hypothetical")]
            elif form == 8:
                text = f"{A} will phone {B} provided that the talks resume."
                exp = [t(A, "called", B, "hypothetical")]
            elif form == 9:
                text = f"{A} was hosting a dinner in {city} when {B} resigned."
                exp = []
            elif form == 10:
                text = f"{A} faced calls to quit after {B} won the vote on {day}."
                exp = []
            elif form == 11:
                text = f"{A} welcomed the deal after {B} signed it on {day}."
                exp = []
            elif form == 12:
                text = f"{A} was meeting donors in {city} because {B} had canceled the trip."
                exp = []
            elif form == 13:
                text = f"A warm reception awaits {B} in {city}, {A} said on {day}."
                exp = []
            elif form == 14:
                # A second verb phrase: the phone is the second verb's.
                text = f"{A} interrupted his talks with {B} and spoke by phone with {C} on {day}."
                exp = [t(A, "met", B), t(A, "called", C)]
            else:
                text = f"{A} met {B} in {city} and then phoned {C}, officials said."
                exp = [t(A, "met", B), t(A, "called", C)]
            if i >= 16:
                text = self.opener() + text
            self.add("clauses", text, exp, opt)

    def courtesy(self):
        """Meeting words beyond "met": courtesy calls ("called on X", not
        "called on X to resign"), discussions, consultations and
        negotiations held with someone."""
        for i in range(42):
            a, b = self.pool.people(2)
            A, B = a["label"], b["label"]
            city = self.pool.city([a["country"], b["country"]])
            day = self.day()
            form = i % 7
            opt = [t(A, "visited", city)]
            if form == 0:
                text = f"{A} called on {B} in {city} on {day}."
                exp = [t(A, "met", B)]
            elif form == 1:
                text = f"{A} will call on {B} during a stop in {city} next week."
                exp = [t(A, "met", B, "planned")]
            elif form == 2:
                text = f"{A} called on {B} to step down, the statement said."
                exp = []
            elif form == 3:
                text = f"{A} held discussions with {B} in {city} on {day}."
                exp = [t(A, "met", B)]
            elif form == 4:
                text = f"{A} is to hold consultations with {B} on {day}."
                exp = [t(A, "met", B, "planned")]
            elif form == 5:
                text = f"{A} held fresh negotiations with {B} on {day}, officials said."
                exp = [t(A, "met", B)]
            else:
                text = f"{A} called on {B} and the rest of the bloc to release the funds."
                exp = []
            if i >= 21:
                text = self.opener() + text
            self.add("courtesy", text, exp, opt)

    def entailment(self):
        """What one frame implies (data/rules/entailments.jsonl): hosting
        someone is meeting them, and hosting them in a place, or their
        being welcomed or received there with no host named, says they
        travelled there; attending an event in a place is a visit. A thing
        welcomed is no traveller, and patients of a passive did nothing
        together."""
        for i in range(56):
            a, b, c = self.pool.people(3)
            A, B, C = a["label"], b["label"], c["label"]
            city = self.pool.city([a["country"], b["country"], c["country"]])
            day = self.day()
            form = i % 8
            opt = []
            if form == 0:
                text = f"{A} hosted {B} in {city} on {day}, a day after the two leaders spoke."
                exp = [t(A, "hosted", B), t(B, "met", A), t(B, "visited", city)]
            elif form == 1:
                text = f"{B} was welcomed in {city} on {day}, officials said."
                exp = [t(B, "visited", city)]
            elif form == 2:
                text = f"{B} and {C} were warmly received in {city} on {day}."
                exp = [t(B, "visited", city), t(C, "visited", city)]
            elif form == 3:
                text = f"{A} will host {B} in {city} next month, {A.split()[-1]}'s office said."
                exp = [t(A, "hosted", B, "planned"), t(B, "met", A, "planned"),
                       t(B, "visited", city, "planned")]
            elif form == 4:
                text = f"{A} did not host {B} in {city}, despite reports."
                exp = [t(A, "hosted", B, "denied"), t(B, "met", A, "denied"),
                       t(B, "visited", city, "denied")]
            elif form == 5:
                text = f"{A} is hosting {B} and {C} in {city} this week."
                exp = [t(A, "hosted", B), t(A, "hosted", C), t(B, "met", A), t(C, "met", A),
                       t(B, "visited", city), t(C, "visited", city)]
                opt = [t(B, "met", C)]
            elif form == 6:
                # A thing is welcomed, not its author.
                text = f"The proposal by {A} was welcomed in {city} on {day}."
                exp = []
            else:
                text = (f"{A} attended a summit in {city} on {day} with {B}." if (i // 8) % 2
                        else f"{A} attended a summit in {city} on {day} with counterparts "
                             f"from {b['country']} and {c['country']}.")
                exp = [t(A, "visited", city)]
                opt = [t(B, "visited", city), t(A, "met", B)]
            if i >= 24:
                text = self.opener([a["country"], b["country"], c["country"]]) + text
            self.add("entailment", text, exp, opt)

    def groups(self):
        """Groups are sets: "the two leaders", "the three presidents",
        "both men", "they", "their talks" stand for the people the story has
        just put together, checked by number; with more people named than
        the count, or none, nothing."""
        counts = {2: "two", 3: "three", 4: "four", 5: "five"}
        for i in range(60):
            form = i % 10
            n = 2 + (i // 10) % 4 if form in (0, 1, 2) else 2
            ps = self.pool.people(n + 1)
            names = [p["label"] for p in ps[:n]]
            other = ps[n]["label"]
            city = self.pool.city([p["country"] for p in ps])
            day = self.day()
            joined = ", ".join(names[:-1]) + " and " + names[-1]
            pairs = [(x, y) for k, x in enumerate(names) for y in names[k + 1:]]
            opt = [t(x, "visited", city) for x in names]
            if form == 0:
                text = (f"{joined} arrived in {city} on {day}. "
                        f"The {counts[n]} leaders later spoke by phone with {other}.")
                exp = [t(x, "called", other) for x in names]
            elif form == 1:
                text = (f"{joined} flew to {city} on {day}. "
                        f"The {counts[n]} leaders met behind closed doors, officials said.")
                exp = [t(x, "met", y) for x, y in pairs]
            elif form == 2:
                text = (f"{joined} landed in {city} on {day}. "
                        f"{other} criticized the {counts[n]} leaders over the deal.")
                exp = [t(other, "criticized", x) for x in names]
            elif form == 3:
                text = (f"{names[0]} and {names[1]} arrived in {city} on {day}. "
                        f"Both men later met {other}.")
                exp = [t(names[0], "met", other), t(names[1], "met", other)]
            elif form == 4:
                text = (f"{names[0]} met {names[1]} in {city} on {day}. "
                        f"The talks were frank. They will meet again next month.")
                exp = [t(names[0], "met", names[1]), t(names[0], "met", names[1], "planned")]
            elif form == 5:
                text = (f"{names[0]} and {names[1]} spoke on {day}. "
                        f"Their phone call lasted an hour, aides said.")
                exp = [t(names[0], "called", names[1])]
                opt += [t(names[0], "spoke_to", names[1])]
            elif form == 6:
                text = (f"{names[0]} arrived in {city} to see {names[1]}. "
                        f"Their meeting on {day} was the first in a year.")
                exp = [t(names[0], "met", names[1])]
                opt = [t(names[0], "visited", city)]
            elif form == 7:
                text = (f"{names[0]} met {names[1]} in {city} on {day}. "
                        f"The two leaders discussed trade and later spoke by phone with {other}.")
                exp = [t(names[0], "met", names[1]), t(names[0], "called", other),
                       t(names[1], "called", other)]
            elif form == 8:
                # Three people named: "the two leaders" could be any pair.
                text = (f"{names[0]}, {names[1]} and {other} arrived in {city} on {day}. "
                        f"Officials said the two men would hold talks.")
                exp = []
                opt = [t(x, "visited", city) for x in names + [other]]
            else:
                # No people at all before "they".
                text = (f"Talks on the border opened in {city} on {day}. "
                        f"They will resume next week, {names[0]} said.")
                exp = []
                opt = []
            if i >= 30:
                text = self.opener([p["country"] for p in ps]) + text
            self.add("groups", text, exp, opt)

    def parties(self):
        """Who can be a party: an office whose holder the article does not
        name stands for its holder ("Nigeria's defence minister met X": an
        edge from the office); a country's government or authorities ("the
        government of X", "X's government") act as the country. A government's spokesman is not the government, and
        an office bound to a name is not a party beside it."""
        places = {}
        for line in open(GAZ / "places.jsonl", encoding="utf-8"):
            d = json.loads(line)
            places[d["label"]] = d
        held = set()
        for line in open(GAZ / "people.jsonl", encoding="utf-8"):
            for o in json.loads(line).get("offices", []):
                held.add((o.get("title"), o.get("of")))
        titles = ["defence minister", "finance minister", "interior minister", "trade minister",
                  "health minister", "energy minister"]
        countries = sorted({c for cs in CONTINENTS.values() for c in cs})
        free = [(ti, c) for c in countries for ti in titles
                if (ti, c) not in held and places.get(c, {}).get("adjectives")]
        for i in range(48):
            a, b = self.pool.people(2)
            A, B = a["label"], b["label"]
            title, country = free[(i * 7) % len(free)]
            adj = places[country]["adjectives"][0]
            office = " ".join(w.capitalize() for w in title.split()) + " of " + country
            city = self.pool.city([a["country"], b["country"], country])
            day = self.day()
            form = i % 8
            opt = []
            if form == 0:
                text = f"{country}'s {title} met {A} in {city} on {day}."
                exp = [t(office, "met", A)]
            elif form == 1:
                text = f"{A} held talks with the {adj} {title} on {day}."
                exp = [t(A, "met", office)]
            elif form == 2:
                text = f"{A} spoke by phone with {country}'s {title}, officials said."
                exp = [t(A, "called", office)]
            elif form == 3:
                text = f"The {adj} government criticized {A} on {day}."
                exp = [t(country, "criticized", A)]
            elif form == 4:
                text = (f"{country}'s government condemned {A} over the remarks." if (i // 8) % 2
                        else f"The government of {country} condemned {A} over the remarks.")
                exp = [t(country, "criticized", A)]
            elif form == 5:
                text = f"The {adj} authorities accused {A} of meddling in the vote."
                exp = [t(country, "criticized", A)]
            elif form == 6:
                text = f"The {adj} government spokesman met reporters in {city} on {day}."
                exp = []
            else:
                text = f"{country}'s {title}, {A}, met {B} on {day}."
                exp = [t(A, "met", B)]
            if i >= 24:
                text = self.opener([a["country"], b["country"], country]) + text
            self.add("parties", text, exp, opt)

    def initials(self):
        """Names the gazetteer lacks with a middle initial ("Dana K. Marlow"),
        some of whose words are also place names ("Laura J. Victoria"):
        the initial says person, after a title or in an apposition."""
        places_as_names = ["Victoria", "Jackson", "Lincoln", "Florence", "Austin", "Georgia"]
        for i in range(42):
            (b,) = self.pool.people(1)
            first = UNKNOWN_FIRST[i % len(UNKNOWN_FIRST)]
            if i % 3 == 0:
                last = places_as_names[i % len(places_as_names)]
            else:
                last = UNKNOWN_LAST[(i * 5) % len(UNKNOWN_LAST)]
            name = f"{first} {'ABCDEFGHJKLMNPRSTW'[i % 18]}. {last}"
            title = UNKNOWN_TITLES[i % len(UNKNOWN_TITLES)]
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            text = f"{title} {name} {past} {b['label']} on {self.day()}."
            if i >= 21:
                text = self.opener() + text
            self.add("initials", text, [t(name, rel, b["label"])],
                     [t(name, "holds_office", "*")])

    def nothing(self):
        """Two or more actors in a sentence and no relation between them."""
        frames = [
            "{a} and {b} both face elections next year.",
            "{a} praised the economy of {country} while {b} stayed at home.",
            "Unlike {b}, {a} has not commented on the vote.",
            "{a} told reporters that {b}'s approval ratings were rising.",
            "Portraits of {a} and {b} hung in the hall.",
            "{a} spoke to reporters in {city}; {b} was in {country2} at the time.",
            "{a} called the result a turning point, and {b} agreed.",
            "A book about {a} and {b} was published on {day}.",
            "{a} succeeded {b}'s ally in the post last year.",
        ]
        for i in range(45):
            a, b = self.pool.people(2)
            city = self.pool.city([a["country"], b["country"]])
            text = self.opener() + frames[i % len(frames)].format(
                a=a["label"], b=b["label"], country=a["country"], country2=b["country"],
                city=city, day=self.day())
            opt = [t(a["label"], "visited", city)]
            self.add("nothing", text, [], opt)


# ---- dates ------------------------------------------------------------------
#
# The date constructions give each case an article date (several years, both
# sides of a year end) and each expected tuple a fifth element: the date its
# edge must carry, ISO at the text's precision, or None for no date.

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
              "Nov.", "Dec."]

# Article dates: spread over years, months and both sides of a year end.
ARTICLE_DATES = [datetime.date(2019, 1, 4), datetime.date(2020, 6, 18),
                 datetime.date(2021, 12, 30), datetime.date(2022, 3, 9),
                 datetime.date(2023, 9, 21), datetime.date(2024, 2, 14),
                 datetime.date(2024, 11, 27), datetime.date(2025, 1, 8),
                 datetime.date(2025, 7, 2), datetime.date(2026, 4, 23)]

# Earlier events named inside a clause of their own.
PAST_EVENTS = ["the border clash", "the election", "the ceasefire", "the summit",
               "the vote", "the coup attempt", "the earthquake", "the referendum"]


def written(d, style):
    """A day as news copy writes it, without its year."""
    if style == 0:
        return f"{MONTH_NAMES[d.month - 1]} {d.day}"
    if style == 1:
        return f"{MONTH_ABBR[d.month - 1]} {d.day}"
    return f"{d.day} {MONTH_NAMES[d.month - 1]}"


def iso(d, precision="day"):
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def d5(s, r, o, date, status="occurred"):
    return [s, r, o, status, date]


class DateGen(Gen):
    """The date constructions, drawn from their own seed so that adding them
    leaves the other files as they were."""

    def article_date(self, i):
        return ARTICLE_DATES[i % len(ARTICLE_DATES)]

    def date_clause(self):
        """A date belongs to its clause: a date inside a "since", "after",
        "before" or relative clause dates only that clause."""
        for i in range(60):
            a, b = self.pool.people(2)
            doc = self.article_date(i)
            own = doc - datetime.timedelta(days=self.rng.randint(1, 5))
            other = own - datetime.timedelta(days=self.rng.randint(20, 200))
            rel, past, _, _, _ = person_verbs()[i % len(person_verbs())]
            event = self.rng.choice(PAST_EVENTS)
            w_own, w_other = written(own, i % 3), written(other, (i + 1) % 3)
            if other.year != own.year:
                w_other += f", {other.year}"
            form = i % 10
            A, B, sa = a["label"], b["label"], a["surname"]
            if form == 0:
                text = f"{A} {past} {B} on {w_own}, their first contact since {event} of {w_other}."
            elif form == 1:
                text = f"{A} {past} {B} on {w_own}, weeks after {event} on {w_other}."
            elif form == 2:
                text = f"{A} {past} {B} on {w_own}, the first such talks since {w_other}."
            elif form == 3:
                text = f"On {w_own}, {A} {past} {B}, months after {event} of {w_other} had ended their contacts."
            elif form == 4:
                # No date of its own: the clause's date is not the event's,
                # which takes the article's.
                text = f"{A} {past} {B}, their first contact since {event} of {w_other}."
                own = doc
            elif form == 5:
                text = f"{A}, who took office on {w_other}, {past} {B}."
                own = doc
            elif form == 6:
                text = f"After {event} of {w_other}, {A} {past} {B} on {w_own}."
            elif form == 7:
                text = f"{A} {past} {B}, weeks after {event} on {w_other}."
                own = doc
            elif form == 8:
                text = f"{A} {past} {B} on {w_own}. The talks came after {event} of {w_other}, which {sa} called a turning point."
            else:
                # An event after the meeting, with a date of its own.
                later = min(own + datetime.timedelta(days=self.rng.randint(1, 3)), doc)
                text = f"{A} {past} {B} on {w_own}, days before {event} of {written(later, i % 3)}."
            if self.rng.random() < 0.3:
                text = self.opener() + text
            self.add("date_clause", text, [d5(A, rel, B, iso(own))], date=doc)

    def date_relative(self):
        """Relative expressions read against the article date."""
        for i in range(80):
            a, b, c = self.pool.people(3)
            doc = self.article_date(i + i // 10)
            A, B, C = a["label"], b["label"], c["label"]
            sa = a["surname"]
            city = self.pool.city([a["country"], b["country"]])
            rel, past, future, _, _ = person_verbs()[i % len(person_verbs())]
            form = i % 16
            opt = [t(A, "visited", city), t(B, "visited", city)]
            status = "occurred"
            if form == 0:
                m = self.rng.randint(1, 12)
                y = doc.year - 1 if m >= doc.month else doc.year
                text, want = f"{A} {past} {B} last {MONTH_NAMES[m - 1]}.", f"{y:04d}-{m:02d}"
            elif form == 1:
                m = self.rng.randint(1, 12)
                text, want = f"{A} {past} {B} in {MONTH_NAMES[m - 1]} last year.", f"{doc.year - 1:04d}-{m:02d}"
            elif form == 2:
                m = self.rng.randint(1, 12)
                text = f"In {MONTH_NAMES[m - 1]} last year, {A} {past} {B} in {city}."
                want = f"{doc.year - 1:04d}-{m:02d}"
            elif form in (3, 4, 5):
                where = ["end", "start", "middle"][form - 3]
                m = (doc.month - 2 - self.rng.randint(0, 3)) % 12 + 1
                y = doc.year if m < doc.month else doc.year - 1
                text = f"{A} {past} {B} at the {where} of {MONTH_NAMES[m - 1]}."
                want = f"{y:04d}-{m:02d}"
            elif form == 6:
                text, want = f"{A} {past} {B} earlier this year.", f"{doc.year:04d}"
            elif form == 7:
                text, want = f"Earlier this month, {A} {past} {B}.", iso(doc, "month")
            elif form == 8:
                y = doc.year - self.rng.randint(2, 6)
                noun = self.rng.choice(["summit", "visit", "meeting", "conference"])
                text = f"{A} {past} {B} during a {y} {noun} in {city}."
                want = f"{y:04d}"
            elif form == 9:
                y = doc.year - self.rng.randint(2, 6)
                text = f"{A} {past} {B} at the {y} summit in {city}."
                want = f"{y:04d}"
            elif form == 10:
                day = doc - datetime.timedelta(days=self.rng.randint(3, 9))
                text = f"{A} arrived in {city} on {written(day, i % 3)}. The next day, {sa} {past} {B}."
                want = iso(day + datetime.timedelta(days=1))
                opt.append(t(A, "visited", city))
            elif form == 11:
                day = doc - datetime.timedelta(days=self.rng.randint(1, 5))
                text = f"{A} {past} {B} on {written(day, i % 3)}. A week earlier, {sa} had {pp(past)} {C}."
                want = iso(day - datetime.timedelta(days=7))
                self.add("date_relative", text,
                         [d5(A, rel, B, iso(day)), d5(A, rel, C, want)], opt, date=doc)
                continue
            elif form == 12:
                day = doc - datetime.timedelta(days=self.rng.randint(4, 9))
                text = f"{A} landed in {city} on {written(day, i % 3)}. Two days later, {sa} {past} {B}."
                want = iso(day + datetime.timedelta(days=2))
            elif form == 13:
                # A plan the text does not date gets no date.
                text, want, status = f"{A} {future} {B}, officials said.", None, "planned"
            elif form == 14:
                text, want, status = f"{A} {future} {B} in the coming months.", None, "planned"
            else:
                text = f"{A} {past} {B} in May last year, {sa}'s office said."
                want = f"{doc.year - 1:04d}-05"
            if self.rng.random() < 0.25:
                text = self.opener() + text
            self.add("date_relative", text, [d5(A, rel, B, want, status)], opt, date=doc)


def main():
    people, capitals, _ = load()
    g = Gen(20261207, people, capitals)
    for step in [g.simple, g.coordination, g.apposition, g.relative, g.participle, g.passive,
                 g.nominal, g.together, g.reported, g.negation, g.modal, g.conditional,
                 g.scoped, g.unknown, g.wire, g.nothing, g.inflection, g.clauses, g.courtesy, g.initials,
                 g.entailment, g.groups, g.parties]:
        step()
    d = DateGen(20261208, people, capitals)
    for step in [d.date_clause, d.date_relative]:
        step()
    g.cases.update(d.cases)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.jsonl"):
        old.unlink()
    for name, cases in sorted(g.cases.items()):
        assert len(cases) >= 40, (name, len(cases))
        with open(OUT / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(f"{name:14} {len(cases):4} cases")
    print(f"{len(people)} people from {len({p['country'] for p in people})} countries")


if __name__ == "__main__":
    main()
