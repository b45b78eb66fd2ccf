#!/usr/bin/env python3
"""Generates data/gazetteer/people.jsonl from the tables in scripts/people/*.txt.

Source: the tables were written by hand for actorgraph from public knowledge
of who held which office (same licence as the project). Dates are ISO;
when the day or month was not known for certain only the year-month or the
year is given (the gazetteer reads "2019-05" as 2019-05-01).
Wikidata ids are given only where the author was certain of them.

Table format (one person a line, '#' starts a comment line):

    @ Country label                  sets the default `of` for following rows
    Name|alias;alias|tenure;tenure|wikidata QID

    tenure = title[@of][:from..to]   title is an office label or alias from
                                     offices.jsonl, of a place or organization
                                     label ("@-" for none); an empty `to`
                                     means still in office.

Aliases list only the forms the matcher cannot derive itself (it derives the
surname from the label's last token): family names written first (Xi, Kim),
mononyms, nicknames, transliterations. A diacritic-free spelling of the label
and of every alias is added automatically (Erdoğan -> Erdogan).

A person listed twice (a foreign minister who became prime minister) is
merged: aliases and tenures are combined and the first QID kept.

Usage: python3 scripts/gen_people.py > data/gazetteer/people.jsonl
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Where every name in our tables is written family name first.
FAMILY_NAME_FIRST = {"China", "North Korea", "South Korea", "Chinese Foreign Ministry"}
# Family names that are also English words, never made aliases of their own.
COMMON_WORDS = {"Song", "Han", "Hong", "Chin", "Moon", "Park"}


def strip_diacritics(s):
    nfkd = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in nfkd if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")


def parse_tenure(spec, default_of, where):
    spec = spec.strip()
    head, _, rng = spec.partition(":")
    title, _, of = head.partition("@")
    t = {"title": title.strip()}
    of = of.strip() or default_of
    if of and of != "-":
        t["of"] = of
    if rng:
        if ".." not in rng:
            sys.exit(f"{where}: tenure '{spec}' needs FROM..TO")
        frm, to = rng.split("..", 1)
        if frm.strip():
            t["from"] = frm.strip()
        if to.strip():
            t["to"] = to.strip()
    return t


def main():
    people = {}
    order = []
    for fname in sorted(os.listdir(os.path.join(HERE, "people"))):
        if not fname.endswith(".txt"):
            continue
        default_of = None
        path = os.path.join(HERE, "people", fname)
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.strip()
            where = f"scripts/people/{fname}:{n}"
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                default_of = line[1:].strip() or None
                continue
            parts = (line.split("|") + ["", "", ""])[:4]
            name, aliases, tenures, qid = (p.strip() for p in parts)
            if not name:
                sys.exit(f"{where}: empty name")
            al = [a.strip() for a in aliases.split(";") if a.strip()]
            ts = [parse_tenure(t, default_of, where) for t in tenures.split(";") if t.strip()]
            if name not in people:
                people[name] = {"aliases": [], "offices": [], "qid": ""}
                order.append(name)
            p = people[name]
            for a in al:
                if a not in p["aliases"]:
                    p["aliases"].append(a)
            for t in ts:
                if t not in p["offices"]:
                    p["offices"].append(t)
            if qid and not p["qid"]:
                p["qid"] = qid
    for name in order:
        p = people[name]
        # Chinese and Korean names are written family name first, and news
        # shortens them to it ("Wang" for Wang Yi): the family name is an
        # alias, and the matcher then derives no surname from the given name.
        # (Vietnamese leaders are shortened to the last name, as derived.)
        words = name.split()
        places = {t.get("of") for t in p["offices"]}
        family_first = places & FAMILY_NAME_FIRST or (
            places & {"Taiwan"} and "-" in words[-1]
        )
        # Family names that are English words or too short to be sure of
        # ("He", "Ma", "Song") are left to the full name.
        sure = (len(words[0]) >= 3 or words[0] == "Li") and words[0] not in COMMON_WORDS
        if family_first and sure and len(words) >= 2 and words[0] not in p["aliases"]:
            p["aliases"].insert(0, words[0])
        names = []
        for a in [name] + p["aliases"]:
            for v in (a, strip_diacritics(a)):
                if v != name and v not in names:
                    names.append(v)
        e = {"kind": "person", "label": name}
        if names:
            e["aliases"] = names
        if p["qid"]:
            e["ids"] = {"wikidata": p["qid"]}
        if p["offices"]:
            e["offices"] = p["offices"]
        print(json.dumps(e, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    main()
