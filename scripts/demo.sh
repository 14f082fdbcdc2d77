#!/usr/bin/env bash
# Sets up, builds and starts the console against a simulated Okta org on this computer.
# Pass an Okta org instead with: scripts/demo.sh --no-demo
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${CORDON_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORDON_BUILD_TESTS=OFF
cmake --build "$build" -j"$(nproc)" --target cordon cordonctl cordon-okta-sim

if [ "${1:-}" = "--no-demo" ]; then
    exec "$build/app/gui/cordon"
fi
exec "$build/app/gui/cordon" --demo
