#!/usr/bin/env bash
# Runs a command with a private, throwaway Secret Service, e.g.
#   tests/with-keyring.sh ctest --test-dir build/dev --output-on-failure
#
# Starts its own D-Bus session bus and a gnome-keyring-daemon (secrets component
# only) whose keyring lives in a temporary HOME / XDG_DATA_HOME, unlocked with a
# fixed password, checks that a secret can be stored and read back with
# secret-tool, runs "$@" with that environment and exits with its status. Both
# daemons are stopped and the temporary folder removed on exit. The user's own
# session bus and keyring are never touched.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

for tool in dbus-daemon gnome-keyring-daemon secret-tool; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring.sh: '$tool' is not installed (Debian: dbus, gnome-keyring, libsecret-tools)" >&2
    exit 3
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mlops-keyring.XXXXXX")
bus_pid=""
keyring_pid=""

cleanup() {
  if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
  if [ -n "$bus_pid" ]; then kill "$bus_pid" 2>/dev/null || true; fi
  if [ -n "$keyring_pid" ]; then wait "$keyring_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export HOME="$tmp/home"
export XDG_DATA_HOME="$tmp/data"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# Keep qtkeychain on the Secret Service (it prefers KWallet on a KDE desktop).
export XDG_CURRENT_DESKTOP=GNOME
unset DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# 1. A private session bus.
bus_info=$(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1)
DBUS_SESSION_BUS_ADDRESS=$(printf '%s\n' "$bus_info" | sed -n 1p)
bus_pid=$(printf '%s\n' "$bus_info" | sed -n 2p)
export DBUS_SESSION_BUS_ADDRESS
if [ -z "$DBUS_SESSION_BUS_ADDRESS" ] || [ -z "$bus_pid" ]; then
  echo "with-keyring.sh: could not start a D-Bus session bus" >&2
  exit 3
fi

# 2. gnome-keyring-daemon on that bus; --unlock reads the password from stdin and
#    creates the (default) login keyring with it.
printf 'mlops-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$tmp/keyring.env" 2>"$tmp/keyring.log" &
keyring_pid=$!

# 3. Wait until it answers, then check a store/lookup/clear round trip.
probe="probe-$$-$RANDOM"
ready=""
for _ in $(seq 1 100); do
  if printf '%s' "$probe" | timeout 5 secret-tool store --label=mlops-keyring-probe mlops-keyring-probe "$probe" 2>/dev/null \
     && [ "$(timeout 5 secret-tool lookup mlops-keyring-probe "$probe" 2>/dev/null)" = "$probe" ]; then
    ready=yes
    break
  fi
  if ! kill -0 "$keyring_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  echo "with-keyring.sh: the private Secret Service did not work" >&2
  cat "$tmp/keyring.log" >&2 || true
  exit 3
fi
timeout 5 secret-tool clear mlops-keyring-probe "$probe" 2>/dev/null || true
while IFS= read -r line; do
  case "$line" in
    GNOME_KEYRING_CONTROL=*) export "$line" ;;
  esac
done <"$tmp/keyring.env"

# 4. The command. Not exec: the trap must stop the daemons afterwards.
set +e
"$@"
status=$?
set -e
exit "$status"
