#!/usr/bin/env python3
"""Build one actorgraph graph from a JSON Lines corpus with Apache Spark.

Each Spark partition of the corpus is piped through
``actorgraph build - --format json -o - -q`` (one subprocess per partition);
the partial graphs come back to the driver, which merges them with
``actorgraph merge``. Merging is associative and commutative and gives the
same graph as one run over the whole corpus, so the output does not depend on
how Spark splits or orders the records: with every record carrying an id, it
is byte for byte the graph of ``actorgraph build corpus.jsonl -f json``.

Local mode (no cluster: Spark runs in this process's JVM)::

    pip install pyspark            # brings Spark itself; needs Java 17 or later
    cargo build --release          # or put `actorgraph` on PATH
    python3 examples/spark/actorgraph_spark.py \\
        --input corpus.jsonl --output graph.json --partitions 8 --master 'local[*]'

On a cluster, ship the binary with ``--files`` (a static build runs on any
Linux worker whatever its C library: ``cargo build --release --target
x86_64-unknown-linux-musl``); Spark copies it into each executor's working
folder, where this job finds it by its file name::

    spark-submit --master yarn --deploy-mode cluster \\
        --files target/x86_64-unknown-linux-musl/release/actorgraph,my-people.jsonl \\
        --conf spark.task.cpus=1 \\
        examples/spark/actorgraph_spark.py \\
        --input hdfs:///corpora/news-2024-03/*.jsonl.gz \\
        --output /shared/graphs/news-2024-03.json \\
        --partitions 400 --actorgraph actorgraph --gazetteer my-people.jsonl

Files given to ``--actorgraph``, ``--gazetteer`` and ``--rules`` are looked up
where the job runs (driver or executor): the path as given when it exists
there, else the file of that name shipped with ``--files``, else (for the
binary) ``actorgraph`` on PATH. ``--output`` is written on the driver's file
system (in cluster deploy mode: on the node the driver runs on, so use a
shared mount).

Ids: every record should carry an id (``--id-field``, default ``id``).
Without one, actorgraph names a record by its line in its input, and a line
number inside a partition means nothing: two articles would get the same id.
The job therefore stops on a record without an id, unless ``--number-lines``
is given: then such a record gets the id ``NAME:LINE`` from its line in the
whole input (NAME being the input's file name), which is what ``actorgraph
build NAME`` gives it. Numbering costs one more pass over the input.

Sizes: a partition is held in memory twice while it is piped (Python's copy
and the bytes written), and its partial graph once; choose ``--partitions``
so that a partition is some tens to a few hundred MB. Each task runs
actorgraph with ``--threads`` threads (default ``spark.task.cpus``, else 1),
since Spark already runs one task per core.

Exit status: 0 when the graph was written; 1 when actorgraph failed (its
messages are shown). Records that actorgraph skips (invalid JSON, no text)
are reported on the executors' stderr and do not stop the job.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# `actorgraph merge` commands take at most this many files each.
MERGE_BATCH = 256

REPO_BINARY = os.path.normpath(os.path.join(HERE, "..", "..", "target", "release", "actorgraph"))

# Options handed unchanged to `actorgraph build`: (option, metavar, help).
PASSED_VALUES = [
    ("--text-field", "FIELD", "JSON Lines field with the article text (dotted for nested fields)"),
    ("--date-field", "FIELD", "JSON Lines field with the publication date"),
    ("--url-field", "FIELD", "JSON Lines field with the source URL"),
    ("--title-field", "FIELD", "JSON Lines field with the title"),
    ("--date", "YYYY-MM-DD", "publication date of articles that carry none"),
]


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Build an actorgraph graph from a JSON Lines corpus with Apache Spark.",
        epilog="See the module docstring (or examples/spark/README.md) for cluster use.",
    )
    p.add_argument("--input", required=True,
                   help="JSON Lines corpus: a file, folder, glob or comma-separated list "
                        "(anything SparkContext.textFile reads, .gz included)")
    p.add_argument("--output", required=True,
                   help="the merged graph, on the driver; its extension picks the format "
                        "(.json, .graphml, .gexf, .dot)")
    p.add_argument("--partitions", type=int, default=None, metavar="N",
                   help="deal the records round-robin over N partitions, one actorgraph "
                        "run each (default: the partitions Spark reads)")
    p.add_argument("--actorgraph", default=None, metavar="PATH",
                   help="the actorgraph binary (default: actorgraph on PATH, else "
                        "target/release/actorgraph of this repository)")
    p.add_argument("--master", default=None,
                   help="Spark master, e.g. 'local[2]' (default: spark-submit's, else local[*])")
    p.add_argument("--partials", default=None, metavar="DIR",
                   help="keep the partial graphs in DIR (default: a temporary folder, removed)")
    p.add_argument("--threads", type=int, default=None, metavar="N",
                   help="actorgraph threads per task (default: spark.task.cpus, else 1)")
    p.add_argument("--number-lines", action="store_true",
                   help="give records without an id the id NAME:LINE (one more pass)")
    p.add_argument("--id-field", default="id", metavar="FIELD",
                   help="JSON Lines field with the document id (default: id)")
    for opt, metavar, text in PASSED_VALUES:
        p.add_argument(opt, default=None, metavar=metavar, help=text)
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                   help="add gazetteer entries from FILE (ship it with --files); repeatable")
    p.add_argument("--rules", action="append", default=[], metavar="FILE",
                   help="add relation rules from FILE (ship it with --files); repeatable")
    p.add_argument("--no-default-gazetteer", action="store_true",
                   help="do not load actorgraph's embedded gazetteer")
    p.add_argument("--max-evidence", type=int, default=None, metavar="N",
                   help="evidence sentences kept per edge (build and merge)")
    args = p.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        p.error(f"--partitions must be at least 1, not {args.partitions}")
    if args.threads is not None and args.threads < 1:
        p.error(f"--threads must be at least 1, not {args.threads}")
    return args


def default_binary():
    """`actorgraph` on PATH, else this repository's release build."""
    return shutil.which("actorgraph") or REPO_BINARY


