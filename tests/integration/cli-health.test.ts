import t from 'tap';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { resultValidator } from '../../ts/rpc/schemas.js';
import type { DaemonClient } from '../../ts/rpc/client.js';
import { CLI, nextHealth, programEnv, runCli, spawnCli, startHealthd, type RunningDaemon } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, makeRuntimeDir } from '../helpers/user.js';

/**
 * Takes the one slot of a `--max-clients 1` daemon: startHealthd's probe of the socket may hold it
 * until the daemon has seen that connection close, so a refused try is made again (bounded at 30 s).
 */
async function holdOnlySlot(daemon: RunningDaemon): Promise<DaemonClient> {
  let holder: DaemonClient | undefined;
  await waitFor(
    async () => {
      holder?.close();
      holder = await daemon.client();
      return holder.call('get_socket_health').then(
        () => true,
        () => false,
      );
    },
    30_000,
    'the only client slot of the daemon to be free',
  );
  return holder!;
}

t.test('diagnose socket-health: exit 0 healthy, 1 disconnected, 2 unreachable; --json is the exact object', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const unreachable = await runCli(dir, ['diagnose', 'socket-health']);
  t.equal(unreachable.code, 2);
  t.match(unreachable.stderr, `cannot reach swaysock-healthd at ${join(dir, 'swaysock', 'healthd.sock')}`);
  t.match(unreachable.stderr, /systemctl --user start swaysock-healthd\.service/);

  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const human = await runCli(dir, ['diagnose', 'socket-health']);
  t.equal(human.code, 0);
  t.match(human.stdout, /^Sway IPC socket: healthy\n/);
  t.match(human.stdout, sway.socketPath);
  const json = await runCli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(json.code, 0);
  const health = JSON.parse(json.stdout);
  t.ok(resultValidator('get_socket_health')!(health), 'exactly the get_socket_health object');
  t.equal(health.socket_path, sway.socketPath);

  const client = await daemon.client();
  await client.call('subscribe');
  const disconnected = nextHealth<{ status: string }>(client, (h) => h.status === 'disconnected', 30_000);
  await sway.kill('SIGKILL');
  await disconnected;
  const down = await runCli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(down.code, 1);
  t.equal(JSON.parse(down.stdout).status, 'disconnected');

  const status = await runCli(dir, ['status', '--json']);
  t.equal(status.code, 0);
  t.ok(resultValidator('daemon.status')!(JSON.parse(status.stdout)));
});

t.test('usage errors exit 64 and say what was wrong', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const missing = await runCli(dir, ['diagnose']);
  t.equal(missing.code, 64, missing.stderr);
  t.match(missing.stderr, /Name what to diagnose/);
  const bad = await runCli(dir, ['diagnose', 'socket-health', '--bogus']);
  t.equal(bad.code, 64);
  t.match(bad.stderr, /Unknown argument: bogus/);
  for (const [args, what] of [
    [['diagnose', 'socket-health', '--timeout', 'abc'], 'a word'],
    [['status', '--timeout', '-1'], 'a negative number'],
    [['status', '--timeout', '0'], 'zero'],
    [['discover', '--timeout', 'abc'], 'a word (discover)'],
    [['discover', '--timeout', '-5'], 'a negative number (discover)'],
  ] as const) {
    const r = await runCli(dir, [...args]);
    t.equal(r.code, 64, `--timeout ${what}: ${r.stderr}`);
    t.match(r.stderr, /--timeout needs a positive number/);
  }
  const help = await runCli(dir, ['watch', '--help']);
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
    await waitFor(check, 30_000, () => `${what} (watch printed ${JSON.stringify(lines)}, stderr ${JSON.stringify(stderr)})`);
    t.pass(what);
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
  const refused = await runCli(dir, ['diagnose', 'socket-health', '--json']);
  t.equal(refused.code, 2, refused.stderr);
  t.equal(refused.stdout, '', 'no health object printed');
  t.match(refused.stderr, `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer: too many clients (at most 1)`);
  holder.close();
  let last = refused;
  await waitFor(
    async () => (last = await runCli(dir, ['diagnose', 'socket-health'])).code !== 2,
    30_000,
    () => `the daemon to free the slot (last: ${last.stderr})`,
  );
  t.equal(last.code, 0, `served once the slot is free: ${last.stderr}`);
});

