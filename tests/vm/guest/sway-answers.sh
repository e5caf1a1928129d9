#!/bin/sh
# A test fixture (provision.sh) that waits until a Sway's own socket answers GET_VERSION:
# $XDG_RUNTIME_DIR/sway-ipc.UID.PID.sock, a try every 50 ms. Usage: sway-answers.sh [PID [FILE]]
#   - as alice's sway.service ExecStartPost= (PID: the service's $MAINPID): the unit becomes
#     active only then, so its ActiveEnterTimestampMonotonic is when Sway first answered;
#   - from bob's login shell just before it execs Sway (PID: the shell's own): then writes to FILE
#     the CLOCK_MONOTONIC time of the answer in µs, from /proc/uptime (CLOCK_BOOTTIME, the same
#     clock on a machine that never suspends; 10 ms steps, rounded down).
pid=${1:-$MAINPID}
until swaymsg -s "$XDG_RUNTIME_DIR/sway-ipc.$(id -u).$pid.sock" -t get_version > /dev/null 2>&1; do
  sleep 0.05
done
if [ -n "${2:-}" ]; then
  awk '{ printf "%d\n", $1 * 1000000 }' /proc/uptime > "$2.tmp" && mv "$2.tmp" "$2"
fi
