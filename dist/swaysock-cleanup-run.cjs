"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// ts/cli/commands/cleanup-run.ts
var cleanup_run_exports = {};
__export(cleanup_run_exports, {
  reportLines: () => reportLines,
  runCleanupCommand: () => runCleanupCommand
});
module.exports = __toCommonJS(cleanup_run_exports);

// ts/cleanup/notify-daemon.ts
var import_node_fs = require("node:fs");

// ts/rpc/client.ts
var import_node_events = require("node:events");

// ts/errors/errors.ts
var ERROR_CODES = {
  ERR_SWAYSOCK_USAGE: "a command line the program does not accept",
  ERR_SWAYSOCK_VARIABLE_NAME: "a `swaysock session --env` argument whose name is no environment variable name",
  ERR_SWAYSOCK_LISTEN_ADDRESS: "a `--metrics-listen` address the daemon does not accept",
  ERR_SWAYSOCK_CONNECT: "a Unix socket could not be connected to (`systemCode`: the errno name, `ETIMEDOUT` past the deadline)",
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: "a directory that must be private is not (a symlink, another owner, group or other access)",
  ERR_SWAYSOCK_LOCK_TIMEOUT: "a PID lock could not be taken before its deadline",
  ERR_SWAYSOCK_LOCK_UNSTABLE: "a PID lock file kept changing while it was being taken",
  ERR_SWAYSOCK_EXEC: "a program we run (systemctl, ss, loginctl) is missing or failed",
  ERR_SWAYSOCK_IPC_TIMEOUT: "Sway gave no IPC reply in time",
  ERR_SWAYSOCK_IPC_CLOSED: "Sway's IPC connection closed before the reply",
  ERR_SWAYSOCK_IPC_REPLY: "an IPC reply that is not the JSON the request expects",
  ERR_SWAYSOCK_IPC_BAD_MAGIC: 'an IPC frame without the "i3-ipc" magic string',
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: "an IPC frame whose payload exceeds the decoder's bound",
  ERR_SWAYSOCK_DBUS_ADDRESS: "a D-Bus address with no Unix socket in it",
  ERR_SWAYSOCK_DBUS_CONNECT: "a D-Bus socket could not be connected to",
  ERR_SWAYSOCK_DBUS_AUTH: "the D-Bus peer refused the authentication or `Hello`",
  ERR_SWAYSOCK_DBUS_TIMEOUT: "no D-Bus reply within the deadline",
  ERR_SWAYSOCK_DBUS_CLOSED: "the D-Bus connection closed or failed",
  ERR_SWAYSOCK_DBUS_CALL: "the D-Bus peer answered with an error (`dbusName`)",
  ERR_SWAYSOCK_DBUS_REPLY: "a D-Bus message that cannot be encoded or decoded, or a reply of the wrong shape",
  ERR_SWAYSOCK_JOB_FAILED: "a systemd job ended with a result other than `done` or `skipped`",
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: "swaysock-healthd's socket could not be connected to (`systemCode`: the errno name)",
  ERR_SWAYSOCK_DAEMON_RPC: "swaysock-healthd answered with a JSON-RPC error (`rpcName`, `rpcCode`)",
  ERR_SWAYSOCK_DAEMON_CLOSED: "swaysock-healthd closed the connection before the answer",
  ERR_SWAYSOCK_DAEMON_TIMEOUT: "swaysock-healthd gave no answer within the deadline",
  ERR_SWAYSOCK_RPC: "a method handler of the daemon answers with a JSON-RPC error (`rpcCode`)",
  ERR_SWAYSOCK_SOCKET_PATH: "a socket cannot be served at its path (unsafe directory, not a socket, served by another)",
  ERR_SWAYSOCK_SESSION_LOCKED: "another `swaysock session` holds the session lock",
  ERR_SWAYSOCK_CLEANUP: "the cleanup could not run (runtime directory unreadable, lock not taken)",
  ERR_SWAYSOCK_MIGRATE: "a unit cannot be migrated to sway-session.target",
  ERR_SWAYSOCK_UNIT_KIND: "a unit file name of a kind swaysock does not make",
  ERR_SWAYSOCK_UNIT_SETTING: "a unit setting with no value (a default of null that nobody filled in)",
  ERR_SWAYSOCK_UNIT_WORD: "a word of a unit command line that would need quoting",
  ERR_SWAYSOCK_INSTALLATION: "where swaysock is installed cannot be told, or the installation lacks a program",
  ERR_SWAYSOCK_NO_SWAY: "no live Sway IPC socket was found",
  ERR_SWAYSOCK_SWAY_UNREACHABLE: "Sway could not be connected to, or did not answer",
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: "a Sway config `include` that doctor does not expand (command substitution, a character wordexp(3) refuses, an unclosed quote)",
  ERR_SWAYSOCK_CHECK_DEADLINE: "a doctor check gave no result within its deadline",
  ERR_SWAYSOCK_FILE: "a file could not be read, written or removed",
  ERR_SWAYSOCK_NO_HISTORY: "no daemon answered and no health history file was found",
  ERR_SWAYSOCK_STABLE_SOCKET: "`swaysock env` cannot name the stable socket (nothing listens, open to others, or not served)"
};
var SwaysockError = class extends Error {
  code;
  /** @param options `cause`: the error this one reports (kept, not shown in `message`). */
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "SwaysockError";
  }
};
function hasCode(err, ...codes) {
  if (!(err instanceof Error) || !("code" in err) || typeof err.code !== "string" || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code);
}

