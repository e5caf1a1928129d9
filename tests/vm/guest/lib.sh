# Shell helpers for the real-boot suite's guest commands: tests/vm/lib/guest.ts sources this file
# at the top of every command it sends (through tests/vm/guest/agent.sh, as root), and
# provision.sh sources it too.
set -euo pipefail

# as USER COMMAND...: runs COMMAND as USER against USER's own user manager and session bus, as a
# shell of that user would (HOME, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS). setpriv execs, with
# no PAM session: logind sees no new login.
as() {
  local user=$1 uid gid
  shift
  uid=$(id -u "$user")
  gid=$(id -g "$user")
  setpriv --reuid="$uid" --regid="$gid" --init-groups -- env -i HOME="/home/$user" USER="$user" LOGNAME="$user" \
    PATH=/usr/local/bin:/usr/bin:/bin XDG_RUNTIME_DIR="/run/user/$uid" \
    DBUS_SESSION_BUS_ADDRESS="unix:path=/run/user/$uid/bus" "$@"
}

# uprop USER UNIT PROPERTY: one property of USER's unit (systemctl --user show).
uprop() {
  as "$1" systemctl --user show -p "$3" --value "$2"
}

# menv USER NAME: NAME in USER's manager environment, empty when unset.
menv() {
  as "$1" systemctl --user show-environment | sed -n "s/^$2=//p"
}
