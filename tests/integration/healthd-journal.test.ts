import t from 'tap';
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEALTHD, programEnv } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, makeRuntimeDir } from '../helpers/user.js';

t.test('with stderr on the journal stream (JOURNAL_STREAM = dev:inode of fd 2), each log line carries its sd-daemon priority', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const sway = await startSway(dir, t.teardown);
  // What systemd does for StandardError=journal: fd 2 is a stream whose dev:inode it names.
  const side = mkdtempSync(join(tmpdir(), 'swaysock-journal-'));
  t.teardown(() => rmSync(side, { recursive: true, force: true }));
  const file = join(side, 'stderr');
  const fd = openSync(file, 'w');
  const st = fstatSync(fd);
  // The product's default validation timeout (1 s): a shorter one can pass on a loaded machine while Sway still answers, and log a stale line too many.
  const [cmd, args] = asTestUser(process.execPath, [HEALTHD, '--no-repair-environment', '--interval', '0.2', '--validation-timeout', '1000']);
  const daemon = spawn(cmd, args, { env: programEnv(dir, { JOURNAL_STREAM: `${st.dev}:${st.ino}` }), stdio: ['ignore', 'ignore', fd] });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => daemon.once('exit', resolve));
  t.teardown(() => daemon.kill('SIGKILL'));
  const until = async (text: string) => {
    await waitFor(
      () => readFileSync(file, 'utf8').includes(text),
      30_000,
      () => `the daemon to log ${JSON.stringify(text)} (its log: ${readFileSync(file, 'utf8')})`,
    );
    t.pass(`logged ${JSON.stringify(text)}`);
  };
  await until('serving on');
  sway.process.kill('SIGSTOP');
  await until('stale');
  await sway.kill('SIGKILL');
  await until('disconnected');
  daemon.kill('SIGTERM');
  t.equal(await exited, 0);
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  t.match(lines, [
    // No user manager here (no bus, no private socket): said once, at notice.
    `<5>cannot reach the systemd user manager: the session bus: cannot connect to ${join(dir, 'bus')} (ENOENT); its private socket: cannot connect to ${join(dir, 'systemd', 'private')} (ENOENT); going on without it, trying again from time to time`,
    `<6>healthy: connected to ${sway.socketPath}`,
    `<6>serving on ${join(dir, 'swaysock', 'healthd.sock')}`,
    `<4>stale: GET_VERSION got no reply within 1000 ms (${sway.socketPath})`,
    /^<3>disconnected: /,
    '<6>SIGTERM: stopping',
  ]);
  t.equal(lines.length, 6, 'one line per state change and lifecycle step, nothing else');
});