// ts/net/connect.ts
var import_node_net = require("node:net");

// ts/net/deadline.ts
var Deadline = class {
  done = false;
  timer;
  immediate = null;
  /** Calls `onExpire` once, `ms` ms from now (and after the I/O pending then is read), unless cancelled first. */
  constructor(ms, onExpire) {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.immediate = setImmediate(() => {
        this.immediate = null;
        if (this.done) return;
        this.done = true;
        onExpire();
      });
    }, ms);
  }
  /** Stops the deadline; `onExpire` is not called after this. Idempotent. */
  cancel() {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
};

// ts/net/connect.ts
var ConnectError = class extends SwaysockError {
  constructor(path, systemCode, options) {
    super("ERR_SWAYSOCK_CONNECT", `cannot connect to ${path} (${systemCode})`, options);
    this.path = path;
    this.systemCode = systemCode;
    this.name = "ConnectError";
  }
  path;
  systemCode;
};
function connectUnix(path, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve, reject) => {
    const socket = (0, import_node_net.connect)({ path, allowHalfOpen });
    const fail = (code, cause) => {
      deadline.cancel();
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      socket.on("error", () => {
      });
      socket.destroy();
      reject(new ConnectError(path, code, { cause }));
    };
    const onError = (err) => fail(err.code ?? "EUNKNOWN", err);
    const onConnect = () => {
      deadline.cancel();
      socket.removeListener("error", onError);
      resolve(socket);
    };
    const deadline = new Deadline(timeoutMs, () => fail("ETIMEDOUT"));
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

// ts/rpc/protocol.ts
var RpcErrorCode = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** The daemon already serves `--max-clients` connections; this one is closed. */
  TOO_MANY_CLIENTS: -32e3,
  /** A batch's answers would exceed {@link MAX_ANSWER_BYTES}: this request was not run. */
  ANSWER_TOO_LARGE: -32001
};
function rpcErrorName(code) {
  for (const [name, value] of Object.entries(RpcErrorCode)) if (value === code) return name;
  return "SERVER_ERROR";
}
var MAX_LINE_BYTES = 64 * 1024;
var MAX_ANSWER_BYTES = 256 * 1024;
var MAX_EVENTS_ANSWER_BYTES = 192 * 1024;
var MAX_CLEANUP_REMOVALS = 256;
var METHOD_SCHEMAS = {
  get_socket_health: { params: "none", result: "socket-health" },
  subscribe: { params: "none", result: "socket-health" },
  "daemon.status": { params: "none", result: "daemon-status" },
  "daemon.events": { params: "daemon.events", result: "health-events" },
  "daemon.metrics": { params: "none", result: null },
  "cleanup.removed": { params: "cleanup.removed", result: null }
};
var METHOD_NAMES = Object.keys(METHOD_SCHEMAS);

