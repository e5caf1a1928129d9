/**
 * Every systemd user unit swaysock ships (systemd.unit(5), systemd.service(5), systemd.socket(5),
 * systemd.timer(5), systemd.special(7)). The one source of truth: `npm run units:generate` writes
 * them to units/swaysock-units.json for the Nix module, `swaysock units` renders them as files.
 */
import type { UnitKind, UnitSections, UnitSettings } from './types.js';

/** Defaults of the settings the units refer to (the module's option defaults are the same). */
export const DEFAULT_SETTINGS: UnitSettings = {
  'healthd.interval': 5,
  'cleanup.onStartupSec': '5min',
  'cleanup.onUnitActiveSec': '5min',
};

const SESSION = 'sway-session.target';
/** What ending the session stops (and, through `PartOf=`, every service bound to them). */
const SHUTDOWN_CONFLICTS = ['graphical-session.target', 'graphical-session-pre.target', SESSION];

/**
 * The units by file name. `sway-session.target` is home-manager's (its sway module,
 * modules/services/window-managers/i3-sway/sway.nix, with `xdgAutostart` off) plus the ordering
 * that keeps it out of cycles: no default dependencies, so it neither waits for the units it
 * wants nor is ordered after `graphical-session.target`; `Before=graphical-session.target` instead,
 * and the two `shutdown.target` dependencies that default dependencies would have added written
 * out (docs/units.md, "Ordering").
 */
export const UNITS: Record<string, UnitSections> = {
  'sway-session.target': {
    Unit: {
      Description: 'sway compositor session',
      Documentation: ['man:systemd.special(7)'],
      BindsTo: ['graphical-session.target'],
      Wants: ['graphical-session-pre.target'],
      After: ['graphical-session-pre.target'],
      DefaultDependencies: 'no',
      Before: ['graphical-session.target', 'shutdown.target'],
      Conflicts: ['shutdown.target'],
    },
  },
  'sway-session-shutdown.target': {
    Unit: {
      Description: 'Shut down the sway compositor session',
      Documentation: ['man:systemd.special(7)'],
      DefaultDependencies: 'no',
      StopWhenUnneeded: 'yes',
      // Started with --job-mode=replace-irreversibly by `swaysock session` (docs/session.md).
      // After= each unit it conflicts with: its start job completes only once they have stopped.
      Conflicts: SHUTDOWN_CONFLICTS,
      After: SHUTDOWN_CONFLICTS,
    },
  },
  'swaysock-healthd.service': {
    Unit: {
      Description: "swaysock health daemon: Sway's IPC socket health over JSON-RPC",
      After: [SESSION],
      PartOf: [SESSION],
    },
    Service: {
      Type: 'notify',
      // The daemon runs systemd-notify(1) as a child to send READY=1, STATUS= and WATCHDOG=1.
      NotifyAccess: 'all',
      ExecStart: { command: ['swaysock-healthd', '--interval', { setting: 'healthd.interval' }, '--repair-environment'] },
      // Pinged at a third of this: one systemd-notify run a minute (docs/healthd.md, idle cost).
      WatchdogSec: '3min',
      Restart: 'on-failure',
      RestartSec: '1s',
      // The health history (docs/history.md): systemd creates it and passes $STATE_DIRECTORY.
      StateDirectory: 'swaysock',
    },
    Install: { WantedBy: [SESSION] },
  },
  'swaysock-healthd.socket': {
    Unit: { Description: 'swaysock health daemon socket' },
    Socket: {
      ListenStream: '%t/swaysock/healthd.sock',
      SocketMode: '0600',
      DirectoryMode: '0700',
    },
    Install: { WantedBy: ['sockets.target'] },
  },
  // The stable socket (docs/stable-socket.md): exists whenever the user's manager runs, also
  // between two Sway sessions, so it is not bound to the session; a connection while no daemon
  // runs starts swaysock-healthd.service, which finds the fd by its name.
  'swaysock-stable.socket': {
    Unit: { Description: 'swaysock stable Sway IPC socket' },
    Socket: {
      ListenStream: '%t/swaysock/sway.sock',
      SocketMode: '0600',
      DirectoryMode: '0700',
      FileDescriptorName: 'stable',
      Service: 'swaysock-healthd.service',
    },
    Install: { WantedBy: ['sockets.target'] },
  },
  'swaysock-cleanup.service': {
    Unit: { Description: 'Remove stale Sway IPC sockets', After: [SESSION] },
    Service: {
      Type: 'oneshot',
      ExecStart: { command: ['swaysock-cleanup'] },
    },
    // Every session start also clears what an earlier crash left. After= the target, so the
    // session never waits for the cleanup, whoever defines the target (docs/units.md).
    Install: { WantedBy: [SESSION] },
  },
  'swaysock-cleanup.timer': {
    Unit: { Description: 'Remove stale Sway IPC sockets periodically' },
    Timer: {
      OnStartupSec: { setting: 'cleanup.onStartupSec' },
      OnUnitActiveSec: { setting: 'cleanup.onUnitActiveSec' },
    },
    Install: { WantedBy: ['timers.target'] },
  },
};

/** The unit's kind, from the suffix of its file name. @throws Error for another suffix. */
export function unitKind(fileName: string): UnitKind {
  const kind = fileName.slice(fileName.lastIndexOf('.') + 1);
  if (kind === 'service' || kind === 'socket' || kind === 'target' || kind === 'timer') return kind;
  throw new Error(`unit ${fileName}: unsupported kind ${kind}`);
}

/** Units installed and enabled only on request (socket activation of the health daemon, the stable socket). */
export const OPTIONAL_UNITS: readonly string[] = ['swaysock-healthd.socket', 'swaysock-stable.socket'];
