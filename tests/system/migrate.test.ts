/**
 * `swaysock migrate` (dist/swaysock.cjs) under a real systemd user manager, with the shipped
 * session target installed by `swaysock units --install`; the bars are test fixtures.
 */
import t from 'tap';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/daemon.js';
import { installShippedUnits } from '../helpers/session.js';
import { startUserManager } from '../helpers/user-manager.js';

const bar = (name: string, extra = '') => `[Unit]
Description=${name}, a bar bound to the graphical session
PartOf=graphical-session.target
After=graphical-session.target${extra}

[Service]
ExecStart=/bin/sleep infinity

[Install]
WantedBy=graphical-session.target
`;

t.test('swaysock migrate: drop-in After=/PartOf=sway-session.target, wants link moved, the target starts the service', async (t) => {
  const um = await startUserManager(t.teardown);
  await installShippedUnits(um);
  um.writeUnit('bar.service', bar('bar', '\nAfter=network.target'));
  um.writeUnit('other.service', bar('other'));
  await um.systemctl(['daemon-reload']);
  t.equal((await um.systemctl(['enable', 'bar.service'])).code, 0);
  t.ok(lstatSync(join(um.unitDir, 'graphical-session.target.wants', 'bar.service')).isSymbolicLink());

  const r = await um.run(process.execPath, [CLI, 'migrate', 'bar.service', 'other.service']);
  t.equal(r.code, 0, r.stderr);
  t.match(r.stdout, /bar\.service: .* wants link moved/);
  t.match(r.stdout, /other\.service: .* wants link created/, 'a unit enabled nowhere gets a new link');
  t.notOk(existsSync(join(um.unitDir, 'graphical-session.target.wants', 'bar.service')), 'old wants link gone');
  t.equal(readlinkSync(join(um.unitDir, 'sway-session.target.wants', 'bar.service')), join(um.unitDir, 'bar.service'));

  const after = (await um.unitProperty('bar.service', 'After')).split(' ');
  t.ok(
    after.includes('sway-session.target') && after.includes('network.target') && after.includes('graphical-session.target'),
    `After= keeps the other entries: ${after}`,
  );
  t.match(await um.unitProperty('bar.service', 'PartOf'), /sway-session\.target/);
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  t.equal(await um.unitProperty('bar.service', 'ActiveState'), 'active', 'starting the session target starts it');
  t.equal(await um.unitProperty('other.service', 'ActiveState'), 'active');
  t.equal((await um.systemctl(['stop', 'sway-session.target'])).code, 0);
  t.equal(await um.unitProperty('bar.service', 'ActiveState'), 'inactive', 'PartOf: stopping the target stops it');

  const again = await um.run(process.execPath, [CLI, 'migrate', 'bar.service']);
  t.match(again.stdout, /wants link kept\n/, 'idempotent');

  // `systemctl --user enable` (a package update, a user) puts the old link back beside the new one.
  t.equal((await um.systemctl(['enable', 'bar.service'])).code, 0);
  const oldLink = join(um.unitDir, 'graphical-session.target.wants', 'bar.service');
  t.ok(lstatSync(oldLink).isSymbolicLink());
  const reenabled = await um.run(process.execPath, [CLI, 'migrate', 'bar.service']);
  t.equal(reenabled.code, 0, reenabled.stderr);
  t.match(
    reenabled.stdout,
    `bar.service: After=/PartOf=sway-session.target (${join(um.unitDir, 'bar.service.d', 'swaysock-session.conf')}); wants link kept; removed the old link ${oldLink}\n`,
  );
  t.notOk(existsSync(oldLink), 'the old link is removed when the new one exists');
  t.ok(lstatSync(join(um.unitDir, 'sway-session.target.wants', 'bar.service')).isSymbolicLink(), 'the new one stays');

  // A system-wide link (what a package or `systemctl --global enable` makes) is named, not touched.
  const systemDir = mkdtempSync(join(tmpdir(), 'swaysock-etc-user-'));
  chmodSync(systemDir, 0o755); // root's, readable by all, like /etc/systemd/user
  t.teardown(() => rmSync(systemDir, { recursive: true, force: true }));
  mkdirSync(join(systemDir, 'graphical-session.target.wants'));
  const systemLink = join(systemDir, 'graphical-session.target.wants', 'other.service');
  symlinkSync('/usr/lib/systemd/user/other.service', systemLink);
  const global = await um.run(process.execPath, [CLI, 'migrate', 'other.service', '--system-unit-dir', systemDir]);
  t.equal(global.code, 0, global.stderr);
  t.match(
    global.stderr,
    `swaysock: other.service: also enabled system-wide by ${systemLink}, which swaysock cannot move: the unit still starts with graphical-session.target in every session.`,
  );
  t.equal(readlinkSync(systemLink), '/usr/lib/systemd/user/other.service', 'left alone');
  t.equal(
    (await um.run(process.execPath, [CLI, 'migrate', 'bar.service', '--system-unit-dir', systemDir])).stderr,
    '',
    'nothing said for a unit not enabled there',
  );
  const missing = await um.run(process.execPath, [CLI, 'migrate', 'nope.service']);
  t.equal(missing.code, 1);
  t.match(missing.stderr, /nope\.service: no such unit is loaded/);
  const target = await um.run(process.execPath, [CLI, 'migrate', 'sway-session.target']);
  t.equal(target.code, 1);
  t.match(target.stderr, /only services can be migrated/);
});

