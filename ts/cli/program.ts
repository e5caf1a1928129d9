/**
 * A standalone program (`swaysock-cleanup`, `swaysock-healthd`) described by its option table
 * (options.ts), and the one way such a program starts: {@link runProgram} parses the command line
 * with the table parser only (no yargs: they start often, or at every session), renders `--help`
 * from the table, and reports a usage error as `NAME: message` with a pointer to `--help`, exit 64
 * (EX_USAGE, sysexits.h). tests/unit/cli-parsers.test.ts holds each table to yargs' reading too,
 * so the programs and `swaysock`'s commands read options alike.
 */
import { optionLines, parseOptions, synopsis, type ArgsOf, type OptionTable } from './options.js';
import { reportError } from './usage.js';

export interface ProgramSpec<T extends OptionTable = OptionTable> {
  /** The program's name, as installed (package.json `bin`): starts its help and its messages. */
  name: string;
  /** What it does, one or two sentences for `--help`. */
  summary: string;
  options: T;
  /** Its exit statuses, one sentence for `--help` ("0 when it ran, 1 …, 64 on usage errors."). */
  exitStatus: string;
  /** The rules between options that no single option states. @throws UsageError when one is broken. */
  check?(args: ArgsOf<T>): void;
  /** Runs it with parsed options; sets process.exitCode. @throws an error whose code gives the exit code (exitCodeOf, usage.ts). */
  run(args: ArgsOf<T>): Promise<void>;
}

/** Identity, for type inference of `run`'s arguments from `options`. */
export function defineProgram<T extends OptionTable>(spec: ProgramSpec<T>): ProgramSpec<T> {
  return spec;
}

/** The `--help` text of a program: synopsis, summary, options, exit status. */
export function programUsage(spec: ProgramSpec): string {
  return `${spec.name} ${synopsis(spec.options)}\n\n${spec.summary}\n\nOptions:\n${optionLines(spec.options)}\n\nExit status: ${spec.exitStatus}\n`;
}

/**
 * Parses `argv` (the words after the program's name) against the program's table and runs it;
 * prints the help for `--help` or `-h`. An error `run` throws (a usage error included) is
 * reported as `NAME: message` and sets process.exitCode (reportError, usage.ts). Never throws.
 */
export async function runProgram<T extends OptionTable>(spec: ProgramSpec<T>, argv: readonly string[]): Promise<void> {
  try {
    const args = parseOptions(spec.options, argv);
    if (args === 'help') {
      process.stdout.write(programUsage(spec as unknown as ProgramSpec));
      return;
    }
    spec.check?.(args);
    await spec.run(args);
  } catch (err) {
    reportError(err, spec.name);
  }
}
