#!/usr/bin/env bash
# Installs what is needed, builds with warnings as errors, and runs every test.
# Tests that need the OS keychain run against a private gnome-keyring started by
# tests/with-keyring.sh, never the user's own.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
tests/with-keyring.sh ctest --preset ci -j "$(nproc)"
