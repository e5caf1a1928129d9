/**
 * The scenarios of tests/vm/scenarios.json as the Debian VM runs them (tests/vm/debian.test.ts),
 * in this order, on one machine with both of the list's machines as users (tests/vm/lib/guest.ts):
 * the cold boot, a reboot, then the crash, the cleanup timer, the stop, the logout and the
 * subscriber's record of all of them. Every guest command's exit status is checked (a command
 * that must succeed throws with its output); every wait is on the thing itself, with a generous
 * deadline that names what was awaited.
 */
import type { Machine } from './machine.js';
import {
  BOOT_MS,
  DESKTOP,
  doctorInSession,
  discover,
  failedSystemUnits,
  failedUserUnits,
  healthy,
  managerEnv,
  q,
  SERVER,
  SESSION_MS,
  STABLE_SOCKET,
  STATE_MS,
  subscriberLog,
  subscriberStarts,
  swayPid,
  swaySocket,
  swaySockets,
  unitProps,
  waitForState,
  type User,
} from './guest.js';

/** The checks a scenario makes (a tap test). */
export interface Checks {
  ok(condition: unknown, message: string): unknown;
  same(found: unknown, wanted: unknown, message: string): unknown;
  comment(...message: unknown[]): unknown;
}

/** The running machine and what the scenarios hand on to each other. */
export interface DebianRun {
  vm: Machine;
  /** `systemctl reboot`, keeping the finished boot's journal; resolves with the new boot's id. */
  reboot(): Promise<string>;
  /** The server's Sway sockets of this boot's sessions, oldest first (its stand-in logs one try per session). */
  serverSockets: string[];
  /** The first boot's id and the server's socket then; the guest's clock (ms) just before the reboot. */
  firstBoot?: { bootId: string; socket: string; endedAt: number };
}

export interface DebianScenario {
  /** An id of tests/vm/scenarios.json. */
  id: string;
  run(t: Checks, run: DebianRun): Promise<void>;
}

/** Waits for the boot to finish and checks that no system unit failed (`is-system-running`: running). */
async function systemRunning(t: Checks, vm: Machine, label: string): Promise<void> {
  const r = await vm.run('systemctl is-system-running --wait', BOOT_MS);
  t.ok(
    r.code === 0 && r.stdout.trim() === 'running',
    `${label}: the system is running, no unit failed (${r.stdout.trim()}${r.code === 0 ? '' : `: ${await failedSystemUnits(vm)}`})`,
  );
}

/** The live Sway of a session. */
interface Session {
  pid: number;
  socket: string;
}

/**
 * Waits for the server's session and checks it as the cold boot scenario says: sway.service
 * active only once Sway's socket answered (its ExecStartPost= fixture), then sway-session.target,
 * then each bound service; the stand-in's tries (one per session of this boot: `run.serverSockets`,
 * to which the live socket is added); the daemon healthy on the live socket, fresh; discover; the
 * cleanup the target wants ran; only the live socket left; no failed user unit.
 */
