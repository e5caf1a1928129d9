import t from 'tap';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processKind, readProcStat } from '../../ts/liveness/proc.js';
import { parseSwaySocketName, swaySocketName } from '../../ts/liveness/socket-name.js';
import { swayZombie } from '../helpers/cleanup.js';
import { waitFor } from '../helpers/user-manager.js';

/** Runs a copy of sleep(1) under `name`: its comm and exe basename are `name`, and it is no Sway. */
function sleeperNamed(t: { teardown: (fn: () => unknown) => void }, name: string, args: string[] = ['30']) {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-proc-'));
  const bin = join(dir, name);
  copyFileSync('/bin/sleep', bin);
  const child = spawn(bin, args, { stdio: 'ignore' });
  t.teardown(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  return { child, bin };
}

/** Waits (bounded at 30 s) until PID's comm reads `name`: the exec of the copy has happened. */
const execed = (pid: number, name: string) =>
  waitFor(
    () => readProcStat(pid)?.comm === name,
    30_000,
    () => `PID ${pid} to exec as ${JSON.stringify(name)} (comm ${JSON.stringify(readProcStat(pid)?.comm)})`,
  );

t.test('a live process named sway or .sway-wrapped (NixOS wrapper) is a Sway', async (t) => {
  for (const name of ['sway', '.sway-wrapped']) {
    const { child } = sleeperNamed(t, name);
    await execed(child.pid!, name);
    t.equal(processKind(child.pid!), 'sway', name);
  }
});

t.test('the exe basename decides when comm was renamed', async (t) => {
  // A copy of sh named .sway-wrapped renames its own comm (only a task may write its own).
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-proc-'));
  const bin = join(dir, '.sway-wrapped');
  copyFileSync('/bin/sh', bin);
  // stdio ignored: the shell's sleep child must not hold pipes open after the shell is killed.
  const child = spawn(bin, ['-c', 'printf renamed > /proc/$$/comm; sleep 30'], { stdio: 'ignore' });
  t.teardown(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  await execed(child.pid!, 'renamed');
  t.equal(readProcStat(child.pid!)?.comm, 'renamed');
  t.equal(processKind(child.pid!), 'sway');
});

t.test('a live process of another name is a reused PID', async (t) => {
  const { child } = sleeperNamed(t, 'swaybg');
  await execed(child.pid!, 'swaybg');
  t.equal(processKind(child.pid!), 'other');
});

t.test('a zombie named sway is not alive; a reaped PID is absent', async (t) => {
  const zombie = await swayZombie(t.teardown);
  t.equal(readProcStat(zombie.pid)?.comm, 'sway', 'its comm still reads sway');
  t.equal(processKind(zombie.pid), 'zombie');
  await zombie.reap();
  t.equal(processKind(zombie.pid), 'absent', 'reaped with its parent');
});

t.test('readProcStat copes with ") " inside comm and gives the start time', async (t) => {
  const { child } = sleeperNamed(t, 'a) b (c');
  await execed(child.pid!, 'a) b (c');
  const stat = readProcStat(child.pid!);
  t.match(stat?.state, /^[RS]$/);
  t.ok(Number.isInteger(stat?.startTicks) && stat!.startTicks > 0);
  t.ok(stat!.startTicks >= readProcStat(process.pid)!.startTicks, 'started after the test runner');
});

t.test('readProcStat reads comm as UTF-8', async (t) => {
  const { child } = sleeperNamed(t, 'sw\u00e4y');
  await execed(child.pid!, 'sw\u00e4y');
  t.equal(readProcStat(child.pid!)?.comm, 'sw\u00e4y', 'the two bytes of \u00e4 are one character');
  t.equal(processKind(child.pid!), 'other', 'a name close to sway is not Sway');
});

t.test('socket names: exact form only', async (t) => {
  t.same(parseSwaySocketName('sway-ipc.1000.4242.sock'), { uid: 1000, pid: 4242 });
  t.equal(swaySocketName(1000, 4242), 'sway-ipc.1000.4242.sock');
  for (const bad of [
    'sway-ipc.1000.4242.sock.bak',
    'sway-ipc.1000.sock',
    'sway-ipc.x.1.sock',
    'xsway-ipc.1.2.sock',
    'sway-ipc.1.0.sock',
    'sway-ipc.1.99999999999.sock',
  ]) {
    t.equal(parseSwaySocketName(bad), null, bad);
  }
});