t.test('swaysock migrate --unit-dir DIR writes the drop-in and the wants link there, and nothing in ~/.config/systemd/user', async (t) => {
  const um = await startUserManager(t.teardown);
  await installShippedUnits(um);
  um.writeUnit('bar.service', bar('bar'));
  await um.systemctl(['daemon-reload']);
  // ~/.local/share/systemd/user: another directory of the user unit search path (systemd.unit(5)).
  const dir = join(um.home, '.local', 'share', 'systemd', 'user');
  const r = await um.run(process.execPath, [CLI, 'migrate', '--unit-dir', dir, 'bar.service']);
  t.equal(r.code, 0, r.stderr);
  t.equal(r.stdout, `bar.service: After=/PartOf=sway-session.target (${join(dir, 'bar.service.d', 'swaysock-session.conf')}); wants link created\n`);
  t.equal(readlinkSync(join(dir, 'sway-session.target.wants', 'bar.service')), join(um.unitDir, 'bar.service'), 'the wants link is in DIR');
  t.notOk(existsSync(join(um.unitDir, 'bar.service.d')), 'no drop-in in the default directory');
  t.notOk(existsSync(join(um.unitDir, 'sway-session.target.wants')), 'no wants link in the default directory');
  t.match(await um.unitProperty('bar.service', 'PartOf'), /sway-session\.target/, 'the manager reads the drop-in from DIR');
  t.equal((await um.systemctl(['start', 'sway-session.target'])).code, 0);
  t.equal(await um.unitProperty('bar.service', 'ActiveState'), 'active', 'the wants link in DIR pulls it in');
});

t.test(
  'swaysock migrate against a user manager that does not answer (SIGSTOPped): a clear error at the deadline, exit non-zero, nothing written',
  async (t) => {
    const um = await startUserManager(t.teardown);
    um.writeUnit('bar.service', bar('bar'));
    await um.systemctl(['daemon-reload']);
    process.kill(um.pid, 'SIGSTOP');
    t.teardown(() => process.kill(um.pid, 'SIGCONT'));
    const r = await um.run(process.execPath, [CLI, 'migrate', 'bar.service'], { timeoutMs: 120_000 });
    process.kill(um.pid, 'SIGCONT');
    t.not(r.code, 0, 'exits non-zero');
    t.match(
      r.stderr,
      /bar\.service: the user manager did not answer \(systemctl --user show --property=FragmentPath,LoadState bar\.service did not finish within 10000 ms and was killed\)/,
      r.stderr,
    );
    t.notOk(existsSync(join(um.unitDir, 'bar.service.d')), 'no drop-in written');
  },
);
