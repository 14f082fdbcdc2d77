#!/usr/bin/env bash
# Hardening checks, run by CI after scripts/test.sh:
#   1. every fuzz target (tests/fuzz) for a bounded time: clang's libFuzzer with AddressSanitizer and
#      UndefinedBehaviorSanitizer, from the seed corpora;
#   2. the whole test suite built with AddressSanitizer (LeakSanitizer included) and
#      UndefinedBehaviorSanitizer, in a private D-Bus session with gnome-keyring as scripts/test.sh does.
# CORDON_FUZZ_SECONDS (default 30) is each target's time; CORDON_HARDENING=fuzz or =sanitize runs one half.
# CI leaves the console's GUI tests out of the sanitizer build to stay within its time (they pass under it:
# CORDON_SANITIZE_GUI=1 includes them, about 10 minutes more on two cores).
# Build folders: build-fuzz and build-asan (CORDON_FUZZ_DIR, CORDON_ASAN_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."

parts=${CORDON_HARDENING:-fuzz sanitize}
seconds=${CORDON_FUZZ_SECONDS:-30}
sanitize_gui=${CORDON_SANITIZE_GUI:-0}
fuzz_dir=${CORDON_FUZZ_DIR:-build-fuzz}
asan_dir=${CORDON_ASAN_DIR:-build-asan}
jobs=$(nproc)

missing=()
for package in clang-14 libclang-rt-14-dev llvm-14; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Symbolized stacks; undefined behaviour and leaks fail the run. A segmentation fault is left to kill the
# process as it would without the sanitizer (the crash tests expect that), and still fails its test.
export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:handle_segv=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0

started=$SECONDS
say() { echo "== test-hardening [$((SECONDS - started)) s]: $*"; }

if [[ " $parts " == *" fuzz "* ]]; then
    say "fuzz build"
    cmake -S . -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
        -DCORDON_FUZZ=ON -DCORDON_FUZZ_SECONDS="$seconds" -DCORDON_BUILD_GUI=OFF
    cmake --build "$fuzz_dir" -j"$jobs" --target cordon_fuzz
    say "fuzzing, ${seconds} s a target"
    # One target at a time: two at once would only halve each one's executions on two cores.
    if ! ctest --test-dir "$fuzz_dir" -L '^fuzz$' --output-on-failure; then
        echo "A fuzz target failed. The input is in $fuzz_dir/tests/fuzz/fuzz-artifacts/<target>/:"
        echo "add it to tests/fuzz/corpus/<target>/ and a test for it beside the code's own tests."
        exit 1
    fi
fi

if [[ " $parts " == *" sanitize "* ]]; then
    say "AddressSanitizer and UndefinedBehaviorSanitizer build"
    # -O1 and line tables only: less to compile than -O2 -g, and stacks still name the lines.
    cmake -S . -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        -DCORDON_SANITIZE=address,undefined -DCORDON_BUILD_GUI=$([ "$sanitize_gui" = 1 ] && echo ON || echo OFF)
    cmake --build "$asan_dir" -j"$jobs"
    say "test suite under the sanitizers"
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    dbus-run-session -- bash -c '
        echo -n cordon-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        ctest --test-dir "$0" --output-on-failure --timeout 900 -j2 -LE "^(fuzz|packaging)$"
    ' "$asan_dir"
fi
say "done"
