#!/usr/bin/env bash
# The README's main job: opens MLOps Workbench on the bundled sample workspace.
# With a display: the GUI. Without one: a headless run that creates the sample
# workspace and prints what it holds.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bin="${MLOPS_BIN_DIR:-$here/build/release/app}"
workspace="${MLOPS_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/mlops-workbench/sample}"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/gui/mlops-workbench" --workspace "$workspace" --sample
fi
echo "No display found: running headless on the sample workspace."
exec "$bin/cli/mlops" --workspace "$workspace" init --sample
