/**
 * The real-boot suite (docs/testing.md, "The Debian VM"): a Debian 12 machine booted under qemu
 * with systemd as PID 1 and logind, built from Debian's packages (tests/vm/image/build-image.sh,
 * cached), provisioned in its first boot as users without Nix install swaysock
 * (tests/vm/guest/provision.sh), then rebooted for the scenarios of tests/vm/scenarios.json
 * (tests/vm/lib/debian-scenarios.ts), each a subtest in the list's order, and powered off.
 * The serial console log, qemu's log and the journal of each boot are kept (the first comment
 * says where) and their ends are printed when something failed. Skipped only where qemu cannot
 * run at all (.ci/run then fails).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { DEBIAN_SCENARIOS, type DebianRun } from './lib/debian-scenarios.js';
import { BOOT_MS } from './lib/guest.js';
import { ensureImage, ROOT } from './lib/image.js';
import { Machine, qemuUnavailable } from './lib/machine.js';
import { readScenarioList } from './lib/scenario-list.js';

// The image build (about 3 min when not cached) and the boots under emulation on a busy machine.
t.setTimeout(60 * 60_000);

const skip = qemuUnavailable() ?? false;

/** A fresh folder for this run's logs under .tap/vm-logs/ (the newest 5 runs are kept). */
function logFolder(): string {
  const base = join(ROOT, '.tap', 'vm-logs');
  mkdirSync(base, { recursive: true });
  for (const old of readdirSync(base).sort().reverse().slice(4)) rmSync(join(base, old), { recursive: true, force: true });
  const dir = join(base, new Date().toISOString().replaceAll(':', '-'));
  mkdirSync(dir);
  return dir;
}

/** The last `n` lines of a file, or a note that it is missing. */
function tail(file: string, n: number): string {
  if (!existsSync(file)) return `(${file} is missing)`;
  return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
}

const seconds = (since: number): string => ((Date.now() - since) / 1000).toFixed(1);

t.test('a Debian 12 VM booted for real: the scenarios of tests/vm/scenarios.json', { skip }, async (t) => {
  const started = Date.now();
  const logs = logFolder();
  t.comment(`logs: ${logs}`);
  const list = new Map(readScenarioList().scenarios.map((s) => [s.id, s]));
  const times: string[] = [];

  const image = await ensureImage(join(logs, 'image-build.log'), 30 * 60_000);
  times.push(image.built ? `image built in ${image.seconds.toFixed(0)} s` : `image from the cache (${image.image.dir}, built in ${image.info.buildSeconds} s)`);
  t.comment(times[0]);

  // The checkout as npm packs it, for the guest to install (a 9p share of its own).
  const pack = mkdtempSync(join(tmpdir(), 'swaysock-vm-pack-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', pack], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

  const vm = new Machine({ image: image.image, shares: { proj: ROOT, pack }, logDir: logs, prelude: '. /mnt/proj/tests/vm/guest/lib.sh' });
  t.comment(`${vm.accel.why}; qemu: ${vm.commandLine}`);
  let boot = 0;
  const saveJournal = async () => {
    const r = await vm.run('journalctl -b -o short-monotonic --no-pager', 300_000);
    writeFileSync(join(logs, `journal-boot${boot}.txt`), r.stdout + r.stderr);
    const analyze = await vm.run('systemd-analyze');
    if (analyze.code === 0) times.push(`boot ${boot}: systemd-analyze: ${analyze.stdout.split('\n')[0]}`);
  };
  t.teardown(async () => {
    if (!t.passing()) {
      await saveJournal().catch((e: Error) => t.comment(`could not read the journal: ${e.message}`));
      t.comment(`--- the end of the serial console log (${join(logs, 'serial.log')}):\n${tail(join(logs, 'serial.log'), 60)}`);
      t.comment(`--- the end of the journal of boot ${boot} (${join(logs, `journal-boot${boot}.txt`)}):\n${tail(join(logs, `journal-boot${boot}.txt`), 200)}`);
      t.comment(`--- qemu's log (${join(logs, 'qemu.log')}):\n${tail(join(logs, 'qemu.log'), 20)}`);
    }
    await vm.kill();
    rmSync(pack, { recursive: true, force: true });
  });

  const bootStarted = Date.now();
  const run: DebianRun = {
    vm,
    serverSockets: [],
    async reboot() {
      await saveJournal();
      const since = Date.now();
      const id = await vm.reboot(BOOT_MS);
      boot++;
      times.push(`boot ${boot}: the agent answered ${seconds(since)} s after systemctl reboot`);
      t.comment(times[times.length - 1]);
      return id;
    },
  };

  await t.test('the first boot: swaysock installed as a user without Nix installs it (tests/vm/guest/provision.sh)', async (t) => {
    await vm.waitForBoot(BOOT_MS);
    times.push(`boot 0: the agent answered ${seconds(bootStarted)} s after qemu started`);
    t.comment(times[times.length - 1]);
    const since = Date.now();
    const out = await vm.succeed('bash /mnt/proj/tests/vm/guest/provision.sh', 20 * 60_000);
    times.push(`provisioning: ${seconds(since)} s`);
    t.match(out, /^\/usr\/local\/bin\/swaysock$/m, 'npm installed the packed checkout: swaysock is on PATH');
    await run.reboot();
  });

  for (const scenario of DEBIAN_SCENARIOS) {
    const entry = list.get(scenario.id);
    if (!entry) throw new Error(`tests/vm/lib/debian-scenarios.ts runs ${scenario.id}, which tests/vm/scenarios.json does not list`);
    const earlier = t.passing() ? false : 'an earlier part failed; the machine is in no known state';
    const since = Date.now();
    await t.test(`${scenario.id}: ${entry.checks}`, { skip: earlier }, (t) => scenario.run(t, run));
    times.push(`${scenario.id}: ${seconds(since)} s`);
  }

  await t.test('power off: systemctl poweroff ends qemu with status 0', { skip: t.passing() ? false : 'an earlier part failed' }, async (t) => {
    await saveJournal();
    t.equal(await vm.poweroff(BOOT_MS), 0, "qemu's exit status after systemctl poweroff");
  });
  times.push(`the whole suite: ${seconds(started)} s`);
  t.comment(`times (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}):\n${times.join('\n')}`);
});
