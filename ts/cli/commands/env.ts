/**
 * `swaysock env [--stable-socket PATH] [--runtime-dir DIR] [--socket PATH] [--timeout S]`: prints
 * `export SWAYSOCK=PATH I3SOCK=PATH` for the stable socket (docs/stable-socket.md), for
 * `eval "$(swaysock env)"` in a shell start-up file or a tmux server's environment: a path that
 * keeps working across Sway restarts. Something must listen at the path, and the health daemon,
 * when one runs, must serve it: asked at its own socket (`daemon.status`, `stable_socket`), it
 * answers within `--timeout`. A daemon that runs without it (started before the socket unit, so
 * systemd passed it nothing) would leave connections there unserved. With no daemon running, a
 * connection to the path starts one, and systemd hands it the socket. Exit 0; 1 with a message
 * when nothing listens there, the socket or its directory is open to others, or the running
 * daemon serves another path or none; 2 when the daemon gives no answer in time; 64 on usage errors.
 */
import { resolve } from 'node:path';
import { hasCode, SwaysockError } from '../../errors/errors.js';
import type { DaemonUnreachableError } from '../../rpc/client.js';
import { defaultDaemonSocket, defaultStableSocket } from '../../paths/paths.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, noAnswerMessage } from '../daemon.js';
import { EXIT_DAEMON_UNREACHABLE, resolveRuntimeDir } from '../usage.js';

export const ENV_OPTIONS = {
  'stable-socket': { type: 'string', value: 'PATH', describe: 'The stable socket (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: 'Runtime directory (default: $XDG_RUNTIME_DIR)' },
  socket: DAEMON_OPTIONS.socket,
  timeout: { ...DAEMON_OPTIONS.timeout, default: 2, describe: 'Seconds to wait for the daemon to answer whether it serves the path (exit 2 after)' },
} as const;

/** `'text'` quoted for a POSIX shell (single quotes; each `'` as `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** connect(2) errors that mean no daemon listens at its socket. */
const NO_DAEMON = new Set(['ENOENT', 'ECONNREFUSED']);

export const envCommand = defineCommand({
  words: ['env'],
  describe: 'Print `export SWAYSOCK=... I3SOCK=...` naming the stable socket (for eval in shells and tmux)',
  options: ENV_OPTIONS,
  run: async (args) => {
    const [{ probeSocket }, { checkServedSocket, servedSocketIdentity }, { DaemonClient }, { isNoAnswer }] = await Promise.all([
      import('../../liveness/probe.js'),
      import('../../listen/served-socket.js'),
      import('../../rpc/client.js'),
      import('../daemon.js'),
    ]);
    const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
    const path = resolve(args['stable-socket'] ?? defaultStableSocket(runtimeDir));
    const probe = await probeSocket(path);
    if (probe.kind !== 'listening') {
      throw new SwaysockError(
        'ERR_SWAYSOCK_STABLE_SOCKET',
        `no stable socket listens at ${path} (${probe.kind === 'error' ? probe.code : probe.kind}); enable services.swaysock.stableSocket.enable, or swaysock units --install --enable --stable-socket`,
      );
    }
    const problem = checkServedSocket(path, servedSocketIdentity(path));
    if (problem !== null) throw new SwaysockError('ERR_SWAYSOCK_STABLE_SOCKET', `${problem.message}; refusing to name it`);

    const daemonSocket = args.socket ?? defaultDaemonSocket(runtimeDir);
    let client: Awaited<ReturnType<typeof DaemonClient.connect>> | null;
    try {
      client = await DaemonClient.connect(daemonSocket, { timeoutMs: args.timeout * 1000 });
    } catch (err) {
      if (!hasCode<DaemonUnreachableError>(err, 'ERR_SWAYSOCK_DAEMON_UNREACHABLE')) throw err;
      // A daemon that is there but cannot be asked (EACCES, ETIMEDOUT) leaves the path unconfirmed: exit 1.
      if (!NO_DAEMON.has(err.systemCode)) throw new SwaysockError('ERR_SWAYSOCK_STABLE_SOCKET', err.message, { cause: err });
      client = null;
    }
    if (client !== null) {
      let served: string | null | undefined;
      let pid: number;
      try {
        const status = await client.call('daemon.status');
        served = status.stable_socket?.path ?? null;
        pid = status.pid;
      } catch (err) {
        if (!isNoAnswer(err)) throw err;
        process.stderr.write(noAnswerMessage(daemonSocket, err));
        process.exitCode = EXIT_DAEMON_UNREACHABLE;
        return;
      } finally {
        client.close();
      }
      if (served !== path) {
        throw new SwaysockError(
          'ERR_SWAYSOCK_STABLE_SOCKET',
          `swaysock-healthd (PID ${pid}, ${daemonSocket}) serves ${served ? `the stable socket ${served}` : 'no stable socket'}, not ${path}: ` +
            'connections there would wait unserved. Restart it (systemctl --user restart swaysock-healthd.service), so that it takes the socket',
        );
      }
    }
    const quoted = shellQuote(path);
    process.stdout.write(`export SWAYSOCK=${quoted} I3SOCK=${quoted}\n`);
  },
});
