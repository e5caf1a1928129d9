/**
 * swaysock: the command-line interface (docs/README.md). Commands with an option table run on
 * the fast path without yargs; the rest goes to the yargs tree (ts/cli/dispatch.ts).
 */
import { dispatch } from '../cli/dispatch.js';

void dispatch(process.argv.slice(2));
