/**
 * The stable socket with real clients (swaymsg, python3-i3ipc) and a real headless Sway, across a
 * Sway SIGKILL and a new Sway; half-close and back-pressure with a raw client.
 */
import t from 'tap';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { encodeFrame, FrameDecoder, IpcMessageType } from '../../ts/ipc/codec.js';
import { HALF_CLOSE_GRACE_MS } from '../../ts/proxy/pair.js';
import { runCli, startHealthd, type RunningDaemon } from '../helpers/daemon.js';
import { unreadBytesReceived } from '../helpers/sockets.js';
import { keptLimit } from '../helpers/time-limits.js';
import { startSway, swayEnv, type RunningSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, chownToTestUser, makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

type Teardownable = { teardown: (fn: () => unknown) => void };

const stableOf = (dir: string): string => join(dir, 'swaysock', 'sway.sock');

const swaymsg = (dir: string, socket: string, ...args: string[]) => runAsTestUser('swaymsg', ['-s', socket, ...args], swayEnv(dir));

const I3IPC_VERSION = 'import i3ipc, sys\nprint(i3ipc.Connection(sys.argv[1], auto_reconnect=False).get_version().human_readable)';
// Debian's python3-i3ipc is for the system's interpreter, whatever python3 comes first on PATH.
const i3ipcVersion = (dir: string, socket: string) => runAsTestUser('/usr/bin/python3', ['-c', I3IPC_VERSION, socket], swayEnv(dir));

/** Which Sway answers: its config file, which differs for each test Sway (in its own scratch directory). */
async function configVia(dir: string, socket: string): Promise<string> {
  const run = await swaymsg(dir, socket, '-t', 'get_version');
  if (run.code !== 0) throw new Error(`swaymsg get_version via ${socket} failed: ${run.stderr}`);
  return JSON.parse(run.stdout).loaded_config_file_name;
}

/** utime + stime of `pid` in clock ticks (proc(5) fields 14 and 15). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * A `swaymsg -t subscribe -m '["workspace","tick"]'` subscriber: the events it printed (one JSON
 * object per line; it prints events only, not the subscription's reply) and its exit.
 * `subscribed()` waits for the ready signal: Sway answers a SUBSCRIBE that includes `tick` with
 * `{"success": true}` and then, on its own, a `tick` event with `"first": true` (sway's
 * ipc-server.c), so once swaymsg has printed that event its subscription is in place, through the
 * stable socket too. Only then can an action be counted on to produce an event it prints.
 */
function subscriber(dir: string, socket: string, teardown: (fn: () => unknown) => void) {
  // stdbuf: swaymsg's stdio buffers its output fully into a pipe; each event line is wanted at once.
  const [cmd, argv] = asTestUser('stdbuf', ['-oL', 'swaymsg', '-s', socket, '-t', 'subscribe', '-m', '["workspace","tick"]']);
  const child = spawn(cmd, argv, { env: swayEnv(dir), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  teardown(() => child.kill('SIGKILL'));
  const events = (): Record<string, unknown>[] =>
    out
      .split('\n')
      .slice(0, -1)
      .map((line) => JSON.parse(line));
  const output = () => `stdout: ${JSON.stringify(out)}, stderr: ${JSON.stringify(err)}`;
  return {
    events,
    output,
    exited,
    subscribed: () =>
      waitFor(
        () => events().some((e) => e.first === true),
        30_000,
        () => `swaymsg's subscription through ${socket}: Sway's first tick event (${output()})`,
      ),
  };
}

/**
 * Once `sub` is subscribed, switches to workspace `name` through `socket` (a workspace that does not
 * exist yet: the switch creates and focuses it, which Sway announces with a `focus` event) and waits
 * for that event. The switch is made once: a second `workspace NAME` while it has focus does nothing,
 * so repeating it could never make up for an event the subscriber was not yet subscribed to get.
 */
async function switchSeenBy(
  t: { equal: (a: unknown, b: unknown, m: string) => unknown },
  dir: string,
  socket: string,
  sub: ReturnType<typeof subscriber>,
  name: string,
): Promise<void> {
  await sub.subscribed();
  const run = await swaymsg(dir, socket, 'workspace', name);
  t.equal(run.code, 0, `swaymsg workspace ${name} through ${socket}: ${run.stderr}`);
  const focused = () => sub.events().some((e) => e.change === 'focus' && (e.current as { name?: string } | undefined)?.name === name);
  await waitFor(focused, 30_000, () => `the workspace ${name} focus event through ${socket} (${sub.output()})`);
}

/** A shell of the test user that lives across the test, reading commands from its stdin. */
function longLivedShell(dir: string, teardown: (fn: () => unknown) => void) {
  const [cmd, argv] = asTestUser('sh', []);
  const child = spawn(cmd, argv, { env: swayEnv(dir, { CLI: join(process.cwd(), 'dist', 'swaysock.cjs') }), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  teardown(() => child.kill('SIGKILL'));
  return { run: (line: string) => child.stdin!.write(`${line}\n`), output: () => out };
}

async function stableDaemon(t: Teardownable, args: string[] = []): Promise<{ dir: string; stable: string; daemon: RunningDaemon }> {
  const dir = makeRuntimeDir(t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--stable-socket', ...args]);
  await waitFor(
    () => daemon.log().includes('stable socket'),
    30_000,
    () => `the stable socket listening (daemon log: ${daemon.log()})`,
  );
  return { dir, stable: stableOf(dir), daemon };
}

t.test('real clients reach the live Sway through the unchanged path, across a SIGKILL and a new Sway', async (t) => {
  const first = await startSwayIn(t);
  const { dir, stable, daemon } = first;
  const client = await daemon.client();
  t.equal(statSync(stable).mode & 0o777, 0o600, 'socket 0600');
  t.equal(statSync(join(dir, 'swaysock')).mode & 0o777, 0o700, 'directory 0700');

  const version = await swaymsg(dir, stable, '-t', 'get_version');
  t.equal(version.code, 0, `swaymsg get_version: ${version.stderr}`);
  t.match(JSON.parse(version.stdout), { variant: 'sway', human_readable: String });
  t.equal(await configVia(dir, stable), await configVia(dir, first.sway.socketPath), 'the first Sway answers');
  const py = await i3ipcVersion(dir, stable);
  t.equal(py.code, 0, `i3ipc: ${py.stderr}`);
  t.match(py.stdout, /^\d+\.\d+/);

  const sub = subscriber(dir, stable, t.teardown);
  await switchSeenBy(t, dir, stable, sub, '2');
  const before = cpuTicks(first.sway.pid);
  await new Promise((r) => setTimeout(r, 1000)); // a measuring window, not a synchronisation
  t.ok(cpuTicks(first.sway.pid) - before < 20, 'Sway idles with a subscriber connected through the proxy');

  const shell = longLivedShell(dir, t.teardown);
  shell.run('eval "$(node $CLI env)" && echo "env: $SWAYSOCK $I3SOCK"');
  await waitFor(
    () => shell.output().includes('env: '),
    30_000,
    () => `the shell to take swaysock env (its output: ${shell.output()})`,
  );
  t.match(shell.output(), `env: ${stable} ${stable}`);

  await first.sway.kill('SIGKILL');
  t.not(await sub.exited, 0, 'the subscriber got EOF when Sway died');
  const second = await startSway(dir, t.teardown);
  await waitFor(async () => (await client.call('get_socket_health')).socket_path === second.socketPath, 30_000, 'the daemon on the new Sway');

  const after = await swaymsg(dir, stable, '-t', 'get_version');
  t.equal(after.code, 0, `swaymsg on the new Sway: ${after.stderr}`);
  t.equal(await configVia(dir, stable), await configVia(dir, second.socketPath), 'the new Sway answers on the same path');
  t.equal((await i3ipcVersion(dir, stable)).code, 0, 'i3ipc on the new Sway');
  shell.run('swaymsg -t get_version >/dev/null; echo "swaymsg exit $?"');
  await waitFor(
    () => shell.output().includes('swaymsg exit'),
    30_000,
    () => `swaymsg in the shell started before the restart (its output: ${shell.output()})`,
  );
  t.match(shell.output(), 'swaymsg exit 0', 'the shell that ran eval "$(swaysock env)" before the restart reaches the new Sway');
  const again = subscriber(dir, stable, t.teardown);
  await switchSeenBy(t, dir, stable, again, '3');
  t.pass("the reconnected subscriber gets the new Sway's events");
});

/** A Sway, then the daemon with the stable socket in the same runtime directory. */
async function startSwayIn(t: Teardownable): Promise<{ dir: string; stable: string; daemon: RunningDaemon; sway: RunningSway }> {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--stable-socket']);
  return { dir, stable: stableOf(dir), daemon, sway };
}

/** A raw client: frames decoded as they come, and its end. */
function rawClient(path: string): Promise<{ socket: Socket; frames: number[]; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path, allowHalfOpen: true });
    const frames: number[] = [];
    const decoder = new FrameDecoder();
    socket.on('data', (d) => frames.push(...decoder.push(d).map((f) => f.type)));
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.once('error', reject);
    socket.once('connect', () => resolve({ socket, frames, closed }));
  });
}

t.test('a client that half-closes gets the replies it is owed, and Sway does not spin', async (t) => {
  const { stable, sway } = await startSwayIn(t);
  const c = await rawClient(stable);
  c.socket.write(Buffer.concat([encodeFrame(IpcMessageType.GET_VERSION), encodeFrame(IpcMessageType.GET_TREE)]));
  c.socket.end();
  await c.closed;
  t.same(c.frames, [IpcMessageType.GET_VERSION, IpcMessageType.GET_TREE], 'both replies, then the end');
  const before = cpuTicks(sway.pid);
  await new Promise((r) => setTimeout(r, 1000)); // a measuring window
  t.ok(cpuTicks(sway.pid) - before < 20, 'Sway idles: it never saw a half-close');
});

t.test('a half-closed client whose reply never comes is closed after the grace period, not before', async (t) => {
  const { stable, sway } = await startSwayIn(t);
  const c = await rawClient(stable);
  sway.process.kill('SIGSTOP');
  t.teardown(() => sway.process.kill('SIGCONT'));
  c.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  const halfClosed = performance.now();
  c.socket.end();
  await c.closed;
  const waited = performance.now() - halfClosed;
  t.same(c.frames, [], 'closed without a reply');
  // The grace starts when the relay reads the half-close, after ours.
  keptLimit(t, waited, HALF_CLOSE_GRACE_MS, 'the half-close grace');
});

t.test('a client that stops reading pauses only its own pair', async (t) => {
  const { dir, stable, daemon } = await startSwayIn(t);
  const client = await daemon.client();
  const stuck = await rawClient(stable);
  stuck.socket.pause();
  t.teardown(() => stuck.socket.destroy());
  const request = encodeFrame(IpcMessageType.GET_TREE);
  stuck.socket.write(Buffer.concat(Array.from({ length: 1000 }, () => request)));
  await waitFor(() => unreadBytesReceived(daemon.pid) > 0, 10_000, 'the proxy stopped reading Sway for the stuck client');
  const other = await swaymsg(dir, stable, '-t', 'get_version');
  t.equal(other.code, 0, `another client is served: ${other.stderr}`);
  t.equal((await client.call('get_socket_health')).status, 'healthy', 'health checks go on');
  t.ok(unreadBytesReceived(daemon.pid) > 0, 'still paused, not buffered');
});

t.test('a client while no Sway is alive waits for one, and is closed when none comes in time', async (t) => {
  const { dir, stable } = await stableDaemon(t, ['--stable-wait', '60']);
  const c = await rawClient(stable);
  c.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  await startSway(dir, t.teardown);
  await waitFor(() => c.frames.length === 1, 30_000, 'the reply from the Sway started after the connect');
  t.same(c.frames, [IpcMessageType.GET_VERSION], 'the waiting client was served by the new Sway');
  c.socket.destroy();

  const quick = await stableDaemon(t, ['--stable-wait', '1']);
  const connected = performance.now();
  const none = await rawClient(quick.stable);
  none.socket.write(encodeFrame(IpcMessageType.GET_VERSION));
  await new Promise((r) => none.socket.once('end', r));
  const waited = performance.now() - connected;
  t.same(none.frames, [], 'no Sway: EOF without a reply');
  none.socket.destroy();
  // The relay's wait starts when it accepts, after our connect.
  keptLimit(t, waited, 1000, '--stable-wait 1');
});

t.test('discovery never takes the stable socket for a Sway', async (t) => {
  const { dir, stable, daemon } = await startSwayIn(t);
  const client = await daemon.client();
  const run = await runAsTestUser(process.execPath, [join(process.cwd(), 'dist', 'swaysock.cjs'), 'discover', '--json'], swayEnv(dir, { SWAYSOCK: stable }));
  t.equal(run.code, 0, run.stderr);
  const found = JSON.parse(run.stdout);
  t.notOk(JSON.stringify(found).includes(stable), 'the stable path is no candidate');
  t.not((await client.call('get_socket_health')).socket_path, stable);
});

t.test('a live Sway at the stable path is never replaced', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  mkdirSync(join(dir, 'swaysock'), { mode: 0o700 });
  chownToTestUser(join(dir, 'swaysock'));
  renameSync(sway.socketPath, stableOf(dir));
  await t.rejects(startHealthd(dir, t.teardown, ['--stable-socket']), /a live Sway answers at/);
  t.equal((await swaymsg(dir, stableOf(dir), '-t', 'get_version')).code, 0, 'that Sway still answers there');
});

t.test('only the owner: a stable socket directory open to others is refused by the daemon and by swaysock env', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const env = (extra: string[] = []) => runAsTestUser(process.execPath, [join(process.cwd(), 'dist', 'swaysock.cjs'), 'env', ...extra], swayEnv(dir));
  const missing = await env();
  t.equal(missing.code, 1, 'nothing listens yet');
  t.match(missing.stderr, `no stable socket listens at ${stableOf(dir)}`);
  t.equal(missing.stdout, '');

  mkdirSync(join(dir, 'swaysock'), { mode: 0o755 });
  chmodSync(join(dir, 'swaysock'), 0o755);
  chownToTestUser(join(dir, 'swaysock'));
  await t.rejects(startHealthd(dir, t.teardown, ['--stable-socket']), /has mode 0755, open to group or others; refusing to serve/);

  // A socket that listens in a directory opened up afterwards: swaysock env does not name it.
  chmodSync(join(dir, 'swaysock'), 0o700);
  await startHealthd(dir, t.teardown, ['--stable-socket', '--interval', '3600']);
  chmodSync(join(dir, 'swaysock'), 0o755);
  const open = await env();
  t.equal(open.code, 1);
  t.match(open.stderr, `has mode 0755, open to group or others; refusing to name it`);
  t.equal(open.stdout, '');
});

