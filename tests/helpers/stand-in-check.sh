#!/bin/sh
# A stand-in Sway client's start check (ExecStartPre= of the stand-in services of the system tests
# in tests/system/scenario-*.test.ts and of the NixOS VM tests in checks/vm/): its first and only
# try (the units have no Restart=) must find a working Sway socket. $SWAYSOCK, from the user
# manager's environment, must answer GET_VERSION, and `swaysock discover` must name the same
# socket. Each try appends one line to $XDG_RUNTIME_DIR/stand-in-NAME.attempts: "ok SOCKET", or
# why it failed (then it exits 1 and the unit fails).
# Usage: stand-in-check.sh NAME SWAYMSG SWAYSOCK_COMMAND...
#   e.g. stand-in-check.sh a /usr/bin/swaymsg /usr/bin/node /path/to/dist/swaysock.cjs
set -u
name=$1
swaymsg=$2
shift 2
log="$XDG_RUNTIME_DIR/stand-in-$name.attempts"
fail() {
  echo "$1" >> "$log"
  echo "stand-in-$name: $1" >&2
  exit 1
}
[ -n "${SWAYSOCK:-}" ] || fail "SWAYSOCK unset"
"$swaymsg" -s "$SWAYSOCK" -t get_version > /dev/null || fail "no answer on $SWAYSOCK"
found=$("$@" discover) || fail "swaysock discover found no live socket"
[ "$found" = "$SWAYSOCK" ] || fail "swaysock discover gave $found, SWAYSOCK is $SWAYSOCK"
echo "ok $SWAYSOCK" >> "$log"
