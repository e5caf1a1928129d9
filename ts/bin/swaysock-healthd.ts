/**
 * swaysock-healthd: watches the live Sway IPC socket and answers `get_socket_health` over
 * JSON-RPC 2.0 on its own socket (docs/protocol.md; the program: ../cli/programs/healthd.ts).
 * Exit 0 after SIGTERM/SIGINT, 1 when it cannot start or stopped serving because its socket or
 * directory was opened up, 64 on usage errors.
 */
import { runProgram } from '../cli/program.js';
import { healthdProgram, stopOnSignals } from '../cli/programs/healthd.js';

stopOnSignals();
void runProgram(healthdProgram, process.argv.slice(2));