// ts/rpc/client.ts
var DEFAULT_DAEMON_TIMEOUT_MS = 5e3;
var DaemonUnreachableError = class extends SwaysockError {
  constructor(socketPath, systemCode) {
    super("ERR_SWAYSOCK_DAEMON_UNREACHABLE", `cannot reach swaysock-healthd at ${socketPath} (${systemCode})`);
    this.socketPath = socketPath;
    this.systemCode = systemCode;
    this.name = "DaemonUnreachableError";
  }
  socketPath;
  systemCode;
};
var DaemonRpcError = class extends SwaysockError {
  constructor(rpcCode, message, data) {
    super(
      "ERR_SWAYSOCK_DAEMON_RPC",
      `${message} (JSON-RPC error ${rpcCode})${data === void 0 ? "" : `: ${typeof data === "string" ? data : JSON.stringify(data)}`}`
    );
    this.rpcCode = rpcCode;
    this.data = data;
    this.name = "DaemonRpcError";
    this.rpcName = rpcErrorName(rpcCode);
  }
  rpcCode;
  data;
  rpcName;
};
var DaemonClosedError = class extends SwaysockError {
  constructor(socketPath) {
    super("ERR_SWAYSOCK_DAEMON_CLOSED", `swaysock-healthd at ${socketPath} closed the connection`);
    this.socketPath = socketPath;
    this.name = "DaemonClosedError";
  }
  socketPath;
};
var DaemonTimeoutError = class extends SwaysockError {
  constructor(socketPath, method, timeoutMs) {
    super("ERR_SWAYSOCK_DAEMON_TIMEOUT", `swaysock-healthd at ${socketPath} did not answer ${method} within ${timeoutMs} ms`);
    this.socketPath = socketPath;
    this.method = method;
    this.timeoutMs = timeoutMs;
    this.name = "DaemonTimeoutError";
  }
  socketPath;
  method;
  timeoutMs;
};
var DaemonClient = class _DaemonClient extends import_node_events.EventEmitter {
  constructor(socket, socketPath, timeoutMs) {
    super();
    this.socket = socket;
    this.socketPath = socketPath;
    this.timeoutMs = timeoutMs;
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", () => {
    });
    socket.on("close", () => {
      this.failAll(new DaemonClosedError(socketPath));
      this.emit("close");
    });
  }
  socket;
  socketPath;
  timeoutMs;
  nextId = 1;
  buffer = "";
  pending = /* @__PURE__ */ new Map();
  /**
   * Connects to the daemon's socket.
   * @throws DaemonUnreachableError (code `ETIMEDOUT` when `timeoutMs` passed first).
   */
  static async connect(socketPath, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_DAEMON_TIMEOUT_MS;
    try {
      return new _DaemonClient(await connectUnix(socketPath, timeoutMs), socketPath, timeoutMs);
    } catch (err) {
      if (hasCode(err, "ERR_SWAYSOCK_CONNECT")) throw new DaemonUnreachableError(socketPath, err.systemCode);
      throw err;
    }
  }
  /**
   * Calls `method` and resolves with its result (types in ./protocol.ts).
   * @param timeoutMs reply deadline in ms (default: the client's `timeoutMs`).
   * @throws DaemonRpcError for an error response; DaemonTimeoutError when no answer comes in time;
   *   DaemonClosedError when the connection ends first or is already closed.
   */
  call(method, params, timeoutMs = this.timeoutMs) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.socket.destroyed) {
        reject(new DaemonClosedError(this.socketPath));
        return;
      }
      const deadline = new Deadline(timeoutMs, () => {
        this.pending.delete(id);
        reject(new DaemonTimeoutError(this.socketPath, method, timeoutMs));
      });
      this.pending.set(id, { resolve, reject, deadline });
      this.socket.write(`${JSON.stringify(params === void 0 ? { jsonrpc: "2.0", id, method } : { jsonrpc: "2.0", id, method, params })}
`);
    });
  }
  /** Closes the connection. */
  close() {
    this.socket.destroy();
  }
  failAll(err) {
    for (const p of this.pending.values()) {
      p.deadline.cancel();
      p.reject(err);
    }
    this.pending.clear();
  }
  onData(chunk) {
    this.buffer += chunk;
    let newline;
    while ((newline = this.buffer.indexOf("\n")) !== -1) {
      const line = this.buffer.slice(0, newline);
      this.buffer = this.buffer.slice(newline + 1);
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      if (message.method !== void 0 && message.id === void 0) {
        this.emit("notification", ...[message.method, message.params]);
        continue;
      }
      const pending = typeof message.id === "number" ? this.pending.get(message.id) : void 0;
      if (pending === void 0) {
        if (message.error && message.id === null) this.failAll(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
        continue;
      }
      this.pending.delete(message.id);
      pending.deadline.cancel();
      if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
      else pending.resolve(message.result);
    }
  }
};

