/**
 * `swaysock session [--env NAME]... [--target UNIT] [--shutdown-target UNIT]`: the one command for
 * Sway's config (`exec swaysock session`; not `exec_always`, which would run it again on every
 * reload and be refused). Brings `sway-session.target` up for the Sway that exec'd it and down when
 * that Sway ends; see ts/session/lifecycle.ts. Runs until then. Exit 0 after a clean teardown,
 * 1 when refused or a step failed, 64 on usage errors.
 */
import type { CommandModule } from 'yargs';
import { resolveRuntimeDir, UsageError } from '../usage.js';
import { sessionVariables, VariableNameError } from '../../session/environment.js';
import { runSession } from '../../session/lifecycle.js';
import { createLogger } from '../../systemd/log.js';

interface SessionArgs {
  env: string[];
  target: string;
  'shutdown-target': string;
}

export const sessionCommand: CommandModule<object, SessionArgs> = {
  command: 'session',
  describe: "Start sway-session.target for this Sway and stop it when Sway ends (for Sway's `exec`)",
  builder: (y) =>
    y
      .option('env', { type: 'string', array: true, default: [], describe: 'Also import this variable (repeatable)' })
      .option('target', { type: 'string', default: 'sway-session.target', describe: 'The session target to start' })
      .option('shutdown-target', { type: 'string', default: 'sway-session-shutdown.target', describe: 'The target that ends the session (Conflicts=)' }) as never,
  handler: async (args) => {
    const runtimeDir = resolveRuntimeDir(undefined);
    try {
      sessionVariables(process.env, args.env); // a bad --env name is a usage error (exit 64) before anything runs
    } catch (err) {
      throw err instanceof VariableNameError ? new UsageError(err.message) : err;
    }
    const log = createLogger();
    process.exitCode = await runSession({
      env: process.env,
      runtimeDir,
      extraVariables: args.env,
      target: args.target,
      shutdownTarget: args['shutdown-target'],
      log: (priority, message) => log(priority, `swaysock session: ${message}`),
    });
  },
};
