#!/usr/bin/env bash
# Parses a generated OCSF file of N findings with `cordonctl incidents --json` and, as the yardstick,
# with `jq -c '.[]'`; prints wall time and peak memory of each, the console's list and filter times, and its
# next start from the database it stored the feed in.
# Usage: tests/bench/bench_feed.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: bench_feed.sh BUILD_DIR [N]}
count=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

feed="$work/ocsf-$count.json"
python3 "$here/make-ocsf.py" "$count" "$feed"
echo "feed: $count findings, $(du -m "$feed" | cut -f1) MB"

measure() {
    local label=$1
    shift
    /usr/bin/time -f "$label: %e s wall, %M KB peak" "$@" > /dev/null 2> "$work/time.txt" || true
    tail -n 1 "$work/time.txt"
}
# Warm the page cache so that both read the file from memory.
cat "$feed" > /dev/null
measure "jq -c '.[]'" jq -c '.[]' "$feed"
CORDON_DATA_DIR=$work CORDON_CONFIG_DIR=$work measure "cordonctl incidents --json" \
    "$build/app/cli/cordonctl" --json incidents "$feed"
if [ -x "$build/tests/bench/bench_console" ]; then
    mkdir "$work/console"
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_console" "$feed" "$work/console"
    # The next start alone, in a process of its own: its time and peak memory are the start's.
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_console" --restart "$work/console"
fi
