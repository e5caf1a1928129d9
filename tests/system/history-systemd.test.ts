/**
 * The health history under a real systemd user manager, as the shipped unit runs the daemon
 * (`StateDirectory=swaysock`): the daemon and Sway are killed a few times and the manager is
 * restarted (a reboot keeps HOME); `swaysock history` shows every event in order with its cause,
 * read from the file while no daemon runs and from the daemon once it runs again.
 */
import t from 'tap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryRecord } from '../../ts/rpc/records.js';
import { CLI, HEALTHD } from '../helpers/daemon.js';
import { startSway } from '../helpers/sway.js';
import { startUserManager, waitFor, type UserManager } from '../helpers/user-manager.js';

const UNIT = 'swaysock-healthd.service';

/** The daemon's unit with the shipped unit's StateDirectory= (and a short interval). */
function writeUnit(um: UserManager): void {
  um.writeUnit(
    UNIT,
    `[Unit]
Description=swaysock health daemon (test)

[Service]
Type=notify
NotifyAccess=all
Restart=on-failure
RestartSec=100ms
StateDirectory=swaysock
ExecStart=${process.execPath} ${HEALTHD} --interval 0.2 --no-repair-environment
`,
  );
}

/** `swaysock history --json` with the manager's environment: the records, and whether it read the file itself. */
async function history(um: UserManager): Promise<{ records: HistoryRecord[]; fromFile: boolean }> {
  const run = await um.run(process.execPath, [CLI, 'history', '--json']);
  if (run.code !== 0) throw new Error(`swaysock history failed (${run.code}): ${run.stderr}`);
  return { records: JSON.parse(run.stdout) as HistoryRecord[], fromFile: run.stderr.includes('no daemon answers') };
}

const statusCauses = (records: HistoryRecord[]) => records.filter((r) => r.type === 'status').map((r) => `${r.cause}:${(r as { to: string }).to}`);

t.test('history across daemon kills, Sway kills and a user manager restart, with and without a daemon', async (t) => {
  let um = await startUserManager(t.teardown);
  const home = um.home;
  const first = await startSway(um.runtimeDir, t.teardown);
  writeUnit(um);
  await um.systemctl(['daemon-reload']);
  t.equal((await um.systemctl(['start', UNIT])).code, 0);

  // The daemon killed: systemd restarts it (Restart=on-failure), and the new one loads the history.
  t.equal((await um.systemctl(['kill', '--signal=SIGKILL', UNIT])).code, 0);
  await waitFor(
    async () => (await um.unitProperty(UNIT, 'NRestarts')) === '1' && (await um.unitProperty(UNIT, 'ActiveState')) === 'active',
    30_000,
    'the restarted daemon',
  );
  await waitFor(async () => statusCauses((await history(um)).records).length === 2, 30_000, 'the restarted daemon connected');

  // Sway killed, a new one started.
  await first.kill('SIGKILL');
  const second = await startSway(um.runtimeDir, t.teardown);
  await waitFor(async () => statusCauses((await history(um)).records).length === 4, 30_000, 'disconnected, then connected again');
  const beforeReboot = await history(um);
  t.equal(beforeReboot.fromFile, false, 'answered by the daemon');
  t.same(statusCauses(beforeReboot.records), ['connect:healthy', 'connect:healthy', 'eof:disconnected', 'reconnect:healthy']);
  t.match(beforeReboot.records.at(-1), { socket_path: second.socketPath });

  // systemd puts StateDirectory= of a user unit under XDG_CONFIG_HOME (systemd 252) or
  // XDG_STATE_HOME (newer): one of them has the file.
  const candidates = [join(home, '.config', 'swaysock', 'history.jsonl'), join(home, '.local', 'state', 'swaysock', 'history.jsonl')];
  t.equal(candidates.filter((p) => existsSync(p)).length, 1, `the file is in $STATE_DIRECTORY: ${candidates.join(' or ')}`);

  // A reboot: the manager stops every unit, Sway goes; a new manager on the same HOME.
  await second.kill('SIGKILL');
  await waitFor(async () => statusCauses((await history(um)).records).length === 5, 30_000, 'the loss of the second Sway recorded');
  const recorded = statusCauses((await history(um)).records);
  await um.stop();
  um = await startUserManager(t.teardown, { home });
  const offline = await history(um);
  t.equal(offline.fromFile, true, 'no daemon: read from the file');
  t.same(statusCauses(offline.records), recorded, 'the same events, in order, from the file');
  t.same(recorded, ['connect:healthy', 'connect:healthy', 'eof:disconnected', 'reconnect:healthy', 'eof:disconnected']);

  const third = await startSway(um.runtimeDir, t.teardown);
  writeUnit(um);
  await um.systemctl(['daemon-reload']);
  t.equal((await um.systemctl(['start', UNIT])).code, 0);
  await waitFor(async () => statusCauses((await history(um)).records).length === 6, 30_000, 'the daemon after the reboot connected');
  const after = await history(um);
  t.equal(after.fromFile, false);
  t.same(statusCauses(after.records), [...recorded, 'connect:healthy']);
  t.match(after.records.filter((r) => r.type === 'status').at(-1), { socket_path: third.socketPath });
  const text = await um.run(process.execPath, [CLI, 'history']);
  t.equal(text.code, 0, text.stderr);
  t.match(text.stdout, /healthy -> disconnected \[eof\]/);
  t.match(text.stdout, /status {3}\|[█▒_ ]{60}\|/u);
});
