/**
 * swaysock-healthd assembled from its parts: the health monitor (ts/health/), the JSON-RPC server
 * on the daemon's socket with its method table (server.ts, methods.ts), the health history and its
 * summaries (ts/history/), metrics loaded when asked for (ts/metrics/), the stable socket
 * (ts/proxy/), sd_notify readiness/status/watchdog, the guard of the sockets it serves
 * (guard.ts), and a clean stop.
 */
import { unlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import packageJson from '../../package.json' with { type: 'json' };
import { HealthMonitor, type MonitorSettings } from '../health/monitor.js';
import { HistoryStore } from '../history/store.js';
import { SummaryRecorder } from '../history/summary.js';
import type { SocketHealth } from '../rpc/health.js';
import { lazyMetrics } from '../metrics/lazy.js';
import { serveMetrics, type ListenAddress } from '../metrics/listen.js';
import type { Logger } from '../systemd/log.js';
import { ManagerEnvironment } from '../systemd/manager-environment.js';
import { ManagerLink } from '../systemd/manager-link.js';
import { listenFdsWithNames, type PassedFd } from '../systemd/listen-fds.js';
import { defaultStableSocket, STABLE_FD_NAME } from '../paths/paths.js';
import { DEFAULT_STABLE_WAIT_MS } from '../proxy/proxy.js';
import { startStableSocket, type StableSocket } from '../proxy/serve.js';
import { Notifier } from '../systemd/notify.js';
import { listenOnActivatedFd, listenOnPath, prepareSocketPath, servedSocketIdentity } from '../listen/served-socket.js';
import { servedSocketProblem } from './guard.js';
import { daemonMethods } from './methods.js';
import { RpcServer } from './server.js';

export interface DaemonOptions {
  /** What the health monitor is told (where Sway's sockets are, intervals, repair), passed to it as it is. */
  monitor: MonitorSettings;
  /** The daemon's own socket path (ignored when socket-activated). */
  socketPath: string;
  /** Clients served at once; more are turned away (`TOO_MANY_CLIENTS`). */
  maxClients: number;
  /** Serve the stable socket at this path (docs/stable-socket.md); systemd's `stable` fd is used when passed. */
  stableSocket?: string;
  /** Bound on a stable-socket client's wait for a Sway, in ms. */
  stableWaitMs?: number;
  /** Directory of the health history files; null: history in memory only. */
  historyDir: string | null;
  /** Period of the validation summaries in the history, in ms (default 5 min). */
  summaryPeriodMs?: number;
  /** Serve `/metrics` over HTTP there (metrics loaded at start); absent: metrics only on `daemon.metrics`. */
  metricsListen?: ListenAddress;
  log: Logger;
}

/** A running daemon. */
export interface Daemon {
  /** The socket it serves (null when socket-activated and the path is systemd's). */
  socketPath: string | null;
  /**
   * Stops serving and watching, at once: appends the pending validation summary to the history
   * and closes its file, closes every client, the Sway connection and the listening sockets, and
   * removes its socket (unless socket-activated). Sends nothing to the manager, waits for nothing:
   * the process may exit as soon as it returns. Idempotent.
   */
  stop(): void;
  /** Resolves with the reason once it stopped serving on its own (its socket or directory was opened up or replaced). */
  failed: Promise<string>;
}

/** `STATUS=` text for systemd: the status and what it is about (no round trip after a timeout). */
export function statusText(h: SocketHealth): string {
  if (h.status === 'disconnected') return h.socket_path ? `disconnected (last: ${h.socket_path})` : 'disconnected: no Sway found yet';
  return `${h.status}: ${h.socket_path} (Sway ${h.sway_version}, ${h.latency_ms === null ? 'no reply' : `${h.latency_ms} ms`})`;
}

/**
 * The stable socket, when asked for (`stableSocket`) or passed by systemd (fd named `stable`,
 * then at `stableSocket` or the default path); its target is the Sway the monitor is connected to.
 */
function stableSocketOf(options: DaemonOptions, passed: PassedFd[], target: () => string | null): Promise<StableSocket | null> {
  const fd = passed.find((p) => p.name === STABLE_FD_NAME)?.fd ?? null;
  if (fd === null && options.stableSocket === undefined) return Promise.resolve(null);
  const path = options.stableSocket ?? defaultStableSocket(options.monitor.runtimeDir);
  return startStableSocket({ path, fd, waitMs: options.stableWaitMs ?? DEFAULT_STABLE_WAIT_MS, log: options.log }, target);
}

/**
 * Starts the daemon; resolves once its socket listens, the first discovery has finished, and
 * READY=1 has been sent (when run by systemd).
 * @throws SocketPathError when the socket path is unsafe or a live daemon holds it.
 */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const { log } = options;
  const startedAt = performance.now();
  const notifier = new Notifier(log);
  const passed = listenFdsWithNames();
  const rpcFd = passed.find((p) => p.name !== STABLE_FD_NAME)?.fd ?? null;
  const activated = rpcFd !== null;
  // The stable socket listens before the first discovery, so discovery already leaves it out.
  let liveSway = (): string | null => null;
  const stable = await stableSocketOf(options, passed, () => liveSway());
  // The manager's own runtime directory (its private socket, the default bus socket), whatever --runtime-dir says.
  const environment = new ManagerEnvironment(new ManagerLink({ env: process.env, runtimeDir: process.env.XDG_RUNTIME_DIR ?? options.monitor.runtimeDir, log }));
  const history = new HistoryStore({ dir: options.historyDir, log });
  const summaries = new SummaryRecorder(history, options.summaryPeriodMs);
  const monitor = new HealthMonitor({
    ...options.monitor,
    exclude: stable ? [stable.identity] : undefined,
    stableSocketPath: stable?.path,
    environment,
    history,
    log,
  });
  liveSway = () => {
    const health = monitor.snapshot();
    return health.status === 'disconnected' ? null : health.socket_path;
  };

  let cleanupRemovals = 0;
  /** The `daemon.status` counters, which the metrics' counters mirror too. */
  const counters = () => ({ ...rpc.counters, ...monitor.counters, environment_reads: environment.reads, cleanup_removals: cleanupRemovals });
  const metrics = lazyMetrics({
    health: () => monitor.snapshot(),
    clients: () => rpc.clientCount,
    subscribers: () => rpc.subscriberCount,
    counters,
    stableSocket: stable === null ? null : () => stable.status(),
  });
  monitor.on('validation', (latency, ok) => {
    summaries.add(latency, ok);
    if (latency !== null) metrics.current()?.observeLatency(latency);
  });

  const rpc: RpcServer = new RpcServer(
    daemonMethods({
      health: () => monitor.snapshot(),
      history,
      status: () => ({
        version: packageJson.version,
        pid: process.pid,
        uptime_seconds: Math.round(performance.now() - startedAt) / 1000,
        socket_path: activated ? null : options.socketPath,
        socket_activated: activated,
        clients: rpc.clientCount,
        subscribers: rpc.subscriberCount,
        counters: counters(),
        stable_socket: stable?.status() ?? null,
      }),
      metricsText: () => metrics.load().then((m) => m.text()),
      countRemovals: (count) => (cleanupRemovals += count),
    }),
    { maxClients: options.maxClients },
  );
  const server = createServer();
  rpc.attach(server);
  monitor.on('change', (health) => {
    stable?.proxy.targetChanged();
    rpc.notify('socket_health_changed', health);
    void notifier.status(statusText(health));
  });
  // Check the path first (fail fast), then finish the first discovery, then listen: no client,
  // not even the one whose connection socket-activated us, sees a state before discovery.
  if (!activated && (await prepareSocketPath(options.socketPath))) log('notice', `removed a dead daemon's socket at ${options.socketPath}`);
  await monitor.start();
  stable?.proxy.discovered();
  const metricsServer = options.metricsListen === undefined ? null : await serveMetrics(options.metricsListen, metrics.load);
  if (metricsServer !== null) {
    await metrics.load();
    const a = metricsServer.address() as AddressInfo;
    log('info', `serving metrics on http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}/metrics`);
  }
  if (activated) await listenOnActivatedFd(server, rpcFd);
  else await listenOnPath(server, options.socketPath);
  await notifier.send({ READY: '1', STATUS: statusText(monitor.snapshot()) });
  notifier.startWatchdog();
  log('info', `serving on ${activated ? 'the socket passed by systemd' : options.socketPath}`);

  let stopped = false;
  let reportFailure: (message: string) => void = () => undefined;
  const failed = new Promise<string>((resolve) => (reportFailure = resolve));
  const guarded = { socketPath: options.socketPath, served: activated ? null : servedSocketIdentity(options.socketPath), stable };
  if (guarded.served !== null || stable !== null) {
    // With every validation: the daemon stops serving as soon as a socket it serves is opened up (guard.ts).
    monitor.on('tick', () => {
      if (stopped) return;
      const problem = servedSocketProblem(guarded);
      if (problem === null) return;
      log('err', `${problem.message}; stopped serving`);
      stop(problem.removeSocket);
      reportFailure(problem.message);
    });
  }

  // Synchronous, so the process can exit the moment it returns: the stop of the unit, and the
  // session's teardown that waits for it, last until the process has exited. No STOPPING=1
  // (docs/healthd.md, "Stopping"): when systemd stops the daemon the unit is already deactivating,
  // and a systemd-notify run would only lengthen that stop; when it stops on its own, its exit,
  // right after this, tells the manager.
  const stop = (removeSocket: boolean): void => {
    if (stopped) return;
    stopped = true;
    notifier.close();
    monitor.stop();
    summaries.stop();
    history.close();
    rpc.closeAll();
    stable?.stop();
    metricsServer?.closeAllConnections();
    // close() closes the listening sockets at once; only its callback would wait for a later turn.
    server.close();
    metricsServer?.close();
    if (!activated && removeSocket) {
      try {
        unlinkSync(options.socketPath);
      } catch {
        // Already gone.
      }
    }
  };

  return { socketPath: activated ? null : options.socketPath, stop: () => stop(true), failed };
}
