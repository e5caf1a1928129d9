#!/usr/bin/env bash
# Runs the test suite on a slow, busy machine on purpose, to find tests that depend on the
# machine's speed (docs/testing.md, "Under load"): three runs pinned to one CPU (taskset -c 0),
# then three runs beside a busy loop on every CPU. For people, not part of .ci/run: it takes
# about an hour on two cores. Needs what `npm test` needs (root, ./scripts/setup.sh done,
# `npm run build` current).
#
# Usage: scripts/stress-test.sh [--pinned N] [--busy N] [--log-dir DIR] [FILE...]
#   --pinned N   runs pinned to CPU 0 (default 3)
#   --busy N     runs beside a busy loop on every CPU (default 3)
#   --log-dir D  where each run's TAP output goes (default: a new directory under /tmp)
#   FILE...      test files to run (default: every file tap runs, less the VM boot suite under
#                tests/vm/, which boots virtual machines and is left out by path)
# Prints each run's result (its `N passed, N failed` line) and wall time, then all of them again;
# exits 1 when any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

pinned=3
busy=3
log_dir=
files=()
while [ $# -gt 0 ]; do
  case $1 in
    --pinned) pinned=$2; shift 2 ;;
    --busy) busy=$2; shift 2 ;;
    --log-dir) log_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "stress-test.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
    *) files+=("$1"); shift ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(npx tap list | grep -v '^tests/vm/')
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "stress-test.sh: no test files to run" >&2
  exit 1
fi
log_dir=${log_dir:-$(mktemp -d /tmp/swaysock-stress.XXXXXX)}
mkdir -p "$log_dir"

# The busy loops: one per CPU, ended by their PIDs (only these, never by name).
loops=()
stop_loops() {
  for pid in "${loops[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${loops[@]}"; do wait "$pid" 2>/dev/null; done
  loops=()
}
trap stop_loops EXIT
start_loops() {
  for _ in $(seq "$(nproc)"); do
    (while :; do :; done) &
    loops+=($!)
  done
}

summary=()
failed=0
run() {
  local label=$1 log=$2
  shift 2
  local start end status result
  echo "== $label: ${#files[@]} files, load average $(cut -d' ' -f1-3 /proc/loadavg), TAP in $log"
  start=$(date +%s%N)
  TAP=1 "$@" npx tap "${files[@]}" > "$log" 2>&1
  status=$?
  end=$(date +%s%N)
  result=$(node .ci/tap-counts.mjs < "$log" | tail -n 1)
  [ "$status" -eq 0 ] || failed=1
  local line
  line=$(printf '%s: %s (tap exit %s), %d s wall' "$label" "$result" "$status" $(((end - start) / 1000000000)))
  echo "$line"
  node .ci/tap-counts.mjs < "$log" | sed -n '/^slowest test files:/,/^counted:/p' | grep -v '^counted:'
  grep -E '^not ok ' "$log" | sed 's/^/  failed: /'
  summary+=("$line")
}

for i in $(seq "$pinned"); do
  run "pinned run $i (taskset -c 0)" "$log_dir/pinned-$i.tap" taskset -c 0
done
for i in $(seq "$busy"); do
  start_loops
  run "busy run $i ($(nproc) busy loops)" "$log_dir/busy-$i.tap" env
  stop_loops
done

echo "== summary ($(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ), logs in $log_dir)"
printf '%s\n' "${summary[@]}"
exit "$failed"
