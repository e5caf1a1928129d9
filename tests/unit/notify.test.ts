import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenFdsWithNames } from '../../ts/systemd/listen-fds.js';
import type { PriorityName } from '../../ts/systemd/log.js';
import { Notifier } from '../../ts/systemd/notify.js';
import { waitFor } from '../helpers/user-manager.js';

/**
 * A real sd_notify(3) receiver: systemd-socket-activate binds a datagram socket at NOTIFY_SOCKET
 * and, at the first datagram, execs `cat` on it (fd 3). Each read() of a datagram socket returns one whole datagram, so
 * the output is the messages back to back; systemd-notify (systemd ≥ 246) follows each message
 * with `BARRIER=1` and waits until the receiver has read it, which delimits them.
 */
async function notifySocket(t: { teardown: (fn: () => unknown) => void }): Promise<{ path: string; messages: () => string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-notify-'));
  const path = join(dir, 'notify');
  const receiver = spawn('systemd-socket-activate', ['--datagram', '-l', path, 'sh', '-c', 'exec cat <&3'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  receiver.stdout.on('data', (d) => (out += d));
  receiver.stderr.on('data', (d) => (err += d));
  t.teardown(() => {
    receiver.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  await waitFor(
    () => err.includes('Listening on'),
    30_000,
    () => `systemd-socket-activate to listen at ${path} (its stderr: ${err})`,
  );
  return { path, messages: () => out.split('BARRIER=1').filter((m) => m !== '') };
}

/**
 * Waits until the receiver's output holds `count` messages: systemd-notify returns once `cat` has
 * read them, and `cat`'s output then still has to reach us through a pipe.
 */
function received(sock: { messages: () => string[] }, count: number): Promise<void> {
  return waitFor(
    () => sock.messages().length >= count,
    30_000,
    () => `${count} messages at the receiver (it has ${JSON.stringify(sock.messages())})`,
  );
}

function recordingLog(): { log: (p: PriorityName, m: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { log: (p, m) => lines.push(`${p}: ${m}`), lines };
}

t.test('messages reach a real NOTIFY_SOCKET in order, each sent after the previous one was read', async (t) => {
  const sock = await notifySocket(t);
  const { log, lines } = recordingLog();
  const notifier = new Notifier(log, { NOTIFY_SOCKET: sock.path, PATH: process.env.PATH });
  t.equal(notifier.enabled, true);
  const ready = notifier.send({ READY: '1', STATUS: 'healthy: /run/user/1000/sway-ipc.1000.7.sock' });
  const second = notifier.send({ STATUS: 'two\nlines' });
  await Promise.all([ready, second]);
  await received(sock, 2);
  t.same(
    sock.messages(),
    ['READY=1\nSTATUS=healthy: /run/user/1000/sway-ipc.1000.7.sock', 'STATUS=two lines'],
    'in order; a newline in a value cannot start a new field',
  );
  t.same(lines, [], 'nothing logged');
});

t.test('STATUS= changes settle: a burst is one run with the latest text; a message with STATUS= drops an older one', async (t) => {
  const sock = await notifySocket(t);
  const notifier = new Notifier(recordingLog().log, { NOTIFY_SOCKET: sock.path, PATH: process.env.PATH });
  const sends: Promise<void>[] = [];
  for (let i = 1; i <= 20; i++) sends.push(notifier.status(`change ${i}`));
  await Promise.all(sends);
  await waitFor(() => sock.messages().length >= 1, 10_000, 'the settled status');
  // A status queued before another message with STATUS= is older than it: dropped, not sent after it.
  const order = [notifier.status('before'), notifier.send({ READY: '1', STATUS: 'ready' }), notifier.status('after')];
  await Promise.all(order);
  await waitFor(() => sock.messages().length >= 3, 10_000, 'READY=1 and the status after it');
  t.same(sock.messages(), ['STATUS=change 20', 'READY=1\nSTATUS=ready', 'STATUS=after'], 'one run for the burst; nothing older after READY=1');
});

t.test('close: a settling status and queued messages are dropped, the run under way is ended, later sends do nothing', async (t) => {
  // A systemd-notify first in PATH that records its runs and holds each until its directory is
  // removed (teardown): a run under way at close() ends only if close() ends it.
  const bin = mkdtempSync(join(tmpdir(), 'swaysock-notify-bin-'));
  t.teardown(() => rmSync(bin, { recursive: true, force: true }));
  const runs = join(bin, 'runs');
  writeFileSync(join(bin, 'systemd-notify'), `#!/bin/sh\necho "$@" >> ${runs}\nwhile [ -d ${bin} ]; do sleep 0.01; done\n`, { mode: 0o755 });
  const { log, lines } = recordingLog();
  const notifier = new Notifier(log, { NOTIFY_SOCKET: join(bin, 'notify'), PATH: `${bin}:${process.env.PATH}` });
  const held = notifier.send({ WATCHDOG: '1' });
  await waitFor(() => existsSync(runs), 10_000, 'the first run to start');
  const pending = Promise.all([held, notifier.send({ READY: '1' }), notifier.status('settling')]);
  notifier.close();
  let timer: NodeJS.Timeout | undefined;
  const ended = await Promise.race([pending.then(() => true), new Promise<false>((r) => (timer = setTimeout(r, 10_000, false)))]);
  clearTimeout(timer);
  t.ok(ended, 'every pending send resolved: the held run was ended, the rest dropped');
  await notifier.send({ STATUS: 'late' });
  await notifier.status('late');
  t.same(readFileSync(runs, 'utf8').trim().split('\n'), ['WATCHDOG=1'], 'only the run that was under way ever started');
  t.same(lines, [], 'the ended run is not logged as a failure');
});

t.test('WATCHDOG=1 at a third of WATCHDOG_USEC, only for our PID', async (t) => {
  const sock = await notifySocket(t);
  const env = { NOTIFY_SOCKET: sock.path, PATH: process.env.PATH, WATCHDOG_USEC: '600000' };
  const notifier = new Notifier(recordingLog().log, env);
  t.teardown(() => notifier.close());
  t.equal(new Notifier(recordingLog().log, { ...env, WATCHDOG_PID: String(process.pid + 1) }).startWatchdog(), null, "another process's watchdog");
  t.equal(new Notifier(recordingLog().log, { PATH: process.env.PATH, WATCHDOG_USEC: '600000' }).startWatchdog(), null, 'no NOTIFY_SOCKET: nothing to ping');
  t.equal(notifier.startWatchdog(), 200, '600,000 µs / 3 = 200 ms');
  await waitFor(() => sock.messages().filter((m) => m === 'WATCHDOG=1').length >= 3, 10_000, 'three WATCHDOG=1 pings');
  notifier.close();
  t.same([...new Set(sock.messages())], ['WATCHDOG=1'], 'nothing but pings');
});

t.test('pings do not pile up behind a slow systemd-notify: a status waits for at most the run under way and one ping', async (t) => {
  // A STAND-IN systemd-notify that takes 0.3 s a run (a manager slow to read, as under load), six
  // times the ping period: a real one cannot be made that slow on demand. It logs each run as it starts.
  const bin = mkdtempSync(join(tmpdir(), 'swaysock-notify-slow-'));
  t.teardown(() => rmSync(bin, { recursive: true, force: true }));
  const runs = join(bin, 'runs');
  writeFileSync(runs, '');
  writeFileSync(join(bin, 'systemd-notify'), `#!/bin/sh\necho "$*" >> ${runs}\nsleep 0.3\n`, { mode: 0o755 });
  const started = () => readFileSync(runs, 'utf8').split('\n').filter(Boolean);
  const notifier = new Notifier(recordingLog().log, { NOTIFY_SOCKET: join(bin, 'notify'), PATH: `${bin}:${process.env.PATH}`, WATCHDOG_USEC: '150000' });
  t.teardown(() => notifier.close());
  t.equal(notifier.startWatchdog(), 50, 'a ping every 50 ms');
  await waitFor(() => started().length >= 3, 30_000, 'three runs of the slow systemd-notify');
  const before = started().length;
  await notifier.status('after the pings');
  notifier.close();
  const later = started().slice(before);
  const pingsFirst = later.indexOf('STATUS=after the pings');
  t.ok(pingsFirst >= 0 && pingsFirst <= 1, `the status ran after at most one more ping (then ${JSON.stringify(later)})`);
  t.ok(
    started().every((r) => r === 'WATCHDOG=1' || r === 'STATUS=after the pings'),
    'nothing but pings and the status',
  );
});

t.test('without NOTIFY_SOCKET every send is a no-op; a failing systemd-notify is logged, never thrown', async (t) => {
  // A systemd-notify first in PATH that records any run: none may happen.
  const bin = mkdtempSync(join(tmpdir(), 'swaysock-notify-bin-'));
  t.teardown(() => rmSync(bin, { recursive: true, force: true }));
  writeFileSync(join(bin, 'systemd-notify'), `#!/bin/sh\necho "$@" >> ${join(bin, 'runs')}\n`, { mode: 0o755 });
  const silent = recordingLog();
  const off = new Notifier(silent.log, { PATH: `${bin}:${process.env.PATH}`, WATCHDOG_USEC: '600000' });
  t.equal(off.enabled, false);
  await off.send({ READY: '1' });
  await off.status('a status');
  t.equal(off.startWatchdog(), null, 'no watchdog pings');
  t.notOk(existsSync(join(bin, 'runs')), 'systemd-notify never ran');
  t.same(silent.lines, [], 'nothing logged');
  const { log, lines } = recordingLog();
  const broken = new Notifier(log, { NOTIFY_SOCKET: '/nonexistent/notify', PATH: process.env.PATH });
  await broken.send({ READY: '1' });
  t.equal(lines.length, 1);
  t.match(lines[0], /^warning: systemd-notify READY=1 failed/);
});

t.test('listenFdsWithNames: sockets passed to our PID only; the variables are consumed', async (t) => {
  const env: NodeJS.ProcessEnv = { LISTEN_PID: '4242', LISTEN_FDS: '2', LISTEN_FDNAMES: 'a:b', OTHER: 'x' };
  t.equal(listenFdsWithNames(env, 4242).length, 2);
  t.same(env, { OTHER: 'x' }, 'children do not inherit them');
  t.same(listenFdsWithNames({ LISTEN_PID: '4243', LISTEN_FDS: '1' }, 4242), [], "another process's sockets");
  t.same(listenFdsWithNames({ LISTEN_PID: '4242', LISTEN_FDS: 'x' }, 4242), [], 'garbage count');
  t.same(listenFdsWithNames({}, 4242), [], 'not activated');
});

t.test('listenFdsWithNames: fds from 3 with their FileDescriptorName=, unknown when the names do not fit', async (t) => {
  const env: NodeJS.ProcessEnv = { LISTEN_PID: '4242', LISTEN_FDS: '2', LISTEN_FDNAMES: 'swaysock-healthd.socket:stable' };
  t.same(listenFdsWithNames(env, 4242), [
    { fd: 3, name: 'swaysock-healthd.socket' },
    { fd: 4, name: 'stable' },
  ]);
  t.same(env, {}, 'consumed');
  t.same(listenFdsWithNames({ LISTEN_PID: '4242', LISTEN_FDS: '2', LISTEN_FDNAMES: 'stable' }, 4242), [
    { fd: 3, name: 'unknown' },
    { fd: 4, name: 'unknown' },
  ]);
  t.same(listenFdsWithNames({ LISTEN_PID: '4242', LISTEN_FDS: '1' }, 4242), [{ fd: 3, name: 'unknown' }]);
  t.same(listenFdsWithNames({ LISTEN_PID: '1', LISTEN_FDS: '1', LISTEN_FDNAMES: 'stable' }, 4242), []);
});
