/**
 * A real systemd user manager for system tests (systemd(1) `--user`), run as the test user in a
 * private mount namespace with a private `/run/systemd` and a delegated cgroup2 directory (see
 * user-manager.sh and docs/testing.md). Each instance has its own
 * XDG_RUNTIME_DIR (so its own D-Bus session bus, from dbus-user-session's `dbus.socket`) and its
 * own HOME (so its own `~/.config/systemd/user`); several run at once without seeing each other.
 * The host's `/etc/systemd/user` is hidden unless asked for (options.hostUserUnits).
 *
 * Needs root (tests run as root), util-linux (`unshare`, `setpriv`), systemd and dbus-user-session.
 */
import { execFile, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnvironment } from '../../ts/systemd/manager.js';
import { asTestUser, chownToTestUser, makeRuntimeDir, testUser } from './user.js';

/** Output of one command run to its end. `code` is the exit status, or -1 when killed by `signal`. */
export interface RunResult {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface UserManagerOptions {
  /** An existing HOME to reuse (a "reboot" keeps HOME); default a fresh one owned by the test user. */
  home?: string;
  /** Extra variables for the manager's environment (and so for every unit it starts). */
  env?: Record<string, string>;
  /** How long to wait for the manager and its D-Bus socket, in ms (default 60000; under a second on an idle machine). */
  startTimeoutMs?: number;
  /**
   * Let the manager see the host's `/etc/systemd/user` (default false: an empty tmpfs covers it
   * in the manager's mount namespace). Packages enable units there for every user, e.g. Debian's
   * waybar links itself into `graphical-session.target.wants/`, and such units would start in
   * every test session; only a test about them asks for them.
   */
  hostUserUnits?: boolean;
}

export interface UserManager {
  /** PID of `systemd --user` (setpriv and unshare exec, so this is the manager itself). */
  pid: number;
  /** Its XDG_RUNTIME_DIR (`%t` in unit files), 0700, owned by the test user. */
  runtimeDir: string;
  /** Its HOME, owned by the test user. */
  home: string;
  /** `HOME/.config/systemd/user`: where user units go (systemd.unit(5), "User Unit Search Path"). */
  unitDir: string;
  /** Absolute path of its delegated cgroup2 directory. */
  cgroupPath: string;
  /** Environment for clients of this manager: PATH, HOME, USER, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS. */
  env: Record<string, string>;
  /** Resolves with the manager's exit code or signal once it has exited. */
  exited: Promise<NodeJS.Signals | number | null>;
  /** Manager's own stdout+stderr so far (for failure messages; bounded to 64 KiB). */
  log(): string;
  /** Runs `systemctl --user ARGS...` as the test user against this manager; killed after `timeoutMs` (default 60000). Never rejects. */
  systemctl(args: string[], timeoutMs?: number): Promise<RunResult>;
  /** Runs `cmd args` as the test user with {@link env} (plus `extraEnv`, minus NODE_OPTIONS); killed after `timeoutMs` (default 60000). Never rejects. */
  run(cmd: string, args: string[], options?: { extraEnv?: Record<string, string>; timeoutMs?: number }): Promise<RunResult>;
  /** Spawns a long-running `cmd args` as the test user with {@link env} plus `extraEnv` (minus NODE_OPTIONS); the caller ends it. */
  spawn(cmd: string, args: string[], options?: { extraEnv?: Record<string, string>; stdio?: SpawnOptions['stdio'] }): ChildProcess;
  /** Writes a unit file into {@link unitDir} (owned by the test user). Call `daemon-reload` after. */
  writeUnit(name: string, text: string): string;
  /** `systemctl --user show -p PROP --value UNIT`. @throws Error with systemctl's stderr on failure. */
  unitProperty(unit: string, prop: string): Promise<string>;
  /** The manager's environment block (`show-environment`), parsed. @throws when systemctl fails. */
  environment(): Promise<Record<string, string>>;
  /**
   * Ends the manager: `systemctl --user exit` (it stops every unit, like a logout), then SIGTERM
   * after 60 s, SIGKILL after 30 s more (bounds, not speed checks); then kills what is left in its
   * cgroup and removes the cgroup. Idempotent. A "reboot" is `stop()` and a new {@link startUserManager} on the same HOME.
   */
  stop(): Promise<void>;
}

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'user-manager.sh');
/** statfs(2) f_type of a cgroup2 mount (CGROUP2_SUPER_MAGIC, linux/magic.h): what `stat -fc %T` prints as cgroup2fs. */
const CGROUP2_SUPER_MAGIC = 0x63677270;

