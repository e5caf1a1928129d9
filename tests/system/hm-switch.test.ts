/**
 * What a switch (home-manager's activation with sd-switch, as `nixos-rebuild switch` runs it for a
 * user) does to a running Sway session, under a real user manager with a real headless Sway: the
 * unit files home-manager renders from the module for two generations (tests/helpers/nix.ts;
 * skipped where ../shared/vendor is absent), the first installed and its session up, then the
 * switch to the second replayed by tests/helpers/sd-switch.ts (sd-switch's documented rules).
 * Each case also replays the switch to the second generation as the module rendered it before
 * (the daemon's unit without `Sockets=`, the textfile remover without `X-SwitchMethod=`), to show
 * what went wrong then.
 */
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { renderedUnits, wantsLinks, wrapperPackage, installRendered } from '../helpers/home-manager-units.js';
import { evalHomeManager, unpackVendor, vendorDir, type VendorTrees } from '../helpers/nix.js';
import { failedUnits, healthyWithin, loginAgain } from '../helpers/scenario.js';
import { switchGeneration, type Generation } from '../helpers/sd-switch.js';
import { execEnv, spawnSession, state, type Teardown } from '../helpers/session.js';
import { startSway, type RunningSway } from '../helpers/sway.js';
import { chownToTestUser } from '../helpers/user.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

const vendor = vendorDir();
const skip = vendor.skip;
const trees: VendorTrees | null = vendor.dir === null ? null : unpackVendor(t, vendor.dir);
const CLI = join(process.cwd(), 'dist', 'swaysock.cjs');

/** A generation of home-manager's rendering: our module with `options` (Nix attributes of services.swaysock), the package at `pkg`. */
async function generation(options: string, pkg: string): Promise<Generation & { hm: Awaited<ReturnType<typeof evalHomeManager>> }> {
  const hm = await evalHomeManager(trees!, `[ { services.swaysock = { enable = true; session.starter = "external"; ${options} }; } ]`);
  return { hm, files: renderedUnits(hm, pkg), wants: wantsLinks(hm) };
}

/** The first generation installed, a login, a real Sway and `swaysock session`: the daemon up for it. */
async function sessionOn(
  t: { teardown: Teardown },
  first: Generation & { hm: Awaited<ReturnType<typeof evalHomeManager>> },
  pkg: string,
): Promise<{ um: UserManager; sway: RunningSway }> {
  const before = await startUserManager(t.teardown);
  installRendered(before, first.hm, pkg);
  const um = await loginAgain(t, before);
  const sway = await startSway(um.runtimeDir, t.teardown);
  const session = spawnSession(t, um, execEnv(sway));
  await waitFor(
    async () => (await state(um, 'swaysock-healthd.service')) === 'active',
    30_000,
    `the daemon of the first generation to be active (session: ${session.stderr()})`,
  );
  await healthyWithin(um, 30_000);
  return { um, sway };
}

const cli = (um: UserManager, ...args: string[]) => um.run(process.execPath, [CLI, ...args], { timeoutMs: 60_000 });
const daemonStatus = async (um: UserManager) =>
  JSON.parse((await cli(um, 'status', '--json')).stdout) as { pid: number; socket_activated: boolean; stable_socket: { path: string } | null };
/** The unit text as the module rendered it before: without these keys. */
const without = (text: string, key: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith(`${key}=`))
    .join('\n');

