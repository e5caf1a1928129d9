/**
 * swaysock-healthd: watches the live Sway IPC socket and answers `get_socket_health` over
 * JSON-RPC 2.0 on its own socket (docs/protocol.md). Exit 0 after SIGTERM/SIGINT, 1 when it
 * cannot start or stopped serving because its socket or directory was opened up, 64 on usage
 * errors.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { EXIT_USAGE, resolveRuntimeDir, UsageError } from '../cli/usage.js';
import { hasCode } from '../errors/errors.js';
import { parseListenAddress } from '../metrics/listen.js';
import { defaultDaemonSocket, defaultStableSocket, historyDir } from '../paths/paths.js';
import { DEFAULT_STABLE_WAIT_MS } from '../proxy/proxy.js';
import { startDaemon, type Daemon } from '../server/daemon.js';
import { createLogger } from '../systemd/log.js';

const log = createLogger();

// Installed before any start-up work: a SIGTERM while the daemon starts (systemd gives up on a
// slow start, a session ends) waits for the start to finish and then stops it, socket removed.
let stopRequested: NodeJS.Signals | null = null;
let daemon: Daemon | null = null;
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

const argv = await yargs(hideBin(process.argv))
  .scriptName('swaysock-healthd')
  .usage('$0 [options]\n\nHealth daemon for the Sway IPC socket: answers get_socket_health (JSON-RPC 2.0) on its own socket.')
  .option('interval', { type: 'number', default: 5, describe: 'Seconds between GET_VERSION validations' })
  .option('validation-timeout', { type: 'number', default: 1000, describe: 'Milliseconds before a validation counts as stale' })
  .option('socket', { type: 'string', describe: 'Our socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)' })
  .option('runtime-dir', { type: 'string', describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" })
  .option('sway-socket', { type: 'string', describe: 'Watch only this Sway socket' })
  .option('repair-environment', { type: 'boolean', default: true, describe: "Keep the user manager's SWAYSOCK/I3SOCK pointing at the live Sway" })
  .option('environment-grace', { type: 'number', default: 10, describe: 'Seconds without a live Sway before a dead SWAYSOCK is unset' })
  .option('environment-interval', { type: 'number', describe: "Seconds between reads of the user manager's environment while nothing happens (default: --interval)" })
  .option('stable-socket', { type: 'string', describe: 'Also serve the stable socket that always reaches the live Sway, at PATH (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)' })
  .option('stable-wait', { type: 'number', default: DEFAULT_STABLE_WAIT_MS / 1000, describe: 'Seconds a stable-socket client waits for a Sway before it is closed' })
  .option('max-clients', { type: 'number', default: 64, describe: 'Clients served at once' })
  .option('metrics-listen', { type: 'string', describe: 'Serve Prometheus metrics at http://ADDR:PORT/metrics (loopback only unless --metrics-allow-remote)' })
  .option('metrics-allow-remote', { type: 'boolean', default: false, describe: 'Allow a non-loopback --metrics-listen address' })
  .option('history-summary', { type: 'number', default: 300, describe: 'Seconds between validation summaries in the health history' })
  .check((a) => {
    if (!(a.interval > 0)) throw new UsageError('--interval must be a positive number of seconds');
    if (!(a['environment-grace'] >= 0)) throw new UsageError('--environment-grace must be a number of seconds >= 0');
    if (a['environment-interval'] !== undefined && !(a['environment-interval'] > 0)) throw new UsageError('--environment-interval must be a positive number of seconds');
    if (!(a['validation-timeout'] > 0)) throw new UsageError('--validation-timeout must be a positive number of milliseconds');
    if (!(a['stable-wait'] >= 0)) throw new UsageError('--stable-wait must be a number of seconds >= 0');
    if (!Number.isInteger(a['max-clients']) || a['max-clients'] < 1) throw new UsageError('--max-clients must be a positive integer');
    if (a['metrics-listen'] !== undefined) parseListenAddress(a['metrics-listen'], a['metrics-allow-remote']);
    if (!(a['history-summary'] > 0)) throw new UsageError('--history-summary must be a positive number of seconds');
    return true;
  })
  .strict()
  .help()
  .version(false)
  .fail((msg, err) => {
    process.stderr.write(`swaysock-healthd: ${err?.message ?? msg}\nRun 'swaysock-healthd --help' for usage.\n`);
    process.exit(EXIT_USAGE);
  })
  .parseAsync();

let runtimeDir: string;
try {
  runtimeDir = resolveRuntimeDir(argv['runtime-dir']);
} catch (err) {
  process.stderr.write(`swaysock-healthd: ${(err as Error).message}\n`);
  process.exit(EXIT_USAGE);
}

try {
  daemon = await startDaemon({
    monitor: {
      runtimeDir,
      swaySocket: argv['sway-socket'],
      ownSwaysock: process.env.SWAYSOCK,
      intervalMs: argv.interval * 1000,
      validationTimeoutMs: argv['validation-timeout'],
      environmentIntervalMs: (argv['environment-interval'] ?? argv.interval) * 1000,
      repairEnvironment: argv['repair-environment'],
      unsetGraceMs: argv['environment-grace'] * 1000,
    },
    socketPath: argv.socket ?? defaultDaemonSocket(runtimeDir),
    maxClients: argv['max-clients'],
    stableSocket: argv['stable-socket'] === undefined ? undefined : argv['stable-socket'] || defaultStableSocket(runtimeDir),
    stableWaitMs: argv['stable-wait'] * 1000,
    historyDir: historyDir(process.env),
    summaryPeriodMs: argv['history-summary'] * 1000,
    metricsListen: argv['metrics-listen'] === undefined ? undefined : parseListenAddress(argv['metrics-listen'], argv['metrics-allow-remote']),
    log,
  });
  if (stopRequested !== null) {
    daemon.stop();
    process.exit(0);
  }
  void daemon.failed.then(() => process.exit(1));
} catch (err) {
  log('err', hasCode(err, 'ERR_SWAYSOCK_SOCKET_PATH') ? err.message : `cannot start: ${(err as Error).message}`);
  process.exit(1);
}
