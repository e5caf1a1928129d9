#!/bin/sh
# The shell one-liner a user would otherwise write to remove stale Sway sockets: a socket whose
# PID no longer answers `kill -0` is taken for dead and removed. The peer of swaysock-cleanup in
# bench/cleanup.bench.mjs. (It removes a live Sway's socket when that Sway runs in another PID
# namespace and keeps a stale one when the PID was reused: the cases swaysock-cleanup gets right.)
# Usage: sh bench/stale-loop.sh DIR
for s in "${1:-$XDG_RUNTIME_DIR}"/sway-ipc.*.sock; do pid=${s%.sock}; pid=${pid##*.}; kill -0 "$pid" 2>/dev/null || rm -f "$s"; done
