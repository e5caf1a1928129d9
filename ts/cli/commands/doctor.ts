/**
 * `swaysock doctor [--json] [--runtime-dir DIR] [--socket PATH]`: inspects the Sway session
 * read-only and prints each finding with its evidence and fix (ts/doctor/, docs/doctor.md).
 * Exit 0 when nothing is a problem (warnings alone included), 1 when a problem was found, 2 when
 * doctor could not inspect part of it, 64 on usage errors.
 */
import { defaultDaemonSocket } from '../../paths/paths.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS } from '../daemon.js';
import { resolveRuntimeDir } from '../usage.js';

/** The options of `swaysock doctor` (option table, ../options.ts). */
export const DOCTOR_OPTIONS = {
  json: { type: 'boolean', describe: 'Print the report as JSON (schemas/doctor.schema.json)' },
  'runtime-dir': { type: 'string', value: 'DIR', describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" },
  socket: DAEMON_OPTIONS.socket,
} as const;

export const doctorCommand = defineCommand({
  words: ['doctor'],
  describe: 'Find what is mis-wired in this Sway session and print the fix (read-only)',
  options: DOCTOR_OPTIONS,
  run: async (args) => {
    const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
    // Loaded when it runs: the fast path of the other commands does not pay for doctor's modules.
    const [{ runDoctor }, { formatReport }] = await Promise.all([import('../../doctor/run.js'), import('../../doctor/format.js')]);
    const report = await runDoctor({ runtimeDir, daemonSocket: args.socket ?? defaultDaemonSocket(runtimeDir) });
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, colour));
    process.exitCode = report.exit_code;
  },
});
