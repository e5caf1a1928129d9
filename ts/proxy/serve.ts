/**
 * The daemon's stable socket (docs/stable-socket.md): listens (on systemd's fd or its own path),
 * and serves it with a StableProxy whose target is the Sway the health monitor is connected to.
 */
import { lstatSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { sameIdentity, type SocketIdentity } from '../liveness/probe.js';
import type { Logger } from '../systemd/log.js';
import { HALF_CLOSE_GRACE_MS } from './pair.js';
import { checkServedSocket } from '../listen/served-socket.js';
import { listenStable } from './path.js';
import { StableProxy } from './proxy.js';
import type { RelayStatus } from '../rpc/relay.js';

export interface StableSocketOptions {
  /** The stable socket's path (where the socket unit put it, when `fd` is given). */
  path: string;
  /** The fd systemd passed with `FileDescriptorName=stable`, or null to listen on `path`. */
  fd: number | null;
  /** Bound on a client's wait for a Sway, in ms. */
  waitMs: number;
  log: Logger;
}

/** A stable socket being served. */
export interface StableSocket {
  /** Its path. */
  path: string;
  /** dev/ino of the socket file: discovery leaves it out. */
  identity: SocketIdentity;
  proxy: StableProxy;
  /** Its figures now (`daemon.status` `stable_socket`). */
  status(): RelayStatus;
  /**
   * Checks again that only the owner can reach it (checkServedSocket), when it is our own file;
   * null when all holds or systemd passed it (then it is systemd's to guard).
   */
  check(): { message: string; removeSocket: boolean } | null;
  /** Stops accepting and closes every pair; removes the socket file (if still ours) unless systemd passed it. */
  stop(): void;
}

/**
 * Starts serving; clients wait (at most `waitMs`) until `setTarget` names a Sway.
 * @throws SocketPathError (listenStable) when the path is unsafe or taken by a live socket.
 */
export async function startStableSocket(options: StableSocketOptions, target: () => string | null): Promise<StableSocket> {
  const server = createServer({ allowHalfOpen: true, pauseOnConnect: true });
  const proxy = new StableProxy(server, { target, waitMs: options.waitMs, graceMs: HALF_CLOSE_GRACE_MS });
  const identity = await listenStable(server, options.path, options.fd);
  options.log('info', `stable socket ${options.path}${options.fd === null ? '' : ' (passed by systemd)'} reaches the live Sway`);
  return {
    path: options.path,
    identity,
    proxy,
    status: () => proxy.status(options.path),
    check: () => (options.fd === null ? checkServedSocket(options.path, identity) : null),
    stop: () => {
      proxy.close();
      if (options.fd !== null) return;
      const st = lstatSync(options.path, { throwIfNoEntry: false });
      if (st !== undefined && sameIdentity(st, identity)) unlinkSync(options.path);
    },
  };
}
