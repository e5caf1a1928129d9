/**
 * `swaysock env [--stable-socket PATH] [--runtime-dir DIR]`: prints
 * `export SWAYSOCK=PATH I3SOCK=PATH` for the stable socket (docs/stable-socket.md), for
 * `eval "$(swaysock env)"` in a shell start-up file or a tmux server's environment: a path that
 * keeps working across Sway restarts. Exit 0; 1 with a message when nothing listens there or the
 * socket or its directory is open to others; 64 on usage errors.
 */
import { defineCommand } from '../command.js';
import { resolveRuntimeDir } from '../usage.js';

export const ENV_OPTIONS = {
  'stable-socket': { type: 'string', value: 'PATH', describe: 'The stable socket (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: 'Runtime directory (default: $XDG_RUNTIME_DIR)' },
} as const;

/** `'text'` quoted for a POSIX shell (single quotes; each `'` as `'\''`). */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

export const envCommand = defineCommand({
  words: ['env'],
  describe: 'Print `export SWAYSOCK=... I3SOCK=...` naming the stable socket (for eval in shells and tmux)',
  options: ENV_OPTIONS,
  run: async (args) => {
    const [{ defaultStableSocket }, { probeSocket }, { checkServedSocket, servedSocketIdentity }] = await Promise.all([
      import('../../proxy/default-path.js'),
      import('../../liveness/probe.js'),
      import('../../server/listen.js'),
    ]);
    const path = args['stable-socket'] ?? defaultStableSocket(resolveRuntimeDir(args['runtime-dir']));
    const probe = await probeSocket(path);
    if (probe.kind !== 'listening') {
      throw new Error(
        `no stable socket listens at ${path} (${probe.kind === 'error' ? probe.code : probe.kind}); enable services.swaysock.stableSocket.enable, or swaysock units --install --enable --stable-socket`,
      );
    }
    const problem = checkServedSocket(path, servedSocketIdentity(path));
    if (problem !== null) throw new Error(`${problem.message}; refusing to name it`);
    const quoted = shellQuote(path);
    process.stdout.write(`export SWAYSOCK=${quoted} I3SOCK=${quoted}\n`);
  },
});
