#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the tests: start INFO makes it in a new folder under the
# temporary folder (as a user other than root, since PostgreSQL refuses root, and one that can reach the
# folder), with the team's roles from packaging/postgresql and three analysts: alice and bob, trusted from
# loopback, and carol, who must give her password (carol-pw). INFO receives the folder's path; the port is
# in the folder's file port. stop INFO ends the cluster and removes its folder.
set -euo pipefail
action=$1
info=$2
here=$(cd "$(dirname "$0")" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: postgresql)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$info" ] && dir=$(cat "$info") && [ -f "$dir/port" ] &&
        as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        exit 0
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/cordon-pg.XXXXXX")
    chmod 755 "$dir"
    echo "$dir" >"$info"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=reject -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    cat >"$dir/data/pg_hba.conf" <<HBA
local all all trust
host all carol 127.0.0.1/32 scram-sha-256
host all carol ::1/128 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
HBA
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "$port" >"$dir/port"
    export PGHOST=$dir PGPORT=$port PGUSER=postgres
    as_owner env PGHOST="$dir" PGPORT="$port" PGUSER=postgres \
        "$here/../../packaging/postgresql/cordon-team-setup.sh" --database cordon alice bob carol >/dev/null
    as_owner psql -X -q -h "$dir" -p "$port" -U postgres -d postgres \
        -c "ALTER ROLE carol PASSWORD 'carol-pw'" -c "ALTER ROLE cordon_owner PASSWORD 'owner-pw'"
    ;;
stop)
    [ -f "$info" ] || exit 0
    dir=$(cat "$info")
    rm -f "$info"
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
