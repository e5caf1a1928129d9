/**
 * Bursts of real clients (swaymsg processes, python3-i3ipc threads) through the stable socket,
 * against a real headless Sway: idle, stopped (SIGSTOP) for a while, and killed and replaced while
 * clients wait. Sway's listen backlog is 3, so such bursts fill it; a client of Sway's own socket
 * then waits in connect(2), and one of the stable socket must be served just as well.
 */
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { acceptedConnections, failures, listenQueue, startBurst } from '../helpers/burst.js';
import { startHealthd, type RunningDaemon } from '../helpers/daemon.js';
import { startSway, type RunningSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

type Teardownable = { teardown: (fn: () => unknown) => void };

/** Generous: a burst of 32 ends within a second or two on an idle machine, its Sway start included. */
// swaymsg gives up on a reply 3 s after sending its request (its own receive timeout, no option to
// change it): the tests that include swaymsg hold Sway or the daemon only until every client is
// connected (tens of ms here), and release them at once.
const BURST_DEADLINE_MS = 30_000;

async function swayAndDaemon(t: Teardownable, args: string[]): Promise<{ dir: string; stable: string; sway: RunningSway; daemon: RunningDaemon }> {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.2', '--stable-socket', ...args]);
  const client = await daemon.client();
  await waitFor(async () => (await client.call('get_socket_health')).socket_path === sway.socketPath, 10_000, 'the daemon on the Sway');
  return { dir, stable: join(dir, 'swaysock', 'sway.sock'), sway, daemon };
}

/** Sway's `loaded_config_file_name`, through its own socket. */
async function configOf(dir: string, sway: RunningSway, t: Teardownable): Promise<string> {
  const burst = await startBurst(dir, sway.socketPath, { swaymsg: 1, i3ipc: 0 }, t.teardown);
  burst.go();
  const [r] = await burst.finished(BURST_DEADLINE_MS);
  if (!r!.ok) throw new Error(`swaymsg on ${sway.socketPath}: ${r!.error}`);
  return r!.config!;
}

/**
 * Puts `sway` and `daemon` on one CPU, Sway at nice 19: the relay then connects faster than Sway
 * accepts, as on a busy machine where Sway waits for the CPU. Sway stays idle: it has nothing else to do.
 */
function swayBehindTheRelay(sway: RunningSway, daemon: RunningDaemon): void {
  for (const pid of [sway.pid, daemon.pid]) execFileSync('taskset', ['-p', '-c', '0', String(pid)], { stdio: 'ignore' });
  execFileSync('renice', ['-n', '19', '-p', String(sway.pid)], { stdio: 'ignore' });
}

t.test('32 clients at once against an idle Sway that gets the CPU after the relay: all served directly, all through the stable socket', async (t) => {
  const { dir, stable, sway, daemon } = await swayAndDaemon(t, []);
  swayBehindTheRelay(sway, daemon);
  const direct = await startBurst(dir, sway.socketPath, { swaymsg: 16, i3ipc: 16 }, t.teardown);
  direct.go();
  const directResults = await direct.finished(BURST_DEADLINE_MS);
  t.equal(directResults.filter((r) => r.ok).length, 32, `directly: ${failures(directResults)}`);

  // The daemon held still while they connect, so that it takes them all in one turn of its loop
  // and connects to Sway 32 times back to back, as when a session start meets a busy daemon.
  const relayed = await startBurst(dir, stable, { swaymsg: 16, i3ipc: 16 }, t.teardown);
  daemon.process.kill('SIGSTOP');
  t.teardown(() => daemon.process.kill('SIGCONT'));
  relayed.go();
  await waitFor(() => listenQueue(stable) === 32, 30_000, "the 32 clients in the stable socket's listen queue");
  daemon.process.kill('SIGCONT');
  const results = await relayed.finished(BURST_DEADLINE_MS);
  t.equal(results.filter((r) => r.ok).length, 32, `through the stable socket, every client served: ${failures(results)}`);
  const config = await configOf(dir, sway, t);
  t.ok(
    results.every((r) => r.config === config),
    'each reply came from that Sway',
  );
});

t.test('Sway stopped (SIGSTOP) during a burst: every client is kept, none closed, and all are served once it runs again', async (t) => {
  // --stable-wait 0: a client is never kept for want of a Sway; only a live Sway keeps it.
  const { dir, stable, sway, daemon } = await swayAndDaemon(t, ['--stable-wait', '0']);
  const config = await configOf(dir, sway, t);
  sway.process.kill('SIGSTOP');
  t.teardown(() => sway.process.kill('SIGCONT'));
  const burst = await startBurst(dir, stable, { swaymsg: 8, i3ipc: 8 }, t.teardown);
  burst.go();
  await waitFor(() => acceptedConnections(daemon.pid, stable) === 16, 30_000, 'the 16 clients held by the stable socket while Sway is stopped');
  t.same(burst.results(), [], 'no client ended while Sway was stopped');
  sway.process.kill('SIGCONT');
  const results = await burst.finished(BURST_DEADLINE_MS);
  t.equal(results.filter((r) => r.ok).length, 16, `every client served once Sway runs again: ${failures(results)}`);
  t.ok(
    results.every((r) => r.config === config),
    'by that Sway',
  );
});

// i3ipc clients only: swaymsg gives up on a reply after 3 s (its own receive timeout), shorter
// than a Sway start may take on a busy machine.
t.test('Sway killed and replaced while clients wait: those queued for it, and those that came between, reach the new Sway', async (t) => {
  // A wait for the next Sway far longer than the burst's deadline: the clients must be served
  // when it comes, not when their wait ends.
  const { dir, stable, sway, daemon } = await swayAndDaemon(t, ['--stable-wait', '120']);
  sway.process.kill('SIGSTOP');
  const before = await startBurst(dir, stable, { swaymsg: 0, i3ipc: 16 }, t.teardown);
  before.go();
  await waitFor(() => acceptedConnections(daemon.pid, stable) === 16, 30_000, 'the 16 clients held by the stable socket while Sway is stopped');
  await sway.kill('SIGKILL');
  // The few already connected to the dead Sway (in its listen queue: 4 at most) end as its
  // direct clients do; the rest wait for the next Sway, and so do those that come now.
  const between = await startBurst(dir, stable, { swaymsg: 0, i3ipc: 16 }, t.teardown);
  between.go();
  await waitFor(
    () => acceptedConnections(daemon.pid, stable) === 32 - before.results().length,
    30_000,
    'the clients that came while no Sway lived held by the stable socket',
  );
  const next = await startSway(dir, t.teardown);
  const [first, second] = await Promise.all([before.finished(BURST_DEADLINE_MS), between.finished(BURST_DEADLINE_MS)]);
  const config = await configOf(dir, next, t);
  const firstServed = first.filter((r) => r.ok);
  t.ok(firstServed.length >= 12, `at most the dead Sway's listen queue (4) lost: ${failures(first)}`);
  t.ok(
    firstServed.every((r) => r.config === config),
    'the clients kept across the restart were served by the new Sway',
  );
  t.equal(second.filter((r) => r.ok).length, 16, `every client that came while no Sway lived was served: ${failures(second)}`);
  t.ok(
    second.every((r) => r.config === config),
    'by the new Sway',
  );
});
