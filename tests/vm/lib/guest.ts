/**
 * What the Debian VM scenarios ask of the guest (tests/vm/lib/debian-scenarios.ts), as shell run
 * through the machine's root shell with tests/vm/guest/lib.sh (`as USER ...`, `uprop`, `menv`).
 * The users are the two machines of tests/vm/scenarios.json, set up by tests/vm/guest/provision.sh:
 * alice the server (lingering, Sway as sway.service), bob the desktop (autologin on tty1, the
 * stable socket).
 */
import type { Machine } from './machine.js';

/** A guest user of the suite. */
export interface User {
  name: 'alice' | 'bob';
  uid: number;
  /** The services bound to sway-session.target in this user's session (besides the cleanup, which the target only wants). */
  bound: string[];
}

export const SERVER: User = { name: 'alice', uid: 1000, bound: ['swaysock-healthd.service', 'stand-in-a.service', 'subscriber.service'] };
export const DESKTOP: User = { name: 'bob', uid: 1001, bound: ['swaysock-healthd.service', 'subscriber.service'] };

/** bob's stable socket (`swaysock units --stable-socket`). */
export const STABLE_SOCKET = '/run/user/1001/swaysock/sway.sock';

/** Deadlines, generous for a slow, busy machine under TCG: a boot that takes this long has failed. */
export const BOOT_MS = 300_000;
/** For a session to come up after Sway starts (Node programs start slowly under emulation). */
export const SESSION_MS = 180_000;
/** For a state the manager reaches by itself after an action (a teardown, a timer's run). */
export const STATE_MS = 120_000;

/** Single-quotes `s` for the guest's shell. */
export const q = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;

/** Properties of units of one user, by unit, from one `systemctl --user show`. */
export type Props = Record<string, Record<string, string>>;

