#!/usr/bin/env python3
"""Generate a JSON Lines news corpus of a given size for benchmarks.

usage: gen_corpus.py SIZE_MB OUT.jsonl

Articles are made from templates written for actorgraph (no third-party
text): each fills diplomatic-news sentences (meetings, calls, visits,
cancellations, denials, criticism) with people, offices and places drawn from
the embedded gazetteer, plus the kind of boilerplate scrapers leave (teasers,
pitches, repeated paragraphs). Deterministic: the same size gives the same file.
"""
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "{A} met {B} in {P} on {D}, the first visit by a {adj} leader in years.",
    "{A} spoke by phone with {B} on Tuesday, {A_s}'s office said.",
    "{A_s} told {B_s} that the talks would continue next month.",
    "{A} will host {B} in {P} next week for talks on trade and security.",
    "{A_s} canceled his planned visit to {P}, where he had been due to meet {B_s}.",
    "{A_s} denied reports that he plans to travel to {P} to meet {B_s}.",
    "If {A_s} and {B_s} meet, it would be their first summit since the war began.",
    "{A_s} criticized {B_s} over the sanctions, calling the measures unfair.",
    "The two leaders agreed to meet again in {P} in the spring.",
    "Speaking with journalist {J} after the talks, {A_s} said progress had been made.",
    "Officials in {P} said the summit between {A_s} and {B_s} would take place on {D}.",
    "Analysts said the economy grew by 3.5 percent in the third quarter, driven by exports.",
    "Markets in {P} rose after the announcement, with energy shares leading gains.",
]
BOILER = [
    "Advertisement",
    "Subscribe to our newsletter for the latest updates.",
    "Related Articles",
    "{A_s} to visit {P} next month",
    "We use cookies to improve your experience. Accept all cookies.",
    "© 2025 Example News. All rights reserved.",
]
JOURNALISTS = ["Anna Keller", "Tomas Brandt", "Leila Haddad", "Samuel Otieno", "Mei Tanaka", "Carlos Medina"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]


def load(kind_file):
    out = []
    with open(ROOT / "data" / "gazetteer" / kind_file, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                out.append(json.loads(line))
    return out


def main():
    size = float(sys.argv[1]) * 1_000_000
    out = Path(sys.argv[2])
    rnd = random.Random(2026)
    people = [p for p in load("people.jsonl") if p.get("offices")]
    places = [p for p in load("places.jsonl") if p.get("type") in ("country", "city") and not p.get("ambiguous")]
    countries = [p for p in places if p.get("type") == "country" and p.get("adjectives")]
    written = 0
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < size:
            a, b = rnd.sample(people, 2)
            place = rnd.choice(places)["label"]
            adj = rnd.choice(countries)["adjectives"][0]
            day = f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}"
            fill = dict(A=a["label"], B=b["label"], A_s=a["label"].split()[-1], B_s=b["label"].split()[-1],
                        P=place, D=day, adj=adj, J=rnd.choice(JOURNALISTS))
            title = f"{fill['A_s']} and {fill['B_s']} hold talks in {place}"
            paras = [title, ""]
            for _ in range(rnd.randint(6, 12)):
                paras.append(rnd.choice(SENTENCES).format(**fill))
                paras.append("")
            if rnd.random() < 0.3:
                paras.append(paras[2])
                paras.append("")
            for line in rnd.sample(BOILER, 3):
                paras.append(line.format(**fill))
            text = "\n".join(paras)
            year = rnd.randint(2016, 2025)
            rec = {"id": f"bench-{n:07d}", "date": f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                   "title": title, "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{n} articles, {written / 1e6:.1f} MB -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