t.test('watch: turned away (too many clients), it says so once and gets in when a slot frees', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--max-clients', '1']);
  const holder = await holdOnlySlot(daemon);
  // The holder's own connection reads the daemon's counters: wait until watch was turned away
  // three times (counted from here: taking the slot may have been refused too).
  const refusals = async () => (await holder.call('daemon.status')).counters.clients_refused;
  const before = await refusals();
  const watcher = spawnCli(t.teardown, dir, ['watch', '--json']);
  await waitFor(
    async () => (await refusals()) >= before + 3,
    30_000,
    () => `three refused tries of watch (stderr: ${watcher.stderr()})`,
  );
  t.equal(watcher.stdout(), '', 'nothing streamed while turned away');
  t.equal(
    watcher.stderr(),
    `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer (too many clients (at most 1) (JSON-RPC error -32000)); retrying\n`,
    'said once, not on every retry',
  );
  holder.close();
  await waitFor(
    () => watcher.stdout().includes('\n'),
    30_000,
    () => `the first line once a slot is free (stderr: ${watcher.stderr()})`,
  );
  t.equal(JSON.parse(watcher.stdout().split('\n')[0]!).status, 'healthy', 'in once the slot is free');
});

t.test('a wedged daemon (stopped: its socket accepts, nothing answers): every request ends at --timeout with exit 2 naming the socket', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  daemon.process.kill('SIGSTOP');
  t.teardown(() => daemon.process.kill('SIGCONT'));
  for (const [args, method] of [
    [['diagnose', 'socket-health', '--timeout', '0.3'], 'get_socket_health'],
    [['diagnose', 'socket-health', '--json', '--timeout', '0.3'], 'get_socket_health'],
    [['status', '--timeout', '0.3'], 'daemon.status'],
    [['status'], 'daemon.status'],
  ] as const) {
    const r = await runCli(dir, [...args]);
    t.equal(r.code, 2, `${args.join(' ')}: exit 2`);
    t.equal(r.stdout, '', 'nothing printed on stdout');
    const ms = (args as readonly string[]).includes('--timeout') ? 300 : 5000;
    t.match(
      r.stderr,
      `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer: swaysock-healthd at ${daemon.socketPath} did not answer ${method} within ${ms} ms`,
    );
    t.match(r.stderr, /systemctl --user status swaysock-healthd\.service/);
  }
});

t.test('watch: a wedged daemon is retried; once it answers, a quiet stream longer than --timeout is kept', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.1']);
  const observer = await daemon.client();
  daemon.process.kill('SIGSTOP');
  t.teardown(() => daemon.process.kill('SIGCONT'));
  const { stdout, stderr } = spawnCli(t.teardown, dir, ['watch', '--json', '--timeout', '0.2']);
  await waitFor(() => stderr() !== '', 30_000, 'watch to report the missing answer');
  t.equal(
    stderr(),
    `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer (swaysock-healthd at ${daemon.socketPath} did not answer subscribe within 200 ms); retrying\n`,
  );
  daemon.process.kill('SIGCONT');
  await waitFor(
    () => stdout().includes('\n'),
    30_000,
    () => `the first state once the daemon answers (stderr: ${stderr()})`,
  );
  t.equal(JSON.parse(stdout().split('\n')[0]!).status, 'healthy');
  // Quiet for five validation intervals (0.5 s, over twice --timeout): no change, so no line.
  const from = (await observer.call('daemon.status')).counters.validations;
  await waitFor(async () => (await observer.call('daemon.status')).counters.validations >= from + 5, 30_000, 'five validations');
  await sway.kill('SIGKILL');
  await waitFor(
    () => stdout().includes('disconnected'),
    30_000,
    () => `the change on the same stream (stdout: ${stdout()})`,
  );
  t.equal(stderr().split('\n').length, 2, `no reconnect or retry after the stream began: ${stderr()}`);
});
