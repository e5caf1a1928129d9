#!/usr/bin/env bash
# Builds the Debian 12 image of the real-boot suite (docs/testing.md, "The Debian VM"), or finds it
# in the cache, and prints its directory: disk.img (ext4, the root file system, raw), vmlinuz,
# initrd.img and image.json (what it was built from, how long it took).
#
#   tests/vm/image/build-image.sh          build if needed, print the directory
#   tests/vm/image/build-image.sh --key    print the cache key only
#
# Built from Debian's packages with mmdebstrap (minbase and tests/vm/image/packages.txt), from the
# Debian sources this machine's apt uses (/etc/apt/sources.list.d/, /etc/apt/sources.list), with
# this machine's Node (>= 20, which package.json's engines ask for; Debian 12's is 18) and npm
# copied in. The image is generic: no user, nothing of swaysock. It boots to a root shell on a
# virtio serial port (the test driver's; tests/vm/guest/agent.sh, read from the checkout, which
# the guest mounts read-only over 9p at /mnt/proj); each test run provisions it, and runs it with
# snapshot=on, so it is never modified.
#
# The cache: $SWAYSOCK_VM_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/swaysock/vm, outside the
# work tree; one directory per key, the hash of this script, packages.txt, the Node binary and
# npm's package.json. A second run with the same inputs reuses the image; builds are serialised
# by a lock in the cache; the least recently used images beyond the newest three are removed.
# Needs root (mmdebstrap --mode=root), mmdebstrap and e2fsprogs (scripts/setup.sh installs them).
# SWAYSOCK_VM_NODE names another Node binary (default: node on PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
node=$(readlink -f "${SWAYSOCK_VM_NODE:-$(command -v node)}")
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
cache=${SWAYSOCK_VM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/swaysock/vm}
[ -f "$npm_dir/package.json" ] || { echo "build-image: npm's package directory not found (from $(command -v npm))" >&2; exit 1; }

key=$(cat "$here/build-image.sh" "$here/packages.txt" "$node" "$npm_dir/package.json" | sha256sum | cut -c1-16)
if [ "${1:-}" = --key ]; then echo "$key"; exit 0; fi
image=$cache/debian12-$key
if [ -f "$image/image.json" ]; then
  touch "$image/last-used"
  echo "$image"
  exit 0
fi

[ "$(id -u)" = 0 ] || { echo "build-image: building the image needs root (mmdebstrap --mode=root); no cached image at $image" >&2; exit 1; }
node_version=$("$node" --version)
node_major=${node_version#v}
node_major=${node_major%%.*}
[ "$node_major" -ge 20 ] 2>/dev/null || { echo "build-image: $node is Node $node_version; package.json's engines ask for >= 20" >&2; exit 1; }
mkdir -p "$cache"
exec 9> "$cache/build.lock"
flock 9
# Another run may have built it while this one waited for the lock.
if [ -f "$image/image.json" ]; then
  touch "$image/last-used"
  echo "$image"
  exit 0
fi

started=$(date +%s)
work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs

# The machine's Debian sources, as deb822 stanzas for bookworm: every stanza (or one-line entry)
# of type deb whose suites are Debian's of this machine's release or bookworm (CODENAME,
# CODENAME-updates, CODENAME-security), with those suites renamed to bookworm's. No host is named here.
host_codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
sources=$work/sources.sources
{
  for f in /etc/apt/sources.list.d/*.sources; do [ -f "$f" ] && cat "$f" && printf '\n\n'; done
} | awk -v host="$host_codename" '
  BEGIN { RS = ""; FS = "\n" }
  function map(suite,   base, tail) {
    base = suite; tail = ""
    if (suite ~ /-(updates|security)$/) { base = suite; sub(/-(updates|security)$/, "", base); tail = substr(suite, length(base) + 1) }
    if (base == host || base == "bookworm") return "bookworm" tail
    return ""
  }
  {
    out = ""; types = ""; suites = ""; enabled = "yes"
    for (i = 1; i <= NF; i++) {
      line = $i
      if (line ~ /^#/) continue
      if (tolower(line) ~ /^types:/) types = line
      if (tolower(line) ~ /^enabled:/) { enabled = tolower(line); sub(/^enabled:[ \t]*/, "", enabled) }
      if (tolower(line) ~ /^suites:/) {
        n = split(substr(line, index(line, ":") + 1), s, /[ \t]+/)
        for (j = 1; j <= n; j++) if (s[j] != "" && map(s[j]) != "") suites = suites " " map(s[j])
        continue
      }
      out = out line "\n"
    }
    if (enabled == "no" || types !~ /(^|[ \t:])deb([ \t]|$)/ || suites == "") next
    printf "%sSuites:%s\n\n", out, suites
  }' > "$sources"
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
  [ -f "$f" ] || continue
  awk -v host="$host_codename" '
    $1 == "deb" {
      i = 2; opts = ""
      if ($2 ~ /^\[/) { while ($i !~ /\]$/) { opts = opts " " $i; i++ } opts = opts " " $i; i++ }
      uri = $i; suite = $(i + 1); comps = ""
      for (j = i + 2; j <= NF; j++) comps = comps " " $j
      base = suite; sub(/-(updates|security)$/, "", base); tail = substr(suite, length(base) + 1)
      if (base != host && base != "bookworm") next
      print "deb" opts " " uri " bookworm" tail comps
    }' "$f" >> "$sources.list"
