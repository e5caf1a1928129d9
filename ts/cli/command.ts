/**
 * A `swaysock` command described by its option table (options.ts): the words that name it, its
 * help text, and what it runs. The fast path (dispatch.ts) and the yargs tree (yargs-tree.ts)
 * are both built from these, so a new option is one entry in a table and a new command one
 * spec in {@link TABLE_COMMANDS}'s list.
 */
import type { ArgsOf, OptionTable } from './options.js';

export interface CommandSpec<T extends OptionTable = OptionTable> {
  /** The words that name it: `['status']`, or a group and a subcommand: `['diagnose', 'socket-health']`. */
  words: readonly string[];
  /** One line for `swaysock --help`. */
  describe: string;
  options: T;
  /** Runs it with parsed options; sets process.exitCode. @throws UsageError (exit 64) or Error (exit 1). */
  run(args: ArgsOf<T>): Promise<void>;
}

/** A command word that only groups subcommands (`swaysock diagnose`). */
export interface CommandGroup {
  word: string;
  describe: string;
  /** The usage error when no subcommand is named. */
  missing: string;
}

/** Identity, for type inference of `run`'s arguments from `options`. */
export function defineCommand<T extends OptionTable>(spec: CommandSpec<T>): CommandSpec<T> {
  return spec;
}
