#!/bin/bash
# A Sway client bound to sway-session.target (the subscriber scenario, tests/vm/scenarios.json):
# one `swaymsg -t subscribe -m '["tick"]'` per start; systemd restarts the unit whenever it ends
# (Restart=always). Sway answers a tick subscription at once with a tick event whose "first" is
# true, so that event proves the first request, SUBSCRIBE, was answered. A tick with the payload
# "again" (`swaymsg -t send_tick again`) makes it end, so a test can have systemd restart it while
# a Sway is up. Each start appends to ~/.local/state/subscriber.log (kept across reboots):
#   start SOCKET                 the start, with its SWAYSOCK (the manager's)
#   answered                     the first event arrived
#   again                        a tick asked it to end
#   ended STATUS sway=up|down stopped=yes|no MESSAGE
#                                swaymsg's exit status and last message; whether a Sway process of
#                                this user was alive right after it ended; whether systemd stopped
#                                the unit (SIGTERM)
set -u
log=$HOME/.local/state/subscriber.log
mkdir -p "${log%/*}"
err=$(mktemp)
stopped=no
trap 'stopped=yes' TERM
echo "start ${SWAYSOCK:-unset}" >> "$log"
swaymsg -r -t subscribe -m '["tick"]' 2> "$err" | while IFS= read -r event; do
  if [[ $event =~ \"first\":\ *true ]]; then
    echo answered >> "$log"
  elif [[ $event =~ \"payload\":\ *\"again\" ]]; then
    echo again >> "$log"
    pkill -P $$ -x swaymsg
  fi
done
status=${PIPESTATUS[0]}
if ps -o stat=,comm= -u "$(id -u)" | awk '$2 == "sway" && $1 !~ /^Z/ { up = 1 } END { exit !up }'; then sway=up; else sway=down; fi
echo "ended $status sway=$sway stopped=$stopped $(tail -n 1 "$err")" >> "$log"
rm -f "$err"
# Always 0: the log says what happened; an exit status would leave the unit failed when the
# session's teardown stops it while it waits for its restart.
exit 0
