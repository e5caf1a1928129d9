import t from 'tap';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHistory } from '../../ts/history/store.js';
import { spawnHealthd, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { chownToTestUser, makeRuntimeDir } from '../helpers/user.js';

/**
 * STAND-IN for systemd-notify, first on the daemon's PATH: each run appends its arguments as a line
 * to `messages`, then runs the shell `line` (a `case "$*" in ...` that holds the runs a test needs
 * held). Returns the directory (removed at teardown, which ends every hold that waits on it), the
 * messages file and the environment for the daemon.
 */
function notifyStandIn(
  t: { teardown: (fn: () => unknown) => void },
  line: (bin: string) => string,
): { bin: string; messages: () => string[]; env: NodeJS.ProcessEnv } {
  const bin = makeRuntimeDir(t.teardown, 'swaysock-notify-');
  chmodSync(bin, 0o755);
  const record = join(bin, 'messages');
  writeFileSync(join(bin, 'systemd-notify'), `#!/bin/sh\necho "$*" >> ${record}\n${line(bin)}\n`, { mode: 0o755 });
  chownToTestUser(join(bin, 'systemd-notify'));
  return {
    bin,
    messages: () => (existsSync(record) ? readFileSync(record, 'utf8').trim().split('\n') : []),
    env: { PATH: `${bin}:${process.env.PATH}`, NOTIFY_SOCKET: join(bin, 'notify') },
  };
}

t.test('SIGTERM while start-up is still waiting on the manager: clean exit once READY=1 is through, socket removed, nothing sent after it', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  // READY=1 held until released: a manager slow to read READY=1 cannot be produced on demand with
  // the real systemd-notify.
  const notify = notifyStandIn(t, (bin) => `case "$*" in *READY=1*) while [ ! -e ${bin}/release ] && [ -d ${bin} ]; do sleep 0.01; done ;; esac`);
  const daemon = spawnHealthd(dir, t.teardown, [], notify.env);
  await waitFor(() => notify.messages().some((m) => m.includes('READY=1')), 10_000, 'READY=1 under way');
  daemon.process.kill('SIGTERM');
  writeFileSync(join(notify.bin, 'release'), '');
  const exit = await daemon.exited;
  t.same(exit, { code: 0, signal: null }, 'a clean exit, not death by signal');
  t.notOk(existsSync(daemon.socketPath), 'socket removed');
  const messages = notify.messages();
  t.match(messages.at(-1), /^READY=1 STATUS=healthy/, `READY=1 with its status last, nothing after SIGTERM: ${messages.join(' | ')}`);
  t.notOk(
    messages.some((m) => m.includes('STOPPING=1')),
    'no STOPPING=1: the manager that sent SIGTERM knows',
  );
});

t.test(
  "Sway's end, then SIGTERM while the STATUS= run for it is under way: the stop waits for no process; it flushes the history, closes its clients, removes its socket",
  async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    const sway = await startSway(dir, t.teardown);
    // The STATUS= run for a lost Sway held, deaf to SIGTERM, until teardown: a run that outlasts the
    // stop cannot be made with the real systemd-notify, which the manager answers at once. (That the
    // stop ends a run under way is tests/unit/notify.test.ts's.)
    const notify = notifyStandIn(
      t,
      (bin) => `case "$*" in "STATUS=disconnected (last:"*) trap '' TERM; echo $$ > ${bin}/held; while [ -d ${bin} ]; do sleep 0.01; done ;; esac`,
    );
    const held = join(notify.bin, 'held');
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.1'], notify.env);
    const client = await daemon.client();
    await waitFor(
      async () => ((await client.call('daemon.status')) as { counters: { validations: number } }).counters.validations >= 2,
      10_000,
      'two validations, for the summary',
    );
    const clientClosed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    await sway.kill('SIGKILL');
    await waitFor(() => existsSync(held) && readFileSync(held, 'utf8').endsWith('\n'), 10_000, "the STATUS= run for Sway's end to be under way");
    const runPid = Number(readFileSync(held, 'utf8'));
    daemon.process.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([daemon.exited, new Promise<'still running'>((r) => (timer = setTimeout(r, 10_000, 'still running')))]);
    clearTimeout(timer);
    t.same(exit, { code: 0, signal: null }, 'a clean exit');
    t.ok(existsSync(`/proc/${runPid}`), 'while the STATUS= run still held: the stop waited for no process');
    await clientClosed;
    t.pass('its client was closed');
    t.notOk(existsSync(daemon.socketPath), 'socket removed');
    const records = readHistory(join(dir, 'state', 'swaysock')).records;
    t.match(records.at(-2), { type: 'status', to: 'disconnected' }, "Sway's end recorded");
    t.match(records.at(-1), { type: 'validation_summary', cause: 'summary' }, 'the validations since the last summary flushed to the file at the stop');
    const messages = notify.messages();
    t.match(messages.at(-1), /^STATUS=disconnected \(last: /, `the held STATUS= last, nothing after SIGTERM: ${messages.join(' | ')}`);
    t.notOk(
      messages.some((m) => m.includes('STOPPING=1')),
      'no STOPPING=1',
    );
  },
);

for (const what of ['directory', 'socket'] as const) {
  t.test(`the daemon's ${what} opened to others: it stops serving within an interval and exits 1`, async (t) => {
    const dir = makeRuntimeDir(t.teardown);
    await startSway(dir, t.teardown);
    const daemon = await startHealthd(dir, t.teardown, ['--interval', '0.1']);
    const client = await daemon.client();
    t.equal((await client.call('get_socket_health')).status, 'healthy');
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    chmodSync(what === 'directory' ? join(dir, 'swaysock') : daemon.socketPath, what === 'directory' ? 0o755 : 0o666);
    await closed;
    t.pass('connected clients are dropped');
    t.same(await daemon.exited, { code: 1, signal: null });
    t.match(daemon.log(), /open to group or others.*; stopped serving/);
    t.notOk(existsSync(daemon.socketPath), 'its own socket removed, so nobody else reaches it');
  });
}
