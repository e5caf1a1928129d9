/**
 * `swaysock session [--env NAME | --env NAME=VALUE]... [--all] [--stable-socket] [--target UNIT] [--shutdown-target UNIT]`: the one command for
 * Sway's config (`exec swaysock session`; not `exec_always`, which would run it again on every
 * reload and be refused). Brings `sway-session.target` up for the Sway that exec'd it and down when
 * that Sway ends; see ts/session/lifecycle.ts. Runs until then. Exit 0 after a clean teardown,
 * 1 when refused or a step failed, 64 on usage errors.
 */
import { defaultStableSocket } from '../../paths/paths.js';
import { createLogger } from '../../systemd/log.js';
import { defineCommand } from '../command.js';
import { resolveRuntimeDir } from '../usage.js';

/** The options of `swaysock session` (option table, ../options.ts). */
export const SESSION_OPTIONS = {
  env: {
    type: 'string',
    value: 'NAME[=VALUE]',
    multiple: true,
    describe: 'Also import NAME from the environment, or NAME with VALUE (repeatable; unset at the end)',
  },
  all: { type: 'boolean', describe: 'Import every variable of the environment (only the session variables and --env names are unset at the end)' },
  'stable-socket': { type: 'boolean', describe: 'Export the stable socket ($XDG_RUNTIME_DIR/swaysock/sway.sock) as SWAYSOCK/I3SOCK when it listens' },
  target: { type: 'string', value: 'UNIT', default: 'sway-session.target', describe: 'The session target to start' },
  'shutdown-target': { type: 'string', value: 'UNIT', default: 'sway-session-shutdown.target', describe: 'The target that ends the session (Conflicts=)' },
} as const;

export const sessionCommand = defineCommand({
  words: ['session'],
  describe: "Start sway-session.target for this Sway and stop it when Sway ends (for Sway's `exec`)",
  options: SESSION_OPTIONS,
  run: async (args) => {
    // Loaded here, not at start-up (dispatch.ts): lifecycle.js, with the D-Bus client, is a bundle
    // of its own (dist/swaysock-session.cjs, scripts/build.mjs), so no other command parses it.
    const [{ parseEnvArguments }, { runSession }, { guardTerminal }] = await Promise.all([
      import('../../session/environment.js'),
      import('../../session/lifecycle.js'),
      import('../../session/terminal.js'),
    ]);
    // A login's console hangs up when the login ends, before the teardown is done (terminal.ts).
    const terminal = guardTerminal();
    const runtimeDir = resolveRuntimeDir(undefined);
    // A bad --env throws ERR_SWAYSOCK_VARIABLE_NAME, a usage error (exit 64), before anything runs.
    const variables = parseEnvArguments(args.env, args.all);
    const log = createLogger();
    process.exitCode = await runSession({
      env: process.env,
      runtimeDir,
      variables,
      stableSocket: args['stable-socket'] ? defaultStableSocket(runtimeDir) : undefined,
      target: args.target,
      shutdownTarget: args['shutdown-target'],
      log: (priority, message) => log(priority, `swaysock session: ${message}`),
    });
    terminal.release();
  },
});
