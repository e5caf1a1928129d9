/**
 * `swaysock session [--env NAME | --env NAME=VALUE]... [--all] [--target UNIT] [--shutdown-target UNIT]`: the one command for
 * Sway's config (`exec swaysock session`; not `exec_always`, which would run it again on every
 * reload and be refused). Brings `sway-session.target` up for the Sway that exec'd it and down when
 * that Sway ends; see ts/session/lifecycle.ts. Runs until then. Exit 0 after a clean teardown,
 * 1 when refused or a step failed, 64 on usage errors.
 */
import type { CommandModule } from 'yargs';
import { parseEnvArguments, VariableNameError, type VariableRequest } from '../../session/environment.js';
import { runSession } from '../../session/lifecycle.js';
import { createLogger } from '../../systemd/log.js';
import { resolveRuntimeDir, UsageError } from '../usage.js';

interface SessionArgs {
  env: string[];
  all: boolean;
  target: string;
  'shutdown-target': string;
}

export const sessionCommand: CommandModule<object, SessionArgs> = {
  command: 'session',
  describe: "Start sway-session.target for this Sway and stop it when Sway ends (for Sway's `exec`)",
  builder: (y) =>
    y
      .option('env', { type: 'string', array: true, default: [], describe: 'Also import NAME from the environment, or NAME with VALUE (repeatable; unset at the end)' })
      .option('all', { type: 'boolean', default: false, describe: 'Import every variable of the environment (only the session variables and --env names are unset at the end)' })
      .option('target', { type: 'string', default: 'sway-session.target', describe: 'The session target to start' })
      .option('shutdown-target', { type: 'string', default: 'sway-session-shutdown.target', describe: 'The target that ends the session (Conflicts=)' }) as never,
  handler: async (args) => {
    const runtimeDir = resolveRuntimeDir(undefined);
    let variables: VariableRequest;
    try {
      variables = parseEnvArguments(args.env, args.all); // a bad --env is a usage error (exit 64) before anything runs
    } catch (err) {
      throw err instanceof VariableNameError ? new UsageError(err.message) : err;
    }
    const log = createLogger();
    process.exitCode = await runSession({
      env: process.env,
      runtimeDir,
      variables,
      target: args.target,
      shutdownTarget: args['shutdown-target'],
      log: (priority, message) => log(priority, `swaysock session: ${message}`),
    });
  },
};
