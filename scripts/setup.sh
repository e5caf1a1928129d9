#!/usr/bin/env bash
# Installs everything swaysock's demo and tests need on a fresh Debian machine (run as root):
# Sway, systemd's user manager with D-Bus, iproute2 (`ss`, for `swaysock doctor`), Debian's Nix,
# python3-i3ipc (a real i3ipc client for the stable-socket tests),
# Debian's waybar (its package enables it for every user in /etc/systemd/user: the system tests
# prove our target has no ordering cycle with it), Debian's prometheus (for `promtool check metrics`
# in the metrics tests; on a machine booted with systemd the package also enables a Prometheus
# server, which the tests do not use), grim (screenshots of waybar in its system test), qemu and
# mmdebstrap (the real-boot suite builds a Debian 12 image and boots it: tests/vm/), the
# unprivileged test user, npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in sway waybar nix-bin dbus dbus-user-session systemd util-linux procps iproute2 python3-i3ipc prometheus grim qemu-system-x86 mmdebstrap e2fsprogs; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
user=${SWAYSOCK_TEST_USER:-swaysock-test}
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
npm ci --no-audit --no-fund --loglevel=error
