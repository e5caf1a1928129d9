/**
 * The session starters doctor recognises (ts/doctor/wirings.ts), on the exact lines each project
 * writes: home-manager's sway module (today's and its pre-2024 form), NixOS's
 * /etc/sway/config.d/nixos.conf, sway-systemd's 10-systemd-session.conf, `swaysock session`.
 */
import t from 'tap';
import type { ConfigLine } from '../../ts/doctor/sway-config.js';
import { recogniseStarters, removalHint, starterLabel } from '../../ts/doctor/wirings.js';

const line = (text: string, file = '/home/u/.config/sway/config'): ConfigLine => ({ file, line: 1, text });
const one = (text: string, file?: string) => {
  const s = recogniseStarters([line(text, file)], []);
  return s.length === 1 ? { label: starterLabel(s[0]!), stopsOnCrash: s[0]!.stopsOnCrash } : s.length;
};

t.test('each wiring and what it does on a crash', async (t) => {
  t.same(one('exec swaysock session'), { label: 'swaysock', stopsOnCrash: true });
  t.same(one('exec /nix/store/abc-swaysock-0.1.0/bin/swaysock session --env FOO'), { label: 'swaysock', stopsOnCrash: true });
  t.same(
    one('exec node /usr/lib/node_modules/swaysock/dist/swaysock.cjs session'),
    { label: 'swaysock', stopsOnCrash: true },
    'the npm install runs the bundle through node',
  );
  t.same(
    one(
      `exec "dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP XDG_SESSION_TYPE; systemctl --user reset-failed && systemctl --user start sway-session.target && swaymsg -mt subscribe '[]' || true && systemctl --user stop sway-session.target"`,
    ),
    { label: 'home-manager (since 2024)', stopsOnCrash: true },
  );
  t.same(
    one(
      `exec "systemctl --user import-environment DISPLAY WAYLAND_DISPLAY SWAYSOCK; systemctl --user reset-failed && systemctl --user start sway-session.target && swaymsg -mt subscribe '[]' || true && systemctl --user stop sway-session.target"`,
    ),
    { label: 'home-manager (since 2024)', stopsOnCrash: true },
    'the broker form imports with systemctl',
  );
  t.same(
    one(
      'exec "/nix/store/xyz-dbus-1.14.10/bin/dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP; systemctl --user start sway-session.target"',
    ),
    { label: 'home-manager (pre-2024)', stopsOnCrash: false },
  );
  t.same(one('exec "systemctl --user import-environment; systemctl --user start sway-session.target"'), {
    label: 'home-manager (pre-2024)',
    stopsOnCrash: false,
  });
  t.same(
    one('exec "systemctl --user import-environment {,WAYLAND_}DISPLAY SWAYSOCK; systemctl --user start sway-session.target"'),
    { label: 'nixos', stopsOnCrash: false },
    "NixOS's line, wherever it is",
  );
  t.same(one(`exec swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target`, '/etc/sway/config.d/nixos.conf'), {
    label: 'nixos',
    stopsOnCrash: false,
  });
  t.same(one('exec /usr/libexec/sway-systemd/session.sh --with-cleanup', '/etc/sway/config.d/10-systemd-session.conf'), {
    label: 'sway-systemd (--with-cleanup)',
    stopsOnCrash: true,
  });
  t.same(one('exec /usr/libexec/sway-systemd/session.sh'), { label: 'sway-systemd (without --with-cleanup)', stopsOnCrash: false });
  t.same(one('exec systemctl --user start sway-session.target'), { label: 'external', stopsOnCrash: null });
  t.equal(one('exec swayidle -w timeout 300 "swaylock"'), 0, 'unrelated lines are no starter');
  t.equal(one('exec_always systemctl --user restart kanshi.service'), 0);
});

t.test("NixOS's file is one starter; uwsm from its units; two starters listed in config order", async (t) => {
  const nixos = '/etc/sway/config.d/nixos.conf';
  const s = recogniseStarters(
    [
      line('exec swaysock session'),
      line('exec dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP', nixos),
      line('exec "systemctl --user import-environment {,WAYLAND_}DISPLAY SWAYSOCK; systemctl --user start sway-session.target"', nixos),
      line(`exec swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target`, nixos),
    ],
    ['wayland-wm@sway.desktop.service'],
  );
  t.same(s.map(starterLabel), ['swaysock', 'nixos', 'uwsm']);
  t.equal(s[1]!.evidence.length, 2, 'its start and stop lines');
  t.same(s[2]!.evidence, ['active unit wayland-wm@sway.desktop.service']);
  t.same(s.map(removalHint), [
    'swaysock: delete the `exec swaysock session` line (home-manager: services.swaysock.session.writeSwayConfig = false, and services.swaysock.session.starter set to the starter you keep)',
    'NixOS: stop including /etc/sway/config.d/* in Sway\'s config, or set environment.etc."sway/config.d/nixos.conf".enable = false in the NixOS configuration',
    'uwsm: start Sway without `uwsm start`',
  ]);
});
