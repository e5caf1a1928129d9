/**
 * Every `swaysock` command, each described by its option table (command.ts), in one list that both parsers
 * read: the fast path (dispatch.ts) and the yargs tree (main.ts). A new command is one spec here.
 */
import type { CommandGroup, CommandSpec } from './command.js';
import { cleanupCommand } from './commands/cleanup.js';
import { diagnoseGroup, socketHealthCommand } from './commands/diagnose.js';
import { discoverCommand } from './commands/discover.js';
import { doctorCommand } from './commands/doctor.js';
import { envCommand } from './commands/env.js';
import { historyCommand } from './commands/history.js';
import { metricsCommand } from './commands/metrics.js';
import { migrateCommand } from './commands/migrate.js';
import { sessionCommand } from './commands/session.js';
import { statusCommand } from './commands/status.js';
import { unitsCommand } from './commands/units.js';
import { watchCommand } from './commands/watch.js';

/** Every command with an option table, in `--help` order. */
export const TABLE_COMMANDS: readonly CommandSpec[] = [
  cleanupCommand,
  socketHealthCommand,
  discoverCommand,
  doctorCommand,
  envCommand,
  historyCommand,
  metricsCommand,
  migrateCommand,
  sessionCommand,
  statusCommand,
  unitsCommand,
  watchCommand,
];

/** Command words that only group subcommands of {@link TABLE_COMMANDS}. */
export const COMMAND_GROUPS: readonly CommandGroup[] = [diagnoseGroup];