t.test(
  'turning the stable socket on mid-session: the switch restarts the daemon, which takes the socket; a client reaches Sway through it',
  { skip },
  async (t) => {
    const pkg = wrapperPackage(t.teardown);
    const first = await generation('', pkg);
    const second = await generation('stableSocket.enable = true;', pkg);
    t.match(second.files['swaysock-healthd.service']!, /^Sockets=swaysock-stable\.socket$/m, "the daemon's unit names the socket unit");

    for (const order of ['restart-first', 'start-first'] as const) {
      t.test(`sd-switch's jobs ${order === 'restart-first' ? 'restart, then start' : 'start, then restart'}`, async (t) => {
        const { um, sway } = await sessionOn(t, first, pkg);
        const oldPid = (await daemonStatus(um)).pid;
        const plan = await switchGeneration(um, first, second, order);
        t.ok(plan.restarted.includes('swaysock-healthd.service'), `the daemon is restarted: ${JSON.stringify(plan)}`);
        if (order === 'restart-first') {
          t.same(plan.failed, [], 'every job succeeds');
          t.ok(
            plan.started.includes('swaysock-stable.socket') || (await um.unitProperty('swaysock-stable.socket', 'ActiveState')) === 'active',
            'the socket unit is up (the restart pulled it in through Sockets=)',
          );
        } else {
          // systemd refuses to start a socket unit while its service runs; the restart then pulls it in.
          t.same(
            plan.failed.map((f) => f.split(':')[0]),
            ['start swaysock-stable.socket'],
            `started first, the socket unit is refused: ${plan.failed}`,
          );
        }
        t.equal(await um.unitProperty('swaysock-stable.socket', 'ActiveState'), 'active', 'the socket unit listens');
        const stable = join(um.runtimeDir, 'swaysock', 'sway.sock');
        const status = await daemonStatus(um);
        t.not(status.pid, oldPid, 'a new daemon');
        t.equal(status.stable_socket?.path, stable, 'it serves the stable socket (systemd passed it)');
        const version = await um.run('swaymsg', ['-s', stable, '-t', 'get_version'], { timeoutMs: 30_000 });
        t.equal(version.code, 0, `swaymsg through the stable socket: ${version.stderr}`);
        const direct = await um.run('swaymsg', ['-s', sway.socketPath, '-t', 'get_version'], { timeoutMs: 30_000 });
        t.equal(JSON.parse(version.stdout).loaded_config_file_name, JSON.parse(direct.stdout).loaded_config_file_name, 'the live Sway answers');
        const env = await cli(um, 'env');
        t.equal(env.code, 0, env.stderr);
        t.equal(env.stdout, `export SWAYSOCK='${stable}' I3SOCK='${stable}'\n`);
        t.equal(await failedUnits(um), '', 'no failed unit');
      });
    }

    t.test('as rendered before (no Sockets=): the daemon is not restarted and serves nothing there; swaysock env says so', async (t) => {
      const old = { ...second, files: { ...second.files, 'swaysock-healthd.service': without(second.files['swaysock-healthd.service']!, 'Sockets') } };
      t.equal(old.files['swaysock-healthd.service'], first.files['swaysock-healthd.service'], "the daemon's unit text did not change then");
      const { um } = await sessionOn(t, first, pkg);
      const plan = await switchGeneration(um, first, old);
      t.notOk(plan.restarted.includes('swaysock-healthd.service'), 'the daemon is left running');
      t.same(
        plan.failed.map((f) => f.split(':')[0]),
        ['start swaysock-stable.socket'],
        'systemd refuses the socket unit while the daemon runs',
      );
      t.equal((await daemonStatus(um)).stable_socket, null, 'the daemon serves no stable socket');
      const env = await cli(um, 'env');
      t.equal(env.code, 1, 'swaysock env does not name the path');
      t.equal(env.stdout, '');
    });
  },
);

