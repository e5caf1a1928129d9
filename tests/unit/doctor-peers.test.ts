/**
 * Who is connected to Sway's socket (ts/doctor/ipc-peers.ts): `ss -xpH` rows as iproute2 6.1
 * prints them, cgroup paths to units, and where a unit file comes from (ts/doctor/unit-origin.ts)
 * on real symlink chains in a temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { parseSs, unitOfCgroup } from '../../ts/doctor/ipc-peers.js';
import { bindFix, unitOrigin } from '../../ts/doctor/unit-origin.js';

t.test('parseSs: local path, inodes and processes', async (t) => {
  const rows = parseSs(`u_str ESTAB 0      0                                                        * 64823 * 64044 users:(("swaymsg",pid=15767,fd=3))
u_str ESTAB 0      0                 /run/user/1000/sway-ipc.1000.15620.sock 64044 * 64823 users:(("sway",pid=15620,fd=15),("sway",pid=15620,fd=14))
u_dgr UNCONN 0 0 * 1 * 0
garbage line
`);
  t.same(rows[0], { state: 'ESTAB', local: '*', inode: 64823, peerInode: 64044, processes: [{ comm: 'swaymsg', pid: 15767 }] });
  t.same(rows[1]!.processes, [
    { comm: 'sway', pid: 15620 },
    { comm: 'sway', pid: 15620 },
  ]);
  t.equal(rows[1]!.local, '/run/user/1000/sway-ipc.1000.15620.sock');
  t.equal(rows.length, 3);
});

t.test('unitOfCgroup: the deepest service or scope', async (t) => {
  t.equal(unitOfCgroup('/user.slice/user-1000.slice/user@1000.service/app.slice/waybar.service'), 'waybar.service');
  t.equal(unitOfCgroup('/user.slice/user-1000.slice/session-2.scope'), 'session-2.scope');
  t.equal(
    unitOfCgroup('/user.slice/user-1000.slice/user@1000.service/app.slice/app.service/payload'),
    'app.service',
    'a delegated sub-cgroup belongs to its unit',
  );
  t.equal(unitOfCgroup('/'), null);
});

t.test('unitOrigin and the fix for each origin', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'swaysock-doctor-origin-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const store = join(root, 'nix', 'store', 'abc-home-manager-files', '.config', 'systemd', 'user');
  mkdirSync(store, { recursive: true });
  writeFileSync(join(store, 'bar.service'), '[Service]\n');
  const userDir = join(root, 'home', '.config', 'systemd', 'user');
  mkdirSync(userDir, { recursive: true });
  symlinkSync(join(store, 'bar.service'), join(userDir, 'bar.service'));
  writeFileSync(join(userDir, 'own.service'), '[Service]\n');
  const absent = join(root, 'no-NIXOS');
  t.equal(unitOrigin(join(userDir, 'bar.service'), absent), 'home-manager');
  t.equal(unitOrigin(join(userDir, 'own.service'), absent), 'user');
  t.equal(unitOrigin('/nix/store/xyz-waybar.service', absent), 'home-manager', 'a unit file straight from the store');
  t.equal(unitOrigin('/usr/lib/systemd/user/waybar.service', absent), 'user', 'a distribution unit: a drop-in from the user directory');
  const marker = join(root, 'NIXOS');
  writeFileSync(marker, '');
  t.equal(unitOrigin('/etc/systemd/user/waybar.service', marker), 'nixos');
  t.equal(bindFix('bar.service', 'home-manager'), 'services.swaysock.sessionServices = [ "bar" ];   (home-manager, then switch)');
  t.match(
    bindFix('waybar.service', 'nixos'),
    /^systemd\.user\.services\."waybar" = \{ partOf = lib\.mkForce \[ "sway-session\.target" \]; after = lib\.mkForce \[ "sway-session\.target" \]; wantedBy = lib\.mkForce \[ "sway-session\.target" \]; \}/,
  );
  t.equal(bindFix('own.service', 'user'), 'swaysock migrate own.service');
});
