#!/usr/bin/env bash
# Cordon on a team's PostgreSQL: the console storing a feed of N OCSF findings in it and its next start
# listing them from it, then how long cordonctl takes to give up on a database port that is closed and on
# one that accepts and never answers. Starts a throw-away cluster on loopback (tests/support/pg-cluster.sh).
# Usage: tests/bench/bench_team.sh BUILD_DIR [N]
set -euo pipefail
build=${1:?usage: bench_team.sh BUILD_DIR [N]}
count=${2:-100000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
chmod 755 "$work"
info="$work/pg.info"
trap '"$here/../support/pg-cluster.sh" stop "$info"; rm -rf "$work"' EXIT

"$here/../support/pg-cluster.sh" start "$info"
cluster=$(cat "$info")
port=$(cat "$cluster/port")
PGHOST=$cluster PGPORT=$port PGUSER=postgres "$here/../../packaging/postgresql/cordon-team-setup.sh" \
    --database bench >/dev/null

feed="$work/ocsf-$count.json"
python3 "$here/make-ocsf.py" "$count" "$feed"
echo "feed: $count findings, $(du -m "$feed" | cut -f1) MB; PostgreSQL $(psql -V | awk '{print $3}') on loopback"
mkdir "$work/console"
# The owner's console makes the schema, lists the feed and stores it; an analyst's next start lists it.
CORDON_DATABASE_URL="postgresql://cordon_owner@127.0.0.1:$port/bench" QT_QPA_PLATFORM=offscreen \
    "$build/tests/bench/bench_console" "$feed" "$work/console"
CORDON_DATABASE_URL="postgresql://alice@127.0.0.1:$port/bench" QT_QPA_PLATFORM=offscreen \
    "$build/tests/bench/bench_console" --restart "$work/console"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
give_up() {
    local label=$1 url=$2
    CORDON_DATA_DIR=$work CORDON_CONFIG_DIR=$work CORDON_DATABASE_URL=$url \
        /usr/bin/time -f "$label: cordonctl db check gave up after %e s" \
        "$build/app/cli/cordonctl" db check 2>&1 >/dev/null | tail -n 1 || true
}
give_up "closed port" "postgresql://alice@127.0.0.1:$(free_port)/bench"
silent=$(free_port)
python3 -c "import socket,time; s=socket.socket(); s.bind(('127.0.0.1', $silent)); s.listen(8); time.sleep(60)" &
listener=$!
sleep 0.5
give_up "a port that accepts and never answers" "postgresql://alice@127.0.0.1:$silent/bench"
kill "$listener"
