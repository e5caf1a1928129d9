#!/bin/bash
# Makes the booted image (tests/vm/image/) the real-boot suite's machine, as root, in its first
# boot; the suite then reboots it, and that boot is the cold boot. Two users, one per way Sway
# starts (tests/vm/scenarios.json, "machines"):
#
#   alice, the server: lingering, so her user manager starts at boot; it starts Sway as the user
#     service sway.service (headless: the shape of a Sway host reached over VNC).
#   bob, the desktop: autologin on tty1, whose login shell runs `exec sway`, so logind makes a real
#     session; he uses the stable socket (`--stable-socket` on the units and the exec line).
#
# swaysock is installed as a user without Nix installs it: the checkout packed with `npm pack`
# (by the suite, on the host: the tarball comes over the 9p share `pack`) and installed globally
# with npm (offline: the package has no runtime dependencies), then each
# user runs `swaysock units --install --enable` against their own user manager, and Sway's config
# has `exec swaysock session`. The other units here are the test's fixtures, marked so.
. /mnt/proj/tests/vm/guest/lib.sh
guest=/mnt/proj/tests/vm/guest

mkdir -p /mnt/pack
mount -t 9p -o trans=virtio,version=9p2000.L,ro pack /mnt/pack
time npm install --global --offline --no-audit --no-fund --loglevel=error /mnt/pack/swaysock-*.tgz
umount /mnt/pack
command -v swaysock

useradd --create-home --shell /bin/bash --uid 1000 alice
useradd --create-home --shell /bin/bash --uid 1001 bob

# Test fixture: the holds. A start that runs `flock FILE true` waits while a test process holds
# FILE's lock, so a test can look at the state between a Sway's end and the next one (the restart
# of alice's Sway, bob's next login) without racing it. Nothing holds them at boot.
printf '%s\n' 'd /run/swaysock-vm 0755 root root -' 'f /run/swaysock-vm/hold-sway 0644 root root -' \
  'f /run/swaysock-vm/hold-login 0644 root root -' > /etc/tmpfiles.d/swaysock-vm.conf
systemd-tmpfiles --create /etc/tmpfiles.d/swaysock-vm.conf

# Test fixture: logind keeps a user's manager this long after the last session ends (default
# 10 s), so after bob's logout the test reads that the session's own teardown stopped his units,
# not the manager's exit, however slow the machine.
mkdir -p /etc/systemd/logind.conf.d
printf '[Login]\nUserStopDelaySec=10min\n' > /etc/systemd/logind.conf.d/swaysock-vm.conf

# The services of a desktop that talk to Sway: a subscriber (both users) and, for alice, a
# service written for graphical-session.target, moved onto the session by `swaysock migrate`.
write_units() {
  local user=$1 dir=/home/$1/.config/systemd/user
  as "$user" mkdir -p "$dir"
  as "$user" tee "$dir/subscriber.service" > /dev/null <<EOF
# Test fixture: a Sway client bound to the session that subscribes to Sway's tick events, one
# connection per start, restarted by systemd whenever it ends ($guest/subscriber.sh).
[Unit]
Description=Sway subscriber (test fixture)
After=sway-session.target
PartOf=sway-session.target
StartLimitIntervalSec=0

[Service]
ExecStart=/bin/bash $guest/subscriber.sh
Restart=always
RestartSec=1s

[Install]
WantedBy=sway-session.target
EOF
  as "$user" systemctl --user enable subscriber.service
}

# alice: lingering starts her manager now and at every boot.
loginctl enable-linger alice
systemctl start user@1000.service
as alice swaysock units --install --enable
as alice mkdir -p /home/alice/.config/sway
as alice tee /home/alice/.config/sway/config > /dev/null <<'EOF'
xwayland disable
exec swaysock session
EOF
as alice tee /home/alice/.config/systemd/user/sway.service > /dev/null <<'EOF'
# Sway as a user service started at boot (lingering), headless, restarted after a crash.
[Unit]
Description=Sway (headless)

[Service]
Environment=WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 XDG_CURRENT_DESKTOP=sway
# Test fixture: the restart after a crash waits while the test holds this lock.
ExecStartPre=/usr/bin/flock /run/swaysock-vm/hold-sway true
ExecStart=/usr/bin/sway
# Test fixture: the unit is active only once Sway's socket answers, so its ActiveEnterTimestamp
# is when Sway first answered (the cold-boot scenario orders sway-session.target after it).
ExecStartPost=/bin/sh /mnt/proj/tests/vm/guest/sway-answers.sh
TimeoutStartSec=10min
Restart=on-failure
RestartSec=1s

[Install]
WantedBy=default.target
EOF
as alice systemctl --user enable sway.service
as alice tee /home/alice/.config/systemd/user/stand-in-a.service > /dev/null <<'EOF'
# Test fixture: a Sway client as most services are written, bound to graphical-session.target;
# its start check is its first and only try (tests/helpers/stand-in-check.sh).
[Unit]
Description=Stand-in Sway client A (test fixture)
After=graphical-session.target
PartOf=graphical-session.target

[Service]
ExecStartPre=/bin/sh /mnt/proj/tests/helpers/stand-in-check.sh a /usr/bin/swaymsg /usr/local/bin/swaysock
ExecStart=/bin/sleep infinity

[Install]
WantedBy=graphical-session.target
EOF
as alice systemctl --user enable stand-in-a.service
as alice swaysock migrate stand-in-a.service
write_units alice

# bob: his manager runs for the installation only; his login starts it from then on.
systemctl start user@1001.service
as bob swaysock units --install --enable --stable-socket
as bob mkdir -p /home/bob/.config/sway
as bob tee /home/bob/.config/sway/config > /dev/null <<'EOF'
xwayland disable
exec swaysock session --stable-socket
EOF
write_units bob
as bob tee -a /home/bob/.profile > /dev/null <<'EOF'

# Sway on the first virtual console, headless (the machine has no display to drive); its log
# goes to the journal (systemd-cat execs Sway, which stays the session's process).
if [ "$(tty)" = /dev/tty1 ]; then
  export WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 XDG_CURRENT_DESKTOP=sway
  # Test fixture: records when this Sway (this shell's PID, once it execs) first answers.
  /bin/sh /mnt/proj/tests/vm/guest/sway-answers.sh $$ "$XDG_RUNTIME_DIR/sway-answered.$$" &
  exec systemd-cat --identifier=sway sway
fi
EOF
systemctl stop user@1001.service

# bob's autologin on tty1. Test fixture: the next login waits while the test holds the lock.
mkdir -p /etc/systemd/system/getty@tty1.service.d
cat > /etc/systemd/system/getty@tty1.service.d/autologin.conf <<'EOF'
[Service]
ExecStartPre=/usr/bin/flock /run/swaysock-vm/hold-login true
ExecStart=
ExecStart=-/sbin/agetty -o '-p -f -- \\u' --noclear --autologin bob %I $TERM
TimeoutStartSec=infinity
EOF
systemctl daemon-reload
