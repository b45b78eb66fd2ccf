#!/usr/bin/env bash
# Throughput and memory of `actorgraph build` on a generated corpus.
#
# usage: scripts/bench.sh [SIZE_MB] [PROFILE]   (default 100, real)
#
# BENCH_RUNS (default 3) runs of each thread count, alternating, and the
# fastest of each is kept: on a shared machine a single run can be a third
# slower than the next, which made the 2-thread speed-up swing from 1.67x to
# 2.17x between two runs of one build.
#
# PROFILE is a corpus profile of scripts/gen_corpus.py: `real` (the default:
# the development-set articles and the sample, read from ../shared, paragraphs
# reordered and names swapped; what production text costs), `random` (the worst
# case: every report a new edge) or `news` (longer articles, few relations
# per article, prominent actors and events reported many times). Prints, for
# 1 and 2 threads: wall time, MB/s, articles/s and peak resident
# memory (from /usr/bin/time -v), then the gazetteer's load time. Figures, not
# a test: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
profile=${2:-real}
work=${BENCH_DIR:-/tmp/actorgraph-bench}
mkdir -p "$work"
if [ "$profile" = random ]; then
    corpus="$work/corpus-${size}MB.jsonl"
else
    corpus="$work/corpus-${size}MB-$profile.jsonl"
fi
[ -f "$corpus" ] || python3 scripts/gen_corpus.py "$size" "$corpus" "$profile"
cargo build --release --quiet
bin=target/release/actorgraph
bytes=$(stat -c %s "$corpus")
articles=$(wc -l < "$corpus")
if [ ! -x /usr/bin/time ]; then
    echo "note: /usr/bin/time is missing (apt-get install time); peak memory will not be shown" >&2
fi
runs=${BENCH_RUNS:-3}
rm -f "$work"/secs-1 "$work"/secs-2 "$work"/rss-1 "$work"/rss-2
for run in $(seq "$runs"); do
for threads in 1 2; do
    out="$work/graph-$threads.json"
    if [ -x /usr/bin/time ]; then
        # Not -q: with stderr not a terminal there is no progress bar, and
        # the last line sums up the graph that the peak memory is read against.
        /usr/bin/time -v "$bin" build "$corpus" --threads "$threads" -f json -o "$out" 2> "$work/time-$threads.txt"
        wall=$(grep "Elapsed (wall clock)" "$work/time-$threads.txt" | awk '{print $NF}')
        rss=$(grep "Maximum resident set size" "$work/time-$threads.txt" | awk '{print $NF}')
        secs=$(python3 -c "p='$wall'.split(':'); print(sum(float(x)*60**i for i,x in enumerate(reversed(p))))")
    else
        start=$(date +%s.%N)
        "$bin" build "$corpus" --threads "$threads" -q -f json -o "$out"
        secs=$(python3 -c "import time; print(time.time() - $start)")
        rss=0
    fi
    echo "$secs" >> "$work/secs-$threads"
    echo "$rss" >> "$work/rss-$threads"
done
done
for threads in 1 2; do
    python3 -c "
b=$bytes; a=$articles
runs=[float(x) for x in open('$work/secs-$threads').read().split()]
r=max(int(x) for x in open('$work/rss-$threads').read().split())
s=min(runs)
each=' '.join('%.2f' % x for x in runs)
print(f'$profile {b/1e6:.0f} MB, threads {$threads}: {s:7.2f} s  {b/1e6/s:7.1f} MB/s  {a/s:9.0f} articles/s  peak {r/1024:6.0f} MB  (runs: {each} s)')"
done
python3 -c "
s1=min(float(x) for x in open('$work/secs-1').read().split())
s2=min(float(x) for x in open('$work/secs-2').read().split())
print(f'speed-up with 2 threads (fastest runs): {s1/s2:.2f}x')"
cmp -s "$work/graph-1.json" "$work/graph-2.json" && echo "outputs identical for 1 and 2 threads" || echo "OUTPUTS DIFFER between 1 and 2 threads"
grep -h "^actorgraph:" "$work/time-1.txt" 2>/dev/null | sed 's/ -> .*//; s/^actorgraph: /graph: /' || true
"$bin" gazetteer stats | tail -1 | sed 's/^/default gazetteer /'
