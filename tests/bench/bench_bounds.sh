#!/usr/bin/env bash
# Resource bounds: N generated console.incident/v1 records (NDJSON) through `cordonctl incidents --json`,
# with wall time and peak memory from /usr/bin/time -v; the same feed against a smaller --max-bytes,
# which must be refused up front; then the feed held in memory (bench_hold) under feeds/maxIncidents.
# Usage: tests/bench/bench_bounds.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: bench_bounds.sh BUILD_DIR [N]}
count=${2:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

feed="$work/incidents-$count.ndjson"
python3 "$here/make-incidents.py" "$count" "$feed"
bytes=$(stat -c %s "$feed")
echo "feed: $count incidents, $((bytes / 1048576)) MB"
cat "$feed" > /dev/null

export CORDON_DATA_DIR=$work CORDON_CONFIG_DIR=$work
run() {
    local label=$1
    shift
    local status=0
    /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || status=$?
    printf '%s: exit %d, %s s wall, %s KB peak\n' "$label" "$status" \
        "$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')" \
        "$(grep 'Maximum resident set size' "$work/time.txt" | awk '{print $NF}')"
    grep -v '^\s' "$work/time.txt" | grep -v '^Command' | tail -n 2 || true
}
# Room for the whole feed: every incident printed.
run "cordonctl incidents --json (limit $((bytes / 1048576 + 1)) MB)" \
    "$build/app/cli/cordonctl" --json incidents "$feed" --max-bytes "$((bytes / 1048576 + 1))M"
# A limit below the feed's size: refused before anything is read.
run "cordonctl incidents --json (limit 64 MB)" "$build/app/cli/cordonctl" --json incidents "$feed" --max-bytes 64M
# Held in memory as the console holds a feed: under the default feeds/maxIncidents, and with room for all.
"$build/tests/bench/bench_hold" "$feed"
"$build/tests/bench/bench_hold" "$feed" "$count"
