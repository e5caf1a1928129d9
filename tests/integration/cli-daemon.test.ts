/**
 * The daemon-talking commands as a user meets them (dist/swaysock.cjs and dist/swaysock-healthd.js
 * run as the test user, a real headless Sway): `--socket` of `diagnose socket-health`, `status`,
 * `watch` and `swaysock-healthd`; `swaysock-healthd --runtime-dir`; `status` and `watch` human
 * output; the exit codes of docs/protocol.md ("CLI exit codes") not covered in cli-health.test.ts.
 */
import t from 'tap';
import { join } from 'node:path';
import type { SocketHealth } from '../../ts/rpc/health.js';
import { nextHealth, runCli, spawnCli, startHealthd } from '../helpers/daemon.js';
import { unreadBytesSent } from '../helpers/sockets.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

t.test('--socket PATH: swaysock-healthd serves there; diagnose, status and watch reach it there and not at the default', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const path = join(makeRuntimeDir(t.teardown, 'swaysock-elsewhere-'), 'h.sock');
  const daemon = await startHealthd(dir, t.teardown, ['--socket', path]);
  t.equal(daemon.socketPath, path);

  const atDefault = await runCli(dir, ['diagnose', 'socket-health']);
  t.equal(atDefault.code, 2, 'nothing serves the default path');
  t.match(atDefault.stderr, `cannot reach swaysock-healthd at ${join(dir, 'swaysock', 'healthd.sock')}`);

  const diagnose = await runCli(dir, ['diagnose', 'socket-health', '--json', '--socket', path]);
  t.equal(diagnose.code, 0, diagnose.stderr);
  t.equal(JSON.parse(diagnose.stdout).socket_path, sway.socketPath);
  const status = await runCli(dir, ['status', '--json', '--socket', path]);
  t.equal(status.code, 0, status.stderr);
  t.equal(JSON.parse(status.stdout).socket_path, path, 'status names the socket it was reached on');
  const watch = spawnCli(t.teardown, dir, ['watch', '--json', '--socket', path]);
  await waitFor(
    () => watch.stdout().includes('\n'),
    30_000,
    () => `watch's first line (stderr: ${watch.stderr()})`,
  );
  t.equal(JSON.parse(watch.stdout().split('\n')[0]!).socket_path, sway.socketPath);
});

t.test('swaysock-healthd --runtime-dir DIR watches the Sway in DIR, not in its XDG_RUNTIME_DIR', async (t) => {
  const own = makeRuntimeDir(t.teardown);
  const swayDir = makeRuntimeDir(t.teardown);
  const there = await startSway(swayDir, t.teardown);
  const daemon = await startHealthd(own, t.teardown, ['--runtime-dir', swayDir, '--socket', join(own, 'h.sock')]);
  const client = await daemon.client();
  const health = await client.call('subscribe');
  const healthy = health.status === 'healthy' ? health : await nextHealth<SocketHealth>(client, (h) => h.status === 'healthy', 30_000);
  t.equal(healthy.socket_path, there.socketPath);
});

t.test('status: human output; exit 2 with the documented message once the daemon is gone', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  const r = await runCli(dir, ['status']);
  t.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n');
  t.match(lines[0], new RegExp(`^swaysock-healthd \\S+, PID ${daemon.pid}, up [\\d.]+ s$`));
  t.equal(lines[1], `  socket:  ${daemon.socketPath}`);
  t.equal(lines[2], '  clients: 1 (0 subscribed)', 'the status call itself is the one client');
  t.match(lines[3], /^ {2}(\w+=\d+ ?)+$/, 'the counters, NAME=N');
  t.match(lines[3], /clients_refused=0/);

  daemon.process.kill('SIGTERM');
  await daemon.exited;
  const gone = await runCli(dir, ['status']);
  t.equal(gone.code, 2);
  t.equal(gone.stdout, '');
  t.match(gone.stderr, `swaysock: cannot reach swaysock-healthd at ${daemon.socketPath} (ENOENT).`);
  t.match(gone.stderr, /systemctl --user start swaysock-healthd\.service/);
});

t.test('watch without --json: one line per change, "TIME STATUS PATH reconnections=N [latency=MSms]"', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  await startHealthd(dir, t.teardown);
  const watch = spawnCli(t.teardown, dir, ['watch']);
  await waitFor(
    () => watch.stdout().includes('\n'),
    30_000,
    () => `watch's first line (stderr: ${watch.stderr()})`,
  );
  const path = sway.socketPath.replace(/\./g, '\\.');
  t.match(watch.stdout(), new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z healthy ${path} reconnections=0 latency=[\\d.]+ms\\n$`));
  await sway.kill('SIGKILL');
  await waitFor(
    () => watch.stdout().split('\n').length > 2,
    30_000,
    () => `the change to be streamed (watch printed: ${watch.stdout()})`,
  );
  t.match(watch.stdout().split('\n')[1], new RegExp(`^\\S+Z disconnected ${path} reconnections=0$`), 'no latency while disconnected');
});

t.test('diagnose socket-health exits 1 when the socket is stale (a Sway that stopped answering)', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--validation-timeout', '300']);
  const client = await daemon.client();
  await client.call('subscribe');
  const stale = nextHealth<SocketHealth>(client, (h) => h.status === 'stale', 30_000);
  sway.process.kill('SIGSTOP');
  t.teardown(() => sway.process.kill('SIGCONT'));
  await stale;
  const r = await runCli(dir, ['diagnose', 'socket-health']);
  t.equal(r.code, 1, r.stderr);
  t.match(r.stdout, /^Sway IPC socket: stale\n/);
});

t.test('diagnose socket-health exits 2 when the daemon drops the connection before it answers', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown);
  // A stopped daemon cannot accept: the CLI connects (into the accept queue) and sends its
  // request, which nobody reads; then the daemon dies.
  daemon.process.kill('SIGSTOP');
  const diagnose = spawnCli(t.teardown, dir, ['diagnose', 'socket-health']);
  await waitFor(() => unreadBytesSent(diagnose.child.pid!) > 0, 30_000, "the CLI's request, sent and unread");
  daemon.process.kill('SIGKILL');
  t.equal(await diagnose.exited, 2, diagnose.stderr());
  t.equal(diagnose.stdout(), '');
  t.equal(
    diagnose.stderr(),
    `swaysock: swaysock-healthd at ${daemon.socketPath} gave no answer: swaysock-healthd at ${daemon.socketPath} closed the connection\n`,
  );
});