// ts/paths/paths.ts
var import_node_path = require("node:path");
var RUNTIME_FILES = {
  /** swaysock-healthd's JSON-RPC socket. */
  daemonSocket: "swaysock/healthd.sock",
  /** The stable socket (never named `sway-ipc.*`, so neither cleanup nor discovery takes it for a Sway). */
  stableSocket: "swaysock/sway.sock",
  /** `swaysock session`'s PID lock. */
  sessionLock: "swaysock/session.lock",
  /** The cleanup's PID lock. */
  cleanupLock: "swaysock/cleanup.lock"
};
function defaultDaemonSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.daemonSocket);
}
function cleanupLockPath(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.cleanupLock);
}

// ts/cleanup/notify-daemon.ts
var REPORT_TIMEOUT_MS = 1e3;
async function reportRemovals(runtimeDir, removed, timeoutMs = REPORT_TIMEOUT_MS) {
  if (removed.length === 0) return true;
  const socket = defaultDaemonSocket(runtimeDir);
  if (!(0, import_node_fs.existsSync)(socket)) return false;
  let client = null;
  try {
    const started = process.uptime();
    client = await DaemonClient.connect(socket, { timeoutMs });
    const params = { removed: removed.slice(0, MAX_CLEANUP_REMOVALS).map((e) => ({ path: e.path, reason: e.reason })) };
    await client.call("cleanup.removed", params, Math.max(1, timeoutMs - (process.uptime() - started) * 1e3));
    return true;
  } catch {
    return false;
  } finally {
    client?.close();
  }
}

// ts/cleanup/run.ts
var import_node_fs6 = require("node:fs");

// ts/lock/pid-lock.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

// ts/fs/private-dir.ts
var import_node_fs2 = require("node:fs");
var UnsafeDirectoryError = class extends SwaysockError {
  constructor(dir, problem, fix) {
    super("ERR_SWAYSOCK_UNSAFE_DIRECTORY", `${problem}${fix === null ? "" : ` (${fix})`}`);
    this.dir = dir;
    this.problem = problem;
    this.fix = fix;
    this.name = "UnsafeDirectoryError";
  }
  dir;
  problem;
  fix;
};
function ensurePrivateDir(dir, uid = process.getuid()) {
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs2.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem = notOwnerOnly(dir, st, uid);
  if (problem !== null) throw new UnsafeDirectoryError(dir, problem, st.uid === uid ? `chmod 0700 ${dir}` : null);
}
function notOwnerOnly(path, st, uid) {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
}

