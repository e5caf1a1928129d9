/**
 * The stable socket unit under a real systemd user manager with real headless Sways: it listens
 * from login, stays between two sessions, a connection then starts the daemon, and each session's
 * Sway answers swaymsg on the same path.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { probeSocket } from '../../ts/liveness/probe.js';
import { checkSession, installSession, loginAgain } from '../helpers/scenario.js';
import { state, swayServiceSession } from '../helpers/session.js';
import { waitFor, type UserManager } from '../helpers/user-manager.js';

/** `swaymsg -s PATH -t get_version` as the session's user: its exit code. */
async function versionVia(um: UserManager, path: string): Promise<{ code: number | null }> {
  const r = await um.run('swaymsg', ['-s', path, '-t', 'get_version'], { timeoutMs: 30_000 });
  return { code: r.code };
}

t.test('the stable socket answers in each session and between them, where a connection starts the daemon', async (t) => {
  const { um, swayLog } = await installSession(t, ['--stable-socket']);
  const booted = await loginAgain(t, um);
  await waitFor(async () => (await state(booted, 'swaysock-stable.socket')) === 'active', 5000, 'sockets.target to start the stable socket');
  const stable = join(booted.runtimeDir, 'swaysock', 'sway.sock');
  t.equal(statSync(stable).mode & 0o777, 0o600, 'SocketMode=0600');
  t.equal(statSync(join(booted.runtimeDir, 'swaysock')).mode & 0o777, 0o700, 'DirectoryMode=0700');

  const first = await checkSession(t, booted, swayLog, 'first session');
  t.equal((await versionVia(booted, stable)).code, 0, 'swaymsg through the stable socket in the first session');

  process.kill(first.pid, 'SIGKILL');
  await waitFor(async () => (await state(booted, 'swaysock-healthd.service')) === 'inactive', 10_000, 'the daemon to stop with the session');
  t.equal(await state(booted, 'swaysock-stable.socket'), 'active', 'the socket unit stays between sessions');
  t.equal((await probeSocket(stable)).kind, 'listening', 'and answers');

  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  await checkSession(t, booted, swayLog, 'second session', [first.socket]);
  t.equal((await versionVia(booted, stable)).code, 0, 'swaymsg through the same path reaches the second Sway');

  // Between sessions, a client's connection starts the daemon; with no Sway it is closed after the bounded wait.
  const second = await swayServiceSession(booted, swayLog);
  process.kill(second.pid, 'SIGKILL');
  await waitFor(async () => (await state(booted, 'swaysock-healthd.service')) === 'inactive', 10_000, 'the daemon to stop with the second session');
  t.not((await versionVia(booted, stable)).code, 0, 'no Sway: swaymsg fails, it does not hang');
  t.equal(await state(booted, 'swaysock-healthd.service'), 'active', 'the connection started the daemon');
  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  const third = await swayServiceSession(booted, swayLog);
  await waitFor(async () => (await versionVia(booted, stable)).code === 0, 10_000, `swaymsg through the stable socket on the third Sway (${third.socket})`);
});
