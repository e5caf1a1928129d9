/**
 * Sway's IPC socket name: `sway-ipc.<uid>.<pid>.sock` (sway/ipc-server.c, `ipc_init`), placed in
 * `$XDG_RUNTIME_DIR` (Sway aborts without it, so it never falls back to /tmp by itself).
 */

/** UID and PID encoded in a socket name. */
export interface SwaySocketName {
  uid: number;
  pid: number;
}

const NAME = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;

/** Parses a directory entry name; null when it is not exactly `sway-ipc.<uid>.<pid>.sock`. */
export function parseSwaySocketName(name: string): SwaySocketName | null {
  const m = NAME.exec(name);
  if (m === null) return null;
  const uid = Number(m[1]);
  const pid = Number(m[2]);
  if (uid > 0xffffffff || pid < 1 || pid > 0x3fffffff) return null;
  return { uid, pid };
}

/** The name Sway gives its socket for `uid` and `pid`. */
export function swaySocketName(uid: number, pid: number): string {
  return `sway-ipc.${uid}.${pid}.sock`;
}
