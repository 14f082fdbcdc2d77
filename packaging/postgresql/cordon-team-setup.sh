#!/usr/bin/env bash
# Makes a team's Cordon database on PostgreSQL: the database, the role that owns its schema and the role
# every analyst is a member of, then a login role per analyst named on the command line. Safe to run
# again, to add analysts. Run it as a PostgreSQL superuser; psql connects as the PG* variables say, e.g.
#   sudo -u postgres packaging/postgresql/cordon-team-setup.sh --database cordon alice bob
# Then give each role its password (psql: \password alice) and run `cordonctl db migrate` once as
# cordon_owner to create the schema; see README.md beside this script.
set -euo pipefail

database=cordon
analysts=()
while [ $# -gt 0 ]; do
    case "$1" in
        --database) database="$2"; shift 2 ;;
        --help|-h) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) analysts+=("$1"); shift ;;
    esac
done

name_pattern='^[a-z_][a-z0-9_.@-]{0,62}$'
for name in "$database" "${analysts[@]}"; do
    if ! [[ "$name" =~ $name_pattern ]]; then
        echo "not a name Cordon's setup takes: $name (lowercase letters, digits, _ . @ -)" >&2
        exit 2
    fi
done

psql=(psql -X -q -v ON_ERROR_STOP=1)

"${psql[@]}" -d postgres -v db="$database" <<'SQL'
SELECT 'CREATE ROLE cordon_owner LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cordon_owner') \gexec
SELECT 'CREATE ROLE cordon_analyst NOLOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cordon_analyst') \gexec
SELECT format('CREATE DATABASE %I OWNER cordon_owner', :'db')
    WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
-- Only Cordon's roles reach the database.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO cordon_owner, cordon_analyst;
SQL

"${psql[@]}" -d "$database" <<'SQL'
-- The owner creates the schema (cordonctl db migrate); analysts use it, with the grants its migrations
-- give cordon_analyst: they add audit entries and read them, and never change or delete one.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cordon_analyst;
SQL

for analyst in "${analysts[@]}"; do
    "${psql[@]}" -d postgres -v analyst="$analyst" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'analyst') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'analyst') \gexec
GRANT cordon_analyst TO :"analyst";
SQL
done
echo "Database $database is ready for ${#analysts[@]} analyst(s). Set passwords with \\password, then run cordonctl db migrate as cordon_owner."