// ts/liveness/proc.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");
var SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
function readProcStat(pid, procRoot = "/proc") {
  const dir = (0, import_node_path2.join)(procRoot, String(pid));
  if ((0, import_node_fs3.statSync)(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = (0, import_node_fs3.readFileSync)((0, import_node_path2.join)(dir, "stat"), "utf8");
  } catch (err) {
    if (err.code === "ENOENT" || err.code === "ESRCH") return null;
    throw err;
  }
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const rest = text.slice(close + 2).split(" ");
  return { comm: text.slice(open + 1, close), state: rest[0] ?? "?", startTicks: Number(rest[19]) };
}
function processKind(pid, procRoot = "/proc") {
  let stat;
  try {
    stat = readProcStat(pid, procRoot);
  } catch {
    return "unknown";
  }
  if (stat === null) return "absent";
  if (stat.state === "Z" || stat.state === "X") return "zombie";
  if (SWAY_PROCESS_NAMES.has(stat.comm)) return "sway";
  try {
    if (SWAY_PROCESS_NAMES.has((0, import_node_path2.basename)((0, import_node_fs3.readlinkSync)((0, import_node_path2.join)(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}

// ts/lock/pid-lock.ts
var LockTimeoutError = class extends SwaysockError {
  constructor(path, why) {
    super("ERR_SWAYSOCK_LOCK_TIMEOUT", `could not take ${path} before the deadline: ${why}`);
    this.path = path;
    this.name = "LockTimeoutError";
  }
  path;
};
var DEFAULT_LOCK_TIMEOUT_MS = 1e4;
function readLockRecord(path) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(path, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW | import_node_fs4.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(0, import_node_fs4.fstatSync)(fd).isFile()) return null;
    const h = JSON.parse((0, import_node_fs4.readFileSync)(fd, "utf8"));
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function writeTemporary(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`;
  const fd = (0, import_node_fs4.openSync)(tmp, import_node_fs4.constants.O_WRONLY | import_node_fs4.constants.O_CREAT | import_node_fs4.constants.O_EXCL | import_node_fs4.constants.O_NOFOLLOW, 384);
  try {
    (0, import_node_fs4.writeSync)(fd, text);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
  return tmp;
}
function holderIsAlive(holder, procRoot = "/proc") {
  try {
    const stat = readProcStat(holder.pid, procRoot);
    return stat !== null && stat.state !== "Z" && stat.state !== "X" && stat.startTicks === holder.start_ticks;
  } catch {
    return true;
  }
}
var BREAK_LOCK_STALE_MS = 1e4;
async function tryAcquireLock(path, extra, options = {}) {
  const procRoot = options.procRoot ?? "/proc";
  const deadline = options.deadline ?? Date.now() + DEFAULT_LOCK_TIMEOUT_MS;
  ensurePrivateDir((0, import_node_path3.dirname)(path));
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = writeTemporary(path, `${JSON.stringify(holder)}
`);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs4.linkSync)(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              const current2 = readLockRecord(path);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since)
                  (0, import_node_fs4.unlinkSync)(path);
              } catch {
              }
            }
          }
        };
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
      }
      const current = readLockRecord(path);
      if (current !== null && holderIsAlive(current, procRoot)) return { held: current };
      await breakStaleLock(path, procRoot, deadline);
    }
    throw new SwaysockError("ERR_SWAYSOCK_LOCK_UNSTABLE", `could not take ${path}: it kept changing under us`);
  } finally {
    try {
      (0, import_node_fs4.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path, procRoot, deadline) {
  const breakLock = `${path}.break`;
  for (; ; ) {
    try {
      (0, import_node_fs4.mkdirSync)(breakLock, { mode: 448 });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - (0, import_node_fs4.lstatSync)(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) (0, import_node_fs4.rmdirSync)(breakLock);
    } catch {
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if ((0, import_node_fs4.existsSync)(path) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs4.unlinkSync)(path);
  } finally {
    (0, import_node_fs4.rmdirSync)(breakLock);
  }
}

// ts/liveness/probe.ts
var import_node_fs5 = require("node:fs");
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
async function inspectSocketFile(path, uid) {
  let st;
  try {
    st = (0, import_node_fs5.lstatSync)(path);
  } catch (err) {
    const code = err.code ?? "EUNKNOWN";
    return code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
  if (!st.isSocket()) {
    const type = st.isSymbolicLink() ? "symlink" : st.isFile() ? "regular file" : st.isDirectory() ? "directory" : "other file type";
    return { kind: "not-socket", type };
  }
  if (st.uid !== uid) return { kind: "foreign", ownerUid: st.uid };
  return { kind: "socket", identity: { dev: st.dev, ino: st.ino } };
}
var DEFAULT_PROBE_TIMEOUT_MS = 500;
async function probeSocket(path, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS) {
  try {
    (await connectUnix(path, timeoutMs)).destroy();
    return { kind: "listening" };
  } catch (err) {
    const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}

// ts/cleanup/decide.ts
var import_node_path4 = require("node:path");

// ts/liveness/socket-name.ts
var NAME = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;
function parseSwaySocketName(name) {
  const m = NAME.exec(name);
  if (m === null) return null;
  const uid = Number(m[1]);
  const pid = Number(m[2]);
  if (uid > 4294967295 || pid < 1 || pid > 1073741823) return null;
  return { uid, pid };
}

// ts/cleanup/decide.ts
async function decide(dir, name, ctx) {
  const path = (0, import_node_path4.join)(dir, name);
  const parsed = parseSwaySocketName(name);
  if (parsed === null) return { kind: "ignore", path, reason: "not a Sway socket name" };
  if (parsed.uid !== ctx.uid) return { kind: "ignore", path, reason: `named for UID ${parsed.uid}, not ours (${ctx.uid})` };
  const file = await inspectSocketFile(path, ctx.uid);
  switch (file.kind) {
    case "absent":
      return { kind: "ignore", path, reason: "vanished" };
    case "not-socket":
      return { kind: "ignore", path, reason: `not a socket (${file.type})` };
    case "foreign":
      return { kind: "ignore", path, reason: `owned by UID ${file.ownerUid}, not ours` };
    case "error":
      return { kind: "keep", path, reason: `lstat failed (${file.code}): state unknown`, unknown: true };
  }
  const pid = parsed.pid;
  const process2 = processKind(pid, ctx.procRoot);
  if (process2 === "sway")
    return { kind: "keep", path, reason: `PID ${pid} is a live Sway (serving, or starting: bound but not yet listening)`, unknown: false };
  if (process2 === "unknown") return { kind: "keep", path, reason: `cannot read /proc/${pid}: whether it is Sway is unknown`, unknown: true };
  const probe = await probeSocket(path, ctx.probeTimeoutMs);
  switch (probe.kind) {
    case "listening":
      return { kind: "keep", path, reason: "something accepts connections on it (a Sway in another PID namespace?)", unknown: false };
    case "absent":
      return { kind: "ignore", path, reason: "vanished" };
    case "error":
      return { kind: "keep", path, reason: `connect() failed with ${probe.code}: state unknown`, unknown: true };
  }
  let why;
  if (process2 === "absent") why = `PID ${pid} is gone`;
  else if (process2 === "zombie") why = `PID ${pid} is a zombie (dead, not yet reaped)`;
  else why = `PID ${pid} is now ${JSON.stringify(safeComm(pid, ctx.procRoot))}, not Sway (PID reused)`;
  return { kind: "stale", path, reason: `nobody listens (ECONNREFUSED) and ${why}`, identity: file.identity };
}
function safeComm(pid, procRoot) {
  try {
    return readProcStat(pid, procRoot)?.comm ?? "?";
  } catch {
    return "?";
  }
}

// ts/cleanup/run.ts
var CONCURRENCY = 16;
var CleanupError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_CLEANUP", message);
    this.name = "CleanupError";
  }
};
async function takeLock(runtimeDir, timeoutMs) {
  const path = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held;
  for (; ; ) {
    let result;
    try {
      result = await tryAcquireLock(path, {}, { deadline });
    } catch (err) {
      if (hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw new CleanupError(`refusing the cleanup lock ${path}: ${err.message}`);
      if (hasCode(err, "ERR_SWAYSOCK_LOCK_TIMEOUT")) throw new CleanupError(`${err.message} (${timeoutMs} ms)`);
      throw new CleanupError(`cannot take the cleanup lock ${path}: ${err.code ?? err.message}`);
    }
    if ("lock" in result) return result.lock;
    held = result.held;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new CleanupError(`another cleanup (PID ${held.pid}, since ${held.since}) still holds ${path} after ${timeoutMs} ms`);
}
async function runCleanup(options) {
  const dir = options.runtimeDir;
  const uid = options.uid ?? process.getuid();
  const dryRun = options.dryRun ?? false;
  try {
    (0, import_node_fs6.readdirSync)(dir);
  } catch (err) {
    const code = err.code;
    throw new CleanupError(
      `cannot read the runtime directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "not a directory" : code ?? err.message}`
    );
  }
  const report = { runtime_dir: dir, dry_run: dryRun, removed: [], kept: [], errors: [], ignored: [] };
  const lock = dryRun ? null : await takeLock(dir, options.lockTimeoutMs ?? 1e4);
  try {
    const names = (0, import_node_fs6.readdirSync)(dir);
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const d = await decide(dir, names[next++], { uid, procRoot: options.procRoot, probeTimeoutMs: options.probeTimeoutMs });
        if (d.kind === "ignore") report.ignored.push({ path: d.path, reason: d.reason });
        else if (d.kind === "keep") report.kept.push({ path: d.path, reason: d.reason, unknown: d.unknown });
        else if (dryRun) report.removed.push({ path: d.path, reason: d.reason });
        else remove(d, report);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
  } finally {
    lock?.release();
  }
  for (const list of [report.removed, report.kept, report.errors, report.ignored]) list.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return report;
}
function unlinkIfUnchanged(path, identity) {
  try {
    const st = (0, import_node_fs6.lstatSync)(path);
    if (!sameIdentity(st, identity) || !st.isSocket()) return "replaced";
    (0, import_node_fs6.unlinkSync)(path);
    return "removed";
  } catch (err) {
    if (err.code === "ENOENT") return "vanished";
    throw err;
  }
}
function remove(d, report) {
  let outcome;
  try {
    outcome = unlinkIfUnchanged(d.path, d.identity);
  } catch (err) {
    report.errors.push({ path: d.path, error: `unlink failed: ${err.code ?? err.message}` });
    return;
  }
  if (outcome === "removed") report.removed.push({ path: d.path, reason: d.reason });
  else if (outcome === "replaced") report.kept.push({ path: d.path, reason: "replaced since it was checked (inode changed)", unknown: false });
  else report.ignored.push({ path: d.path, reason: "vanished before the unlink" });
}

// ts/systemd/log.ts
var import_node_fs7 = require("node:fs");
var Priority = { err: 3, warning: 4, notice: 5, info: 6, debug: 7 };
function stderrIsJournal(env = process.env) {
  const stream = env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(":");
  try {
    const st = (0, import_node_fs7.fstatSync)(2, { bigint: true });
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}
function createLogger(options = {}) {
  const journal = options.journal ?? stderrIsJournal();
  const write = options.write ?? ((line) => process.stderr.write(line));
  return (priority, message) => {
    const text = message.replace(/\n/g, " ");
    write(journal ? `<${Priority[priority]}>${text}
` : `${text}
`);
  };
}

// ts/cli/usage.ts
var EXIT_FAILURE = 1;
var EXIT_DAEMON_UNREACHABLE = 2;
var EXIT_USAGE = 64;
var EXIT_CODES = {
  ERR_SWAYSOCK_USAGE: EXIT_USAGE,
  ERR_SWAYSOCK_VARIABLE_NAME: EXIT_USAGE,
  ERR_SWAYSOCK_LISTEN_ADDRESS: EXIT_USAGE,
  ERR_SWAYSOCK_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_UNSTABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_EXEC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_BAD_MAGIC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_ADDRESS: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_AUTH: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CALL: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_JOB_FAILED: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_CLOSED: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_TIMEOUT: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_SOCKET_PATH: EXIT_FAILURE,
  ERR_SWAYSOCK_SESSION_LOCKED: EXIT_FAILURE,
  ERR_SWAYSOCK_CLEANUP: EXIT_FAILURE,
  ERR_SWAYSOCK_MIGRATE: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_KIND: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_SETTING: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_WORD: EXIT_FAILURE,
  ERR_SWAYSOCK_INSTALLATION: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_SWAY: EXIT_FAILURE,
  ERR_SWAYSOCK_SWAY_UNREACHABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: EXIT_FAILURE,
  ERR_SWAYSOCK_CHECK_DEADLINE: EXIT_FAILURE,
  ERR_SWAYSOCK_FILE: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_HISTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_STABLE_SOCKET: EXIT_FAILURE
};
function exitCodeOf(err) {
  if (!hasCode(err)) return EXIT_FAILURE;
  if (hasCode(err, "ERR_SWAYSOCK_DAEMON_RPC") && err.rpcName === "TOO_MANY_CLIENTS") return EXIT_DAEMON_UNREACHABLE;
  return EXIT_CODES[err.code];
}
var UsageError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_USAGE", message);
    this.name = "UsageError";
  }
};
function resolveRuntimeDir(explicit, env = process.env) {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
}

// ts/cli/commands/cleanup-run.ts
function reportLines(report, verbose) {
  const verb = report.dry_run ? "would remove" : "removed";
  const out = report.removed.map((e) => ["notice", `${verb} ${e.path}: ${e.reason}`]);
  for (const k of report.kept) if (verbose || k.unknown) out.push([k.unknown ? "warning" : "info", `kept ${k.path}: ${k.reason}`]);
  for (const e of report.errors) out.push(["err", `error ${e.path}: ${e.error}`]);
  if (verbose) for (const i of report.ignored) out.push(["debug", `left alone ${i.path}: ${i.reason}`]);
  return out;
}
async function runCleanupCommand(args, program = "swaysock-cleanup") {
  let report;
  try {
    if (args["runtime-dir"] === "") throw new UsageError("--runtime-dir needs a directory");
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    report = await runCleanup({ runtimeDir, dryRun: args["dry-run"] });
    if (!report.dry_run) await reportRemovals(runtimeDir, report.removed);
  } catch (err) {
    if (!hasCode(err, "ERR_SWAYSOCK_USAGE", "ERR_SWAYSOCK_CLEANUP")) throw err;
    process.stderr.write(`${program}: ${err.message}
`);
    return exitCodeOf(err);
  }
  const journal = stderrIsJournal();
  const log = createLogger({ journal });
  const lines = reportLines(report, args.verbose);
  if (args.json) {
    const { ignored, ...rest } = report;
    process.stdout.write(`${JSON.stringify(args.verbose ? report : rest, null, 2)}
`);
    if (journal) for (const [p, text] of lines) log(p, text);
  } else if (journal) {
    for (const [p, text] of lines) log(p, text);
  } else {
    process.stdout.write(lines.map(([, text]) => `${text}
`).join(""));
  }
  return 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  reportLines,
  runCleanupCommand
});