/**
 * Where the delegated cgroup directories go: the cgroup2 (unified) hierarchy's root.
 * - Pure cgroup v2 (`/sys/fs/cgroup` is itself cgroup2fs, the default of systemd ≥ 247 hosts):
 *   `/sys/fs/cgroup`. A new directory there is a leaf, and a leaf may hold processes whatever
 *   its parent's `cgroup.subtree_control` enables (the "no internal processes" rule binds only
 *   the parent), so root can move the script into it. No controller has to be enabled (`+cpu`,
 *   `+memory`, ...): a plain user manager only creates sub-cgroups and moves its processes.
 * - Hybrid (cgroup v1 controllers at `/sys/fs/cgroup`, a tmpfs, and cgroup2 with no controllers
 *   at `/sys/fs/cgroup/unified`, as on the project's Debian machines): `/sys/fs/cgroup/unified`.
 * @throws Error when neither is a cgroup2 mount (a pure v1 host: systemd --user cannot be delegated there).
 */
export function cgroup2Root(): string {
  for (const root of ['/sys/fs/cgroup', '/sys/fs/cgroup/unified']) {
    if (existsSync(root) && statfsSync(root).type === CGROUP2_SUPER_MAGIC) return root;
  }
  throw new Error('no cgroup2 hierarchy at /sys/fs/cgroup or /sys/fs/cgroup/unified; the user manager needs one for delegation');
}
const PATH = [dirname(process.execPath), '/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']
  .filter((d, i, all) => all.indexOf(d) === i)
  .join(':');
