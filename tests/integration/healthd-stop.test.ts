import t from 'tap';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnHealthd, startHealthd } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { chownToTestUser, makeRuntimeDir } from '../helpers/user.js';

t.test('SIGTERM while start-up is still waiting on the manager: clean exit, socket removed, STOPPING=1 sent', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  await startSway(dir, t.teardown);
  // A stand-in for systemd-notify that records its messages and holds READY=1 until released (or
  // its directory is removed at teardown): a manager slow to read READY=1 cannot be produced on
  // demand with the real one.
  const bin = makeRuntimeDir(t.teardown, 'swaysock-notify-');
  chmodSync(bin, 0o755);
  const record = join(bin, 'messages');
  const release = join(bin, 'release');
  writeFileSync(join(bin, 'systemd-notify'), `#!/bin/sh
echo "$*" >> ${record}
case "$*" in *READY=1*) while [ ! -e ${release} ] && [ -d ${bin} ]; do sleep 0.01; done ;; esac
`, { mode: 0o755 });
  chownToTestUser(join(bin, 'systemd-notify'));
  const daemon = spawnHealthd(dir, t.teardown, [], { PATH: `${bin}:${process.env.PATH}`, NOTIFY_SOCKET: join(bin, 'notify') });
  await waitFor(() => existsSync(record) && readFileSync(record, 'utf8').includes('READY=1'), 10_000, 'READY=1 under way');
  daemon.process.kill('SIGTERM');
  writeFileSync(release, '');
  const exit = await daemon.exited;
  t.same(exit, { code: 0, signal: null }, 'a clean exit, not death by signal');
  t.notOk(existsSync(daemon.socketPath), 'socket removed');
  const messages = readFileSync(record, 'utf8').trim().split('\n');
  t.ok(messages.some((m) => /^READY=1 STATUS=healthy/.test(m)), messages.join(' | '));
  t.equal(messages.at(-1), 'STOPPING=1', `STOPPING=1 last: ${messages.join(' | ')}`);
});

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
