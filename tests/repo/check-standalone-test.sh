#!/usr/bin/env bash
# scripts/check-standalone.sh refuses a repository that names a path outside itself, and passes one that
# does not: each case is a one-file repository.
set -uo pipefail
check=$(cd "$(dirname "$0")/../.." && pwd)/scripts/check-standalone.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect WANTED_EXIT FILE_NAME CONTENT
expect() {
    local repo
    repo=$(mktemp -d "$work/repo.XXXX")
    git -C "$repo" init -q
    mkdir -p "$(dirname "$repo/$2")"
    printf '%s\n' "$3" >"$repo/$2"
    git -C "$repo" add -A
    "$check" "$repo" >/dev/null 2>&1
    local got=$?
    if [ "$got" -ne "$1" ]; then
        echo "FAIL: $2 holding '$3': exit $got, wanted $1" >&2
        failures=$((failures + 1))
    else
        echo "ok: $2 holding '$3': exit $got"
    fi
}

# What must be refused.
expect 1 tests/CMakeLists.txt 'get_filename_component(D "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)'
expect 1 tests/CMakeLists.txt 'set(D ${CMAKE_SOURCE_DIR}/../fixtures)'
expect 1 app/a.cpp '// The rule comes from ../shared/okta/FACTS.md.'
expect 1 README.md 'See ..\shared\feeds for examples.'
expect 1 scripts/run.sh 'cp /work/shared/feeds/x.json tests/'
expect 1 scripts/run.sh 'cd /home/analyst/cordon && make'
expect 1 docs/a.md 'Built in /Users/dev/src/cordon.'
expect 1 docs/b.md 'Open C:\Users\dev\cordon.sqlite.'
expect 1 tests/c.cpp 'QFile f("/root/.config/x");'
expect 1 app/b.h '// Okta answers 411 here (FACTS §1a).'
expect 1 app/c.h '// The normalized model (feeds/FORMATS.md §5).'
expect 1 app/d.h '// The fault syntax of DESIGN.md.'
# What must pass: the repository's own paths, system paths and URLs.
expect 0 app/a.cpp '#include "../core/Journal.h"'
expect 0 README.md 'Fixtures are in tests/data/feeds; shared scaffolding in tests/support.'
expect 0 scripts/run.sh 'install -m 0644 x /usr/share/cordon/ && ls /etc/hosts /tmp'
expect 0 docs/a.md 'https://developer.okta.com/home/docs and ~/work/notes'
expect 0 app/e.h '// Okta answers 411 here (docs/okta.md §Requests); see README.md and docs/ARCHITECTURE.md.'
expect 0 docs/b.md 'QStandardPaths gives <GenericDataLocation>/Cordon/cordon.sqlite.'

# The repository itself.
if ! "$check"; then
    echo "FAIL: this repository names a path outside itself" >&2
    failures=$((failures + 1))
fi
exit $((failures > 0))