async function serverSession(t: Checks, run: DebianRun, label: string): Promise<Session> {
  const { vm } = run;
  const units = ['sway.service', 'sway-session.target', ...SERVER.bound];
  await waitForState(vm, SERVER, units, 'active', SESSION_MS, `${label}: alice's Sway, sway-session.target and its services to be active`);
  const props = await unitProps(vm, SERVER, units, ['ActiveEnterTimestampMonotonic', 'MainPID']);
  const at = (unit: string) => Number(props[unit]!.ActiveEnterTimestampMonotonic);
  const pid = Number(props['sway.service']!.MainPID);
  const socket = swaySocket(SERVER, pid);
  t.ok(
    at('sway.service') > 0 && at('sway.service') < at('sway-session.target'),
    `${label}: sway-session.target active (${at('sway-session.target')} µs) only after Sway's socket answered (sway.service active at ${at('sway.service')} µs, once its ExecStartPost= got an answer)`,
  );
  // The daemon is bound to the target without being ordered after it (docs/units.md): it is
  // started by the target's start job, which completes at once, and reports READY=1 later.
  for (const unit of SERVER.bound)
    t.ok(at('sway-session.target') < at(unit), `${label}: ${unit} active (${at(unit)} µs) only after sway-session.target (${at('sway-session.target')} µs)`);
  run.serverSockets.push(socket);
  const tries = (await vm.succeed(`cat /run/user/${SERVER.uid}/stand-in-a.attempts`)).trim().split('\n');
  t.same(
    tries,
    run.serverSockets.map((s) => `ok ${s}`),
    `${label}: the stand-in found a working socket on its first try, once per session`,
  );
  const health = await healthy(vm, SERVER, SESSION_MS);
  t.same(
    [health.socket_path, health.reconnection_count, health.environment_swaysock],
    [socket, 0, socket],
    `${label}: a fresh daemon is healthy on the live socket, which the manager's SWAYSOCK names`,
  );
  t.same(await discover(vm, SERVER), { code: 0, path: socket }, `${label}: swaysock discover names the live socket`);
  await vm.waitUntilSucceeds(
    `[ "$(uprop alice swaysock-cleanup.service ExecMainExitTimestampMonotonic)" -gt ${at('sway.service')} ]`,
    STATE_MS,
    `${label}: the cleanup sway-session.target wants to have run`,
  );
  t.same(
    (await unitProps(vm, SERVER, ['swaysock-cleanup.service'], ['Result']))['swaysock-cleanup.service']!.Result,
    'success',
    `${label}: the cleanup succeeded`,
  );
  t.same(await swaySockets(vm, SERVER), [socket], `${label}: only the live socket is in alice's runtime directory`);
  t.same(await failedUserUnits(vm, SERVER), '', `${label}: no failed unit in alice's manager`);
  return { pid, socket };
}

/** The desktop's live session: its logind session id besides Sway. */
interface DesktopSession extends Session {
  id: string;
}

/**
 * Waits for the desktop's login session and checks it: a logind session of bob on seat0/tty1 with
 * Sway in its scope; sway-session.target active only after Sway first answered (recorded by the
 * login shell's fixture) and each bound service after it; the manager's SWAYSOCK and I3SOCK the
 * stable socket, which answers; the daemon healthy on Sway's own socket, the environment
 * matching; no failed user unit.
 */