def locate(path, executable=False):
    """The local file for `path` where this code runs (driver or executor):
    the path itself, else the file of that name shipped with --files, else
    (for a program) that name on PATH. None when none exists."""
    if os.path.isfile(path):
        return os.path.abspath(path)
    name = os.path.basename(path)
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(name)
        if os.path.isfile(shipped):
            if executable and not os.access(shipped, os.X_OK):
                # Shipped files are usually made executable; make sure.
                os.chmod(shipped, os.stat(shipped).st_mode | 0o755)
            return shipped
    except Exception:  # no SparkContext here, or no such file shipped
        pass
    if executable:
        return shutil.which(name)
    return None


def build_options(args, threads):
    """The `actorgraph build` options that do not name files, as a list."""
    opts = ["--id-field", args.id_field, "--threads", str(threads)]
    for opt, _, _ in PASSED_VALUES:
        value = getattr(args, opt[2:].replace("-", "_"))
        if value is not None:
            opts += [opt, value]
    if args.no_default_gazetteer:
        opts.append("--no-default-gazetteer")
    if args.max_evidence is not None:
        opts += ["--max-evidence", str(args.max_evidence)]
    return opts


def has_id(record, field):
    """Whether a parsed record has an id the way actorgraph reads one: a
    non-blank string or a number, under the key or a dotted path."""
    if not isinstance(record, dict):
        return True  # not an article: actorgraph reports and skips it
    value = record.get(field)
    if value is None and "." in field:
        value = record
        for part in field.split("."):
            value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return True
    return isinstance(value, str) and value.strip() != ""


def check_ids(lines, field):
    """Yields the lines, stopping at the first record without an id."""
    for line in lines:
        if line.strip():
            try:
                record = json.loads(line)
            except ValueError:
                record = None  # actorgraph reports and skips invalid JSON
            if not has_id(record, field):
                raise ValueError(
                    f"a record has no '{field}' field: {line[:120]!r}; without ids, "
                    "records in different partitions would get the same id; give "
                    "every record one (--id-field) or pass --number-lines"
                )
        yield line


def number_line(pair, field, name):
    """The line, with the id NAME:LINE when its record has none."""
    line, index = pair
    if not line.strip():
        return line
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict) or has_id(record, field):
        return line
    record[field] = f"{name}:{index + 1}"
    return json.dumps(record, ensure_ascii=False)


def spread(lines, n):
    """The lines dealt round-robin over `n` partitions.

    Not `lines.repartition(n)`: PySpark's moves batches of ten records, so a
    small input lands in fewer partitions than asked for."""

    def keyed(split, it):
        # Each input partition starts dealing at its own place, so their
        # first lines do not all go to partition 0.
        for i, line in enumerate(it):
            yield split + i, line

    return lines.mapPartitionsWithIndex(keyed).partitionBy(n, lambda k: k).values()


