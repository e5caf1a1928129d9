/**
 * `swaysock-healthd --metrics-listen ADDR:PORT`: the address parsed and checked (loopback unless
 * `--metrics-allow-remote`), and a small HTTP server answering `GET /metrics` (Prometheus'
 * scrape endpoint) with the exposition of {@link DaemonMetrics}.
 *
 * Any local user can connect to a loopback port (unlike the daemon's owner-only JSON-RPC socket),
 * so the metrics are readable by every local user; they hold figures only, no paths.
 */
import { createServer, type Server } from 'node:http';
import { isIP } from 'node:net';
import { SwaysockError } from '../errors/errors.js';
import type { DaemonMetrics } from './registry.js';

export interface ListenAddress {
  /** A literal IPv4 or IPv6 address (no brackets). */
  host: string;
  /** 0 to 65535; 0 lets the kernel choose. */
  port: number;
}

/** Whether `host` (a literal address) is a loopback one: 127.0.0.0/8 or ::1. */
export function isLoopback(host: string): boolean {
  return isIP(host) === 4 ? host.startsWith('127.') : host === '::1';
}

/**
 * Parses `127.0.0.1:9101`, `[::1]:9101` or `localhost:9101` (127.0.0.1).
 * @throws SwaysockError `ERR_SWAYSOCK_LISTEN_ADDRESS` for another form, a port outside 0..65535,
 *   or a non-loopback address without `allowRemote` (the programs report it as a usage error).
 */
export function parseListenAddress(text: string, allowRemote: boolean): ListenAddress {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const host = m ? (m[1] ?? m[2]!) : '';
  const address = host === 'localhost' ? '127.0.0.1' : host;
  const port = m ? Number(m[3]) : NaN;
  if (!m || isIP(address) === 0 || (m[1] !== undefined && isIP(address) !== 6) || !(port <= 65535)) {
    throw new SwaysockError(
      'ERR_SWAYSOCK_LISTEN_ADDRESS',
      `--metrics-listen needs ADDRESS:PORT with a literal IP address (e.g. 127.0.0.1:9101 or [::1]:9101), not '${text}'`,
    );
  }
  if (!allowRemote && !isLoopback(address))
    throw new SwaysockError(
      'ERR_SWAYSOCK_LISTEN_ADDRESS',
      `--metrics-listen ${text} is not a loopback address; add --metrics-allow-remote to serve metrics to other hosts`,
    );
  return { host: address, port };
}

/**
 * Serves `GET /metrics` (and `HEAD`) on `address`; other paths 404, other methods 405.
 * @returns the listening server (its `address()` has the port chosen for port 0).
 * @throws the listen error (EADDRINUSE, EACCES, EADDRNOTAVAIL).
 */
export async function serveMetrics(address: ListenAddress, metrics: () => Promise<DaemonMetrics>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found: the metrics are at /metrics\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method not allowed\n');
      return;
    }
    metrics()
      .then(async (m) => {
        const body = await m.text();
        res.writeHead(200, { 'Content-Type': m.contentType }).end(req.method === 'HEAD' ? undefined : body);
      })
      .catch((err: Error) => res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${err.message}\n`));
  });
  server.keepAliveTimeout = 5000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}