async function desktopSession(t: Checks, vm: Machine, label: string, previous?: DesktopSession): Promise<DesktopSession> {
  const units = ['sway-session.target', ...DESKTOP.bound];
  // The login on tty1 is seat0's active session.
  const other = previous ? ` && [ "$s" != ${q(previous.id)} ]` : '';
  const id = (
    await vm.waitUntilSucceeds(
      `s=$(loginctl show-seat seat0 -p ActiveSession --value); [ -n "$s" ]${other} && echo "$s"`,
      BOOT_MS,
      `${label}: bob's login session`,
    )
  ).trim();
  await waitForState(vm, DESKTOP, units, 'active', SESSION_MS, `${label}: bob's sway-session.target and its services to be active`);
  const info = await vm.succeed(`loginctl show-session ${q(id)} -p Name -p Class -p TTY -p Remote -p State`);
  t.same(
    info.trim().split('\n').sort(),
    ['Class=user', 'Name=bob', 'Remote=no', 'State=active', 'TTY=tty1'],
    `${label}: logind's session ${id}: bob's local login on tty1, seat0's active session`,
  );
  const pid = await swayPid(vm, DESKTOP);
  const socket = swaySocket(DESKTOP, pid);
  t.ok((await vm.succeed(`cat /proc/${pid}/cgroup`)).includes(`/session-${id}.scope`), `${label}: Sway (${pid}) runs in the login session's scope`);
  const answered = Number(
    (await vm.waitUntilSucceeds(`cat /run/user/${DESKTOP.uid}/sway-answered.${pid}`, SESSION_MS, `${label}: bob's Sway to answer`)).trim(),
  );
  const props = await unitProps(vm, DESKTOP, units, ['ActiveEnterTimestampMonotonic']);
  const at = (unit: string) => Number(props[unit]!.ActiveEnterTimestampMonotonic);
  // The fixture's time is /proc/uptime rounded down to 10 ms: the answer came before answered + 10 ms.
  t.ok(
    answered + 10_000 < at('sway-session.target'),
    `${label}: sway-session.target active (${at('sway-session.target')} µs) only after Sway first answered (before ${answered + 10_000} µs)`,
  );
  // With the stable socket the session starts the target only once Sway answers through it: the
  // daemon serving it (socket-activated) started before the target, its clients after it. (The
  // daemon serves before it reports READY=1, so its own ActiveEnterTimestamp may come later.)
  const daemonStarted = Number(
    (await unitProps(vm, DESKTOP, ['swaysock-healthd.service'], ['ExecMainStartTimestampMonotonic']))['swaysock-healthd.service']!
      .ExecMainStartTimestampMonotonic,
  );
  t.ok(
    daemonStarted > 0 && daemonStarted < at('sway-session.target'),
    `${label}: the daemon serving the stable socket started (${daemonStarted} µs) before sway-session.target`,
  );
  for (const unit of DESKTOP.bound.filter((u) => u !== 'swaysock-healthd.service'))
    t.ok(at('sway-session.target') < at(unit), `${label}: ${unit} active (${at(unit)} µs) only after sway-session.target`);
  t.same(
    [await managerEnv(vm, DESKTOP, 'SWAYSOCK'), await managerEnv(vm, DESKTOP, 'I3SOCK')],
    [STABLE_SOCKET, STABLE_SOCKET],
    `${label}: the manager's SWAYSOCK and I3SOCK are the stable socket`,
  );
  await vm.succeed(`as bob swaymsg -s ${STABLE_SOCKET} -t get_version > /dev/null`);
  const health = await healthy(vm, DESKTOP, SESSION_MS);
  t.same(
    [health.socket_path, health.reconnection_count, health.environment_matches],
    [socket, 0, true],
    `${label}: a fresh daemon is healthy on Sway's own socket, the environment matching`,
  );
  t.same(await swaySockets(vm, DESKTOP), [socket], `${label}: only the live socket is in bob's runtime directory`);
  t.same(await failedUserUnits(vm, DESKTOP), '', `${label}: no failed unit in bob's manager`);
  return { id, pid, socket };
}

/** The desktop's login came up with the boot too (its scenario checks it in full): its session's units are active, none failed. */
async function desktopUp(t: Checks, vm: Machine, label: string): Promise<void> {
  await waitForState(vm, DESKTOP, ['sway-session.target', ...DESKTOP.bound], 'active', SESSION_MS, `${label}: bob's login session to come up`);
  t.same(await failedUserUnits(vm, DESKTOP), '', `${label}: no failed unit in bob's manager`);
}

/** `swaysock doctor` inside the session exits 0 and reads lingering: on for the server, off (and not needed) for the desktop. */
async function doctorOk(t: Checks, vm: Machine, user: User, socket: string, label: string): Promise<void> {
  const doctor = await doctorInSession(vm, user, socket, STATE_MS);
  const host = doctor.report.findings.filter((f) => f.check === 'host' && /lingering/.test(f.summary));
  const linger = user === SERVER ? 'Linger=yes' : 'Linger=no';
  t.ok(
    doctor.code === 0,
    `${label}: swaysock doctor exits 0 inside ${user.name}'s session (exit ${doctor.code})${doctor.code === 0 ? '' : `:\n${doctor.text}`}`,
  );
  t.ok(
    host.length === 1 && host[0]!.evidence.includes(linger) && host[0]!.severity !== 'problem',
    `${label}: doctor read lingering (${linger}): ${JSON.stringify(host)}`,
  );
}

/** Holds one of the fixtures' locks (provision.sh) in a transient system service until `release`. */
async function hold(vm: Machine, name: 'sway' | 'login'): Promise<{ release(): Promise<void> }> {
  const lock = `/run/swaysock-vm/hold-${name}`;
  await vm.succeed(`systemd-run --quiet --unit=vm-hold-${name} flock ${lock} sleep infinity`);
  await vm.waitUntilSucceeds(`! flock -n ${lock} true`, STATE_MS, `the hold on ${lock} to be taken`);
  return { release: async () => void (await vm.succeed(`systemctl stop vm-hold-${name}`)) };
}