t.test('a stable socket of its own opened up while served: the daemon stops serving and exits 1', async (t) => {
  const { stable, daemon } = await startSwayIn(t);
  chmodSync(stable, 0o666);
  t.same(await daemon.exited, { code: 1, signal: null });
  t.match(daemon.log(), `${stable} has mode 0666, open to group or others; stopped serving`);
});

t.test('swaysock env asks the running daemon whether it serves the stable path, not only whether something listens there', async (t) => {
  // B, at the daemon's default socket, serves no stable socket; C, at another socket, serves the
  // stable path: something listens there, as systemd's socket unit would for a daemon started before it.
  const dir = makeRuntimeDir(t.teardown);
  const b = await startHealthd(dir, t.teardown, ['--interval', '3600']);
  const otherSocket = join(dir, 'other-healthd.sock');
  const c = await startHealthd(dir, t.teardown, ['--interval', '3600', '--socket', otherSocket, '--stable-socket']);
  const env = (...extra: string[]) => runCli(dir, ['env', ...extra]);

  const status = await (await b.client()).call('daemon.status');
  t.equal(status.stable_socket, null, 'daemon.status: B serves no stable socket');
  t.equal((await (await c.client()).call('daemon.status')).stable_socket?.path, stableOf(dir), "daemon.status: C's stable path");

  const unserved = await env();
  t.equal(unserved.code, 1, 'a daemon runs, and not with the stable socket: exit 1');
  t.equal(unserved.stdout, '', 'nothing exported');
  t.match(
    unserved.stderr,
    `swaysock-healthd (PID ${b.pid}, ${b.socketPath}) serves no stable socket, not ${stableOf(dir)}: connections there would wait unserved. Restart it`,
  );

  const served = await env('--socket', otherSocket);
  t.equal(served.code, 0, served.stderr);
  t.equal(served.stdout, `export SWAYSOCK='${stableOf(dir)}' I3SOCK='${stableOf(dir)}'\n`, 'the daemon that serves it');

  // No daemon at its socket: a connection to the path would start one (systemd's socket unit), so the path is named.
  b.process.kill('SIGTERM');
  await b.exited;
  const none = await env();
  t.equal(none.code, 0, none.stderr);
  t.equal(none.stdout, served.stdout);

  // A daemon that does not answer: exit 2 once the deadline has passed, naming its socket.
  c.process.kill('SIGSTOP');
  t.teardown(() => c.process.kill('SIGCONT'));
  const silent = await env('--socket', otherSocket, '--timeout', '0.5');
  t.equal(silent.code, 2);
  t.match(silent.stderr, `swaysock-healthd at ${otherSocket} gave no answer`);
  t.equal(silent.stdout, '');
});
