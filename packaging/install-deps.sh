#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running MLOps Workbench need.
# Idempotent: packages already present are left as they are. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6.4 (Debian 12)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-httpserver-dev
  qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6opengl6-dev libgl-dev libxkbcommon-dev
  # libraries
  libeigen3-dev libyaml-cpp-dev libspdlog-dev libsqlite3-dev qtkeychain-qt6-dev
  # benchmarks
  libbenchmark-dev
  # keychain for tests and for running: a Secret Service in a private D-Bus session
  gnome-keyring libsecret-tools dbus dbus-x11
  # fonts so the GUI renders Latin and Japanese text offscreen and in screenshots
  fonts-dejavu-core fonts-noto-cjk
  # a display for the GUI when there is none (the README's run command falls back to headless)
  xvfb xauth
  # the agent runs steps through bash and clones repositories with git
  bash python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