done
mirrors=()
[ -s "$sources" ] && mirrors+=("$sources")
[ -s "$sources.list" ] && mirrors+=("$sources.list")
[ ${#mirrors[@]} -gt 0 ] || { echo "build-image: no Debian ($host_codename or bookworm) source in /etc/apt/sources.list.d/ or /etc/apt/sources.list" >&2; exit 1; }
grep -q security "${mirrors[@]}" || echo "build-image: warning: no bookworm-security source found; the image has no security updates" >&2

packages=$(sed -e 's/#.*//' "$here/packages.txt" | xargs | tr ' ' ,)
# An initramfs with only what this machine needs to mount its root (virtio disk, ext4) is far
# smaller than Debian's default (every storage driver) and unpacks faster under TCG; modules that
# only cost time under emulation (kvm, floppy, the VGA's DRM driver...) are never loaded.
mmdebstrap --mode=root --variant=minbase --include="$packages" \
  --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
  --setup-hook='mkdir -p "$1/etc/initramfs-tools/conf.d" "$1/etc/modprobe.d"' \
  --setup-hook='echo MODULES=list > "$1/etc/initramfs-tools/conf.d/swaysock-vm.conf"' \
  --customize-hook='printf "virtio_pci\nvirtio_blk\next4\n" >> "$1/etc/initramfs-tools/modules"' \
  --customize-hook='for m in kvm kvm_amd kvm_intel floppy pcspkr bochs powernow_k8 acpi_cpufreq joydev serio_raw psmouse i2c_piix4 ata_piix ata_generic aesni_intel ghash_clmulni_intel sha1_ssse3 sha256_ssse3 sha512_ssse3 crc32_pclmul crct10dif_pclmul; do echo "blacklist $m"; done > "$1/etc/modprobe.d/swaysock-vm.conf"' \
  --customize-hook='chroot "$1" update-initramfs -u -k all' \
  bookworm "$rootfs" "${mirrors[@]}" >&2

# The guest's configuration.
echo swaysock-vm > "$rootfs/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 swaysock-vm\n' > "$rootfs/etc/hosts"
# The root file system is mounted read-write by the kernel (root=/dev/vda rw): no fsck at boot.
# The checkout, read-only over 9p (qemu -virtfs ...,mount_tag=proj,readonly=on), once
# systemd-modules-load has loaded 9pnet_virtio (before, the mount finds no channel for the tag).
cat > "$rootfs/etc/fstab" <<'EOF'
/dev/vda / ext4 rw,errors=remount-ro 0 0
proj /mnt/proj 9p trans=virtio,version=9p2000.L,ro,msize=262144,x-systemd.requires=systemd-modules-load.service,x-systemd.after=systemd-modules-load.service 0 0
EOF
mkdir -p "$rootfs/mnt/proj" "$rootfs/var/log/journal"
printf '9p\n9pnet_virtio\nvirtio_console\n' > "$rootfs/etc/modules-load.d/swaysock-vm.conf"
# A fixed machine-id: an empty one would make every boot of the snapshot a first boot (presets applied).
chroot "$rootfs" systemd-machine-id-setup >&2
# Timers that would start work at random times during a test, and e2scrub_reap.service, which
# took 15 s of each boot under TCG looking for LVM snapshots this machine cannot have.
for unit in apt-daily.timer apt-daily-upgrade.timer dpkg-db-backup.timer e2scrub_all.timer fstrim.timer e2scrub_reap.service; do
  ln -sf /dev/null "$rootfs/etc/systemd/system/$unit"
done
# The test driver's root shell on the virtio serial port vm.agent (qemu -device virtserialport,name=vm.agent).
# udev makes the port's device a systemd device unit, which the service waits for.
echo 'SUBSYSTEM=="virtio-ports", ATTR{name}=="vm.agent", TAG+="systemd"' > "$rootfs/etc/udev/rules.d/90-vm-agent.rules"
cat > "$rootfs/etc/systemd/system/vm-agent.service" <<'EOF'
[Unit]
Description=Test driver's root shell on the virtio serial port vm.agent
RequiresMountsFor=/mnt/proj
BindsTo=dev-virtio\x2dports-vm.agent.device
After=dev-virtio\x2dports-vm.agent.device systemd-journald.socket

[Service]
ExecStart=/bin/bash /mnt/proj/tests/vm/guest/agent.sh /dev/virtio-ports/vm.agent
Restart=no

[Install]
WantedBy=multi-user.target
EOF
ln -s /etc/systemd/system/vm-agent.service "$rootfs/etc/systemd/system/multi-user.target.wants/vm-agent.service"
# This machine's Node and npm (Debian 12's nodejs is 18).
install -m 0755 "$node" "$rootfs/usr/local/bin/node"
mkdir -p "$rootfs/usr/local/lib/node_modules"
cp -a "$npm_dir" "$rootfs/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
chroot "$rootfs" /usr/local/bin/node --version >&2

kernel=$(cd "$rootfs/boot" && ls vmlinuz-* | sort -V | tail -n 1)
cp "$rootfs/boot/$kernel" "$work/vmlinuz"
cp "$rootfs/boot/initrd.img-${kernel#vmlinuz-}" "$work/initrd.img"
mke2fs -q -F -t ext4 -L root -d "$rootfs" "$work/disk.img" 4G >&2
packages_installed=$(chroot "$rootfs" dpkg-query -W -f='.\n' | wc -l)
rm -rf "$rootfs" "$sources" "$sources.list"
cat > "$work/image.json" <<EOF
{
  "key": "$key",
  "built": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "buildSeconds": $(( $(date +%s) - started )),
  "kernel": "${kernel#vmlinuz-}",
  "packages": $packages_installed,
  "node": "$node_version",
  "npm": "$(sed -n 's/^ *"version": *"\(.*\)".*/\1/p' "$npm_dir/package.json" | head -n 1)"
}
EOF
touch "$work/last-used"
mv "$work" "$image"
trap - EXIT

# The least recently used images beyond the newest three go (a run that uses one keeps it open).
ls -1dt "$cache"/debian12-*/last-used 2>/dev/null | tail -n +4 | while read -r stale; do rm -rf "$(dirname "$stale")"; done
echo "$image"
