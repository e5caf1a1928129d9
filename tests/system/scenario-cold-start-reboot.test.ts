/**
 * Scenarios 1 and 2 of docs/testing.md, under a real systemd user manager with a real headless Sway (see
 * tests/helpers/scenario.ts). A "boot" is a new manager on the same HOME (no container with systemd
 * as PID 1 here: docs/design.md, "Tests"), which is what lingering or a login does: default.target starts Sway.
 */
import t from 'tap';
import { checkSession, installSession, loginAgain, swaySockets } from '../helpers/scenario.js';

t.test('cold start: Sway, then sway-session.target, then every bound service, each finding the live socket on its first try', async (t) => {
  const { um, swayLog } = await installSession(t);
  const booted = await loginAgain(t, um);
  await checkSession(t, booted, swayLog, 'cold start');
});

t.test('reboot: the manager stops the session cleanly; the next boot has the same order, no failed unit, no socket of the previous boot', async (t) => {
  const { um, swayLog } = await installSession(t);
  const first = await loginAgain(t, um);
  const before = await checkSession(t, first, swayLog, 'first boot');

  const second = await loginAgain(t, first);
  t.same(swaySockets(first.runtimeDir), [], `the shutdown left no socket behind (${before.socket} is gone)`);
  const after = await checkSession(t, second, swayLog, 'after the reboot');
  t.not(after.socket, before.socket, 'a new Sway');
  t.same(swaySockets(second.runtimeDir), [after.socket], 'only the live socket after the reboot');
});
