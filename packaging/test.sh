#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test.
# Tests that need the OS keychain run against a private gnome-keyring started by
# tests/with-keyring.sh, never the user's own. Then the parser and expression
# robustness tests run again in an AddressSanitizer/UBSan build, bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
jobs=$(nproc)
# Let ccache reuse objects between checkouts in different folders (CI clones afresh).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1

cmake --preset ci
cmake --build --preset ci -j "$jobs"
tests/with-keyring.sh ctest --preset ci -j "$jobs"

sanitized_tests=(test_expression_fuzz test_yamlparser test_templateexpander test_conformance)
cmake --preset asan
cmake --build --preset asan -j "$jobs" --target "${sanitized_tests[@]}"
regex=$(IFS='|'; echo "^(${sanitized_tests[*]})\$")
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan -R "$regex" --output-on-failure --timeout 600
