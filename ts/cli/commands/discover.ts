/**
 * `swaysock discover [--json] [--sway-socket PATH] [--runtime-dir DIR]`: prints the path of the
 * live Sway socket, like `sway --get-socketpath` but never a dead one. Exit 0 when found (an
 * ambiguity warning on stderr when the environment did not decide between several), 1 with a
 * message when none answers, 64 on usage errors (`--timeout` must be a positive number of ms).
 */
import type { DiscoveryResult, SwayCandidate } from '../../discovery/discover.js';
import { defineCommand } from '../command.js';
import { resolveRuntimeDir } from '../usage.js';

/** The options of `swaysock discover` (option table, ../options.ts). */
export const DISCOVER_OPTIONS = {
  json: { type: 'boolean', describe: 'Print every live candidate as JSON' },
  'sway-socket': { type: 'string', value: 'PATH', describe: 'Validate only this socket path' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: 'Directory to scan (default: $XDG_RUNTIME_DIR)' },
  timeout: { type: 'number', value: 'MS', default: 500, describe: 'Timeout of each GET_VERSION probe, in ms' },
} as const;

/** The JSON form of a candidate (snake_case, as in the daemon protocol). */
function candidateJson(c: SwayCandidate) {
  return {
    socket_path: c.path,
    sway_pid: c.pid,
    process: c.process,
    sway_version: c.version.human_readable,
    wayland_displays: c.waylandDisplays,
  };
}

/** The `--json` document: `{socket_path, decided_by, ambiguous, candidates: [...]}`. */
export function discoveryJson(result: DiscoveryResult) {
  return {
    socket_path: result.chosen?.path ?? null,
    decided_by: result.decidedBy,
    ambiguous: result.ambiguous,
    candidates: result.candidates.map(candidateJson),
  };
}

export const discoverCommand = defineCommand({
  words: ['discover'],
  describe: 'Print the path of the live Sway IPC socket (never a dead one)',
  options: DISCOVER_OPTIONS,
  run: async (args) => {
    // Loaded here, not at start-up: the other commands need neither them nor child_process (dispatch.ts).
    const [{ discoverSway }, { managerEnvironment }] = await Promise.all([import('../../discovery/discover.js'), import('../../systemd/manager.js')]);
    const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
    const result = await discoverSway({
      runtimeDir,
      swaySocket: args['sway-socket'],
      swaysock: process.env.SWAYSOCK,
      managerEnv: args['sway-socket'] === undefined ? await managerEnvironment() : null,
      waylandDisplay: process.env.WAYLAND_DISPLAY,
      timeoutMs: args.timeout,
    });
    if (args.json) process.stdout.write(`${JSON.stringify(discoveryJson(result), null, 2)}\n`);
    if (result.chosen === null) {
      const where = args['sway-socket'] ?? `${runtimeDir}/sway-ipc.${process.getuid!()}.*.sock`;
      process.stderr.write(`swaysock: no live Sway IPC socket: nothing at ${where} answers GET_VERSION\n`);
      process.exitCode = 1;
      return;
    }
    if (!args.json) process.stdout.write(`${result.chosen.path}\n`);
    if (result.ambiguous) {
      const others = result.candidates
        .slice(1)
        .map((c) => c.path)
        .join(', ');
      process.stderr.write(
        `swaysock: warning: ${result.candidates.length} live Sway sockets; chose the newest, ${result.chosen.path} (others: ${others}); set SWAYSOCK to choose\n`,
      );
    }
  },
});
