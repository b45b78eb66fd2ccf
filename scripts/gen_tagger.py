#!/usr/bin/env python3
"""Convert the averaged-perceptron weights of `denckring-en-pos` 0.6.0 into
data/tagger/weights.tsv.gz, the table `src/token/tagger.rs` embeds.

usage: python3 scripts/gen_tagger.py [PACKAGE_DIR]

PACKAGE_DIR is the unpacked wheel (the folder holding `denckring_en_pos/`);
without it the wheel is fetched with `pip download denckring-en-pos==0.6.0
--no-deps` into a temporary folder and unpacked there.

The output is plain text, gzip'd with a zero timestamp so that it is
byte-identical from run to run:

    classes<TAB>LABEL<TAB>LABEL...        labels in sorted order (the tie-break)
    tagdict<TAB>WORD<TAB>CLASS            a word the tagger answers by lookup
    w<TAB>FEATURE<TAB>CLASS:MILLIS,...    one feature's weights, in the order
                                          the JSON lists them

Every weight of 0.6.0 has three decimals, so MILLIS (weight * 1000, an
integer) is exact; the script fails if that ever stops being true.
"""

import gzip
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "tagger" / "weights.tsv.gz"


def package_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "denckring-en-pos==0.6.0",
         "--no-deps", "-d", str(tmp)],
        check=True,
    )
    wheel = next(tmp.glob("*.whl"))
    zipfile.ZipFile(wheel).extractall(tmp / "unpacked")
    return tmp / "unpacked"


def main() -> None:
    src = package_dir() / "denckring_en_pos" / "data" / "tagger.json.gz"
    model = json.loads(gzip.decompress(src.read_bytes()).decode("utf-8"))
    classes = sorted(model["classes"])
    index = {label: i for i, label in enumerate(classes)}
    out = io.StringIO()
    out.write("classes\t" + "\t".join(classes) + "\n")
    for word, label in sorted(model["tagdict"].items()):
        assert "\t" not in word and "\n" not in word, word
        out.write(f"tagdict\t{word}\t{index[label]}\n")
    for feat, row in model["weights"].items():
        assert "\t" not in feat and "\n" not in feat, feat
        cells = []
        for label, weight in row.items():
            millis = round(weight * 1000)
            if float(millis) / 1000 != weight:
                sys.exit(f"weight {weight!r} of {feat!r} is not a whole number of thousandths")
            cells.append(f"{index[label]}:{millis}")
        out.write(f"w\t{feat}\t{','.join(cells)}\n")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(out.getvalue().encode("utf-8"))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(buf.getvalue())
    print(f"{OUT}: {len(model['weights'])} features, {len(model['tagdict'])} tagdict words, "
          f"{OUT.stat().st_size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
