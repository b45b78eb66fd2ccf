#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ one after another, each for a given time.
#
# usage: scripts/fuzz.sh SECONDS [TARGET...]   (default: every target)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). It wants a nightly compiler;
# on a stable toolchain RUSTC_BOOTSTRAP=1 (set here) unlocks the flags it uses.
# One fuzzer runs at a time, at the lowest priority (nice 19), on one core.
#
# Each target's corpus grows in fuzz/corpus/TARGET (seeded from the committed
# fuzz/seeds/TARGET); crashes, hangs (an input slower than FUZZ_TIMEOUT
# seconds) and out-of-memory inputs (above FUZZ_RSS_MB) are saved in
# fuzz/artifacts/TARGET/, and the full log in fuzz/logs/TARGET.log. A target
# stops at its first failing input. A summary line per target is printed at
# the end; the exit code is 1 when any target failed.
#
# Environment: FUZZ_SANITIZER (default address; none is faster), FUZZ_TIMEOUT
# (default 10), FUZZ_RSS_MB (default 2048).
#
# To replay one input: RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...
set -uo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh SECONDS [TARGET...]" >&2
    exit 2
fi
secs=$1
shift
export RUSTC_BOOTSTRAP=1
san=${FUZZ_SANITIZER:-address}
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
all=$(cargo fuzz list)
if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets <<<"$all"; fi
for t in "${targets[@]}"; do
    if ! grep -qx "$t" <<<"$all"; then
        echo "unknown target '$t'; expected one of: $(echo $all)" >&2
        exit 2
    fi
done
for t in "${targets[@]}"; do
    nice -n 19 cargo fuzz build --sanitizer "$san" "$t" || exit 2
done
mkdir -p fuzz/logs
summary=()
failed=0
for t in "${targets[@]}"; do
    mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t" "fuzz/seeds/$t"
    log="fuzz/logs/$t.log"
    echo "fuzzing $t for ${secs}s (log: $log)" >&2
    start=$(date +%s)
    nice -n 19 cargo fuzz run --sanitizer "$san" "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
        -max_total_time="$secs" -timeout="$timeout" -rss_limit_mb="$rss" \
        -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" >"$log" 2>&1
    rc=$?
    took=$(($(date +%s) - start))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    if [ -z "$execs" ]; then
        execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    fi
    corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
    found=$(find "fuzz/artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' -o -name 'slow-unit-*' \) -newermt "@$start" | wc -l)
    status=ok
    if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
        status="FAILED (exit $rc; see $log and fuzz/artifacts/$t/)"
        failed=1
    fi
    summary+=("$(printf '%-11s %5ss  executions %-10s corpus %-6s crashes %-3s %s' "$t" "$took" "${execs:-?}" "$corpus" "$found" "$status")")
done
echo
printf '%s\n' "${summary[@]}"
exit $failed
