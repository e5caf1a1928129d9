#!/bin/sh
# Runs a systemd user manager for tests, as root, inside `unshare --mount --propagation private`
# (see tests/helpers/user-manager.ts and docs/testing.md):
#   1. a private tmpfs on /run/systemd with /run/systemd/system in it, which `systemd --user`
#      checks for ("has this system been booted with systemd?"); the host's /run stays untouched;
#   2. a delegated cgroup2 directory CGROUP (an absolute path in the cgroup2 hierarchy, chosen by
#      user-manager.ts) owned by the user, with this process moved into it, so the manager can
#      create its slices and scopes below it;
#   3. unless the fourth argument is `host`, an empty tmpfs over /etc/systemd/user: units and wants links
#      that the host's packages enable there for every user (Debian's waybar package links itself
#      into graphical-session.target.wants/) would start in every test session;
#   4. exec of `/lib/systemd/systemd --user` as the user (setpriv execs: the PID stays ours).
# The caller passes the manager's whole environment (XDG_RUNTIME_DIR, HOME, PATH, ...), less
# NODE_OPTIONS, which tap's process-info hook adds to every child and which units must not inherit.
# Usage: user-manager.sh CGROUP UID GID host|hidden
set -eu
cgroup=$1
uid=$2
gid=$3
host_units=$4
mount -t tmpfs -o mode=0755 swaysock-test-run-systemd /run/systemd
mkdir -p /run/systemd/system
if [ "$host_units" != host ] && [ -d /etc/systemd/user ]; then
  mount -t tmpfs -o mode=0755 swaysock-test-etc-systemd-user /etc/systemd/user
fi
mkdir "$cgroup"
chown -R "$uid:$gid" "$cgroup"
echo $$ > "$cgroup/cgroup.procs"
unset NODE_OPTIONS
exec setpriv --reuid="$uid" --regid="$gid" --init-groups -- /lib/systemd/systemd --user
