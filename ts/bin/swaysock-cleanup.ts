/**
 * swaysock-cleanup: removes stale Sway IPC sockets, never a live one (docs/cleanup.md). Run by
 * swaysock-cleanup.timer and at every sway-session.target start; the same as `swaysock cleanup`.
 * Exit status: 0 it ran, 1 it could not run, 64 usage error (EX_USAGE).
 */
import { runProgram } from '../cli/program.js';
import { cleanupProgram } from '../cli/programs/cleanup.js';

void runProgram(cleanupProgram, process.argv.slice(2));
