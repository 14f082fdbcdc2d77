#!/usr/bin/env bash
# Fails when a tracked file names a path outside the repository: the research folder kept beside a
# clone or a note in it, a user's or a build machine's own folders, or a CMake path that climbs out of
# the source tree.
# A clone must build, test and run with nothing beside it.
# usage: check-standalone.sh [REPOSITORY]   (default: the repository holding this script)
set -euo pipefail
repo=${1:-$(dirname "$0")/..}
cd "$repo"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "$repo is not a git checkout: the tracked files cannot be listed." >&2
    exit 2
fi

# Each pattern is an extended regular expression; the character classes keep this file from naming
# what it looks for.
patterns=(
    '\.\.[/\\]share[d]([/\\]|$|[^A-Za-z0-9_])'
    '(^|[^A-Za-z0-9_.~-])/(wor[k]|hom[e]|roo[t]|User[s])/[A-Za-z0-9_.-]'
    '[A-Za-z]:\\User[s]\\'
    '(PROJECT|CMAKE|CMAKE_CURRENT)_SOURCE_DI[R]\}/\.\.'
    # Notes kept beside a clone, not in it: what the code relies on is in docs/ instead.
    '(^|[^A-Za-z_])(FACT[S]|FORMAT[S]|DESIG[N]|STYL[E])\.md'
    'FACT[S] §'
)
pattern=$(IFS='|'; echo "${patterns[*]}")

# Vendored third-party text is kept byte for byte, whatever it names.
mapfile -d '' files < <(git ls-files -z -- . ':!:tests/contract/okta/*' ':!:*LICENSE*')
[ ${#files[@]} -eq 0 ] && exit 0
if hits=$(grep -nIE -- "$pattern" "${files[@]}"); then
    echo "$hits" >&2
    echo "These tracked files name a path outside the repository; a clone must stand alone." >&2
    exit 1
fi
