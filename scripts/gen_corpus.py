#!/usr/bin/env python3
"""Generate a JSON Lines news corpus of a given size for benchmarks.

usage: gen_corpus.py SIZE_MB OUT.jsonl [real|random|news]

Articles are made from templates written for actorgraph (no third-party
text): each fills diplomatic-news sentences (meetings, calls, visits,
cancellations, denials, criticism) with people, offices and places drawn from
the embedded gazetteer, plus the kind of boilerplate scrapers leave (teasers,
pitches, repeated paragraphs). Deterministic: the same size and profile give
the same file.

Three profiles:

- real: real article text. The development-set articles (read from
  ../shared/eval/dev/docs, or $ACTORGRAPH_EVAL_DIR/dev/docs; never copied
  into the repository) and the embedded sample, each copy with its body
  paragraphs reordered and the gazetteer people and places it names swapped,
  consistently within the copy, for other entries of the same kind, so the
  text stays natural, varied for the regex engine, and the graph keeps
  growing. This is what the tool meets in production; the template
  profiles below repeat a few dozen sentence shapes and hide the cost of
  varied text.
- random (the default): the worst case. Short articles (about 1 KB) in which
  nearly every sentence joins the same two actors, drawn uniformly from
  every person with an office, on a random day: almost every report is a new
  edge, so the graph grows as fast as the corpus.
- news: closer to a real news feed. Longer articles (about 4 KB, 20 to 40
  paragraphs) of which a few sentences carry a relation and the rest is
  background, quotes and figures; actors drawn by a Zipf law (a few leaders
  are in most stories); each article reports one event (a pair, a place, a
  day) and several outlets cover the same event, so reports pile up on
  edges that already exist and the graph grows far slower than the corpus.
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
# Background for the news profile: sentences about the actors, places and
# figures of a story that state no relation between two actors.
BACKGROUND = [
    "{A_s} has been under pressure at home over rising prices and a slowing economy.",
    "The visit comes as {P} prepares for elections later this year.",
    "{A_s} said the two sides had \"a frank and constructive discussion\" about {topic}.",
    "\"We have made real progress on {topic},\" {A_s} told reporters.",
    "According to officials, the agenda includes {topic} and {topic2}.",
    "Trade between the two countries reached {n} billion dollars last year, up {pct} percent.",
    "Protesters gathered outside the venue in {P}, calling for action on {topic}.",
    "The talks were held behind closed doors, and no joint statement was issued.",
    "Diplomats said a deal on {topic} was unlikely before the end of the year.",
    "{B_s}'s spokesperson declined to comment on the details of the discussions.",
    "Security was tight in {P}, with several streets closed to traffic.",
    "The last such meeting took place in {year}, when relations were warmer.",
    "Opposition lawmakers criticized the government for its handling of {topic}.",
    "Analysts in {P} said the outcome would depend on {topic}.",
    "Inflation stood at {pct} percent in {month}, according to official figures.",
    "The central bank kept interest rates unchanged at {pct} percent.",
    "Some {n} delegates attended the conference, which ends on Friday.",
    "{A_s}, who took office in {year}, has made {topic} a priority.",
    "Officials said further rounds of talks were expected in the coming months.",
    "The ministry said in a statement that the two delegations discussed {topic}.",
    "Local media reported that the schedule had been kept secret until the last minute.",
    "The government has pledged {n} million dollars for {topic} over the next five years.",
    "Critics say the plan does little to address {topic}.",
    "Energy prices have risen by {pct} percent since {month}, hitting households hard.",
    "A senior official, speaking on condition of anonymity, said the mood was positive.",
    "The agreement still needs the approval of parliament.",
    "Thousands of people lined the streets of {P} for the ceremony.",
    "The two countries have been at odds over {topic} for years.",
    "Business leaders welcomed the announcement but warned that details were scarce.",
    "Reporting was contributed by our correspondent in {P}.",
]
TOPICS = ["trade", "security", "climate change", "energy supplies", "migration", "border disputes",
          "tariffs", "nuclear talks", "food security", "debt relief", "the war", "sanctions",
          "investment", "fishing rights", "water sharing", "public health", "cyber security"]
JOURNALISTS = ["Anna Keller", "Tomas Brandt", "Leila Haddad", "Samuel Otieno", "Mei Tanaka", "Carlos Medina"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December"]


def load(kind_file):
    out = []
    with open(ROOT / "data" / "gazetteer" / kind_file, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                out.append(json.loads(line))
    return out


def zipf_pick(rnd, items, s=1.1):
    """An item of `items` drawn with weight 1 / rank**s (rank from 1)."""
    weights = [1 / (i + 1) ** s for i in range(len(items))]
    return lambda: rnd.choices(items, weights)[0]


def real_sources():
    """(name, text) of the development-set articles and the sample."""
    import os
    eval_dir = Path(os.environ.get("ACTORGRAPH_EVAL_DIR", ROOT.parent / "shared" / "eval"))
    docs = sorted((eval_dir / "dev" / "docs").glob("*.txt"))
    if not docs:
        sys.exit(f"the real profile reads the development set from {eval_dir}/dev/docs: "
                 "none there (set ACTORGRAPH_EVAL_DIR)")
    docs += sorted((ROOT / "data" / "sample").glob("*.txt"))
    return [(d.name, d.read_text(encoding="utf-8", errors="replace")) for d in docs]


def real(size, out):
    import re
    rnd = random.Random(2026)
    sources = real_sources()
    people = [p for p in load("people.jsonl") if len(p["label"].split()) >= 2]
    places = [p for p in load("places.jsonl") if p.get("type") == "city" and not p.get("ambiguous")]
    # Which entries each source names, found once.
    named = [([e for e in people if e["label"] in text], [e for e in places if e["label"] in text])
             for _, text in sources]
    written = n = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < size:
            name, text = sources[n % len(sources)]
            in_people, in_places = named[n % len(sources)]
            paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
            head, body = paras[:1], paras[1:]
            rnd.shuffle(body)
            text = "\n\n".join(head + body)
            # Swap the people and places the copy names, full names first,
            # then surnames, each for another entry of the same kind.
            swaps = {}
            for pool, present in ((people, in_people), (places, in_places)):
                for e in present:
                    if e["label"] not in swaps:
                        other = rnd.choice(pool)
                        swaps[e["label"]] = other["label"]
                        if pool is people:
                            swaps.setdefault(e["label"].split()[-1], other["label"].split()[-1])
            if swaps:
                keys = sorted(swaps, key=len, reverse=True)
                pat = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")
                text = pat.sub(lambda m: swaps[m.group(0)], text)
            rec = {"id": f"real-{n:07d}-{name}",
                   "date": f"{rnd.randint(2016, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
                   "text": text}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{n} articles of real text from {len(sources)} sources, {written / 1e6:.1f} MB -> {out}",
          file=sys.stderr)


def main():
    size = float(sys.argv[1]) * 1_000_000
    out = Path(sys.argv[2])
    profile = sys.argv[3] if len(sys.argv) > 3 else "random"
    if profile not in ("real", "random", "news"):
        sys.exit(f"unknown profile '{profile}'; expected one of: real, random, news")
    if profile == "real":
        return real(size, out)
    news = profile == "news"
    rnd = random.Random(2026)
    people = [p for p in load("people.jsonl") if p.get("offices")]
    places = [p for p in load("places.jsonl") if p.get("type") in ("country", "city") and not p.get("ambiguous")]
    countries = [p for p in places if p.get("type") == "country" and p.get("adjectives")]
    if news:
        # A fixed shuffle decides who is prominent; the draw is then Zipfian.
        rnd.shuffle(people)
        rnd.shuffle(places)
        person = zipf_pick(rnd, people)
        place_of = zipf_pick(rnd, places)
    events = []
    written = 0
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        while written < size:
            year = None
            if news and events and rnd.random() < 0.6:
                # Another outlet covering a recent event.
                a, b, place, day, year = rnd.choice(events[-50:])
                adj = rnd.choice(countries)["adjectives"][0]
            else:
                if news:
                    a = person()
                    b = person()
                    while b is a:
                        b = person()
                    place = place_of()["label"]
                else:
                    a, b = rnd.sample(people, 2)
                    place = rnd.choice(places)["label"]
                adj = rnd.choice(countries)["adjectives"][0]
                day = f"{rnd.choice(MONTHS)} {rnd.randint(1, 28)}"
                if news:
                    year = rnd.randint(2016, 2025)
                    events.append((a, b, place, day, year))
            fill = dict(A=a["label"], B=b["label"], A_s=a["label"].split()[-1], B_s=b["label"].split()[-1],
                        P=place, D=day, adj=adj, J=rnd.choice(JOURNALISTS))
            title = f"{fill['A_s']} and {fill['B_s']} hold talks in {place}"
            paras = [title, ""]
            if news:
                lines = [rnd.choice(SENTENCES) for _ in range(rnd.randint(3, 6))]
                lines += [rnd.choice(BACKGROUND) for _ in range(rnd.randint(17, 34))]
                rnd.shuffle(lines)
                # The lead paragraph states the event.
                lines.insert(0, SENTENCES[0])
            else:
                lines = [rnd.choice(SENTENCES) for _ in range(rnd.randint(6, 12))]
            for line in lines:
                if news:
                    topic, topic2 = rnd.sample(TOPICS, 2)
                    line = line.format(**fill, topic=topic, topic2=topic2, n=rnd.randint(2, 900),
                                       pct=f"{rnd.randint(1, 9)}.{rnd.randint(0, 9)}",
                                       year=rnd.randint(2005, year), month=rnd.choice(MONTHS))
                else:
                    line = line.format(**fill)
                paras.append(line)
                paras.append("")
            if rnd.random() < 0.3:
                paras.append(paras[2])
                paras.append("")
            for line in rnd.sample(BOILER, 3):
                paras.append(line.format(**fill))
            text = "\n".join(paras)
            if year is None:
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
