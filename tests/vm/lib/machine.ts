/**
 * A qemu virtual machine booted from the suite's Debian image (tests/vm/image/build-image.sh),
 * driven through the root shell of tests/vm/guest/agent.sh on a virtio serial port: each command
 * is one script sent whole, answered with its exit status, stdout and stderr (a marker-based
 * protocol, no terminal, no prompt to read, no sleeps). The disk is used with `snapshot=on`: the
 * guest's writes go to a temporary overlay that lives as long as qemu, so they survive the guest's
 * own reboots within one run and the image is never modified. The checkout reaches the guest
 * read-only over 9p (mount tag `proj`, mounted at /mnt/proj by the image's fstab).
 *
 * Acceleration: KVM only where /proc/cpuinfo shows `vmx` or `svm` and /dev/kvm opens (nested
 * virtualisation in software runs a stock kernel far slower than TCG, or not at all), else TCG
 * (`-accel tcg,thread=multi,tb-size=128`: the larger translation cache made a reboot about 3x
 * faster; docs/testing.md).
 *
 * The serial console (the kernel's and systemd's messages) is written to `LOGDIR/serial.log`,
 * qemu's own messages to `LOGDIR/qemu.log`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The image's files (the directory build-image.sh prints). */
export interface Image {
  dir: string;
  disk: string;
  kernel: string;
  initrd: string;
}

/** Exit status and output of one guest command. */
export interface GuestResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface MachineOptions {
  image: Image;
  /** Host directories the guest may mount read-only over 9p, by mount tag (`proj` is mounted at /mnt/proj by the image). */
  shares: Record<string, string>;
  /** Where serial.log and qemu.log go (must exist). */
  logDir: string;
  /** Guest memory, MiB (default 2048). */
  memoryMiB?: number;
  /** Guest CPUs (default 2). */
  cpus?: number;
  /** Shell text put before every script (e.g. `. helpers.sh`); default none. */
  prelude?: string;
}

/** A guest command that exited non-zero (or never answered). */
export class GuestCommandError extends Error {
  constructor(
    message: string,
    readonly result: GuestResult | null,
  ) {
    super(message);
  }
}

/** What `-accel` and `-cpu` to use here, and why (for the test's log). */
export function acceleration(): { args: string[]; why: string } {
  let flags = '';
  try {
    flags = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    /* no /proc/cpuinfo: TCG */
  }
  const virt = /^flags\s*:.*\b(vmx|svm)\b/m.exec(flags)?.[1];
  if (virt) {
    try {
      closeSync(openSync('/dev/kvm', 'r+'));
      return { args: ['-accel', 'kvm', '-cpu', 'host'], why: `KVM (/proc/cpuinfo shows ${virt})` };
    } catch (e) {
      return {
        args: ['-accel', 'tcg,thread=multi,tb-size=128', '-cpu', 'max'],
        why: `TCG: /proc/cpuinfo shows ${virt} but /dev/kvm does not open (${(e as Error).message})`,
      };
    }
  }
  return { args: ['-accel', 'tcg,thread=multi,tb-size=128', '-cpu', 'max'], why: 'TCG: /proc/cpuinfo shows neither vmx nor svm' };
}

/** Why qemu cannot run here at all, or null when it can (the only reason the suite may skip). */
export function qemuUnavailable(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    try {
      accessSync(join(dir, 'qemu-system-x86_64'), constants.X_OK);
      return null;
    } catch {
      /* not here */
    }
  }
  return "qemu-system-x86_64 is not installed (scripts/setup.sh installs Debian's qemu-system-x86)";
}

const MARKER = /@@vm-agent (ready|done) ([^@]*)@@/g;

export class Machine {
  /** The boot id of the boot the agent last said it was ready in. */
  bootId = '';
  /** How qemu was accelerated. */
  readonly accel: { args: string[]; why: string };
  /** Resolves with qemu's exit status (or signal name) once it has exited. */
  readonly exited: Promise<number | string>;