t.test('turning socket activation on mid-session: the switch restarts the daemon on the socket systemd passes', { skip }, async (t) => {
  const pkg = wrapperPackage(t.teardown);
  const first = await generation('', pkg);
  const second = await generation('healthd.socketActivation = true;', pkg);
  for (const order of ['restart-first', 'start-first'] as const) {
    t.test(`sd-switch's jobs ${order === 'restart-first' ? 'restart, then start' : 'start, then restart'}`, async (t) => {
      const { um, sway } = await sessionOn(t, first, pkg);
      const plan = await switchGeneration(um, first, second, order);
      t.ok(plan.restarted.includes('swaysock-healthd.service'), `the daemon is restarted: ${JSON.stringify(plan)}`);
      t.same(
        plan.failed.map((f) => f.split(':')[0]),
        order === 'restart-first' ? [] : ['start swaysock-healthd.socket'],
        'started first, the socket unit is refused while the daemon runs; the restart pulls it in',
      );
      t.equal(await um.unitProperty('swaysock-healthd.socket', 'ActiveState'), 'active');
      t.equal((await daemonStatus(um)).socket_activated, true, 'the daemon serves the socket systemd passed');
      t.equal((await healthyWithin(um, 30_000)).socket_path, sway.socketPath, 'healthy on the live Sway');
      t.equal(await um.unitProperty('swaysock-healthd.service', 'NRestarts'), '0', 'no restart after a failure on the way');
      t.equal(await failedUnits(um), '', 'no failed unit');
    });
  }
});

t.test('the metrics textfile through a switch that changes the package: still there after it, removed when the session ends', { skip }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-textfile-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  chownToTestUser(dir);
  const file = join(dir, 'swaysock.prom');
  // One write, at the session's start: the file is there after the switch only if nothing removed it.
  const options = `metrics.textfile = { enable = true; directory = "${dir}"; interval = "1h"; };`;
  const [pkgA, pkgB] = [wrapperPackage(t.teardown), wrapperPackage(t.teardown)];
  const first = await generation(options, pkgA);
  const second = await generation(options, pkgB);
  const remover = 'swaysock-metrics-textfile-remove.service';
  /** Whether the remover has been stopped, which runs its ExecStop= (it was started once, with the session, by a new manager). */
  const stopCommandRan = async (um: UserManager) => (await um.unitProperty(remover, 'InactiveEnterTimestampMonotonic')) !== '0';

  t.test('keep-old: the remover is left active, its new ExecStop= runs when the session ends', async (t) => {
    const { um, sway } = await sessionOn(t, first, pkgA);
    await waitFor(() => existsSync(file), 30_000, `${file} written at the session's start`);
    const plan = await switchGeneration(um, first, second);
    t.ok(plan.restarted.includes('swaysock-healthd.service'), `the daemon runs the new package: ${JSON.stringify(plan)}`);
    t.ok(plan.kept.includes(remover), 'the remover is kept');
    t.same(plan.failed, [], 'every job succeeds');
    t.ok(existsSync(file), 'the file is still there after the switch');
    t.notOk(await stopCommandRan(um), "the remover's ExecStop= has not run");
    t.equal(await state(um, remover), 'active');
    t.match(await um.unitProperty(remover, 'ExecStop'), `${pkgB}/bin/swaysock`, "the manager holds the new generation's ExecStop=");
    await sway.kill('SIGKILL');
    await waitFor(async () => (await state(um, 'sway-session.target')) === 'inactive', 30_000, 'the session to end');
    t.notOk(existsSync(file), 'removed when the session ended');
    rmSync(pkgA, { recursive: true, force: true });
  });

  t.test('as rendered before (no X-SwitchMethod=): the switch restarts the remover, whose ExecStop= removes the file mid-session', async (t) => {
    rmSync(file, { force: true });
    const pkgC = wrapperPackage(t.teardown);
    const firstC = await generation(options, pkgC);
    const old = { ...second, files: { ...second.files, [remover]: without(second.files[remover]!, 'X-SwitchMethod') } };
    const { um } = await sessionOn(t, firstC, pkgC);
    await waitFor(() => existsSync(file), 30_000, `${file} written at the session's start`);
    t.notOk(await stopCommandRan(um), 'before the switch the remover has not run ExecStop=');
    const plan = await switchGeneration(um, firstC, old);
    t.ok(plan.restarted.includes(remover), 'the remover is restarted');
    // The writer may write the file again at once (a restart of the daemon runs it again): what
    // matters is that it was removed, by the remover's ExecStop=, while the session went on.
    t.ok(await stopCommandRan(um), 'its ExecStop= (the removal) ran during the switch');
    t.equal(await state(um, 'sway-session.target'), 'active', 'with the session still up');
  });
});
