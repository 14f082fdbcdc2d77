#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format makes of it, or a control statement has no braces.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
[ ${#files[@]} -eq 0 ] && exit 0
if ! clang-format --dry-run -Werror "${files[@]}"; then
    echo "Formatting differs from .clang-format: run clang-format -i on the files above." >&2
    exit 1
fi
# clang-format 14 cannot insert braces; this finds a control statement without them.
python3 scripts/check-braces.py
