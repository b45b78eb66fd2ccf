#!/usr/bin/env python3
"""Tag tests/data/pos/sentences.txt with the Python tagger of
`denckring-en-pos` 0.6.0 into tests/data/pos/agreement.tsv, which
`cargo test --test pos` checks the Rust port against.

usage: PYTHONPATH=DIR python3 scripts/gen_tagger_agreement.py

DIR is the unpacked wheel (the folder holding `denckring_en_pos/`). Only its
`perceptron.py` and `data/tagger.json.gz` are read (the package's
`__init__` needs the rest of denckring, so it is not imported).

Each sentence is tagged as written, in ALL CAPS (a headline or dateline
style) and in Title Case. Words are split roughly as src/token/split.rs does
(the test feeds the same words to both taggers, so the split only has to be
plausible); punctuation is dropped, as the model was trained without it.
Output: `word<TAB>label` lines, a blank line after each sentence.
"""

import gzip
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tests" / "data" / "pos" / "sentences.txt"
OUT = ROOT / "tests" / "data" / "pos" / "agreement.tsv"

TOKEN = re.compile(
    r"https?://\S+?(?=[.,;:!?)\"”’»]*(?:\s|$))|www\.\S+?(?=[.,;:!?)\"”’»]*(?:\s|$))"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Gen|Jan|Feb|Corp)\."
    r"|\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|\S"
)


def words(sentence: str) -> list[str]:
    out = []
    for tok in TOKEN.findall(sentence):
        low = tok.lower().replace("’", "'")
        if len(tok) > 3 and low.endswith("n't"):
            out += [tok[:-3], tok[-3:]]
        elif re.search(r"['’](s|re|ve|ll|d|m)$", low) and "'" in low[1:]:
            i = max(tok.rfind("'"), tok.rfind("’"))
            out += [tok[:i], tok[i:]]
        else:
            out.append(tok)
    out = [w.replace("’", "'") for w in out]
    return [w for w in out if any(c.isalnum() for c in w) or w in ("&", "'")]


def main() -> None:
    pkg = next(Path(p) for p in sys.path if (Path(p) / "denckring_en_pos").is_dir())
    spec = importlib.util.spec_from_file_location(
        "perceptron", pkg / "denckring_en_pos" / "perceptron.py"
    )
    perceptron = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(perceptron)
    raw = json.loads(gzip.decompress(
        (pkg / "denckring_en_pos" / "data" / "tagger.json.gz").read_bytes()))
    tagger = perceptron.Tagger(raw["weights"], raw["tagdict"], raw["classes"],
                               frozenset(raw["vocabulary"]))
    lines = [l for l in SRC.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    out = []
    n = 0
    for line in lines:
        for variant in (line, line.upper(), line.title()):
            ws = words(variant)
            for w, label in zip(ws, tagger.tag(ws), strict=True):
                out.append(f"{w}\t{label}")
            out.append("")
            n += 1
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{OUT}: {n} sentences, {sum(1 for l in out if l)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
