#!/usr/bin/env bash
# Sets up, builds with warnings as errors, checks the formatting and runs every test, on a fresh Debian 12.
# Keychain tests talk to a real Secret Service: gnome-keyring in a private D-Bus session.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

if [ -f tests/contract/package-lock.json ]; then
    npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error
    export CORDON_REQUIRE_CONTRACT=1
fi

scripts/check-format.sh
scripts/check-standalone.sh

build=${CORDON_BUILD_DIR:-build-test}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORDON_WERROR=ON
cmake --build "$build" -j"$(nproc)"

export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    echo -n cordon-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "$0" --output-on-failure --timeout 600 -j2
' "$build"
