/**
 * Check 7, the daemon: swaysock-healthd.service active while the session is, `Type=notify` with a
 * watchdog in effect, answering over its socket (`daemon.status`, `get_socket_health`; each call
 * with a deadline) with the CLI's version, and its socket and directory ours and private; the
 * stable socket's relay figures when it serves one.
 */
import { lstatSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { DaemonClient } from '../../rpc/client.js';
import type { DoctorContext } from '../context.js';
import type { RelayStatus } from '../../rpc/relay.js';
import { info, ok, problem, warning, type Found } from '../types.js';

const UNIT = 'swaysock-healthd.service';

/** Owner and mode problems of the socket's directory and the socket itself. */
function permissionProblems(socketPath: string, uid: number): string[] {
  const bad: string[] = [];
  for (const [path, want] of [
    [dirname(socketPath), 'directory'],
    [socketPath, 'socket'],
  ] as const) {
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch (err) {
      bad.push(`${path}: ${(err as NodeJS.ErrnoException).code}`);
      continue;
    }
    const isRight = want === 'directory' ? st.isDirectory() : st.isSocket();
    if (!isRight) bad.push(`${path}: not a ${want}`);
    if (st.uid !== uid) bad.push(`${path}: owned by UID ${st.uid}, not ${uid}`);
    if ((st.mode & 0o077) !== 0) bad.push(`${path}: mode ${(st.mode & 0o777).toString(8)} gives group or others access`);
  }
  return bad;
}

/** The stable socket's relay in figures (`daemon.status` `stable_socket`): a fact, not judged. */
function relayFinding(relay: RelayStatus): Found {
  const c = relay.counters;
  return info(`the stable socket ${relay.path} relays ${relay.connections} connection(s) now, ${relay.waiting} client(s) waiting`, [
    `relayed connections since the daemon started: ${c.connections}`,
    `clients that waited for a Sway: ${c.waited_for_sway}; closed without one: ${c.closed_without_sway}`,
    `clients that waited for room in Sway's listen backlog: ${c.waited_for_backlog} (${c.backlog_retries} connects found it full)`,
    `bytes relayed to Sway: ${c.bytes_to_sway}; to clients: ${c.bytes_to_clients}`,
  ]);
}

/** Check 7. @returns its findings. @throws when systemctl fails (the runner reports it as an error). */
export async function checkDaemon(ctx: DoctorContext): Promise<Found[]> {
  const [unit, target, sway] = await Promise.all([ctx.unit(UNIT), ctx.target(), ctx.sway()]);
  const state = `${UNIT}: LoadState=${unit.LoadState}, ActiveState=${unit.ActiveState}/${unit.SubState}, Result=${unit.Result}, Type=${unit.Type}, WatchdogUSec=${unit.WatchdogUSec}, NRestarts=${unit.NRestarts}`;
  if (unit.LoadState !== 'loaded')
    return [warning(`${UNIT} is not installed`, [state], 'swaysock units --install --enable (Nix: services.swaysock.enable = true)')];
  if (unit.ActiveState === 'activating' || unit.ActiveState === 'reloading') {
    return [warning(`${UNIT} is ${unit.ActiveState}: run doctor again in a moment`, [state], null)];
  }
  if (unit.ActiveState !== 'active') {
    if (target.ActiveState !== 'active') return [ok(`${UNIT} is ${unit.ActiveState}, as the session is down`, [state])];
    return [
      problem(
        `${UNIT} is ${unit.ActiveState} while sway-session.target is active: nothing watches Sway's socket or repairs the environment`,
        [state],
        `systemctl --user start ${UNIT}${unit.Result !== 'success' ? `; it failed before (Result=${unit.Result}): see \`systemctl --user status ${UNIT}\`` : ''}`,
      ),
    ];
  }
  const out: Found[] = [];
  if (unit.Type !== 'notify' || unit.WatchdogUSec === '0' || unit.WatchdogUSec === 'infinity' || !unit.WatchdogUSec) {
    out.push(
      warning(
        `${UNIT} runs without Type=notify or without a watchdog`,
        [state],
        'reinstall the units: swaysock units --install --enable (Nix: services.swaysock.enable = true)',
      ),
    );
  } else out.push(ok(`${UNIT} is active, Type=notify, watchdog ${unit.WatchdogUSec}`, [state]));

  const socketPath = ctx.options.daemonSocket;
  let client: DaemonClient | null = null;
  try {
    // The client's default deadline (DEFAULT_DAEMON_TIMEOUT_MS), as the CLI's: a daemon just started
    // on a slow machine (the Debian VM after a reboot) took over 1 s to answer its first call.
    client = await DaemonClient.connect(socketPath);
    const status = await client.call('daemon.status');
    const health = await client.call('get_socket_health');
    const facts = [`daemon.status: version ${status.version}, PID ${status.pid}`, `get_socket_health: ${health.status} on ${health.socket_path ?? '-'}`];
    if (status.version !== packageJson.version)
      out.push(warning(`the daemon runs swaysock ${status.version}, this CLI is ${packageJson.version}`, facts, `systemctl --user restart ${UNIT}`));
    else out.push(ok(`the daemon answers on ${socketPath} (version ${status.version}, the CLI's)`, facts));
    if (sway && health.status !== 'healthy')
      out.push(
        problem(
          `the daemon reports ${health.status} while Sway is alive at ${sway.path}`,
          facts,
          `swaysock diagnose socket-health; systemctl --user restart ${UNIT}`,
        ),
      );
    if (status.stable_socket) out.push(relayFinding(status.stable_socket));
  } catch (err) {
    out.push(problem(`${UNIT} is active but does not answer on ${socketPath}: ${(err as Error).message}`, [state], `systemctl --user restart ${UNIT}`));
  } finally {
    client?.close();
  }
  const perms = permissionProblems(socketPath, ctx.uid);
  if (perms.length > 0)
    out.push(
      problem(
        "the daemon's socket or its directory is not private to you",
        perms,
        `systemctl --user restart ${UNIT} (it recreates both: directory 0700, socket 0600)`,
      ),
    );
  else out.push(ok("the daemon's socket and its directory are yours and private", [`${socketPath}, ${dirname(socketPath)}`]));
  return out;
}