def partition_builder(binary, options, gazetteers, rules):
    """The mapPartitions function: a partition's lines in, its graph JSON out.

    An empty partition yields nothing (it adds nothing to the merge)."""

    def build(lines):
        data = "\n".join(lines)
        if not data.strip():
            return
        exe = locate(binary, executable=True)
        if exe is None:
            raise FileNotFoundError(
                f"actorgraph binary '{binary}' not found on this worker: ship it "
                "with spark-submit --files, or install it on every worker's PATH"
            )
        cmd = [exe, "build", "-", "--format", "json", "-o", "-", "-q"] + options
        for flag, files in (("--gazetteer", gazetteers), ("--rules", rules)):
            for f in files:
                local = locate(f)
                if local is None:
                    raise FileNotFoundError(f"{flag} file '{f}' not found on this worker; "
                                            "ship it with spark-submit --files")
                cmd += [flag, local]
        done = subprocess.run(cmd, input=(data + "\n").encode("utf-8"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # Exit 1 means some records were skipped: each is named on stderr,
        # and the graph of the rest is complete. 2 means nothing was built.
        if done.stderr:
            sys.stderr.write(done.stderr.decode("utf-8", "replace"))
        if done.returncode not in (0, 1):
            raise RuntimeError(
                f"actorgraph build exited with {done.returncode}: "
                + done.stderr.decode("utf-8", "replace").strip()
            )
        yield done.stdout.decode("utf-8")

    return build


def merge(binary, partials, output, max_evidence, folder):
    """Merges the partial graph files into `output` with `actorgraph merge`,
    at most MERGE_BATCH files a command (merging is associative, so batches
    of batches give the same graph). Returns actorgraph's exit status."""
    extra = [] if max_evidence is None else ["--max-evidence", str(max_evidence)]
    level = 0
    while len(partials) > MERGE_BATCH:
        merged = []
        for b in range(0, len(partials), MERGE_BATCH):
            path = os.path.join(folder, f"merge-{level}-{b // MERGE_BATCH:05d}.json")
            status = subprocess.run(
                [binary, "merge"] + partials[b:b + MERGE_BATCH] + ["-o", path, "-f", "json"] + extra
            ).returncode
            if status != 0:
                return status
            merged.append(path)
        partials, level = merged, level + 1
    return subprocess.run([binary, "merge"] + partials + ["-o", output] + extra).returncode


def empty_graph(binary, output):
    """Writes the graph of no articles (an input with no records)."""
    cmd = [binary, "build", "-", "--stdin-format", "jsonl", "--format", "json",
           "-o", output, "-q"]
    return subprocess.run(cmd, input=b"", stderr=subprocess.DEVNULL).returncode


def partial_graphs(spark, args, binary, folder):
    """Runs the Spark job; writes each partition's graph to FOLDER and
    returns the file paths."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    threads = args.threads or int(sc.getConf().get("spark.task.cpus", "1"))
    field = args.id_field
    lines = sc.textFile(args.input)
    if args.number_lines:
        name = os.path.basename(args.input.rstrip("/"))
        lines = lines.zipWithIndex().map(lambda p: number_line(p, field, name))
    else:
        lines = lines.mapPartitions(lambda it: check_ids(it, field))
    if args.partitions:
        lines = spread(lines, args.partitions)
    # Executors look the binary up again: the driver's path exists there in
    # local mode, the file shipped under its name on a cluster.
    graphs = lines.mapPartitions(
        partition_builder(binary, build_options(args, threads), args.gazetteer, args.rules)
    )
    # Build every partition in parallel and keep the graphs on the
    # executors' disks; then bring them to the driver one at a time (a
    # toLocalIterator straight over `graphs` would build them one by one).
    graphs.persist(StorageLevel.DISK_ONLY)
    graphs.count()
    partials = []
    for i, graph in enumerate(graphs.toLocalIterator()):
        path = os.path.join(folder, f"part-{i:05d}.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(graph)
        partials.append(path)
    graphs.unpersist()
    return partials


def main(argv=None):
    args = parse_args(argv)
    binary = args.actorgraph or default_binary()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("actorgraph")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    folder = args.partials or tempfile.mkdtemp(prefix="actorgraph-partials-")
    try:
        try:
            # Looked up with Spark running: in cluster deploy mode the
            # binary may be a file shipped with --files.
            driver_binary = locate(binary, executable=True)
            if driver_binary is None:
                sys.exit(f"actorgraph_spark: error: actorgraph binary '{binary}' not found; "
                         "build it (cargo build --release), put it on PATH or pass "
                         "--actorgraph PATH")
            os.makedirs(folder, exist_ok=True)
            partials = partial_graphs(spark, args, driver_binary, folder)
        finally:
            spark.stop()
        if partials:
            status = merge(driver_binary, partials, args.output, args.max_evidence, folder)
        else:
            status = empty_graph(driver_binary, args.output)
        if status != 0:
            sys.exit(f"actorgraph_spark: error: actorgraph exited with {status}")
        print(f"actorgraph_spark: {len(partials)} partial graphs merged -> {args.output}",
              file=sys.stderr)
    finally:
        if args.partials is None:
            shutil.rmtree(folder, ignore_errors=True)

if __name__ == "__main__":
    main()
