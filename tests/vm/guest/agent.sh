#!/bin/bash
# The test driver's root shell in the guest (tests/vm/lib/machine.ts), run by the image's
# vm-agent.service on the virtio serial port PORT (no terminal in between: no echo, no line
# editing, no line length limit). Usage: agent.sh PORT
#
# Protocol, one line each way per command:
#   guest -> host, once ready:  "@@vm-agent ready BOOT_ID@@"
#   host -> guest:              "@@vm-agent run ID SCRIPT_BASE64@@"
#   guest -> host:              "@@vm-agent done ID STATUS STDOUT_BASE64 STDERR_BASE64@@"
# The script runs with bash as root, stdin /dev/null, one at a time; STATUS is its exit status.
# Anything else on the line is ignored.
set -u
port=$1
work=/run/vm-agent
mkdir -p "$work"
exec 3<> "$port"
printf '\n@@vm-agent ready %s@@\n' "$(cat /proc/sys/kernel/random/boot_id)" >&3
while IFS= read -r -u 3 line; do
  case $line in
    *'@@vm-agent run '*'@@'*) ;;
    *) continue ;;
  esac
  line=${line#*@@vm-agent run }
  line=${line%%@@*}
  id=${line%% *}
  printf '%s' "${line#* }" | base64 -d > "$work/script.sh"
  bash "$work/script.sh" < /dev/null > "$work/stdout" 2> "$work/stderr"
  status=$?
  printf '\n@@vm-agent done %s %s %s %s@@\n' "$id" "$status" "$(base64 -w 0 < "$work/stdout")" "$(base64 -w 0 < "$work/stderr")" >&3
done
