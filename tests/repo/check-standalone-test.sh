#!/usr/bin/env bash
# scripts/check-standalone.sh refuses a repository that names a path outside itself, and passes one that
# does not: each case is a one-file repository.
set -uo pipefail
check=$(cd "$(dirname "$0")/../.." && pwd)/scripts/check-standalone.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# The names the check refuses are spelled here as placeholders, so that this file does not name them itself:
# %UP% is the parent folder, %SH% the research folder's name, %WK% %HM% %RT% %US% machine folders, %FA% %FO%
# %DE% notes kept outside the repository.
spell() {
    printf '%s' "$1" | sed -e 's/%UP%/../g' -e 's/%SH%/sha''red/g' -e 's/%WK%/wo''rk/g' -e 's/%HM%/ho''me/g' \
        -e 's/%RT%/ro''ot/g' -e 's/%US%/Use''rs/g' -e 's/%FA%/FAC''TS/g' -e 's/%FO%/FORM''ATS/g' -e 's/%DE%/DES''IGN/g'
}

# expect WANTED_EXIT FILE_NAME CONTENT (spelled)
expect() {
    local repo content
    content=$(spell "$3")
    repo=$(mktemp -d "$work/repo.XXXX")
    git -C "$repo" init -q
    mkdir -p "$(dirname "$repo/$2")"
    printf '%s\n' "$content" >"$repo/$2"
    git -C "$repo" add -A
    "$check" "$repo" >/dev/null 2>&1
    local got=$?
    if [ "$got" -ne "$1" ]; then
        echo "FAIL: $2 holding '$content': exit $got, wanted $1" >&2
        failures=$((failures + 1))
    else
        echo "ok: $2 holding '$content': exit $got"
    fi
}

# What must be refused.
expect 1 tests/CMakeLists.txt 'get_filename_component(D "${PROJECT_SOURCE_DIR}/%UP%/%SH%" ABSOLUTE)'
expect 1 tests/CMakeLists.txt 'set(D ${CMAKE_SOURCE_DIR}/%UP%/fixtures)'
expect 1 app/a.cpp '// The rule comes from %UP%/%SH%/okta/%FA%.md.'
expect 1 README.md 'See %UP%\%SH%\feeds for examples.'
expect 1 scripts/run.sh 'cp /%WK%/%SH%/feeds/x.json tests/'
expect 1 scripts/run.sh 'cd /%HM%/analyst/cordon && make'
expect 1 docs/a.md 'Built in /%US%/dev/src/cordon.'
expect 1 docs/b.md 'Open C:\%US%\dev\cordon.sqlite.'
expect 1 tests/c.cpp 'QFile f("/%RT%/.config/x");'
expect 1 app/b.h '// Okta answers 411 here (%FA% §1a).'
expect 1 app/c.h '// The normalized model (feeds/%FO%.md §5).'
expect 1 app/d.h '// The fault syntax of %DE%.md.'
# What must pass: the repository's own paths, system paths and URLs.
expect 0 app/a.cpp '#include "../core/Journal.h"'
expect 0 README.md 'Fixtures are in tests/data/feeds; shared scaffolding in tests/support.'
expect 0 scripts/run.sh 'install -m 0644 x /usr/share/cordon/ && ls /etc/hosts /tmp'
expect 0 docs/a.md 'https://developer.okta.com/%HM%/docs and ~/%WK%/notes'
expect 0 app/e.h '// Okta answers 411 here (docs/okta.md §Requests); see README.md and docs/ARCHITECTURE.md.'
expect 0 docs/b.md 'QStandardPaths gives <GenericDataLocation>/Cordon/cordon.sqlite.'

# The repository itself.
if ! "$check"; then
    echo "FAIL: this repository names a path outside itself" >&2
    failures=$((failures + 1))
fi
exit $((failures > 0))
