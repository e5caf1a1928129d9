/** Where swaysock-healthd listens by default: shared by the daemon (server/listen.ts) and its clients. */
import { join } from 'node:path';

/** Default socket path of swaysock-healthd in `runtimeDir`: `RUNTIME_DIR/swaysock/healthd.sock`. */
export function defaultDaemonSocket(runtimeDir: string): string {
  return join(runtimeDir, 'swaysock', 'healthd.sock');
}