/** Waits until `swaysock session` of `user` has exited and the manager's SWAYSOCK and I3SOCK are unset. */
async function sessionTornDown(t: Checks, vm: Machine, user: User, label: string): Promise<void> {
  await vm.waitUntilSucceeds(`! pgrep -u ${user.uid} -f 'swaysock session'`, STATE_MS, `${label}: ${user.name}'s swaysock session to exit`);
  t.same(
    [await managerEnv(vm, user, 'SWAYSOCK'), await managerEnv(vm, user, 'I3SOCK')],
    ['', ''],
    `${label}: SWAYSOCK and I3SOCK are unset in ${user.name}'s manager`,
  );
}

/** Waits until each of `units` of `user` has stopped, and checks that each is inactive, not failed. */
async function stopped(t: Checks, vm: Machine, user: User, units: string[], label: string): Promise<void> {
  const down = units.map((u) => `[[ "$(uprop ${user.name} ${q(u)} ActiveState)" =~ ^(inactive|failed)$ ]]`).join(' && ');
  await vm.waitUntilSucceeds(down, STATE_MS, `${label}: ${units.join(', ')} of ${user.name} to stop`);
  const props = await unitProps(vm, user, units, ['ActiveState']);
  for (const unit of units) t.same(props[unit]!.ActiveState, 'inactive', `${label}: ${user.name}'s ${unit} stopped cleanly`);
}

/** The services bound to the session of `user`, by MainPID. */
async function boundPids(vm: Machine, user: User): Promise<Record<string, number>> {
  const props = await unitProps(vm, user, user.bound, ['MainPID']);
  return Object.fromEntries(user.bound.map((u) => [u, Number(props[u]!.MainPID)]));
}

