/** Where the stable socket is by default, and how systemd names its fd; shared by the daemon, discovery and the CLI. */
import { join } from 'node:path';

/** `FileDescriptorName=` of the stable socket unit; the daemon picks that fd by this name. */
export const STABLE_FD_NAME = 'stable';

/** Default stable socket path in `runtimeDir`: `RUNTIME_DIR/swaysock/sway.sock` (never `sway-ipc.*`). */
export function defaultStableSocket(runtimeDir: string): string {
  return join(runtimeDir, 'swaysock', 'sway.sock');
}
