/**
 * Scenarios 3 and 4 of docs/testing.md, under a real systemd user manager with a real headless Sway (see
 * tests/helpers/scenario.ts). With our session wiring a Sway crash stops the bound services
 * (PartOf=, through `swaysock session`'s teardown) and the next session starts them afresh, so the
 * daemon is a new one: `healthy` on the new socket, `reconnection_count` 0 (docs/design.md, "Tests").
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { probeSocket } from '../../ts/liveness/probe.js';
import { BOUND, checkSession, discover, failedUnits, installSession, loginAgain, monotonicUs, swaySockets } from '../helpers/scenario.js';
import { state } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { chownToTestUser } from '../helpers/user.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';

/**
 * A stale socket beside the session's live one: a second headless Sway in the same runtime dir,
 * SIGKILLed. Checks that `swaysock discover` names the session's Sway while both live (the manager's
 * SWAYSOCK decides) and after the kill. Returns the stale path.
 */
async function staleBeside(t: Test, um: UserManager, live: string): Promise<string> {
  const extra = await startSway(um.runtimeDir, t.teardown);
  t.equal((await discover(um)).path, live, "two live Sways: discover names the session's");
  await extra.kill('SIGKILL');
  t.equal((await probeSocket(extra.socketPath)).kind, 'refused', 'the killed Sway left a stale socket');
  t.equal((await discover(um)).path, live, 'discover names the live socket, not the stale one beside it');
  return extra.socketPath;
}

t.test(
  'Sway crash: bound services stop, the stale socket stays; the next session starts them afresh, healthy on the new socket, and its cleanup removes the stale one',
  async (t) => {
    const { um, swayLog } = await installSession(t);
    const booted = await loginAgain(t, um);
    const first = await checkSession(t, booted, swayLog, 'first session');
    const oldPids = new Map<string, number>();
    for (const unit of BOUND) oldPids.set(unit, Number(await booted.unitProperty(unit, 'MainPID')));

    const killedAt = monotonicUs();
    process.kill(first.pid, 'SIGKILL');
    await waitFor(
      async () => {
        for (const unit of BOUND) if ((await state(booted, unit)) !== 'inactive') return false;
        return (await state(booted, 'sway-session.target')) === 'inactive';
      },
      60_000,
      () => `the bound services and the target to stop (Sway's log: ${swayLog()})`,
    );
    for (const [unit, pid] of oldPids) t.notOk(existsSync(`/proc/${pid}`), `${unit}: its process ${pid} is gone`);
    t.equal((await probeSocket(first.socket)).kind, 'refused', 'the stale socket stays until a cleanup');
    t.same(await discover(booted), { code: 1, path: '' }, 'discover names no socket while no Sway lives');
    await waitFor(async () => (await booted.environment()).SWAYSOCK === undefined, 30_000, 'SWAYSOCK to be unset');

    // Sway started again, as the next login would.
    const restart = await booted.systemctl(['start', 'sway.service']);
    t.equal(restart.code, 0, restart.stderr);
    const second = await checkSession(t, booted, swayLog, 'after the crash', [first.socket]);
    t.notOk(existsSync(first.socket), 'the stale socket was removed');
    t.ok(
      Number(await booted.unitProperty('swaysock-cleanup.service', 'ExecMainStartTimestampMonotonic')) > killedAt,
      'by a cleanup run after the crash (the timer is 5 min away)',
    );
    for (const [unit, pid] of oldPids) t.not(Number(await booted.unitProperty(unit, 'MainPID')), pid, `${unit} runs afresh`);

    // Scenario 4: a stale socket beside the live one goes on an explicit run of the cleanup service.
    const stale = await staleBeside(t, booted, second.socket);
    const run = await booted.systemctl(['start', 'swaysock-cleanup.service']);
    t.equal(run.code, 0, run.stderr);
    t.same(swaySockets(booted.runtimeDir), [second.socket], 'the cleanup removed the stale socket and kept the live one');
    t.notOk(existsSync(stale));
    t.equal((await discover(booted)).path, second.socket, 'discover after the cleanup');
    t.equal(await failedUnits(booted), '', 'no failed unit');
  },
);

t.test('stale-socket removal by the timer (shortened): the stale socket goes, the live one stays, discover names the live one throughout', async (t) => {
  const { um, swayLog } = await installSession(t, ['--on-startup-sec', '1s', '--on-unit-active-sec', '1s']);
  // Test only: fire on time (AccuracySec= defaults to 1 min, systemd.timer(5)).
  const dropIn = join(um.unitDir, 'swaysock-cleanup.timer.d');
  mkdirSync(dropIn);
  chownToTestUser(dropIn);
  writeFileSync(join(dropIn, 'accuracy.conf'), '[Timer]\nAccuracySec=1ms\n');
  chownToTestUser(join(dropIn, 'accuracy.conf'));
  const booted = await loginAgain(t, um);
  const live = await checkSession(t, booted, swayLog, 'session');

  // The timer is held while the stale socket is made (its 1 s period would race the checks), then
  // started again: its last elapse is past, so it fires at once.
  t.equal((await booted.systemctl(['stop', 'swaysock-cleanup.timer'])).code, 0);
  const stale = await staleBeside(t, booted, live.socket);
  const armedAt = monotonicUs();
  t.equal((await booted.systemctl(['start', 'swaysock-cleanup.timer'])).code, 0);
  await waitFor(() => !existsSync(stale), 30_000, "the timer's cleanup to remove the stale socket");
  // Nothing else starts the cleanup here (the session target stays up).
  t.ok(Number(await booted.unitProperty('swaysock-cleanup.service', 'ExecMainStartTimestampMonotonic')) > armedAt, 'the timer ran the cleanup');
  t.same(swaySockets(booted.runtimeDir), [live.socket], 'the live socket stays');
  t.equal((await discover(booted)).path, live.socket, "discover after the timer's cleanup");
});