  private readonly qemu: ChildProcess;
  private exitedWith: number | string | null = null;
  private buffer = '';
  private readonly readyIds: string[] = [];
  private readonly results = new Map<string, GuestResult>();
  private waiters: (() => void)[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private seq = 0;

  constructor(readonly options: MachineOptions) {
    this.accel = acceleration();
    const { image, shares, logDir } = options;
    const args = [
      '-nodefaults',
      '-no-user-config',
      '-display',
      'none',
      '-vga',
      'std',
      ...this.accel.args,
      '-m',
      String(options.memoryMiB ?? 2048),
      '-smp',
      String(options.cpus ?? 2),
      '-kernel',
      image.kernel,
      '-initrd',
      image.initrd,
      '-append',
      'root=/dev/vda rw console=ttyS0 panic=-1',
      '-drive',
      `file=${image.disk},format=raw,if=virtio,snapshot=on`,
      ...Object.entries(shares).flatMap(([tag, path]) => ['-virtfs', `local,path=${path},mount_tag=${tag},security_model=none,readonly=on`]),
      '-device',
      'virtio-rng-pci',
      '-serial',
      `file:${join(logDir, 'serial.log')}`,
      '-device',
      'virtio-serial-pci',
      '-chardev',
      'stdio,id=agent,signal=off',
      '-device',
      'virtserialport,chardev=agent,name=vm.agent',
    ];
    const log = openSync(join(logDir, 'qemu.log'), 'a');
    this.qemu = spawn('qemu-system-x86_64', args, { stdio: ['pipe', 'pipe', log] });
    closeSync(log);
    this.qemu.stdout!.setEncoding('latin1');
    this.qemu.stdout!.on('data', (chunk: string) => this.receive(chunk));
    // A write after qemu exited fails with EPIPE; the exit is reported by the waits.
    this.qemu.stdin!.on('error', () => {});
    this.exited = new Promise((resolve) => {
      this.qemu.on('exit', (code, signal) => {
        this.exitedWith = code ?? signal ?? -1;
        this.poke();
        resolve(this.exitedWith);
      });
      this.qemu.on('error', (e) => {
        this.exitedWith = `not started: ${e.message}`;
        this.poke();
        resolve(this.exitedWith);
      });
    });
  }

  /** qemu's command line, for the log. */
  get commandLine(): string {
    return this.qemu.spawnargs.join(' ');
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let consumed = 0;
    for (const m of this.buffer.matchAll(MARKER)) {
      consumed = m.index! + m[0].length;
      const fields = m[2]!.split(' ');
      if (m[1] === 'ready') this.readyIds.push(fields[0]!);
      else {
        const [id, status, out, err] = fields;
        this.results.set(id!, {
          code: Number(status),
          stdout: Buffer.from(out ?? '', 'base64').toString('utf8'),
          stderr: Buffer.from(err ?? '', 'base64').toString('utf8'),
        });
      }
    }
    // Keep only what may be the start of a marker still arriving.
    const rest = this.buffer.slice(consumed);
    const open = rest.lastIndexOf('@@vm-agent');
    this.buffer = open >= 0 ? rest.slice(open) : rest.slice(-16);
    this.poke();
  }

  private poke(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves when `found()` returns a value; rejects when qemu exits first or after `timeoutMs`, saying what was awaited. */
  private async until<T>(found: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = found();
      if (value !== undefined) return value;
      if (this.exitedWith !== null) throw new Error(`qemu exited (${this.exitedWith}) while waiting for ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * Waits for the agent of a boot other than `previous` (any boot when omitted) to be ready and
   * returns that boot's id (/proc/sys/kernel/random/boot_id).
   */
  async waitForBoot(timeoutMs: number, previous = ''): Promise<string> {
    const id = await this.until(
      () => this.readyIds.find((b) => b !== previous),
      timeoutMs,
      previous ? `the guest to boot again (the agent of a boot other than ${previous})` : 'the guest to boot (its agent ready)',
    );
    this.readyIds.length = 0;
    this.bootId = id;
    return id;
  }

  /**
   * Runs `script` with bash as root in the guest and returns its exit status and output; never
   * rejects for a non-zero status. Commands run one at a time, in call order.
   * @throws Error when no answer comes within `timeoutMs` (default 120 s) or qemu exits.
   */
  run(script: string, timeoutMs = 120_000): Promise<GuestResult> {
    const next = this.queue.then(async () => {
      const id = this.send(`${this.options.prelude ?? ''}\n${script}`);
      const result = await this.until(() => this.results.get(id), timeoutMs, `the guest command to finish: ${script.slice(0, 200)}`);
      this.results.delete(id);
      return result;
    });
    this.queue = next.catch(() => {});
    return next;
  }

  /** Sends `script` to the agent; returns the command's id. */
  private send(script: string): string {
    const id = `${++this.seq}.${randomBytes(4).toString('hex')}`;
    this.qemu.stdin!.write(`\n@@vm-agent run ${id} ${Buffer.from(script).toString('base64')}@@\n`);
    return id;
  }

  /**
   * Sends `script` after the commands before it and does not wait for its answer: for a command
   * that ends the agent's boot (`systemctl reboot`), whose answer may never come.
   */
  async runAndForget(script: string): Promise<void> {
    const sent = this.queue.then(() => void this.send(script));
    this.queue = sent.catch(() => {});
    await sent;
  }

  /**
   * Runs `script` and returns its stdout.
   * @throws GuestCommandError with the status, stdout and stderr when it exits non-zero.
   */
  async succeed(script: string, timeoutMs?: number): Promise<string> {
    const r = await this.run(script, timeoutMs);
    if (r.code !== 0) throw new GuestCommandError(`guest command exited ${r.code}: ${script}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`, r);
    return r.stdout;
  }

  /**
   * Runs `script` (with the prelude, by bash, as a script of its own: it fails at its first
   * failing command when the prelude sets `-e`) in the guest again and again until it exits 0, a
   * try every 0.2 s in a loop in the guest (no round trip per try), and returns that try's stdout.
   * @throws GuestCommandError after `timeoutMs`, naming `what` and the last try's output.
   */
  async waitUntilSucceeds(script: string, timeoutMs: number, what: string): Promise<string> {
    const seconds = Math.ceil(timeoutMs / 1000);
    const body = Buffer.from(`${this.options.prelude ?? ''}\n${script}`).toString('base64');
    const loop = [
      'try=$(mktemp) err=$(mktemp)',
      `echo ${body} | base64 -d > "$try"`,
      `end=$((SECONDS + ${seconds}))`,
      'until out=$(bash "$try" 2> "$err"); do',
      '  if [ $SECONDS -ge $end ]; then printf \'%s\\n\' "$out"; cat "$err" >&2; exit 124; fi',
      '  sleep 0.2',
      'done',
      'rm -f "$try" "$err"',
      'printf \'%s\\n\' "$out"',
    ].join('\n');
    const r = await this.run(loop, timeoutMs + 60_000);
    if (r.code !== 0) throw new GuestCommandError(`timed out after ${seconds} s waiting for ${what}; the last try printed:\n${r.stdout}${r.stderr}`, r);
    return r.stdout;
  }

  /**
   * `systemctl reboot` in the guest (the agent may be stopped before it answers); resolves with
   * the new boot's id once its agent is ready.
   */
  async reboot(timeoutMs: number): Promise<string> {
    const before = this.bootId;
    await this.runAndForget('systemctl reboot');
    return this.waitForBoot(timeoutMs, before);
  }

  /**
   * `systemctl poweroff` in the guest, then waits for qemu to exit: resolves with its exit status
   * (or the signal's name), or `still running after N s` when it did not exit within `timeoutMs`.
   */
  async poweroff(timeoutMs: number): Promise<number | string> {
    await this.runAndForget('systemctl poweroff');
    const late = `still running after ${Math.round(timeoutMs / 1000)} s`;
    return Promise.race([this.exited, new Promise<string>((resolve) => setTimeout(() => resolve(late), timeoutMs).unref())]);
  }

  /** Ends qemu if it still runs (SIGTERM, then SIGKILL after 10 s) and waits for it: nothing is left behind. */
  async kill(): Promise<void> {
    if (this.exitedWith !== null) return;
    this.qemu.kill('SIGTERM');
    const timer = setTimeout(() => this.qemu.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}
