import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { protocolValidators } from '../../ts/server/schemas.js';
import type { DaemonClient } from '../../ts/rpc/client.js';
import { CLI, nextHealth, programEnv, startHealthd, type RunningDaemon } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

const cli = (dir: string, args: string[]) => runAsTestUser(process.execPath, [CLI, ...args], programEnv(dir));

/** Takes the one slot of a `--max-clients 1` daemon (the start-up probe may hold it a moment). */
async function holdOnlySlot(daemon: RunningDaemon): Promise<DaemonClient> {
  for (let i = 0; i < 50; i++) {
    const holder = await daemon.client();
    if (await holder.call('get_socket_health').then(() => true, () => false)) return holder;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('could not take the only client slot');
}

t.test('diagnose socket-health: exit 0 healthy, 1 disconnected, 2 unreachable; --json is the exact object', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const unreachable = await cli(dir, ['diagnose', 'socket-health']);
  t.equal(unreachable.code, 2);
  t.match(unreachable.stderr, `cannot reach swaysock-healthd at ${join(dir, 'swaysock', 'healthd.sock')}`);
  t.match(unreachable.stderr, /systemctl --user start swaysock-healthd\.service/);

  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const human = await cli(dir, ['diagnose', 'socket-health']);
  t.equal(human.code, 0);
  t.match(human.stdout, /^Sway IPC socket: healthy\n/);
  t.match(human.stdout, sway.socketPath);
  const json = await cli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(json.code, 0);
  const health = JSON.parse(json.stdout);
  t.ok(protocolValidators().socketHealth(health), 'exactly the get_socket_health object');
  t.equal(health.socket_path, sway.socketPath);

  const client = await daemon.client();
  await client.call('subscribe');
  const disconnected = nextHealth<{ status: string }>(client, (h) => h.status === 'disconnected', 5000);
  await sway.kill('SIGKILL');
  await disconnected;
  const down = await cli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(down.code, 1);
  t.equal(JSON.parse(down.stdout).status, 'disconnected');

  const status = await cli(dir, ['status', '--json']);
  t.equal(status.code, 0);
  t.ok(protocolValidators().daemonStatus(JSON.parse(status.stdout)));
});

t.test('usage errors exit 64 and say what was wrong', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const missing = await cli(dir, ['diagnose']);
  t.equal(missing.code, 64, missing.stderr);
  t.match(missing.stderr, /Name what to diagnose/);
  const bad = await cli(dir, ['diagnose', 'socket-health', '--bogus']);
  t.equal(bad.code, 64);
  t.match(bad.stderr, /Unknown argument: bogus/);
  const help = await cli(dir, ['watch', '--help']);
  t.equal(help.code, 0);
  t.match(help.stdout, /reconnects when the daemon restarts/);
});

t.test('watch streams changes and reconnects when the daemon restarts', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const first = await startHealthd(dir, t.teardown);
  const [cmd, argv] = asTestUser(process.execPath, [CLI, 'watch', '--json']);
  const watcher = spawn(cmd, argv, { env: programEnv(dir) });
  t.teardown(() => watcher.kill('SIGKILL'));
  const lines: { status: string; socket_path: string }[] = [];
  let stderr = '';
  let buffer = '';
  watcher.stdout.on('data', (d) => {
    buffer += d;
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const p of parts) lines.push(JSON.parse(p));
  });
  watcher.stderr.on('data', (d) => (stderr += d));
  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    t.ok(check(), what);
  };
  await until(() => lines.length >= 1, 'current state first');
  t.equal(lines[0]!.status, 'healthy');
  first.process.kill('SIGTERM');
  await first.exited;
  await until(() => /went away; reconnecting/.test(stderr), 'says the daemon went away');
  await startHealthd(dir, t.teardown);
  await until(() => lines.length >= 2, 'state again from the new daemon');
  t.equal(lines[1]!.socket_path, sway.socketPath);
  await sway.kill('SIGKILL');
  await until(() => lines.some((l) => l.status === 'disconnected'), 'the change is streamed');
});

t.test('diagnose socket-health: exit 2 when the daemon turns the CLI away (too many clients)', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--max-clients', '1']);
  const holder = await holdOnlySlot(daemon);
  const refused = await cli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(refused.code, 2, refused.stderr);
  t.equal(refused.stdout, '', 'no health object printed');
  t.match(refused.stderr, `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer: too many clients (at most 1)`);
  holder.close();
  let last = refused;
  await waitFor(async () => (last = await cli(dir, ['diagnose', 'socket-health'])).code !== 2, 5000, 'the daemon to free the slot');
  t.equal(last.code, 0, `served once the slot is free: ${last.stderr}`);
});

t.test('watch: turned away (too many clients), it says so once and gets in when a slot frees', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--max-clients', '1']);
  const holder = await holdOnlySlot(daemon);
  const [cmd, argv] = asTestUser(process.execPath, [CLI, 'watch', '--json']);
  const watcher = spawn(cmd, argv, { env: programEnv(dir) });
  t.teardown(() => watcher.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  watcher.stdout.on('data', (d) => (stdout += d));
  watcher.stderr.on('data', (d) => (stderr += d));
  // The holder's own connection reads the daemon's counters: wait until watch was turned away three times.
  const refusals = async () => (await holder.call<{ counters: { clients_refused: number } }>('daemon.status')).counters.clients_refused;
  await waitFor(async () => (await refusals()) >= 3, 10_000, 'three refused tries');
  t.equal(stdout, '', 'nothing streamed while turned away');
  t.equal(stderr, `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer (too many clients (at most 1) (JSON-RPC error -32000)); retrying\n`, 'said once, not on every retry');
  holder.close();
  await waitFor(() => stdout.includes('\n'), 10_000, 'the first line once a slot is free');
  t.equal(JSON.parse(stdout.split('\n')[0]!).status, 'healthy', 'in once the slot is free');
});