let counter = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `predicate` every 20 ms until it returns true. `timeoutMs` bounds a wait for something that
 * should happen: generous (at least ten times what it takes on an idle machine, docs/testing.md),
 * never a speed check. `what` says what was awaited; as a function it is read at the timeout, so
 * the message can show the state then (a log, a unit's state).
 * @throws Error naming `what` when `timeoutMs` (ms) pass first; a throwing predicate counts as false.
 */
export async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string | (() => string | Promise<string>)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await predicate()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() >= deadline) {
      let said: string;
      try {
        said = typeof what === 'string' ? what : await what();
      } catch (err) {
        said = `(its description failed: ${(err as Error).message})`;
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${said}`);
    }
    await sleep(20);
  }
}

/** Runs `cmd args` to its end with `env`; resolves with its exit status and output. Never rejects. */
function runAs(cmd: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<RunResult> {
  const [c, a] = asTestUser(cmd, args);
  return new Promise((resolve) => {
    execFile(c, a, { env, timeout: timeoutMs, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; signal?: NodeJS.Signals | null }) | null;
      const code = e === null ? 0 : typeof e.code === 'number' ? e.code : -1;
      resolve({ code, signal: e?.signal ?? null, stdout, stderr: e && typeof e.code === 'string' ? `${stderr}${e.message}` : stderr });
    });
  });
}

/** Every directory of a cgroup subtree, deepest first (rmdir order). */
function cgroupDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
    out.push(dir);
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** Kills every process left in our own cgroup subtree (cgroup.kill, cgroup v2) and removes it. */
async function removeCgroup(root: string): Promise<void> {
  if (!existsSync(root)) return;
  writeFileSync(join(root, 'cgroup.kill'), '1');
  await waitFor(() => /populated 0/.test(readFileSync(join(root, 'cgroup.events'), 'utf8')), 30_000, `cgroup ${root} to empty`);
  for (const dir of cgroupDirs(root)) rmdirSync(dir);
}

/** Creates `dir` and every missing parent below `home`, owned by the test user. */
function mkdirOwned(home: string, relative: string): string {
  let dir = home;
  for (const part of relative.split('/')) {
    dir = join(dir, part);
    if (!existsSync(dir)) {
      mkdirSync(dir, { mode: 0o755 });
      chownToTestUser(dir);
    }
  }
  return dir;
}

/**
 * Starts a fresh systemd user manager as the test user and resolves once it answers
 * `systemctl --user` and its D-Bus session bus socket (`$XDG_RUNTIME_DIR/bus`) is listening.
 * `teardown` (tap's `t.teardown`) stops it, removes its cgroup, its runtime dir and (unless
 * `options.home` was given) its HOME.
 * @throws when not root, or when the manager exits or does not answer within `startTimeoutMs`.
 */
export async function startUserManager(teardown: (fn: () => unknown) => void, options: UserManagerOptions = {}): Promise<UserManager> {
  if (process.getuid?.() !== 0) throw new Error('startUserManager needs root (private mount namespace, delegated cgroup)');
  const cleanups: (() => unknown)[] = [];
  const runtimeDir = makeRuntimeDir((fn) => cleanups.push(fn), 'swaysock-um-rt-');
  let home = options.home;
  if (home === undefined) {
    home = mkdtempSync(join(tmpdir(), 'swaysock-um-home-'));
    chownToTestUser(home);
    const created = home;
    cleanups.push(() => rmSync(created, { recursive: true, force: true }));
  }
  const unitDir = mkdirOwned(home, '.config/systemd/user');
  const cgroupName = `swaysock-test-${process.pid}-${++counter}-${randomBytes(4).toString('hex')}`;
  const cgroupPath = join(cgroup2Root(), cgroupName);
  const env: Record<string, string> = {
    PATH,
    HOME: home,
    USER: testUser.name,
    LOGNAME: testUser.name,
    LANG: 'C.UTF-8',
    XDG_RUNTIME_DIR: runtimeDir,
  };
  const child = spawn(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '/bin/sh',
      SCRIPT,
      cgroupPath,
      String(testUser.uid),
      String(testUser.gid),
      options.hostUserUnits ? 'host' : 'hidden',
    ],
    {
      env: { ...env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const collect = (d: Buffer) => {
    if (log.length < 64 * 1024) log += d.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  let done = false;
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      done = true;
      resolve(signal ?? code);
    }),
  );
  const clientEnv = { ...env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${runtimeDir}/bus` };

  const exitedWithin = async (ms: number): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(r, ms, false)))]);
    clearTimeout(timer);
    return ended;
  };
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (!done) {
        await runAs('systemctl', ['--user', 'exit'], clientEnv, 30_000);
        if (!(await exitedWithin(60_000))) {
          child.kill('SIGTERM');
          if (!(await exitedWithin(30_000))) child.kill('SIGKILL');
        }
        await exited;
      }
      await removeCgroup(cgroupPath);
    })());

  teardown(async () => {
    await stop();
    for (const fn of cleanups.reverse()) await fn();
  });

  const manager: UserManager = {
    pid: child.pid!,
    runtimeDir,
    home,
    unitDir,
    cgroupPath,
    env: clientEnv,
    exited,
    log: () => log,
    systemctl: (args, timeoutMs = 60_000) => runAs('systemctl', ['--user', '--no-pager', ...args], clientEnv, timeoutMs),
    run: (cmd, args, opts = {}) => runAs(cmd, args, { ...clientEnv, ...opts.extraEnv }, opts.timeoutMs ?? 60_000),
    spawn: (cmd, args, opts = {}) => {
      const [c, a] = asTestUser(cmd, args);
      return spawn(c, a, { env: { ...clientEnv, ...opts.extraEnv }, stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'] });
    },
    writeUnit: (name, text) => {
      const path = join(unitDir, name);
      writeFileSync(path, text);
      chownToTestUser(path);
      return path;
    },
    unitProperty: async (unit, prop) => {
      const r = await manager.systemctl(['show', `--property=${prop}`, '--value', unit]);
      if (r.code !== 0) throw new Error(`systemctl --user show -p ${prop} ${unit} failed (${r.code}): ${r.stderr.trim()}`);
      return r.stdout.replace(/\n$/, '');
    },
    environment: async () => {
      const r = await manager.systemctl(['show-environment']);
      if (r.code !== 0) throw new Error(`systemctl --user show-environment failed (${r.code}): ${r.stderr.trim()}`);
      return parseEnvironment(r.stdout);
    },
    stop,
  };

  const timeoutMs = options.startTimeoutMs ?? 60_000;
  try {
    await waitFor(
      async () => done || (await manager.unitProperty('dbus.socket', 'ActiveState')) === 'active',
      timeoutMs,
      'the user manager and its dbus.socket',
    );
    if (done) throw new Error('it exited');
  } catch (err) {
    await stop();
    throw new Error(`systemd --user did not come up (${(err as Error).message}; exited: ${done}):\n${log}`);
  }
  return manager;
}
