/**
 * What several checks need, asked once per doctor run: the live Sway (discovery) and the unit it
 * runs in, the user manager's environment, properties of `sway-session.target`. Each is a promise made on first use.
 */
import { discoverSway, type DiscoveryResult, type SwayCandidate } from '../discovery/discover.js';
import { managerEnvironment } from '../systemd/manager.js';
import { UNITS } from '../units/definitions.js';
import { cgroupOf, unitOfCgroup } from './ipc-peers.js';
import { showById, type UnitProperties } from './systemd.js';

/**
 * Timeout of each Sway IPC connect and request doctor makes, in ms: generous for a busy machine (a
 * dead socket refuses at once; only a Sway that is alive but not answering waits this long).
 */
export const IPC_TIMEOUT_MS = 2000;

export interface DoctorOptions {
  /** Where Sway's sockets are (`--runtime-dir`, else `$XDG_RUNTIME_DIR`). */
  runtimeDir: string;
  /** swaysock-healthd's socket (default `RUNTIME_DIR/swaysock/healthd.sock`). */
  daemonSocket: string;
  /** The caller's environment (default process.env): its SWAYSOCK and I3SOCK are checked. */
  env?: NodeJS.ProcessEnv;
}

/** The properties {@link DoctorContext.units} reads. */
const KNOWN_PROPERTIES = [
  'LoadState',
  'ActiveState',
  'SubState',
  'Result',
  'Type',
  'WatchdogUSec',
  'NRestarts',
  'Wants',
  'Requires',
  'FragmentPath',
  'ExecMainStatus',
  'LastTriggerUSec',
];

/** Memoises an async function of no arguments. */
function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

/** One doctor run's options and the facts its checks share (each fetched once, on first use). */
export class DoctorContext {
  readonly uid = process.getuid!();
  readonly env: NodeJS.ProcessEnv;

  constructor(readonly options: DoctorOptions) {
    this.env = options.env ?? process.env;
  }

  /** The user manager's environment; null when no user manager answers. */
  readonly managerEnv = once(() => managerEnvironment());

  /** Every live Sway of ours, the one clients should use first (ts/discovery). */
  readonly discovery = once<DiscoveryResult>(async () =>
    discoverSway({
      runtimeDir: this.options.runtimeDir,
      uid: this.uid,
      swaysock: this.env.SWAYSOCK,
      managerEnv: await this.managerEnv(),
      waylandDisplay: this.env.WAYLAND_DISPLAY,
      timeoutMs: IPC_TIMEOUT_MS,
    }),
  );

  /** The Sway clients should use, or null when none is alive. */
  async sway(): Promise<SwayCandidate | null> {
    return (await this.discovery()).chosen;
  }

  /**
   * The systemd unit or scope the live Sway runs in (the deepest `.service` or `.scope` of its
   * cgroup, ipc-peers.ts); null without a live Sway, without its PID, or when none is found.
   */
  readonly swayUnit = once(async () => {
    const pid = (await this.sway())?.pid;
    return pid ? unitOfCgroup(cgroupOf(pid) ?? '') : null;
  });

  /**
   * The units several checks ask about, in one `systemctl show` (each systemctl run costs tens of
   * ms of CPU): sway-session.target, ours, and uwsm's `wayland-wm@*.service`, by Id.
   * @throws when systemctl fails.
   */
  readonly units = once(() => showById(['sway-session.target', ...Object.keys(UNITS), 'wayland-wm@*.service'], KNOWN_PROPERTIES));

  /** Properties of a unit of {@link units} (LoadState=not-found when unknown). @throws when systemctl fails. */
  async unit(name: string): Promise<UnitProperties> {
    return (await this.units()).get(name) ?? { Id: name, LoadState: 'not-found' };
  }

  /** sway-session.target's state and dependencies. @throws when systemctl fails. */
  target(): Promise<UnitProperties> {
    return this.unit('sway-session.target');
  }
}
