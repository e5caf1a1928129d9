/**
 * `swaysock discover`'s options through the CLI, as a user meets them (dist/swaysock.cjs run as the
 * test user, real headless Sways): `--sway-socket` validates only that path; `--timeout` is each
 * probe's deadline; the yargs tree runs it as the fast path does. (The choice among several Sways
 * is in discovery.test.ts.)
 */
import t from 'tap';
import { setTimeout as delay } from 'node:timers/promises';
import { runCli, spawnCli } from '../helpers/daemon.js';
import { unreadBytesSent } from '../helpers/sockets.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { makeRuntimeDir } from '../helpers/user.js';

const discover = (dir: string, args: string[]) => runCli(dir, ['discover', ...args]);

t.test('--sway-socket PATH: prints PATH when it answers, even beside a newer Sway; exit 1 naming PATH when it is dead', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const dead = await startSway(dir, t.teardown);
  await dead.kill('SIGKILL');
  const older = await startSway(dir, t.teardown);
  await startSway(dir, t.teardown);
  const chosen = await discover(dir, ['--sway-socket', older.socketPath]);
  t.equal(chosen.code, 0, chosen.stderr);
  t.equal(chosen.stdout, `${older.socketPath}\n`);
  t.equal(chosen.stderr, '', 'no ambiguity warning: only PATH was looked at');
  const none = await discover(dir, ['--sway-socket', dead.socketPath]);
  t.equal(none.code, 1);
  t.equal(none.stdout, '');
  t.equal(none.stderr, `swaysock: no live Sway IPC socket: nothing at ${dead.socketPath} answers GET_VERSION\n`);
});

t.test('a spelling only yargs reads (--no-json) runs discover from the yargs tree, which loads the same discover bundle: the same answer', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  const fast = await discover(dir, ['--sway-socket', sway.socketPath]);
  const tree = await discover(dir, ['--no-json', '--sway-socket', sway.socketPath]);
  t.equal(fast.code, 0, fast.stderr);
  t.same(tree, fast);
  t.equal(tree.stdout, `${sway.socketPath}\n`);
});

t.test('--timeout MS: a Sway that answers within MS is found; one that does not answer is not', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  sway.process.kill('SIGSTOP'); // a hung Sway: connect() queues, GET_VERSION waits unread
  t.teardown(() => sway.process.kill('SIGCONT'));

  const quick = await discover(dir, ['--timeout', '200']);
  t.equal(quick.code, 1, 'no answer within 200 ms: no live Sway');
  t.match(quick.stderr, /no live Sway IPC socket/);

  const patient = spawnCli(t.teardown, dir, ['discover', '--timeout', '60000']);
  await waitFor(() => unreadBytesSent(patient.child.pid!) > 0, 30_000, 'the GET_VERSION probe, sent and unread');
  // The fault: Sway stays hung twice as long as the default 500 ms deadline (a fault's length,
  // not a wait for something), then answers.
  await delay(1000);
  t.equal(patient.child.exitCode, null, 'still waiting after twice the default deadline');
  sway.process.kill('SIGCONT');
  t.equal(await patient.exited, 0, 'answered within 60 s: found');
  t.equal(patient.stdout(), `${sway.socketPath}\n`);
});
