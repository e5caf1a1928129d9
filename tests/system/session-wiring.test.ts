/**
 * The real wiring: Sway runs as a user service of a real systemd user manager and its config
 * execs `swaysock session` (with `exec_always`, the hazardous form: every reload runs it again).
 */
import t from 'tap';
import { waitFor, type UserManager } from '../helpers/user-manager.js';
import { managerWithSessionUnits, state, swayServiceSession, sessionDown, writeSwayService, type Teardown } from '../helpers/session.js';

/** Starts `sway.service` (headless, config with `exec_always swaysock session`); resolves with its PID and socket. */
async function swayService(t: { teardown: Teardown }): Promise<{ um: UserManager; pid: number; socket: string; log: () => string }> {
  const um = await managerWithSessionUnits(t);
  const log = await writeSwayService(um, { exec: 'exec_always' });
  const started = await um.systemctl(['start', 'sway.service']);
  if (started.code !== 0) throw new Error(`start sway.service: ${started.stderr}`);
  return { um, ...(await swayServiceSession(um, log)), log };
}

t.test("Sway's exec brings the session up; exec_always on reload is refused; SIGKILL of Sway tears it down", async (t) => {
  const { um, pid, socket, log } = await swayService(t);
  t.equal((await um.environment()).SWAYSOCK, socket, 'SWAYSOCK is the service Sway');
  const standIn = Number(await um.unitProperty('stand-in.service', 'MainPID'));

  const reload = await um.run('swaymsg', ['-s', socket, 'reload']);
  t.equal(reload.code, 0, `swaymsg reload: ${reload.stderr}`);
  await waitFor(() => /another swaysock session \(PID \d+, for /.test(log()), 30_000, 'the re-run session to be refused');
  t.equal(await state(um, 'sway-session.target'), 'active', 'the target stays up after the reload');
  t.equal(Number(await um.unitProperty('stand-in.service', 'MainPID')), standIn, 'the bound service was not restarted');

  process.kill(pid, 'SIGKILL');
  await sessionDown(um, () => `(Sway's log: ${log()})`);
  await waitFor(async () => (await um.environment()).SWAYSOCK === undefined, 30_000, 'SWAYSOCK to be unset');
});

t.test('stopping the Sway service (SIGTERM to its cgroup, session included) tears the session down', async (t) => {
  const { um, log } = await swayService(t);
  const stop = await um.systemctl(['stop', 'sway.service']);
  t.equal(stop.code, 0, stop.stderr);
  await sessionDown(um, () => `(Sway's log: ${log()})`);
  t.equal((await um.environment()).SWAYSOCK, undefined, 'SWAYSOCK unset');
  t.match(log(), /Sway session ended \((received SIGTERM|Sway closed its IPC connection)\)/);
  t.equal(await um.unitProperty('sway.service', 'ActiveState'), 'inactive', 'the service stopped cleanly, not failed');
});