export const DEBIAN_SCENARIOS: DebianScenario[] = [
  {
    id: 'cold-boot',
    async run(t, run) {
      const { vm } = run;
      t.comment(`boot id: ${vm.bootId}`);
      t.same((await vm.succeed('cat /proc/sys/kernel/random/boot_id')).trim(), vm.bootId, 'the boot id the agent announced');
      await systemRunning(t, vm, 'cold boot');
      const server = await serverSession(t, run, 'cold boot');
      await doctorOk(t, vm, SERVER, server.socket, 'cold boot');
      await desktopUp(t, vm, 'cold boot');
      t.same(await failedSystemUnits(vm), '', 'cold boot: no failed system unit once both sessions are up');
      run.firstBoot = { bootId: vm.bootId, socket: server.socket, endedAt: 0 };
    },
  },
  {
    id: 'reboot',
    async run(t, run) {
      const { vm } = run;
      const first = run.firstBoot!;
      first.endedAt = Number((await vm.succeed('date +%s%3N')).trim());
      const bootId = await run.reboot();
      t.comment(`boot id: ${bootId}`);
      t.ok(bootId !== first.bootId, `a new boot (${first.bootId} -> ${bootId})`);
      await systemRunning(t, vm, 'after the reboot');
      run.serverSockets = [];
      const server = await serverSession(t, run, 'after the reboot');
      t.ok(
        server.socket === first.socket || !(await swaySockets(vm, SERVER)).includes(first.socket),
        `after the reboot: the first boot's socket ${first.socket} is gone`,
      );
      await doctorOk(t, vm, SERVER, server.socket, 'after the reboot');
      const history = JSON.parse(await vm.succeed('as alice swaysock history --json')) as { type: string; cause: string; time: string; socket_path?: string }[];
      const firstConnect = history.find(
        (r) =>
          r.type === 'status' && (r.cause === 'connect' || r.cause === 'reconnect') && r.socket_path === first.socket && Date.parse(r.time) < first.endedAt,
      );
      t.ok(firstConnect, `after the reboot: swaysock history shows the first boot's Sway (${first.socket}): ${JSON.stringify(firstConnect)}`);
      await desktopUp(t, vm, 'after the reboot');
      t.same(await failedSystemUnits(vm), '', 'after the reboot: no failed system unit');
    },
  },
  {
    id: 'sway-crash',
    async run(t, run) {
      const { vm } = run;
      const before = await unitProps(vm, SERVER, ['sway.service'], ['MainPID', 'NRestarts']);
      const pid = Number(before['sway.service']!.MainPID);
      const stale = swaySocket(SERVER, pid);
      const pids = await boundPids(vm, SERVER);
      const held = await hold(vm, 'sway');
      await vm.succeed(`kill -KILL ${pid}`);
      // Restart= has started Sway again, held in its ExecStartPre= until the test releases it.
      await vm.waitUntilSucceeds(
        `[ "$(uprop alice sway.service NRestarts)" = ${Number(before['sway.service']!.NRestarts) + 1} ] && [ "$(uprop alice sway.service SubState)" = start-pre ]`,
        STATE_MS,
        "sway.service's restart (held)",
      );
      await stopped(t, vm, SERVER, ['sway-session.target', ...SERVER.bound], 'after the crash');
      await sessionTornDown(t, vm, SERVER, 'after the crash');
      for (const [unit, old] of Object.entries(pids))
        t.ok((await vm.run(`test -e /proc/${old}`)).code !== 0, `after the crash: ${unit}'s process ${old} is gone`);
      t.ok((await vm.run(`test -S ${stale}`)).code === 0, `after the crash: the dead Sway's socket ${stale} is left`);
      t.ok((await vm.run(`as alice swaymsg -s ${stale} -t get_version`)).code !== 0, 'after the crash: nothing answers on it');
      const found = await discover(vm, SERVER);
      t.ok(found.path !== stale, `after the crash: swaysock discover does not name it (${found.path || 'nothing'}, exit ${found.code})`);
      await held.release();
      const next = await serverSession(t, run, 'after the crash');
      t.ok(next.socket !== stale, 'after the crash: a new Sway, a new socket');
      const now = await boundPids(vm, SERVER);
      for (const unit of SERVER.bound) t.ok(now[unit] !== pids[unit], `after the crash: ${unit} started afresh (${pids[unit]} -> ${now[unit]})`);
    },
  },
  {
    id: 'stale-socket-cleanup',
    async run(t, run) {
      const { vm } = run;
      const live = run.serverSockets[run.serverSockets.length - 1]!;
      // Test drop-in: the timer every 5 s, on time.
      const dropIn = '/home/alice/.config/systemd/user/swaysock-cleanup.timer.d';
      await vm.succeed(
        `as alice mkdir -p ${dropIn}\nprintf '[Timer]\\nOnUnitActiveSec=\\nOnUnitActiveSec=5s\\nAccuracySec=100ms\\n' | as alice tee ${dropIn}/test.conf > /dev/null\nas alice systemctl --user daemon-reload`,
      );
      // The timer is held while the stale socket is made, so its removal has one known cause.
      await vm.succeed('as alice systemctl --user stop swaysock-cleanup.timer');
      await vm.succeed("printf 'xwayland disable\\n' | as alice tee /home/alice/.config/sway/extra.config > /dev/null");
      await vm.succeed(
        'as alice systemd-run --user --quiet --unit=extra-sway --setenv=WLR_BACKENDS=headless --setenv=WLR_RENDERER=pixman --setenv=WLR_LIBINPUT_NO_DEVICES=1 env -u SWAYSOCK -u I3SOCK -u WAYLAND_DISPLAY sway --config /home/alice/.config/sway/extra.config',
      );
      const extra = Number((await unitProps(vm, SERVER, ['extra-sway.service'], ['MainPID']))['extra-sway.service']!.MainPID);
      const stale = swaySocket(SERVER, extra);
      await vm.waitUntilSucceeds(`as alice swaymsg -s ${stale} -t get_version > /dev/null`, SESSION_MS, 'a second Sway to answer');
      t.same(await discover(vm, SERVER), { code: 0, path: live }, "with two live Sways, swaysock discover names the session's (the manager's SWAYSOCK)");
      await vm.succeed(`kill -KILL ${extra}`);
      await vm.waitUntilSucceeds(`! as alice swaymsg -s ${stale} -t get_version > /dev/null 2>&1`, STATE_MS, 'the second Sway to die');
      t.ok((await vm.run(`test -S ${stale}`)).code === 0, `its socket ${stale} is left, stale`);
      t.same(await discover(vm, SERVER), { code: 0, path: live }, 'beside a stale socket, swaysock discover names the live one');
      await vm.succeed('as alice systemctl --user reset-failed extra-sway.service');
      const ran = async () =>
        Number(
          (await unitProps(vm, SERVER, ['swaysock-cleanup.service'], ['ExecMainStartTimestampMonotonic']))['swaysock-cleanup.service']!
            .ExecMainStartTimestampMonotonic,
        );
      const before = await ran();
      await vm.succeed('as alice systemctl --user start swaysock-cleanup.timer');
      await vm.waitUntilSucceeds(`test ! -e ${stale}`, STATE_MS, `the timer's cleanup to remove ${stale}`);
      const removedBy = await ran();
      t.ok(
        removedBy > before,
        `the cleanup ran again (at ${removedBy} µs, before at ${before} µs); nothing but the timer starts it while the session stays up`,
      );
      await vm.waitUntilSucceeds(
        `[ "$(uprop alice swaysock-cleanup.service ExecMainStartTimestampMonotonic)" -gt ${removedBy} ]`,
        STATE_MS,
        'the timer to run the cleanup once more',
      );
      t.ok(
        (await vm.run(`as alice swaymsg -s ${live} -t get_version > /dev/null`)).code === 0,
        `the live socket ${live} stays and answers after the timer's runs`,
      );
      t.same(await swaySockets(vm, SERVER), [live], 'only the live socket is left');
      t.same(await discover(vm, SERVER), { code: 0, path: live }, 'swaysock discover names the live socket');
      t.same(await failedUserUnits(vm, SERVER), '', "no failed unit in alice's manager");
      // The default timer again (a run every 5 s costs a Node start each under emulation).
      await vm.succeed(`rm -r ${dropIn}\nas alice systemctl --user daemon-reload\nas alice systemctl --user restart swaysock-cleanup.timer`);
    },
  },
  {
    id: 'session-stop',
    async run(t, run) {
      const { vm } = run;
      const pids = await boundPids(vm, SERVER);
      const cgroups = await unitProps(vm, SERVER, SERVER.bound, ['ControlGroup']);
      await vm.succeed('as alice systemctl --user stop sway-session.target');
      await stopped(t, vm, SERVER, ['sway-session.target', ...SERVER.bound], 'the stop');
      for (const unit of SERVER.bound) {
        const cgroup = cgroups[unit]!.ControlGroup;
        const left = (await vm.succeed(`cat /sys/fs/cgroup${cgroup}/cgroup.procs 2>/dev/null || true`)).trim();
        t.ok(
          (await vm.run(`test -e /proc/${pids[unit]}`)).code !== 0 && left === '',
          `the stop: ${unit}'s process ${pids[unit]} is gone and its cgroup empty (${left || 'empty'})`,
        );
      }
      const sway = await unitProps(vm, SERVER, ['sway.service'], ['ActiveState', 'MainPID']);
      t.same(sway['sway.service']!.ActiveState, 'active', 'the stop: Sway, which its session does not bind, runs on');
      await vm.succeed(`as alice swaymsg -s ${swaySocket(SERVER, Number(sway['sway.service']!.MainPID))} -t get_version > /dev/null`);
      await vm.succeed('as alice systemctl --user stop sway.service');
      t.same((await unitProps(vm, SERVER, ['sway.service'], ['Result']))['sway.service']!.Result, 'success', 'Sway stopped: sway.service ended cleanly');
      await sessionTornDown(t, vm, SERVER, 'Sway stopped');
      t.same(await swaySockets(vm, SERVER), [], 'Sway stopped: no socket left');
      t.same(await failedUserUnits(vm, SERVER), '', "Sway stopped: no failed unit in alice's manager");
      // Sway again, as the next boot would start it, for the scenarios after this one.
      await vm.succeed('as alice systemctl --user start sway.service');
      await waitForState(vm, SERVER, ['sway.service', 'sway-session.target', ...SERVER.bound], 'active', SESSION_MS, "alice's session to come up again");
    },
  },
  {
    id: 'logout',
    async run(t, run) {
      const { vm } = run;
      const session = await desktopSession(t, vm, 'the login');
      await doctorOk(t, vm, DESKTOP, session.socket, 'the login');
      const pids = await boundPids(vm, DESKTOP);
      const held = await hold(vm, 'login');
      await vm.succeed(`loginctl terminate-session ${q(session.id)}`);
      await vm.waitUntilSucceeds(`! loginctl show-session ${q(session.id)} > /dev/null 2>&1`, STATE_MS, `logind's session ${session.id} to end`);
      await stopped(t, vm, DESKTOP, ['sway-session.target', ...DESKTOP.bound], 'after the logout');
      t.same(
        (await vm.succeed(`systemctl show -p ActiveState --value user@${DESKTOP.uid}.service`)).trim(),
        'active',
        "after the logout: bob's user manager runs on (the session's own teardown stopped the services)",
      );
      await sessionTornDown(t, vm, DESKTOP, 'after the logout');
      t.same(await swayPid(vm, DESKTOP), 0, 'after the logout: no Sway of bob runs');
      for (const [unit, old] of Object.entries(pids))
        t.ok((await vm.run(`test -e /proc/${old}`)).code !== 0, `after the logout: ${unit}'s process ${old} is gone`);
      // logind stops a session's scope with SIGTERM and then SIGHUP (SendSIGHUP=yes); Sway 1.7 does
      // not handle SIGHUP and may die of it before it removes its socket.
      const left = await swaySockets(vm, DESKTOP);
      t.ok(
        left.every((s) => s === session.socket),
        `after the logout: no socket but the dead Sway's is left (${left.join(' ') || 'none'})`,
      );
      for (const s of left) t.ok((await vm.run(`as bob swaymsg -s ${s} -t get_version`)).code !== 0, `after the logout: nothing answers on ${s}`);
      await held.release();
      const next = await desktopSession(t, vm, 'the next login', session);
      if (left.length > 0) t.comment(`the dead Sway's socket ${session.socket} was left at the logout; the next login's cleanup removed it`);
      t.ok(next.pid !== session.pid, `the next login: a new Sway (${session.pid} -> ${next.pid})`);
      const now = await boundPids(vm, DESKTOP);
      for (const unit of DESKTOP.bound) t.ok(now[unit] !== pids[unit], `the next login: ${unit} started afresh (${pids[unit]} -> ${now[unit]})`);
      t.same(await failedSystemUnits(vm), '', 'the next login: no failed system unit');
    },
  },
  {
    id: 'subscriber',
    async run(t, run) {
      const { vm } = run;
      for (const user of [SERVER, DESKTOP]) {
        const socket = swaySocket(user, await swayPid(vm, user));
        const answered = async () => subscriberStarts(await subscriberLog(vm, user)).filter((s) => s.answered).length;
        // Restarts by systemd while Sway is up: each tick "again" ends the subscriber, systemd starts it again.
        for (let i = 0; i < 3; i++) {
          const n = await answered();
          await vm.succeed(`as ${user.name} swaymsg -s ${socket} -t send_tick again > /dev/null`);
          await vm.waitUntilSucceeds(
            `[ "$(grep -cx answered /home/${user.name}/.local/state/subscriber.log)" -gt ${n} ]`,
            STATE_MS,
            `${user.name}'s subscriber to be restarted and answered`,
          );
        }
        const restarts = Number((await unitProps(vm, user, ['subscriber.service'], ['NRestarts']))['subscriber.service']!.NRestarts);
        t.ok(restarts >= 3, `${user.name}: systemd restarted the subscriber ${restarts} times in this boot`);
        const starts = subscriberStarts(await subscriberLog(vm, user));
        const unanswered = starts.filter((s) => !s.answered && (s.ended === null || s.ended.swayUp));
        t.same(
          unanswered,
          [],
          `${user.name}: no start of the subscriber, in ${starts.length} across both boots, failed to connect or went unanswered while a Sway was up`,
        );
        const failedWhileDown = starts.filter((s) => !s.answered && s.ended !== null && !s.ended.swayUp);
        t.comment(
          `${user.name}: ${starts.length} starts, ${starts.filter((s) => s.answered).length} answered, ${failedWhileDown.length} failed while no Sway was up (${failedWhileDown.map((s) => s.ended!.message).join('; ')})`,
        );
      }
    },
  },
];
