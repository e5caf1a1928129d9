/**
 * Every systemd user unit swaysock ships (systemd.unit(5), systemd.service(5), systemd.socket(5),
 * systemd.timer(5), systemd.special(7)). The one source of truth: `npm run units:generate` writes
 * them to units/swaysock-units.json for the Nix module, `swaysock units` renders them as files.
 */
import { SwaysockError } from '../errors/errors.js';
import { RUNTIME_FILES, STABLE_FD_NAME, STATE_DIRECTORY_NAME } from '../paths/paths.js';
import type { UnitKind, UnitSections } from './types.js';

const SESSION = 'sway-session.target';
const DAEMON = 'swaysock-healthd.service';
const TEXTFILE_WRITE = 'swaysock-metrics-textfile.service';
const TEXTFILE_TIMER = 'swaysock-metrics-textfile.timer';
const TEXTFILE_REMOVE = 'swaysock-metrics-textfile-remove.service';
/** What ending the session stops (and, through `PartOf=`, every service bound to them). */
const SHUTDOWN_CONFLICTS = ['graphical-session.target', 'graphical-session-pre.target', SESSION];
/**
 * home-manager's sd-switch: leave the running unit as it is when a switch changes its file
 * (`X-SwitchMethod=keep-old`, read from `[Unit]`); systemd's daemon-reload has loaded the new
 * file, which takes effect at the unit's next start or stop (docs/nix.md, "What a switch does
 * mid-session"). systemd ignores `X-` keys.
 */
const KEEP_OLD = 'keep-old';

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
      // Restarting it would restart every service bound to it (PartOf=).
      'X-SwitchMethod': KEEP_OLD,
    },
  },
  'sway-session-shutdown.target': {
    Unit: {
      Description: 'Shut down the sway compositor session',
      Documentation: ['man:systemd.special(7)'],
      DefaultDependencies: 'no',
      StopWhenUnneeded: 'yes',
      // Started with --job-mode=replace-irreversibly by `swaysock session` (docs/session.md).
      // After= each unit it conflicts with, and the daemon: its start job completes only once
      // they have stopped, so the session exits only after the daemon's stop too.
      Conflicts: SHUTDOWN_CONFLICTS,
      After: [...SHUTDOWN_CONFLICTS, DAEMON],
    },
  },
  [DAEMON]: {
    Unit: {
      Description: "swaysock health daemon: Sway's IPC socket health over JSON-RPC",
      // PartOf= without After=: stopped with the session, but the target's stop does not wait
      // for the daemon's exit (docs/units.md, "Ordering"); the shutdown target does.
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
      StateDirectory: STATE_DIRECTORY_NAME,
    },
    Install: { WantedBy: [SESSION] },
  },
  // keep-old: restarting a socket unit binds a new socket at the path while a running daemon
  // keeps the old one, and the path's clients would then wait unserved.
  'swaysock-healthd.socket': {
    Unit: { Description: 'swaysock health daemon socket', 'X-SwitchMethod': KEEP_OLD },
    Socket: {
      ListenStream: `%t/${RUNTIME_FILES.daemonSocket}`,
      SocketMode: '0600',
      DirectoryMode: '0700',
    },
    Install: { WantedBy: ['sockets.target'] },
  },
  // The stable socket (docs/stable-socket.md): exists whenever the user's manager runs, also
  // between two Sway sessions, so it is not bound to the session; a connection while no daemon
  // runs starts swaysock-healthd.service, which finds the fd by its name.
  'swaysock-stable.socket': {
    Unit: { Description: 'swaysock stable Sway IPC socket', 'X-SwitchMethod': KEEP_OLD },
    Socket: {
      ListenStream: `%t/${RUNTIME_FILES.stableSocket}`,
      SocketMode: '0600',
      DirectoryMode: '0700',
      FileDescriptorName: STABLE_FD_NAME,
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
  // The metrics for node_exporter's textfile collector (docs/metrics.md): a file that exists
  // only while the session does, so the collector never exports the figures of a dead one
  // (docs/design.md, "Metrics for the textfile collector"). The writer: exit 2 and the file
  // removed when no daemon answers.
  [TEXTFILE_WRITE]: {
    Unit: {
      Description: "Write swaysock's Prometheus metrics for node_exporter's textfile collector",
      After: [SESSION, 'swaysock-healthd.service'],
      // A restart of the daemon (a switch) stops a run in progress, which would otherwise find no
      // daemon and remove the file, and runs it again once the daemon is back (After=).
      PartOf: [SESSION, 'swaysock-healthd.service'],
    },
    Service: {
      Type: 'oneshot',
      ExecStart: { command: ['swaysock', 'metrics', '--output', { setting: 'metrics.textfile.path' }] },
    },
  },
  // No default dependencies: they would order it Before=timers.target, which basic.target and
  // so every service follow, and the remove service, Before= it, would close a cycle. It is a
  // session's timer, not one of the manager's start; the shutdown.target pair is written out.
  [TEXTFILE_TIMER]: {
    Unit: {
      Description: "Write swaysock's Prometheus metrics periodically during the Sway session",
      DefaultDependencies: 'no',
      After: [SESSION],
      PartOf: [SESSION],
      Before: ['shutdown.target'],
      Conflicts: ['shutdown.target'],
    },
    Timer: {
      // At once when the session starts, then every interval after the last run began.
      OnActiveSec: '0',
      OnUnitActiveSec: { setting: 'metrics.textfile.interval' },
      // The default, 1min, would stretch a 30s interval to a minute or more.
      AccuracySec: '1s',
    },
    Install: { WantedBy: [SESSION] },
  },
  // Active for the session's length; stopping it (the session's end, a logout) removes the
  // file, after the timer and a writer in progress have stopped (it is Before= both).
  [TEXTFILE_REMOVE]: {
    Unit: {
      Description: "Remove swaysock's metrics textfile when the Sway session ends",
      After: [SESSION],
      Before: [TEXTFILE_TIMER, TEXTFILE_WRITE],
      PartOf: [SESSION],
      // A restart runs ExecStop=: the file would be gone until the timer's next run.
      'X-SwitchMethod': KEEP_OLD,
    },
    Service: {
      Type: 'oneshot',
      RemainAfterExit: 'yes',
      ExecStop: { command: ['swaysock', 'metrics', '--output', { setting: 'metrics.textfile.path' }, '--remove'] },
    },
    Install: { WantedBy: [SESSION] },
  },
};

/** The unit's kind, from the suffix of its file name. @throws SwaysockError `ERR_SWAYSOCK_UNIT_KIND` for another suffix. */
export function unitKind(fileName: string): UnitKind {
  const kind = fileName.slice(fileName.lastIndexOf('.') + 1);
  if (kind === 'service' || kind === 'socket' || kind === 'target' || kind === 'timer') return kind;
  throw new SwaysockError('ERR_SWAYSOCK_UNIT_KIND', `unit ${fileName}: unsupported kind ${kind}`);
}

/** The units of the metrics textfile (installed together, on request). */
export const TEXTFILE_UNITS: readonly string[] = [TEXTFILE_WRITE, TEXTFILE_TIMER, TEXTFILE_REMOVE];

/**
 * Units installed and enabled only on request: socket activation of the health daemon, the
 * stable socket, the metrics textfile.
 */
export const OPTIONAL_UNITS: readonly string[] = ['swaysock-healthd.socket', 'swaysock-stable.socket', ...TEXTFILE_UNITS];
