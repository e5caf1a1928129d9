// The main job, for a person to watch: a throwaway headless Sway session under a real systemd
// user manager with swaysock's units installed the way a non-Nix user installs them; the health
// daemon, the cleanup timer and the CLI at work; a Sway crash and the recovery. Run as root (Sway
// runs as the unprivileged user swaysock-test): `npm run demo`. Everything it starts it ends.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../tests/helpers/daemon.js';
import { swayServiceSession, writeSwayService, state } from '../tests/helpers/session.js';
import { startUserManager, waitFor, type UserManager } from '../tests/helpers/user-manager.js';

const teardowns: (() => unknown)[] = [];
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const step = (n: number, text: string) => console.log(`\n${bold(`== ${n}. ${text}`)}`);

async function show(um: UserManager, label: string, cmd: string, args: string[]): Promise<number> {
  const r = cmd === 'systemctl' ? await um.systemctl(args) : await um.run(cmd, args);
  console.log(`$ ${label}\n${(r.stdout + r.stderr).trimEnd()}${r.code === 0 ? '' : `\n(exit ${r.code})`}`);
  return r.code;
}
const swaysock = (um: UserManager, ...args: string[]) => show(um, `swaysock ${args.join(' ')}`, process.execPath, [CLI, ...args]);
const socketsIn = (um: UserManager) => readdirSync(um.runtimeDir).filter((n) => n.startsWith('sway-ipc.'));

async function main(): Promise<void> {
  step(1, 'A systemd user manager (a fresh login) and the units, installed as a non-Nix user would');
  const um = await startUserManager((fn) => teardowns.push(fn));
  console.log(`user manager PID ${um.pid}, XDG_RUNTIME_DIR=${um.runtimeDir}`);
  await swaysock(um, 'units', '--install', '--enable');
  // `--enable` links the timer into timers.target.wants, which the next login starts; start it now.
  await show(um, 'systemctl --user start swaysock-cleanup.timer', 'systemctl', ['start', 'swaysock-cleanup.timer']);

  step(2, "Sway starts (headless, as a user service); its config's `exec swaysock session` starts sway-session.target");
  const log = await writeSwayService(um, { exec: 'exec' });
  await um.systemctl(['start', 'sway.service']);
  const first = await swayServiceSession(um, log);
  await waitFor(async () => (await state(um, 'swaysock-healthd.service')) === 'active', 5000, 'the health daemon');
  await show(um, 'systemctl --user list-units sway* swaysock*', 'systemctl', ['list-units', '--no-legend', 'sway*', 'swaysock*']);
  await show(um, 'systemctl --user list-timers swaysock*', 'systemctl', ['list-timers', '--no-legend', 'swaysock*']);
  await swaysock(um, 'discover');
  await swaysock(um, 'diagnose', 'socket-health');

  step(3, 'Sway crashes (SIGKILL): the session is torn down, the daemon with it; the socket file stays behind');
  await show(um, 'systemctl --user kill --kill-who=main --signal=KILL sway.service', 'systemctl', ['kill', '--kill-who=main', '--signal=KILL', 'sway.service']);
  await waitFor(async () => (await state(um, 'sway-session.target')) === 'inactive', 5000, 'the session teardown');
  await show(um, 'systemctl --user is-active sway-session.target swaysock-healthd.service', 'systemctl', [
    'is-active',
    'sway-session.target',
    'swaysock-healthd.service',
  ]);
  console.log(`sockets in the runtime dir: ${socketsIn(um).join(' ')}   (${first.socket.split('/').pop()} is stale now)`);
  await swaysock(um, 'discover');
  await swaysock(um, 'cleanup', '--dry-run');

  step(4, 'A new Sway session: the target starts the daemon afresh and the cleanup removes the stale socket');
  await um.systemctl(['start', 'sway.service']);
  const second = await swayServiceSession(um, log);
  await waitFor(async () => !socketsIn(um).includes(first.socket.split('/').pop()!), 5000, 'the cleanup the target pulls in');
  await waitFor(async () => (await um.run(process.execPath, [CLI, 'diagnose', 'socket-health'])).code === 0, 5000, 'healthy');
  console.log(`sockets in the runtime dir: ${socketsIn(um).join(' ')}   (the live one: ${second.socket.split('/').pop()})`);
  await swaysock(um, 'diagnose', 'socket-health');
  await swaysock(um, 'status');

  step(5, 'Log out: stopping sway-session.target stops every bound service');
  await show(um, 'systemctl --user stop sway-session.target', 'systemctl', ['stop', 'sway-session.target']);
  await show(um, 'systemctl --user is-active sway-session.target swaysock-healthd.service', 'systemctl', [
    'is-active',
    'sway-session.target',
    'swaysock-healthd.service',
  ]);
  console.log(`\nSway's log is at ${join(um.home, 'sway.log')} until the demo ends.`);
}

try {
  await main();
} catch (err) {
  console.error(`demo failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  for (const fn of teardowns.reverse()) await fn();
}