/** `systemctl --user show -p PROPS UNITS...` of `user`, parsed by unit (the `Id` property keys the records). */
export async function unitProps(vm: Machine, user: User, units: string[], props: string[]): Promise<Props> {
  const out = await vm.succeed(`as ${user.name} systemctl --user show -p Id,${props.join(',')} ${units.map(q).join(' ')}`);
  const result: Props = {};
  for (const block of out.split(/\n\n/)) {
    const rec: Record<string, string> = {};
    for (const line of block.split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) rec[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (rec.Id) result[rec.Id] = rec;
  }
  for (const unit of units) if (!result[unit]) throw new Error(`systemctl --user show gave no record for ${unit}: ${out}`);
  return result;
}

/** Waits until each of `units` of `user` is in ActiveState `state` (one loop in the guest). */
export async function waitForState(vm: Machine, user: User, units: string[], state: string, timeoutMs: number, what: string): Promise<void> {
  const test = units.map((u) => `[ "$(uprop ${user.name} ${q(u)} ActiveState)" = ${state} ]`).join(' && ');
  await vm.waitUntilSucceeds(
    `${test} || { for u in ${units.map(q).join(' ')}; do echo "$u: $(uprop ${user.name} "$u" ActiveState)"; done; exit 1; }`,
    timeoutMs,
    what,
  );
}

/** The `sway-ipc.UID.*.sock` files in `user`'s runtime directory, sorted. */
export async function swaySockets(vm: Machine, user: User): Promise<string[]> {
  const out = await vm.succeed(`find /run/user/${user.uid} -maxdepth 1 -name 'sway-ipc.${user.uid}.*.sock' | sort`);
  return out.split('\n').filter(Boolean);
}

/** Units `user`'s manager lists as failed, one per line ('' when none). */
export async function failedUserUnits(vm: Machine, user: User): Promise<string> {
  return (await vm.succeed(`as ${user.name} systemctl --user list-units --failed --plain --no-legend`)).trim();
}

/** Units the system manager lists as failed ('' when none). */
export async function failedSystemUnits(vm: Machine): Promise<string> {
  return (await vm.succeed('systemctl list-units --failed --plain --no-legend')).trim();
}

/** `user`'s manager's environment variable `name` ('' when unset). */
export async function managerEnv(vm: Machine, user: User, name: string): Promise<string> {
  return (await vm.succeed(`menv ${user.name} ${name}`)).trim();
}

/** The PID of `user`'s live Sway (not a zombie), or 0 when none runs. */
export async function swayPid(vm: Machine, user: User): Promise<number> {
  const out = await vm.succeed(`ps -o pid=,stat=,comm= -u ${user.uid} | awk '$3 == "sway" && $2 !~ /^Z/ { print $1 }'`);
  const pids = out.split('\n').filter(Boolean).map(Number);
  if (pids.length > 1) throw new Error(`${user.name} runs ${pids.length} Sways: ${pids.join(' ')}`);
  return pids[0] ?? 0;
}

/** Sway's own socket path for `pid` of `user`. */
export const swaySocket = (user: User, pid: number): string => `/run/user/${user.uid}/sway-ipc.${user.uid}.${pid}.sock`;

/**
 * `get_socket_health` (swaysock diagnose socket-health --json) once it reports healthy (exit 0),
 * within `timeoutMs`.
 */
export async function healthy(vm: Machine, user: User, timeoutMs: number): Promise<Record<string, unknown>> {
  const out = await vm.waitUntilSucceeds(`as ${user.name} swaysock diagnose socket-health --json`, timeoutMs, `${user.name}'s health daemon to report healthy`);
  return JSON.parse(out) as Record<string, unknown>;
}

/** What `swaysock discover` prints for `user` (trimmed) and its exit status. */
export async function discover(vm: Machine, user: User): Promise<{ code: number; path: string }> {
  const r = await vm.run(`as ${user.name} swaysock discover`);
  return { code: r.code, path: r.stdout.trim() };
}

/** One `swaysock doctor --json` run: its exit status and report. */
export interface DoctorRun {
  code: number;
  report: { findings: { check: string; severity: string; summary: string; evidence: string[] }[] };
  text: string;
}

/**
 * `swaysock doctor --json` run inside the session: Sway runs it (`swaymsg exec`), so it has what
 * a terminal in that session has (Sway's SWAYSOCK, WAYLAND_DISPLAY, the session's cgroup).
 * @throws Error when it does not finish within `timeoutMs`.
 */
export async function doctorInSession(vm: Machine, user: User, socket: string, timeoutMs: number): Promise<DoctorRun> {
  const dir = `/run/user/${user.uid}/doctor.${Date.now()}`;
  // A script file: Sway's command parser would split a command line at its `;`.
  const script = `swaysock doctor --json > ${dir}/out 2> ${dir}/err; echo $? > ${dir}/status.tmp; mv ${dir}/status.tmp ${dir}/status`;
  await vm.succeed(
    `as ${user.name} mkdir ${dir}\nprintf %s ${q(script)} | as ${user.name} tee ${dir}/run.sh > /dev/null\nas ${user.name} swaymsg -s ${q(socket)} exec sh ${dir}/run.sh > /dev/null`,
  );
  await vm.waitUntilSucceeds(`test -e ${dir}/status`, timeoutMs, `swaysock doctor started by ${user.name}'s Sway to finish`);
  const code = Number((await vm.succeed(`cat ${dir}/status`)).trim());
  const out = await vm.succeed(`cat ${dir}/out; echo; echo '--- stderr'; cat ${dir}/err; rm -rf ${dir}`);
  const json = out.slice(0, out.lastIndexOf('\n--- stderr'));
  return { code, report: JSON.parse(json), text: out };
}

/** The lines of `user`'s subscriber log (tests/vm/guest/subscriber.sh), across boots. */
export async function subscriberLog(vm: Machine, user: User): Promise<string[]> {
  return (await vm.succeed(`cat /home/${user.name}/.local/state/subscriber.log 2>/dev/null || true`)).split('\n').filter(Boolean);
}

/** One start of the subscriber, as its log tells it. */
export interface SubscriberStart {
  socket: string;
  answered: boolean;
  again: boolean;
  /** The `ended` line's fields; null when the start has not ended (the current one). */
  ended: { status: number; swayUp: boolean; stopped: boolean; message: string } | null;
}

/** Parses the subscriber's log into its starts. @throws Error on a line it does not know. */
export function subscriberStarts(lines: string[]): SubscriberStart[] {
  const starts: SubscriberStart[] = [];
  for (const line of lines) {
    const last = starts[starts.length - 1];
    if (line.startsWith('start ')) starts.push({ socket: line.slice(6), answered: false, again: false, ended: null });
    else if (line === 'answered' && last) last.answered = true;
    else if (line === 'again' && last) last.again = true;
    else if (line.startsWith('ended ') && last) {
      const m = /^ended (\d+) sway=(up|down) stopped=(yes|no) ?(.*)$/.exec(line);
      if (!m) throw new Error(`subscriber log: ${line}`);
      last.ended = { status: Number(m[1]), swayUp: m[2] === 'up', stopped: m[3] === 'yes', message: m[4]! };
    } else throw new Error(`subscriber log: unexpected line ${JSON.stringify(line)}`);
  }
  return starts;
}
