/**
 * The `swaysock-healthd` program: watches the live Sway IPC socket and answers
 * `get_socket_health` over JSON-RPC 2.0 on its own socket (docs/protocol.md, docs/healthd.md).
 * Exit 0 after SIGTERM/SIGINT, 1 when it cannot start or stopped serving because its socket or
 * directory was opened up, 64 on usage errors.
 *
 * Its options are one table (../options.ts), read by the table parser only, so yargs is not
 * loaded at the daemon's start (docs/design.md, "CLI start-up"). The command line gives seconds
 * where a person thinks in seconds; {@link healthdDaemonOptions} is the one place they become the
 * daemon's milliseconds.
 */
import { hasCode } from '../../errors/errors.js';
import { parseListenAddress } from '../../metrics/listen.js';
import { defaultDaemonSocket, defaultStableSocket, historyDir } from '../../paths/paths.js';
import { DEFAULT_STABLE_WAIT_MS } from '../../proxy/proxy.js';
import { startDaemon, type Daemon, type DaemonOptions } from '../../server/daemon.js';
import { createLogger, type Logger } from '../../systemd/log.js';
import type { ArgsOf } from '../options.js';
import { defineProgram } from '../program.js';
import { resolveRuntimeDir } from '../usage.js';

/** The options of `swaysock-healthd` (option table, ../options.ts). */
export const HEALTHD_OPTIONS = {
  interval: { type: 'number', value: 'S', default: 5, unit: 'seconds', describe: 'Seconds between GET_VERSION validations' },
  'validation-timeout': { type: 'number', value: 'MS', default: 1000, unit: 'milliseconds', describe: 'Milliseconds before a validation counts as stale' },
  socket: { type: 'string', value: 'PATH', describe: 'Our socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" },
  'sway-socket': { type: 'string', value: 'PATH', describe: 'Watch only this Sway socket' },
  'repair-environment': { type: 'boolean', default: true, describe: "Keep the user manager's SWAYSOCK/I3SOCK pointing at the live Sway" },
  'environment-grace': {
    type: 'number',
    value: 'S',
    default: 10,
    range: 'non-negative',
    unit: 'seconds',
    describe: 'Seconds without a live Sway before a dead SWAYSOCK is unset',
  },
  'environment-interval': {
    type: 'number',
    value: 'S',
    unit: 'seconds',
    describe: "Seconds between reads of the user manager's environment while nothing happens (default: --interval)",
  },
  'stable-socket': {
    type: 'string',
    value: 'PATH',
    optionalValue: true,
    describe: 'Also serve the stable socket that always reaches the live Sway, at PATH (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)',
  },
  'stable-wait': {
    type: 'number',
    value: 'S',
    default: DEFAULT_STABLE_WAIT_MS / 1000,
    range: 'non-negative',
    unit: 'seconds',
    describe: 'Seconds a stable-socket client waits for a Sway before it is closed',
  },
  'max-clients': { type: 'number', value: 'N', default: 64, range: 'count', describe: 'Clients served at once' },
  'metrics-listen': {
    type: 'string',
    value: 'ADDR:PORT',
    describe: 'Serve Prometheus metrics at http://ADDR:PORT/metrics (loopback only unless --metrics-allow-remote)',
  },
  'metrics-allow-remote': { type: 'boolean', describe: 'Allow a non-loopback --metrics-listen address' },
  'history-summary': { type: 'number', value: 'S', default: 300, unit: 'seconds', describe: 'Seconds between validation summaries in the health history' },
} as const;

/** Parsed options of `swaysock-healthd`. */
export type HealthdArgs = ArgsOf<typeof HEALTHD_OPTIONS>;

/**
 * What the daemon is started with, from its options and environment (`XDG_RUNTIME_DIR`,
 * `SWAYSOCK`, the state directory's variables): seconds become milliseconds here and nowhere else.
 * @throws UsageError when there is no runtime directory; SwaysockError `ERR_SWAYSOCK_LISTEN_ADDRESS`
 *   for a bad `--metrics-listen` (a usage error too, exit 64).
 */
export function healthdDaemonOptions(args: HealthdArgs, env: NodeJS.ProcessEnv, log: Logger): DaemonOptions {
  const runtimeDir = resolveRuntimeDir(args['runtime-dir'], env);
  const stable = args['stable-socket'];
  return {
    monitor: {
      runtimeDir,
      swaySocket: args['sway-socket'],
      ownSwaysock: env.SWAYSOCK,
      intervalMs: args.interval * 1000,
      validationTimeoutMs: args['validation-timeout'],
      environmentIntervalMs: (args['environment-interval'] ?? args.interval) * 1000,
      repairEnvironment: args['repair-environment'],
      unsetGraceMs: args['environment-grace'] * 1000,
    },
    socketPath: args.socket ?? defaultDaemonSocket(runtimeDir),
    maxClients: args['max-clients'],
    stableSocket: stable === undefined ? undefined : stable || defaultStableSocket(runtimeDir),
    stableWaitMs: args['stable-wait'] * 1000,
    historyDir: historyDir(env),
    summaryPeriodMs: args['history-summary'] * 1000,
    metricsListen: args['metrics-listen'] === undefined ? undefined : parseListenAddress(args['metrics-listen'], args['metrics-allow-remote']),
    log,
  };
}

const log = createLogger();

/** The signal that asked the daemon to stop (null: none yet), and the daemon once it has started. */
let stopRequested: NodeJS.Signals | null = null;
let daemon: Daemon | null = null;

/**
 * Installs the SIGTERM and SIGINT handlers; the program's entry point calls it before any
 * start-up work. A signal while the daemon starts (systemd gives up on a slow start, a session
 * ends) waits for the start to finish and then stops it, socket removed; after the start it
 * stops the daemon at once. Either way the process exits 0.
 */
export function stopOnSignals(): void {
  const stopOn = (signal: NodeJS.Signals): void => {
    if (stopRequested !== null) return;
    stopRequested = signal;
    log('info', `${signal}: stopping`);
    if (daemon !== null) {
      daemon.stop();
      process.exit(0);
    }
  };
  process.on('SIGTERM', stopOn);
  process.on('SIGINT', stopOn);
}

export const healthdProgram = defineProgram({
  name: 'swaysock-healthd',
  summary: 'Health daemon for the Sway IPC socket: answers get_socket_health (JSON-RPC 2.0) on its own socket.',
  options: HEALTHD_OPTIONS,
  exitStatus: '0 after SIGTERM or SIGINT, 1 when it cannot start or stopped serving because its socket or directory was opened up, 64 on usage errors.',
  check: (args) => {
    if (args['metrics-listen'] !== undefined) parseListenAddress(args['metrics-listen'], args['metrics-allow-remote']);
  },
  run: async (args) => {
    const options = healthdDaemonOptions(args, process.env, log);
    try {
      daemon = await startDaemon(options);
    } catch (err) {
      log('err', hasCode(err, 'ERR_SWAYSOCK_SOCKET_PATH') ? err.message : `cannot start: ${(err as Error).message}`);
      process.exit(1);
    }
    if (stopRequested !== null) {
      daemon.stop();
      process.exit(0);
    }
    void daemon.failed.then(() => process.exit(1));
  },
});
