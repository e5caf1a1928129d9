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
  /**
   * The rules between options that no single option states (`--enable` goes with `--install`),
   * run by both parsers once the options are read. @throws UsageError when one is broken.
   */
  check?(args: ArgsOf<T>): void;
  /** Runs it with parsed options; sets process.exitCode. @throws an error whose code gives the exit code (exitCodeOf, usage.ts). */
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
