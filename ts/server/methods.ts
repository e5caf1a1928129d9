/**
 * swaysock-healthd's method table: one handler per method of the protocol (ts/rpc/protocol.ts,
 * docs/protocol.md), each answering from the parts it is given; the params validators come with
 * the table (jsonrpc.ts, `protocolMethods`). No socket here: its unit test calls the handlers.
 */
import type { HistoryStore } from '../history/store.js';
import type { SocketHealth } from '../rpc/health.js';
import { MAX_EVENTS_ANSWER_BYTES, type DaemonStatus } from '../rpc/protocol.js';
import type { HistoryRecord } from '../rpc/records.js';
import { JsonText, protocolMethods, type RpcMethod } from './jsonrpc.js';
import type { ClientContext } from './server.js';

/** What the handlers answer from. */
export interface MethodParts {
  /** The health now (`get_socket_health`, `subscribe`). */
  health(): SocketHealth;
  /** The health history: `daemon.events` reads it, `cleanup.removed` appends to it. */
  history: Pick<HistoryStore, 'append' | 'queryJson'>;
  /** The `daemon.status` result now. */
  status(): DaemonStatus;
  /** The Prometheus exposition text (`daemon.metrics`). */
  metricsText(): Promise<string>;
  /** Counts the removals `cleanup.removed` recorded (the `cleanup_removals` counter). */
  countRemovals(count: number): void;
}

/** The method table the daemon's RpcServer (server.ts) serves, over `parts`. */
export function daemonMethods(parts: MethodParts): ReadonlyMap<string, RpcMethod<ClientContext>> {
  return protocolMethods<ClientContext>({
    get_socket_health: () => parts.health(),
    subscribe: (_params, client) => {
      client.subscribe = true;
      return parts.health();
    },
    'daemon.status': () => parts.status(),
    // The records' text as the history keeps it: one text per query and history change, shared
    // by every client asking alike, never parsed or serialized again per request.
    'daemon.events': ({ limit, since, types }) => {
      const { json, bytes } = parts.history.queryJson({
        limit,
        sinceMs: since === undefined ? undefined : Date.parse(since),
        types: types ?? ['status'],
        maxBytes: MAX_EVENTS_ANSWER_BYTES,
      });
      return new JsonText<HistoryRecord[]>(json, bytes);
    },
    'daemon.metrics': () => parts.metricsText(),
    'cleanup.removed': ({ removed }) => {
      const time = new Date().toISOString();
      for (const r of removed) parts.history.append({ type: 'cleanup_removal', time, cause: 'cleanup', socket_path: r.path, reason: r.reason });
      parts.countRemovals(removed.length);
      return { recorded: removed.length };
    },
  });
}
