/**
 * `swaysock doctor [--json] [--runtime-dir DIR] [--socket PATH]`: inspects the Sway session
 * read-only and prints each finding with its evidence and fix (ts/doctor/, docs/doctor.md).
 * Exit 0 when nothing is a problem (warnings alone included), 1 when a problem was found, 2 when
 * doctor could not inspect part of it, 64 on usage errors.
 */
import type { CommandModule } from 'yargs';
import { resolveRuntimeDir } from '../../liveness/runtime-dir.js';
import { defaultDaemonSocket } from '../../server/listen.js';
import { formatReport } from '../../doctor/format.js';
import { runDoctor } from '../../doctor/run.js';

interface DoctorArgs {
  json: boolean;
  'runtime-dir'?: string;
  socket?: string;
}

export const doctorCommand: CommandModule<object, DoctorArgs> = {
  command: 'doctor',
  describe: 'Find what is mis-wired in this Sway session and print the fix (read-only)',
  builder: (y) =>
    y
      .option('json', { type: 'boolean', default: false, describe: 'Print the report as JSON (schemas/doctor.schema.json)' })
      .option('runtime-dir', { type: 'string', describe: 'Where Sway\'s sockets are (default: $XDG_RUNTIME_DIR)' })
      .option('socket', { type: 'string', describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" }) as never,
  handler: async (args) => {
    const runtimeDir = resolveRuntimeDir(args['runtime-dir']);
    const report = await runDoctor({ runtimeDir, daemonSocket: args.socket ?? defaultDaemonSocket(runtimeDir) });
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, colour));
    process.exitCode = report.exit_code;
  },
};
