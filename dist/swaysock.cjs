#!/usr/bin/env node

"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// ts/cli/usage.ts
function resolveRuntimeDir(explicit, env = process.env) {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
}
var EXIT_FAILURE, EXIT_DAEMON_UNREACHABLE, EXIT_USAGE, UsageError;
var init_usage = __esm({
  "ts/cli/usage.ts"() {
    "use strict";
    EXIT_FAILURE = 1;
    EXIT_DAEMON_UNREACHABLE = 2;
    EXIT_USAGE = 64;
    UsageError = class extends Error {
      code = "ERR_SWAYSOCK_USAGE";
      constructor(message) {
        super(message);
        this.name = "UsageError";
      }
    };
  }
});

// ts/systemd/log.ts
function stderrIsJournal(env = process.env) {
  const stream = env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(":");
  try {
    const st = (0, import_node_fs.fstatSync)(2, { bigint: true });
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}
function createLogger(options = {}) {
  const journal = options.journal ?? stderrIsJournal();
  const write = options.write ?? ((line2) => process.stderr.write(line2));
  return (priority, message) => {
    const text = message.replace(/\n/g, " ");
    write(journal ? `<${Priority[priority]}>${text}
` : `${text}
`);
  };
}
var import_node_fs, Priority;
var init_log = __esm({
  "ts/systemd/log.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    Priority = { err: 3, warning: 4, notice: 5, info: 6, debug: 7 };
  }
});

// ts/net/connect.ts
function connectUnix(path, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve2, reject) => {
    const socket = (0, import_node_net.connect)({ path, allowHalfOpen });
    const fail = (code, cause) => {
      clearTimeout(timer);
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      socket.on("error", () => {
      });
      socket.destroy();
      reject(new ConnectError(path, code, { cause }));
    };
    const onError = (err) => fail(err.code ?? "EUNKNOWN", err);
    const onConnect = () => {
      clearTimeout(timer);
      socket.removeListener("error", onError);
      resolve2(socket);
    };
    const timer = setTimeout(() => fail("ETIMEDOUT"), timeoutMs);
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}
var import_node_net, ConnectError;
var init_connect = __esm({
  "ts/net/connect.ts"() {
    "use strict";
    import_node_net = require("node:net");
    ConnectError = class extends Error {
      constructor(path, code, options) {
        super(`cannot connect to ${path} (${code})`, options);
        this.path = path;
        this.code = code;
        this.name = "ConnectError";
      }
      path;
      code;
    };
  }
});

// ts/rpc/protocol.ts
function defaultDaemonSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, "swaysock", "healthd.sock");
}
function rpcErrorName(code) {
  for (const [name, value] of Object.entries(RpcErrorCode)) if (value === code) return name;
  return "SERVER_ERROR";
}
var import_node_path, RpcErrorCode, MAX_LINE_BYTES, MAX_ANSWER_BYTES, MAX_EVENTS_ANSWER_BYTES, MAX_CLEANUP_REMOVALS;
var init_protocol = __esm({
  "ts/rpc/protocol.ts"() {
    "use strict";
    import_node_path = require("node:path");
    RpcErrorCode = {
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
    MAX_LINE_BYTES = 64 * 1024;
    MAX_ANSWER_BYTES = 256 * 1024;
    MAX_EVENTS_ANSWER_BYTES = 192 * 1024;
    MAX_CLEANUP_REMOVALS = 256;
  }
});

// ts/rpc/client.ts
var import_node_events, DEFAULT_DAEMON_TIMEOUT_MS, DaemonUnreachableError, DaemonRpcError, DaemonClosedError, DaemonTimeoutError, DaemonClient;
var init_client = __esm({
  "ts/rpc/client.ts"() {
    "use strict";
    import_node_events = require("node:events");
    init_connect();
    init_protocol();
    DEFAULT_DAEMON_TIMEOUT_MS = 5e3;
    DaemonUnreachableError = class extends Error {
      constructor(socketPath, code) {
        super(`cannot reach swaysock-healthd at ${socketPath} (${code})`);
        this.socketPath = socketPath;
        this.code = code;
        this.name = "DaemonUnreachableError";
      }
      socketPath;
      code;
    };
    DaemonRpcError = class extends Error {
      constructor(rpcCode, message, data) {
        super(`${message} (JSON-RPC error ${rpcCode})${data === void 0 ? "" : `: ${typeof data === "string" ? data : JSON.stringify(data)}`}`);
        this.rpcCode = rpcCode;
        this.data = data;
        this.name = "DaemonRpcError";
        this.code = rpcErrorName(rpcCode);
      }
      rpcCode;
      data;
      code;
    };
    DaemonClosedError = class extends Error {
      constructor(socketPath) {
        super(`swaysock-healthd at ${socketPath} closed the connection`);
        this.socketPath = socketPath;
        this.name = "DaemonClosedError";
      }
      socketPath;
      code = "ERR_SWAYSOCK_DAEMON_CLOSED";
    };
    DaemonTimeoutError = class extends Error {
      constructor(socketPath, method, timeoutMs) {
        super(`swaysock-healthd at ${socketPath} did not answer ${method} within ${timeoutMs} ms`);
        this.socketPath = socketPath;
        this.method = method;
        this.timeoutMs = timeoutMs;
        this.name = "DaemonTimeoutError";
      }
      socketPath;
      method;
      timeoutMs;
      code = "ERR_SWAYSOCK_DAEMON_TIMEOUT";
    };
    DaemonClient = class _DaemonClient extends import_node_events.EventEmitter {
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
          if (err instanceof ConnectError) throw new DaemonUnreachableError(socketPath, err.code);
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
        return new Promise((resolve2, reject) => {
          if (this.socket.destroyed) {
            reject(new DaemonClosedError(this.socketPath));
            return;
          }
          const timer = setTimeout(() => {
            this.pending.delete(id);
            reject(new DaemonTimeoutError(this.socketPath, method, timeoutMs));
          }, timeoutMs);
          this.pending.set(id, { resolve: resolve2, reject, timer });
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
          clearTimeout(p.timer);
          p.reject(err);
        }
        this.pending.clear();
      }
      onData(chunk) {
        this.buffer += chunk;
        let newline;
        while ((newline = this.buffer.indexOf("\n")) !== -1) {
          const line2 = this.buffer.slice(0, newline);
          this.buffer = this.buffer.slice(newline + 1);
          let message;
          try {
            message = JSON.parse(line2);
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
          clearTimeout(pending.timer);
          if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
          else pending.resolve(message.result);
        }
      }
    };
  }
});

// ts/cleanup/notify-daemon.ts
async function reportRemovals(runtimeDir, removed, timeoutMs = REPORT_TIMEOUT_MS) {
  if (removed.length === 0) return true;
  let client = null;
  try {
    const started = import_node_perf_hooks.performance.now();
    client = await DaemonClient.connect(defaultDaemonSocket(runtimeDir), { timeoutMs });
    const params = { removed: removed.slice(0, MAX_CLEANUP_REMOVALS).map((e) => ({ path: e.path, reason: e.reason })) };
    await client.call("cleanup.removed", params, Math.max(1, timeoutMs - (import_node_perf_hooks.performance.now() - started)));
    return true;
  } catch {
    return false;
  } finally {
    client?.close();
  }
}
var import_node_perf_hooks, REPORT_TIMEOUT_MS;
var init_notify_daemon = __esm({
  "ts/cleanup/notify-daemon.ts"() {
    "use strict";
    import_node_perf_hooks = require("node:perf_hooks");
    init_client();
    init_protocol();
    REPORT_TIMEOUT_MS = 1e3;
  }
});

// ts/fs/private-dir.ts
function ensurePrivateDir(dir, uid = process.getuid()) {
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs2.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  if (st.uid !== uid) throw new UnsafeDirectoryError(dir, `${dir} belongs to UID ${st.uid}, not to us (UID ${uid})`, null);
  if ((st.mode & 63) !== 0) {
    throw new UnsafeDirectoryError(dir, `${dir} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`, `chmod 0700 ${dir}`);
  }
}
var import_node_fs2, UnsafeDirectoryError;
var init_private_dir = __esm({
  "ts/fs/private-dir.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    UnsafeDirectoryError = class extends Error {
      constructor(dir, problem2, fix) {
        super(`${problem2}${fix === null ? "" : ` (${fix})`}`);
        this.dir = dir;
        this.problem = problem2;
        this.fix = fix;
        this.name = "UnsafeDirectoryError";
      }
      dir;
      problem;
      fix;
      code = "ERR_SWAYSOCK_UNSAFE_DIRECTORY";
    };
  }
});

// ts/liveness/proc.ts
function readProcStat(pid, procRoot = "/proc") {
  const dir = (0, import_node_path2.join)(procRoot, String(pid));
  if ((0, import_node_fs3.statSync)(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = (0, import_node_fs3.readFileSync)((0, import_node_path2.join)(dir, "stat"), "latin1");
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
function waylandDisplaysOf(pid, runtimeDir, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = (0, import_node_fs3.readdirSync)((0, import_node_path2.join)(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix = (0, import_node_path2.join)(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = (0, import_node_fs3.readlinkSync)((0, import_node_path2.join)(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push((0, import_node_path2.basename)(target, ".lock"));
  }
  return displays;
}
function readEnviron(pid, procRoot = "/proc") {
  const env = {};
  for (const entry of (0, import_node_fs3.readFileSync)((0, import_node_path2.join)(procRoot, String(pid), "environ"), "utf8").split("\0")) {
    const eq = entry.indexOf("=");
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}
var import_node_fs3, import_node_path2, SWAY_PROCESS_NAMES;
var init_proc = __esm({
  "ts/liveness/proc.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path2 = require("node:path");
    SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
  }
});

// ts/lock/pid-lock.ts
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
  const tmp = `${path}.${process.pid}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`;
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
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since) (0, import_node_fs4.unlinkSync)(path);
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
    throw new Error(`could not take ${path}: it kept changing under us`);
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
var import_node_crypto, import_node_fs4, import_node_path3, LockTimeoutError, DEFAULT_LOCK_TIMEOUT_MS, BREAK_LOCK_STALE_MS;
var init_pid_lock = __esm({
  "ts/lock/pid-lock.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs4 = require("node:fs");
    import_node_path3 = require("node:path");
    init_private_dir();
    init_proc();
    LockTimeoutError = class extends Error {
      constructor(path, why) {
        super(`could not take ${path} before the deadline: ${why}`);
        this.path = path;
        this.name = "LockTimeoutError";
      }
      path;
      code = "ERR_SWAYSOCK_LOCK_TIMEOUT";
    };
    DEFAULT_LOCK_TIMEOUT_MS = 1e4;
    BREAK_LOCK_STALE_MS = 1e4;
  }
});

// ts/liveness/probe.ts
var probe_exports = {};
__export(probe_exports, {
  DEFAULT_PROBE_TIMEOUT_MS: () => DEFAULT_PROBE_TIMEOUT_MS,
  inspectSocketFile: () => inspectSocketFile,
  probeSocket: () => probeSocket,
  sameSocketFile: () => sameSocketFile
});
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
async function probeSocket(path, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS) {
  try {
    (await connectUnix(path, timeoutMs)).destroy();
    return { kind: "listening" };
  } catch (err) {
    const code = err instanceof ConnectError ? err.code : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}
function sameSocketFile(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [(0, import_node_fs5.statSync)(a), (0, import_node_fs5.statSync)(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
var import_node_fs5, DEFAULT_PROBE_TIMEOUT_MS;
var init_probe = __esm({
  "ts/liveness/probe.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    init_connect();
    DEFAULT_PROBE_TIMEOUT_MS = 500;
  }
});

// ts/liveness/socket-name.ts
function parseSwaySocketName(name) {
  const m = NAME.exec(name);
  if (m === null) return null;
  const uid = Number(m[1]);
  const pid = Number(m[2]);
  if (uid > 4294967295 || pid < 1 || pid > 1073741823) return null;
  return { uid, pid };
}
var NAME;
var init_socket_name = __esm({
  "ts/liveness/socket-name.ts"() {
    "use strict";
    NAME = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;
  }
});

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
  if (process2 === "sway") return { kind: "keep", path, reason: `PID ${pid} is a live Sway (serving, or starting: bound but not yet listening)`, unknown: false };
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
var import_node_path4;
var init_decide = __esm({
  "ts/cleanup/decide.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    init_proc();
    init_probe();
    init_socket_name();
  }
});

// ts/cleanup/run.ts
function cleanupLockPath(runtimeDir) {
  return (0, import_node_path5.join)(runtimeDir, "swaysock", "cleanup.lock");
}
async function takeLock(runtimeDir, timeoutMs) {
  const path = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held;
  for (; ; ) {
    let result;
    try {
      result = await tryAcquireLock(path, {}, { deadline });
    } catch (err) {
      if (err instanceof UnsafeDirectoryError) throw new CleanupError(`refusing the cleanup lock ${path}: ${err.message}`);
      if (err instanceof LockTimeoutError) throw new CleanupError(`${err.message} (${timeoutMs} ms)`);
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
    throw new CleanupError(`cannot read the runtime directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "not a directory" : code ?? err.message}`);
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
    if (st.ino !== identity.ino || st.dev !== identity.dev || !st.isSocket()) return "replaced";
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
var import_node_fs6, import_node_path5, CONCURRENCY, CleanupError;
var init_run = __esm({
  "ts/cleanup/run.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path5 = require("node:path");
    init_pid_lock();
    init_decide();
    CONCURRENCY = 16;
    CleanupError = class extends Error {
      code = "ERR_SWAYSOCK_CLEANUP";
      constructor(message) {
        super(message);
        this.name = "CleanupError";
      }
    };
  }
});

// ts/cleanup/command.ts
var command_exports = {};
__export(command_exports, {
  reportLines: () => reportLines,
  runCleanupCommand: () => runCleanupCommand
});
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
    if (err instanceof UsageError) {
      process.stderr.write(`${program}: ${err.message}
`);
      return EXIT_USAGE;
    }
    if (!(err instanceof CleanupError)) throw err;
    process.stderr.write(`${program}: ${err.message}
`);
    return EXIT_FAILURE;
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
var init_command = __esm({
  "ts/cleanup/command.ts"() {
    "use strict";
    init_usage();
    init_log();
    init_notify_daemon();
    init_run();
  }
});

// ts/ipc/codec.ts
function eventName(code) {
  for (const [name, value] of Object.entries(IpcEventType)) if (value === code) return name;
  return `event-${code}`;
}
function encodeFrame(type, payload = "") {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const frame = Buffer.allocUnsafe(IPC_HEADER_BYTES + body.length);
  IPC_MAGIC.copy(frame, 0);
  if (LITTLE) {
    frame.writeUInt32LE(body.length, 6);
    frame.writeUInt32LE(type >>> 0, 10);
  } else {
    frame.writeUInt32BE(body.length, 6);
    frame.writeUInt32BE(type >>> 0, 10);
  }
  body.copy(frame, IPC_HEADER_BYTES);
  return frame;
}
var import_node_os, IPC_MAGIC, IPC_HEADER_BYTES, DEFAULT_MAX_PAYLOAD_BYTES, IPC_EVENT_BIT, LITTLE, IpcMessageType, IpcEventType, IpcProtocolError, FrameDecoder;
var init_codec = __esm({
  "ts/ipc/codec.ts"() {
    "use strict";
    import_node_os = require("node:os");
    IPC_MAGIC = Buffer.from("i3-ipc", "ascii");
    IPC_HEADER_BYTES = 14;
    DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
    IPC_EVENT_BIT = 2147483648;
    LITTLE = (0, import_node_os.endianness)() === "LE";
    IpcMessageType = {
      RUN_COMMAND: 0,
      GET_WORKSPACES: 1,
      SUBSCRIBE: 2,
      GET_OUTPUTS: 3,
      GET_TREE: 4,
      GET_MARKS: 5,
      GET_BAR_CONFIG: 6,
      GET_VERSION: 7,
      GET_BINDING_MODES: 8,
      GET_CONFIG: 9,
      SEND_TICK: 10,
      SYNC: 11,
      GET_BINDING_STATE: 12,
      GET_INPUTS: 100,
      GET_SEATS: 101
    };
    IpcEventType = {
      workspace: 0,
      output: 1,
      mode: 2,
      window: 3,
      barconfig_update: 4,
      binding: 5,
      shutdown: 6,
      tick: 7,
      bar_state_update: 20,
      input: 21
    };
    IpcProtocolError = class extends Error {
      constructor(code, message) {
        super(message);
        this.code = code;
        this.name = "IpcProtocolError";
      }
      code;
    };
    FrameDecoder = class {
      /** @param maxPayloadBytes largest payload accepted, in bytes (default 16 MiB). */
      constructor(maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES) {
        this.maxPayloadBytes = maxPayloadBytes;
      }
      maxPayloadBytes;
      pending = null;
      /**
       * Adds a chunk and returns the frames it completes (possibly none).
       * @throws IpcProtocolError `BAD_MAGIC` when a header does not start with "i3-ipc";
       *   `PAYLOAD_TOO_LARGE` when a header announces more than `maxPayloadBytes`.
       *   Both are raised as soon as the 14 header bytes are in, never after waiting for the payload.
       */
      push(chunk) {
        let buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
        this.pending = null;
        const frames = [];
        let offset = 0;
        while (buf.length - offset >= IPC_HEADER_BYTES) {
          if (buf.compare(IPC_MAGIC, 0, 6, offset, offset + 6) !== 0) {
            throw new IpcProtocolError("BAD_MAGIC", `bad IPC magic ${JSON.stringify(buf.toString("latin1", offset, offset + 6))}, expected "i3-ipc"`);
          }
          const length = LITTLE ? buf.readUInt32LE(offset + 6) : buf.readUInt32BE(offset + 6);
          if (length > this.maxPayloadBytes) {
            throw new IpcProtocolError("PAYLOAD_TOO_LARGE", `IPC payload of ${length} bytes exceeds the bound of ${this.maxPayloadBytes} bytes`);
          }
          const end = offset + IPC_HEADER_BYTES + length;
          if (buf.length < end) break;
          const raw = LITTLE ? buf.readUInt32LE(offset + 10) : buf.readUInt32BE(offset + 10);
          frames.push({
            type: (raw & ~IPC_EVENT_BIT) >>> 0,
            isEvent: (raw & IPC_EVENT_BIT) !== 0,
            payload: buf.subarray(offset + IPC_HEADER_BYTES, end)
          });
          offset = end;
        }
        if (offset < buf.length) this.pending = Buffer.from(buf.subarray(offset));
        return frames;
      }
      /** Bytes received that do not yet form a whole frame. */
      get bufferedBytes() {
        return this.pending?.length ?? 0;
      }
    };
  }
});

// ts/ipc/client.ts
var import_node_events2, DEFAULT_REQUEST_TIMEOUT_MS, IpcTimeoutError, IpcClosedError, IpcReplyError, SwayIpcClient;
var init_client2 = __esm({
  "ts/ipc/client.ts"() {
    "use strict";
    import_node_events2 = require("node:events");
    init_connect();
    init_codec();
    DEFAULT_REQUEST_TIMEOUT_MS = 1e3;
    IpcTimeoutError = class extends Error {
      constructor(type, timeoutMs) {
        super(`IPC request of type ${type} got no reply within ${timeoutMs} ms`);
        this.type = type;
        this.timeoutMs = timeoutMs;
        this.name = "IpcTimeoutError";
      }
      type;
      timeoutMs;
    };
    IpcClosedError = class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = "IpcClosedError";
      }
    };
    IpcReplyError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "IpcReplyError";
      }
    };
    SwayIpcClient = class _SwayIpcClient extends import_node_events2.EventEmitter {
      constructor(socket, path, maxPayloadBytes) {
        super();
        this.socket = socket;
        this.path = path;
        this.decoder = new FrameDecoder(maxPayloadBytes);
        socket.on("data", (chunk) => this.onData(chunk));
        socket.on("error", (err) => this.shutdown(err));
        socket.on("close", () => this.shutdown(new IpcClosedError(`Sway closed the IPC connection ${path}`)));
      }
      socket;
      path;
      decoder;
      queue = [];
      closedReason = void 0;
      /**
       * Connects to a Sway IPC socket.
       * @param path absolute path of the socket (`$XDG_RUNTIME_DIR/sway-ipc.UID.PID.sock`).
       * @param options.timeoutMs connect timeout in ms (default 1000).
       * @throws ConnectError (ts/net/connect.ts): `code` is the errno (`ECONNREFUSED`, `ENOENT`, ...) or `ETIMEDOUT`.
       */
      static async connect(path, options = {}) {
        const socket = await connectUnix(path, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
        return new _SwayIpcClient(socket, path, options.maxPayloadBytes);
      }
      /** True until the connection has closed for any reason. */
      get isOpen() {
        return this.closedReason === void 0;
      }
      /**
       * Sends one message and resolves with its reply frame.
       * @param type message type ({@link IpcMessageType}).
       * @param payload request payload (a JSON string or command text).
       * @param timeoutMs reply timeout in ms (default 1000); 0 disables it.
       * @throws IpcTimeoutError, IpcClosedError.
       */
      request(type, payload = "", timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
        if (this.closedReason !== void 0) {
          return Promise.reject(new IpcClosedError(`IPC connection ${this.path} is closed`, { cause: this.closedReason }));
        }
        return new Promise((resolve2, reject) => {
          const pending = { type, resolve: resolve2, reject, timer: null, settled: false };
          if (timeoutMs > 0) {
            pending.timer = setTimeout(() => {
              pending.settled = true;
              reject(new IpcTimeoutError(type, timeoutMs));
            }, timeoutMs);
          }
          this.queue.push(pending);
          this.socket.write(encodeFrame(type, payload));
        });
      }
      /** Sends a message and parses its JSON reply. @throws as {@link request}, and IpcReplyError on bad JSON. */
      async requestJson(type, payload = "", timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
        const frame = await this.request(type, payload, timeoutMs);
        try {
          return JSON.parse(frame.payload.toString("utf8"));
        } catch {
          throw new IpcReplyError(`reply to IPC type ${type} is not JSON`);
        }
      }
      /** `GET_VERSION`: Sway's version. @throws as {@link requestJson}. */
      getVersion(timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
        return this.requestJson(IpcMessageType.GET_VERSION, "", timeoutMs);
      }
      /**
       * `SUBSCRIBE` to events by name (e.g. `["shutdown"]`); they arrive as `event` emissions.
       * @throws IpcReplyError when Sway answers `{"success": false}`, or as {@link requestJson}.
       */
      async subscribe(events, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
        const reply = await this.requestJson(IpcMessageType.SUBSCRIBE, JSON.stringify(events), timeoutMs);
        if (reply.success !== true) throw new IpcReplyError(`Sway refused SUBSCRIBE ${JSON.stringify(events)}`);
      }
      /** Closes the connection at once (full close, never a half-close). Idempotent. */
      close() {
        this.socket.destroy();
        this.shutdown(null);
      }
      onData(chunk) {
        let frames;
        try {
          frames = this.decoder.push(chunk);
        } catch (err) {
          this.socket.destroy();
          this.shutdown(err);
          return;
        }
        for (const frame of frames) {
          if (frame.isEvent) {
            let payload = null;
            try {
              payload = JSON.parse(frame.payload.toString("utf8"));
            } catch {
              payload = frame.payload.toString("utf8");
            }
            this.emit("event", eventName(frame.type), payload);
            continue;
          }
          const pending = this.queue.shift();
          if (pending === void 0 || pending.settled) continue;
          pending.settled = true;
          if (pending.timer) clearTimeout(pending.timer);
          pending.resolve(frame);
        }
      }
      shutdown(reason) {
        if (this.closedReason !== void 0) return;
        this.closedReason = reason;
        this.socket.destroy();
        for (const pending of this.queue.splice(0)) {
          if (pending.timer) clearTimeout(pending.timer);
          if (!pending.settled) {
            pending.settled = true;
            pending.reject(new IpcClosedError(`IPC connection ${this.path} closed before the reply`, { cause: reason }));
          }
        }
        this.emit("close", reason);
      }
    };
  }
});

// ts/proxy/default-path.ts
var default_path_exports = {};
__export(default_path_exports, {
  STABLE_FD_NAME: () => STABLE_FD_NAME,
  defaultStableSocket: () => defaultStableSocket
});
function defaultStableSocket(runtimeDir) {
  return (0, import_node_path6.join)(runtimeDir, "swaysock", "sway.sock");
}
var import_node_path6, STABLE_FD_NAME;
var init_default_path = __esm({
  "ts/proxy/default-path.ts"() {
    "use strict";
    import_node_path6 = require("node:path");
    STABLE_FD_NAME = "stable";
  }
});

// ts/discovery/discover.ts
var discover_exports = {};
__export(discover_exports, {
  DEFAULT_DISCOVERY_TIMEOUT_MS: () => DEFAULT_DISCOVERY_TIMEOUT_MS,
  discoverSway: () => discoverSway,
  socketVariable: () => socketVariable,
  validateSwaySocket: () => validateSwaySocket
});
function socketVariable(value) {
  return value ? value : null;
}
async function validateSwaySocket(path, uid, timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS, exclude = []) {
  const file = await inspectSocketFile(path, uid);
  if (file.kind !== "socket") return null;
  if (exclude.some((e) => e.dev === file.identity.dev && e.ino === file.identity.ino)) return null;
  let client = null;
  let version;
  try {
    client = await SwayIpcClient.connect(path, { timeoutMs });
    version = await client.getVersion(timeoutMs);
    if (typeof version?.human_readable !== "string") return null;
  } catch {
    return null;
  } finally {
    client?.close();
  }
  const name = parseSwaySocketName(path.slice(path.lastIndexOf("/") + 1));
  const pid = name !== null && name.uid === uid ? name.pid : null;
  let startTicks = null;
  if (pid !== null) {
    try {
      startTicks = readProcStat(pid)?.startTicks ?? null;
    } catch {
      startTicks = null;
    }
  }
  const dir = path.slice(0, path.lastIndexOf("/")) || "/";
  return {
    path,
    pid,
    process: pid === null ? "absent" : processKind(pid),
    version,
    startTicks,
    waylandDisplays: pid === null ? [] : waylandDisplaysOf(pid, dir),
    identity: file.identity
  };
}
async function scan(dir, uid) {
  let names;
  try {
    names = await (0, import_promises.readdir)(dir);
  } catch {
    return [];
  }
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => (0, import_node_path7.join)(dir, n));
}
async function stableSockets(runtimeDir, uid, extra = []) {
  const atDefault = await inspectSocketFile(defaultStableSocket(runtimeDir), uid);
  return atDefault.kind === "socket" ? [...extra, atDefault.identity] : extra;
}
function byPreference(a, b) {
  const live = Number(b.process === "sway") - Number(a.process === "sway");
  if (live !== 0) return live;
  return (b.startTicks ?? -1) - (a.startTicks ?? -1);
}
async function discoverSway(options) {
  const uid = options.uid ?? process.getuid();
  const timeoutMs = options.timeoutMs ?? DEFAULT_DISCOVERY_TIMEOUT_MS;
  const exclude = await stableSockets(options.runtimeDir, uid, options.exclude);
  if (options.explicitPath !== void 0) {
    const only = await validateSwaySocket(options.explicitPath, uid, timeoutMs, exclude);
    return { chosen: only, candidates: only ? [only] : [], decidedBy: only ? "explicit" : null, ambiguous: false };
  }
  const swaysock = socketVariable(options.swaysock);
  const managerEnv = options.managerEnv;
  const managerSock = socketVariable(managerEnv?.SWAYSOCK);
  const paths = new Set(await scan(options.runtimeDir, uid));
  if (swaysock !== null) paths.add(swaysock);
  if (managerSock !== null) paths.add(managerSock);
  const found = await Promise.all([...paths].map((p) => validateSwaySocket(p, uid, timeoutMs, exclude)));
  const candidates = found.filter((c) => c !== null).sort(byPreference);
  const pick = (chosen, decidedBy) => chosen ? { chosen, candidates: [chosen, ...candidates.filter((c) => c !== chosen)], decidedBy, ambiguous: false } : null;
  if (candidates.length === 0) return { chosen: null, candidates, decidedBy: null, ambiguous: false };
  const bySwaysock = pick(candidates.find((c) => c.path === swaysock), "swaysock");
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], "only");
  const byManager = managerSock !== null ? pick(candidates.find((c) => c.path === managerSock), "manager-swaysock") : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay || managerEnv?.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], "wayland-display");
  return { chosen: candidates[0], candidates, decidedBy: "newest", ambiguous: true };
}
var import_promises, import_node_path7, DEFAULT_DISCOVERY_TIMEOUT_MS;
var init_discover = __esm({
  "ts/discovery/discover.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path7 = require("node:path");
    init_client2();
    init_probe();
    init_default_path();
    init_proc();
    init_socket_name();
    DEFAULT_DISCOVERY_TIMEOUT_MS = 500;
  }
});

// ts/systemd/manager.ts
var manager_exports = {};
__export(manager_exports, {
  managerEnvironment: () => managerEnvironment,
  parseEnvironment: () => parseEnvironment,
  setManagerEnvironment: () => setManagerEnvironment,
  systemctlUser: () => systemctlUser,
  unsetManagerEnvironment: () => unsetManagerEnvironment
});
function systemctlUser(args, timeoutMs = 5e3) {
  return new Promise((resolve2) => {
    (0, import_node_child_process.execFile)("systemctl", ["--user", ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : err.code === "ENOENT" ? 127 : 1;
      resolve2({ code, stdout, stderr });
    });
  });
}
function parseEnvironment(text) {
  const env = {};
  for (const line2 of text.split("\n")) {
    const eq = line2.indexOf("=");
    if (eq <= 0) continue;
    let value = line2.slice(eq + 1);
    if (value.startsWith("$'") && value.endsWith("'")) {
      value = value.slice(2, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, esc) => {
        if (esc.startsWith("x")) return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (/^[0-7]{3}$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
        return { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"' }[esc] ?? esc;
      });
    }
    env[line2.slice(0, eq)] = value;
  }
  return env;
}
async function managerEnvironment() {
  const r = await systemctlUser(["show-environment"]);
  return r.code === 0 ? parseEnvironment(r.stdout) : null;
}
async function setManagerEnvironment(vars) {
  const assignments = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
  if (assignments.length === 0) return;
  const r = await systemctlUser(["set-environment", ...assignments]);
  if (r.code !== 0) throw new Error(`systemctl --user set-environment failed: ${r.stderr.trim()}`);
}
async function unsetManagerEnvironment(names) {
  if (names.length === 0) return;
  const r = await systemctlUser(["unset-environment", ...names]);
  if (r.code !== 0) throw new Error(`systemctl --user unset-environment failed: ${r.stderr.trim()}`);
}
var import_node_child_process;
var init_manager = __esm({
  "ts/systemd/manager.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
  }
});

// package.json
var package_default;
var init_package = __esm({
  "package.json"() {
    package_default = {
      name: "swaysock",
      version: "0.1.0",
      description: "Keeps Sway's IPC socket and the Sway-specific systemd user services reliable: live-socket discovery, a health daemon, stale-socket cleanup and sway-session.target wiring.",
      license: "MIT",
      type: "module",
      engines: {
        node: ">=20"
      },
      bin: {
        swaysock: "dist/swaysock.cjs",
        "swaysock-healthd": "dist/swaysock-healthd.js",
        "swaysock-cleanup": "dist/swaysock-cleanup.cjs"
      },
      files: [
        "dist",
        "units",
        "schemas",
        "README.md",
        "docs"
      ],
      scripts: {
        build: "node scripts/build.mjs",
        "units:generate": "node scripts/build.mjs && node dist/swaysock.cjs units --generate",
        typecheck: "tsc --noEmit -p .",
        test: "tsc --noEmit -p . && node scripts/build.mjs --check && tap",
        "test:unit": "tap tests/unit",
        "test:integration": "tap tests/integration",
        "test:system": "tap tests/system",
        "test:nix": "tap tests/nix",
        bench: "node bench/run.mjs",
        demo: "npm run build && node scripts/demo.mjs"
      },
      tap: {
        timeout: 120,
        jobs: 1,
        "allow-incomplete-coverage": true,
        "disable-coverage": true,
        exclude: [
          "tests/helpers/**",
          "**/node_modules/**"
        ]
      },
      devDependencies: {
        "@homebridge/dbus-native": "0.7.9",
        "@types/node": "^20.19.43",
        "@types/yargs": "^17.0.35",
        ajv: "^8.20.0",
        esbuild: "^0.28.2",
        "prom-client": "^15.1.3",
        tap: "^21.8.0",
        "tap-parser": "^18.3.4",
        typescript: "^5.9.3",
        yargs: "^18.2.0"
      }
    };
  }
});

// ts/units/definitions.ts
var SESSION, TEXTFILE_WRITE, TEXTFILE_TIMER, TEXTFILE_REMOVE, SHUTDOWN_CONFLICTS, UNITS, TEXTFILE_UNITS, OPTIONAL_UNITS;
var init_definitions = __esm({
  "ts/units/definitions.ts"() {
    "use strict";
    SESSION = "sway-session.target";
    TEXTFILE_WRITE = "swaysock-metrics-textfile.service";
    TEXTFILE_TIMER = "swaysock-metrics-textfile.timer";
    TEXTFILE_REMOVE = "swaysock-metrics-textfile-remove.service";
    SHUTDOWN_CONFLICTS = ["graphical-session.target", "graphical-session-pre.target", SESSION];
    UNITS = {
      "sway-session.target": {
        Unit: {
          Description: "sway compositor session",
          Documentation: ["man:systemd.special(7)"],
          BindsTo: ["graphical-session.target"],
          Wants: ["graphical-session-pre.target"],
          After: ["graphical-session-pre.target"],
          DefaultDependencies: "no",
          Before: ["graphical-session.target", "shutdown.target"],
          Conflicts: ["shutdown.target"]
        }
      },
      "sway-session-shutdown.target": {
        Unit: {
          Description: "Shut down the sway compositor session",
          Documentation: ["man:systemd.special(7)"],
          DefaultDependencies: "no",
          StopWhenUnneeded: "yes",
          // Started with --job-mode=replace-irreversibly by `swaysock session` (docs/session.md).
          // After= each unit it conflicts with: its start job completes only once they have stopped.
          Conflicts: SHUTDOWN_CONFLICTS,
          After: SHUTDOWN_CONFLICTS
        }
      },
      "swaysock-healthd.service": {
        Unit: {
          Description: "swaysock health daemon: Sway's IPC socket health over JSON-RPC",
          After: [SESSION],
          PartOf: [SESSION]
        },
        Service: {
          Type: "notify",
          // The daemon runs systemd-notify(1) as a child to send READY=1, STATUS= and WATCHDOG=1.
          NotifyAccess: "all",
          ExecStart: { command: ["swaysock-healthd", "--interval", { setting: "healthd.interval" }, "--repair-environment"] },
          // Pinged at a third of this: one systemd-notify run a minute (docs/healthd.md, idle cost).
          WatchdogSec: "3min",
          Restart: "on-failure",
          RestartSec: "1s",
          // The health history (docs/history.md): systemd creates it and passes $STATE_DIRECTORY.
          StateDirectory: "swaysock"
        },
        Install: { WantedBy: [SESSION] }
      },
      "swaysock-healthd.socket": {
        Unit: { Description: "swaysock health daemon socket" },
        Socket: {
          ListenStream: "%t/swaysock/healthd.sock",
          SocketMode: "0600",
          DirectoryMode: "0700"
        },
        Install: { WantedBy: ["sockets.target"] }
      },
      // The stable socket (docs/stable-socket.md): exists whenever the user's manager runs, also
      // between two Sway sessions, so it is not bound to the session; a connection while no daemon
      // runs starts swaysock-healthd.service, which finds the fd by its name.
      "swaysock-stable.socket": {
        Unit: { Description: "swaysock stable Sway IPC socket" },
        Socket: {
          ListenStream: "%t/swaysock/sway.sock",
          SocketMode: "0600",
          DirectoryMode: "0700",
          FileDescriptorName: "stable",
          Service: "swaysock-healthd.service"
        },
        Install: { WantedBy: ["sockets.target"] }
      },
      "swaysock-cleanup.service": {
        Unit: { Description: "Remove stale Sway IPC sockets", After: [SESSION] },
        Service: {
          Type: "oneshot",
          ExecStart: { command: ["swaysock-cleanup"] }
        },
        // Every session start also clears what an earlier crash left. After= the target, so the
        // session never waits for the cleanup, whoever defines the target (docs/units.md).
        Install: { WantedBy: [SESSION] }
      },
      "swaysock-cleanup.timer": {
        Unit: { Description: "Remove stale Sway IPC sockets periodically" },
        Timer: {
          OnStartupSec: { setting: "cleanup.onStartupSec" },
          OnUnitActiveSec: { setting: "cleanup.onUnitActiveSec" }
        },
        Install: { WantedBy: ["timers.target"] }
      },
      // The metrics for node_exporter's textfile collector (docs/metrics.md): a file that exists
      // only while the session does, so the collector never exports the figures of a dead one
      // (docs/design.md, "Metrics for the textfile collector"). The writer: exit 2 and the file
      // removed when no daemon answers.
      [TEXTFILE_WRITE]: {
        Unit: {
          Description: "Write swaysock's Prometheus metrics for node_exporter's textfile collector",
          After: [SESSION, "swaysock-healthd.service"],
          PartOf: [SESSION]
        },
        Service: {
          Type: "oneshot",
          ExecStart: { command: ["swaysock", "metrics", "--output", { setting: "metrics.textfile.path" }] }
        }
      },
      // No default dependencies: they would order it Before=timers.target, which basic.target and
      // so every service follow, and the remove service, Before= it, would close a cycle. It is a
      // session's timer, not one of the manager's start; the shutdown.target pair is written out.
      [TEXTFILE_TIMER]: {
        Unit: {
          Description: "Write swaysock's Prometheus metrics periodically during the Sway session",
          DefaultDependencies: "no",
          After: [SESSION],
          PartOf: [SESSION],
          Before: ["shutdown.target"],
          Conflicts: ["shutdown.target"]
        },
        Timer: {
          // At once when the session starts, then every interval after the last run began.
          OnActiveSec: "0",
          OnUnitActiveSec: { setting: "metrics.textfile.interval" },
          // The default, 1min, would stretch a 30s interval to a minute or more.
          AccuracySec: "1s"
        },
        Install: { WantedBy: [SESSION] }
      },
      // Active for the session's length; stopping it (the session's end, a logout) removes the
      // file, after the timer and a writer in progress have stopped (it is Before= both).
      [TEXTFILE_REMOVE]: {
        Unit: {
          Description: "Remove swaysock's metrics textfile when the Sway session ends",
          After: [SESSION],
          Before: [TEXTFILE_TIMER, TEXTFILE_WRITE],
          PartOf: [SESSION]
        },
        Service: {
          Type: "oneshot",
          RemainAfterExit: "yes",
          ExecStop: { command: ["swaysock", "metrics", "--output", { setting: "metrics.textfile.path" }, "--remove"] }
        },
        Install: { WantedBy: [SESSION] }
      }
    };
    TEXTFILE_UNITS = [TEXTFILE_WRITE, TEXTFILE_TIMER, TEXTFILE_REMOVE];
    OPTIONAL_UNITS = ["swaysock-healthd.socket", "swaysock-stable.socket", ...TEXTFILE_UNITS];
  }
});

// ts/doctor/ipc-peers.ts
function parseSs(text) {
  const rows = [];
  for (const line2 of text.split("\n")) {
    const m = ROW.exec(line2.trim());
    if (!m) continue;
    const processes = [...m[5].matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+)/g)].map((p) => ({ comm: p[1], pid: Number(p[2]) }));
    rows.push({ state: m[1], local: m[2], inode: Number(m[3]), peerInode: Number(m[4]), processes });
  }
  return rows;
}
function unitOfCgroup(path) {
  const parts = path.split("/").filter((p) => /\.(service|scope)$/.test(p));
  return parts.length === 0 ? null : parts[parts.length - 1];
}
function cgroupOf(pid, procRoot = "/proc") {
  try {
    const line2 = (0, import_node_fs7.readFileSync)(`${procRoot}/${pid}/cgroup`, "utf8").split("\n").find((l) => l.startsWith("0::"));
    return line2 === void 0 ? null : line2.slice(3);
  } catch {
    return null;
  }
}
function runSs() {
  return new Promise((resolve2, reject) => {
    (0, import_node_child_process2.execFile)("ss", ["-xpH"], { timeout: SS_TIMEOUT_MS, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err === null) return resolve2(stdout);
      const code = err.code;
      reject(new Error(code === "ENOENT" ? "ss (iproute2) is not on PATH" : `ss -xpH failed: ${stderr.trim() || err.message}`));
    });
  });
}
function canonical(path) {
  try {
    return (0, import_node_fs7.realpathSync)(path);
  } catch {
    return path;
  }
}
async function socketPeers(socketPath, exclude = /* @__PURE__ */ new Set()) {
  const rows = parseSs(await runSs());
  const target = canonical(socketPath);
  const spellings = /* @__PURE__ */ new Map();
  const isOurs = (local) => {
    if (local === "*") return false;
    if (!spellings.has(local)) spellings.set(local, local === socketPath || canonical(local) === target);
    return spellings.get(local);
  };
  const wanted = new Set(rows.filter((r) => r.peerInode !== 0 && isOurs(r.local)).map((r) => r.peerInode));
  const peers = /* @__PURE__ */ new Map();
  for (const r of rows) {
    if (!wanted.has(r.inode)) continue;
    for (const p of r.processes) {
      if (exclude.has(p.pid) || peers.has(p.pid)) continue;
      const cgroup = cgroupOf(p.pid);
      peers.set(p.pid, { pid: p.pid, comm: p.comm, cgroup, unit: cgroup === null ? null : unitOfCgroup(cgroup) });
    }
  }
  return [...peers.values()].sort((a, b) => a.pid - b.pid);
}
var import_node_child_process2, import_node_fs7, SS_TIMEOUT_MS, ROW;
var init_ipc_peers = __esm({
  "ts/doctor/ipc-peers.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    import_node_fs7 = require("node:fs");
    SS_TIMEOUT_MS = 2e3;
    ROW = /^u_(?:str|seq|dgr)\s+(\S+)\s+\d+\s+\d+\s+(\S+)\s+(\d+)\s+\S+\s+(\d+)\s*(.*)$/;
  }
});

// ts/doctor/systemd.ts
async function showUnits(units, props) {
  if (units.length === 0) return [];
  const r = await systemctlUser(["show", "-p", props.join(","), "--", ...units], SYSTEMCTL_TIMEOUT_MS);
  if (r.code !== 0) throw new Error(`systemctl --user show failed (exit ${r.code}): ${r.stderr.trim() || "no output"}`);
  const records = r.stdout.split(/\n\n/).map((block) => {
    const rec = {};
    for (const line2 of block.split("\n")) {
      const eq = line2.indexOf("=");
      if (eq > 0) rec[line2.slice(0, eq)] = line2.slice(eq + 1);
    }
    return rec;
  });
  return units.map((_, i) => records[i] ?? {});
}
async function showById(names, props) {
  const records = await showUnits(names, ["Id", ...props]);
  return new Map(records.filter((r) => r.Id).map((r) => [r.Id, r]));
}
function listProperty(rec, name) {
  return (rec[name] ?? "").split(/\s+/).filter((s) => s !== "");
}
var SYSTEMCTL_TIMEOUT_MS;
var init_systemd = __esm({
  "ts/doctor/systemd.ts"() {
    "use strict";
    init_manager();
    SYSTEMCTL_TIMEOUT_MS = 3e3;
  }
});

// ts/doctor/unit-origin.ts
function linkChain(path) {
  const chain = [path];
  let p = path;
  for (let i = 0; i < 16; i++) {
    try {
      p = (0, import_node_path8.resolve)((0, import_node_path8.dirname)(p), (0, import_node_fs8.readlinkSync)(p));
    } catch {
      break;
    }
    chain.push(p);
  }
  return chain;
}
function unitOrigin(fragmentPath, nixosMarker = "/etc/NIXOS") {
  const chain = linkChain(fragmentPath);
  if (fragmentPath.startsWith("/nix/store/") || chain.some((p) => /-home-manager-files\//.test(p))) return "home-manager";
  if (fragmentPath.startsWith("/etc/") && ((0, import_node_fs8.existsSync)(nixosMarker) || chain.some((p) => p.startsWith("/nix/store/")))) return "nixos";
  return "user";
}
function bindFix(unit, origin) {
  const name = unit.replace(/\.service$/, "");
  switch (origin) {
    case "home-manager":
      return `services.swaysock.sessionServices = [ "${name}" ];   (home-manager, then switch)`;
    case "nixos":
      return `systemd.user.services.${JSON.stringify(name)} = { partOf = lib.mkForce [ "sway-session.target" ]; after = lib.mkForce [ "sway-session.target" ]; wantedBy = lib.mkForce [ "sway-session.target" ]; };   (NixOS configuration, then rebuild)`;
    case "user":
      return `swaysock migrate ${unit}`;
  }
}
var import_node_fs8, import_node_path8;
var init_unit_origin = __esm({
  "ts/doctor/unit-origin.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path8 = require("node:path");
  }
});

// ts/doctor/types.ts
var CHECK_IDS, CHECK_TITLES, ok, info, error, warning, problem;
var init_types = __esm({
  "ts/doctor/types.ts"() {
    "use strict";
    CHECK_IDS = ["sway", "environment", "target", "clients", "wanted", "sockets", "daemon", "host"];
    CHECK_TITLES = {
      sway: "Sway",
      environment: "SWAYSOCK / I3SOCK",
      target: "sway-session.target",
      clients: "Services talking to Sway",
      wanted: "Wanted by the session, not running",
      sockets: "Stale sockets",
      daemon: "swaysock-healthd",
      host: "Host"
    };
    ok = (summary, evidence = []) => ({ severity: "ok", summary, evidence, fix: null });
    info = (summary, evidence = []) => ({ severity: "info", summary, evidence, fix: null });
    error = (summary, evidence, fix) => ({ severity: "error", summary, evidence, fix });
    warning = (summary, evidence, fix) => ({ severity: "warning", summary, evidence, fix });
    problem = (summary, evidence, fix) => ({ severity: "problem", summary, evidence, fix });
  }
});

// ts/doctor/checks/clients.ts
async function checkClients(ctx) {
  const sway = await ctx.sway();
  if (!sway) return [info("no live Sway: no IPC clients to look at")];
  const swayUnit = sway.pid === null ? null : unitOfCgroup(cgroupOf(sway.pid) ?? "");
  const peers = await socketPeers(sway.path, /* @__PURE__ */ new Set([process.pid, ...sway.pid === null ? [] : [sway.pid]]));
  const skip = /* @__PURE__ */ new Set([...Object.keys(UNITS), ...swayUnit ? [swayUnit] : []]);
  const byUnit = /* @__PURE__ */ new Map();
  const loose = [];
  for (const p of peers) {
    if (p.unit === null) loose.push(p);
    else if (!skip.has(p.unit)) byUnit.set(p.unit, [...byUnit.get(p.unit) ?? [], p]);
  }
  const out = [];
  const units = [...byUnit.keys()].sort();
  const props = await showUnits(units, ["Id", "LoadState", "PartOf", "BindsTo", "After", "FragmentPath"]);
  const bound = [];
  const other = [];
  units.forEach((unit, i) => {
    const p = props[i];
    const procs = byUnit.get(unit).map((x) => `PID ${x.pid} (${x.comm})`).join(", ");
    if (p.LoadState !== "loaded") {
      other.push(`${unit}: ${procs}, not a unit of this user manager (a login session or a system service)`);
      return;
    }
    const partOf = [...listProperty(p, "PartOf"), ...listProperty(p, "BindsTo")].includes(TARGET);
    const after = listProperty(p, "After").includes(TARGET);
    if (partOf && after) {
      bound.push(`${unit}: ${procs}`);
      return;
    }
    const missing = [partOf ? null : "PartOf=", after ? null : "After="].filter((m) => m !== null).join(" and ");
    out.push(
      problem(
        `${unit} talks to Sway but lacks ${missing}${TARGET}: it can start before Sway and outlive it, keeping a dead socket`,
        [`${unit}: ${procs} connected to ${sway.path}`, `PartOf=${p.PartOf || "(none)"}`, `After=${p.After || "(none)"}`, `unit file: ${p.FragmentPath || "(none)"}`],
        bindFix(unit, unitOrigin(p.FragmentPath ?? ""))
      )
    );
  });
  const evidence = [
    `Sway's own unit: ${swayUnit ?? "none"} (skipped, with ours)`,
    ...bound.map((b) => `bound: ${b}`),
    ...other,
    ...loose.map((p) => `PID ${p.pid} (${p.comm}): in no systemd unit`)
  ];
  if (out.length === 0) out.push(ok(units.length === 0 ? "no other service holds a connection to Sway" : `every service connected to Sway is bound to ${TARGET}`, evidence));
  else out.push(info(`${peers.length} process(es) connected to Sway`, evidence));
  return out;
}
var TARGET;
var init_clients = __esm({
  "ts/doctor/checks/clients.ts"() {
    "use strict";
    init_definitions();
    init_ipc_peers();
    init_systemd();
    init_unit_origin();
    init_types();
    TARGET = "sway-session.target";
  }
});

// ts/doctor/checks/daemon.ts
function permissionProblems(socketPath, uid) {
  const bad = [];
  for (const [path, want] of [[(0, import_node_path9.dirname)(socketPath), "directory"], [socketPath, "socket"]]) {
    let st;
    try {
      st = (0, import_node_fs9.lstatSync)(path);
    } catch (err) {
      bad.push(`${path}: ${err.code}`);
      continue;
    }
    const isRight = want === "directory" ? st.isDirectory() : st.isSocket();
    if (!isRight) bad.push(`${path}: not a ${want}`);
    if (st.uid !== uid) bad.push(`${path}: owned by UID ${st.uid}, not ${uid}`);
    if ((st.mode & 63) !== 0) bad.push(`${path}: mode ${(st.mode & 511).toString(8)} gives group or others access`);
  }
  return bad;
}
async function checkDaemon(ctx) {
  const [unit, target, sway] = await Promise.all([ctx.unit(UNIT), ctx.target(), ctx.sway()]);
  const state = `${UNIT}: LoadState=${unit.LoadState}, ActiveState=${unit.ActiveState}/${unit.SubState}, Result=${unit.Result}, Type=${unit.Type}, WatchdogUSec=${unit.WatchdogUSec}, NRestarts=${unit.NRestarts}`;
  if (unit.LoadState !== "loaded") return [warning(`${UNIT} is not installed`, [state], "swaysock units --install --enable (Nix: services.swaysock.enable = true)")];
  if (unit.ActiveState === "activating" || unit.ActiveState === "reloading") {
    return [warning(`${UNIT} is ${unit.ActiveState}: run doctor again in a moment`, [state], null)];
  }
  if (unit.ActiveState !== "active") {
    if (target.ActiveState !== "active") return [ok(`${UNIT} is ${unit.ActiveState}, as the session is down`, [state])];
    return [problem(`${UNIT} is ${unit.ActiveState} while sway-session.target is active: nothing watches Sway's socket or repairs the environment`, [state], `systemctl --user start ${UNIT}${unit.Result !== "success" ? `; it failed before (Result=${unit.Result}): see \`systemctl --user status ${UNIT}\`` : ""}`)];
  }
  const out = [];
  if (unit.Type !== "notify" || unit.WatchdogUSec === "0" || unit.WatchdogUSec === "infinity" || !unit.WatchdogUSec) {
    out.push(warning(`${UNIT} runs without Type=notify or without a watchdog`, [state], "reinstall the units: swaysock units --install --enable (Nix: services.swaysock.enable = true)"));
  } else out.push(ok(`${UNIT} is active, Type=notify, watchdog ${unit.WatchdogUSec}`, [state]));
  const socketPath = ctx.options.daemonSocket;
  let client = null;
  try {
    client = await DaemonClient.connect(socketPath, { timeoutMs: DAEMON_TIMEOUT_MS });
    const status = await client.call("daemon.status");
    const health = await client.call("get_socket_health");
    const facts = [`daemon.status: version ${status.version}, PID ${status.pid}`, `get_socket_health: ${health.status} on ${health.socket_path ?? "-"}`];
    if (status.version !== package_default.version) out.push(warning(`the daemon runs swaysock ${status.version}, this CLI is ${package_default.version}`, facts, `systemctl --user restart ${UNIT}`));
    else out.push(ok(`the daemon answers on ${socketPath} (version ${status.version}, the CLI's)`, facts));
    if (sway && health.status !== "healthy") out.push(problem(`the daemon reports ${health.status} while Sway is alive at ${sway.path}`, facts, `swaysock diagnose socket-health; systemctl --user restart ${UNIT}`));
  } catch (err) {
    out.push(problem(`${UNIT} is active but does not answer on ${socketPath}: ${err.message}`, [state], `systemctl --user restart ${UNIT}`));
  } finally {
    client?.close();
  }
  const perms = permissionProblems(socketPath, ctx.uid);
  if (perms.length > 0) out.push(problem("the daemon's socket or its directory is not private to you", perms, `systemctl --user restart ${UNIT} (it recreates both: directory 0700, socket 0600)`));
  else out.push(ok("the daemon's socket and its directory are yours and private", [`${socketPath}, ${(0, import_node_path9.dirname)(socketPath)}`]));
  return out;
}
var import_node_fs9, import_node_path9, DAEMON_TIMEOUT_MS, UNIT;
var init_daemon = __esm({
  "ts/doctor/checks/daemon.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path9 = require("node:path");
    init_package();
    init_client();
    init_types();
    DAEMON_TIMEOUT_MS = 1e3;
    UNIT = "swaysock-healthd.service";
  }
});

// ts/doctor/context.ts
function once(fn) {
  let p;
  return () => p ??= fn();
}
var IPC_TIMEOUT_MS, KNOWN_PROPERTIES, DoctorContext;
var init_context = __esm({
  "ts/doctor/context.ts"() {
    "use strict";
    init_discover();
    init_manager();
    init_definitions();
    init_systemd();
    IPC_TIMEOUT_MS = 500;
    KNOWN_PROPERTIES = ["LoadState", "ActiveState", "SubState", "Result", "Type", "WatchdogUSec", "NRestarts", "Wants", "Requires", "FragmentPath", "ExecMainStatus", "LastTriggerUSec"];
    DoctorContext = class {
      constructor(options) {
        this.options = options;
        this.env = options.env ?? process.env;
      }
      options;
      uid = process.getuid();
      env;
      /** The user manager's environment; null when no user manager answers. */
      managerEnv = once(() => managerEnvironment());
      /** Every live Sway of ours, the one clients should use first (ts/discovery). */
      discovery = once(
        async () => discoverSway({
          runtimeDir: this.options.runtimeDir,
          uid: this.uid,
          swaysock: this.env.SWAYSOCK,
          managerEnv: await this.managerEnv(),
          waylandDisplay: this.env.WAYLAND_DISPLAY,
          timeoutMs: IPC_TIMEOUT_MS
        })
      );
      /** The Sway clients should use, or null when none is alive. */
      async sway() {
        return (await this.discovery()).chosen;
      }
      /**
       * The units several checks ask about, in one `systemctl show` (each systemctl run costs tens of
       * ms of CPU): sway-session.target, ours, and uwsm's `wayland-wm@*.service`, by Id.
       * @throws when systemctl fails.
       */
      units = once(() => showById(["sway-session.target", ...Object.keys(UNITS), "wayland-wm@*.service"], KNOWN_PROPERTIES));
      /** Properties of a unit of {@link units} (LoadState=not-found when unknown). @throws when systemctl fails. */
      async unit(name) {
        return (await this.units()).get(name) ?? { Id: name, LoadState: "not-found" };
      }
      /** sway-session.target's state and dependencies. @throws when systemctl fails. */
      target() {
        return this.unit("sway-session.target");
      }
    };
  }
});

// ts/doctor/checks/environment.ts
async function checkEnvironment(ctx) {
  const live = await ctx.sway();
  const states = /* @__PURE__ */ new Map();
  const stable = defaultStableSocket(ctx.options.runtimeDir);
  const classify2 = (value) => {
    if (value === void 0) return Promise.resolve("unset");
    if (value === "") return Promise.resolve("empty");
    if (value === live?.path) return Promise.resolve("live");
    if (!states.has(value)) {
      const state = sameSocketFile(value, stable) ? probeSocket(value, IPC_TIMEOUT_MS).then((p) => p.kind === "listening" ? "stable" : "dead") : validateSwaySocket(value, ctx.uid, IPC_TIMEOUT_MS).then((c) => c === null ? "dead" : "other-sway");
      states.set(value, state);
    }
    return states.get(value);
  };
  const out = [];
  const manager = await ctx.managerEnv();
  if (manager === null) out.push(error("the user manager's environment: no user manager answers `systemctl --user show-environment`", [], null));
  for (const name of VARIABLES) {
    if (manager !== null) out.push(judgeManager(name, manager[name], await classify2(manager[name]), live?.path ?? null));
    out.push(judgeCaller(name, ctx.env[name], await classify2(ctx.env[name]), live?.path ?? null));
  }
  out.push(info("dbus-daemon's activation environment (D-Bus-activated services) is not checked: no D-Bus call reads it back"));
  return out;
}
function judgeManager(name, value, state, live) {
  const where2 = `user manager: ${name}=${value ?? "(unset)"}`;
  const set = live ? `systemctl --user set-environment ${name}=${live}` : `systemctl --user unset-environment ${name}`;
  switch (state) {
    case "live":
      return ok(`the user manager's ${name} is the live Sway's socket`, [where2]);
    case "stable":
      return ok(`the user manager's ${name} is the stable socket, which reaches the live Sway`, [where2]);
    case "unset":
      return live ? warning(`the user manager has no ${name} while Sway runs: services started now cannot find Sway through it`, [where2], `${set} (the session starter should import it: \`exec swaysock session\`)`) : ok(`the user manager has no ${name} (no Sway runs)`, [where2]);
    case "empty":
      return warning(`the user manager's ${name} is empty`, [where2], set);
    case "other-sway":
      return warning(`the user manager's ${name} names a live Sway other than the session's`, [where2, `the session's Sway: ${live}`], set);
    case "dead":
      return problem(`the user manager's ${name} is stale: nothing answers at ${value}; every service started now gets a dead socket`, [where2], set);
  }
}
function judgeCaller(name, value, state, live) {
  const where2 = `this shell: ${name}=${value ?? "(unset)"}`;
  const set = live ? `export ${name}=${live}   # or: export ${name}=$(swaysock discover)` : `unset ${name}`;
  switch (state) {
    case "live":
      return ok(`this shell's ${name} is the live Sway's socket`, [where2]);
    case "stable":
      return ok(`this shell's ${name} is the stable socket, which reaches the live Sway`, [where2]);
    case "unset":
      return ok(`this shell has no ${name} (normal outside Sway's own children)`, [where2]);
    case "empty":
      return warning(`this shell's ${name} is empty`, [where2], set);
    case "other-sway":
      return warning(`this shell's ${name} names a live Sway other than the session's`, [where2, `the session's Sway: ${live}`], set);
    case "dead":
      return warning(`this shell's ${name} is stale: nothing answers at ${value}`, [where2], set);
  }
}
var VARIABLES;
var init_environment = __esm({
  "ts/doctor/checks/environment.ts"() {
    "use strict";
    init_discover();
    init_probe();
    init_default_path();
    init_context();
    init_types();
    VARIABLES = ["SWAYSOCK", "I3SOCK"];
  }
});

// ts/doctor/analyze.ts
function verifyUserUnits(args) {
  return new Promise((resolve2) => {
    (0, import_node_child_process3.execFile)("systemd-analyze", ["--user", "verify", "--man=no", ...args], { timeout: ANALYZE_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      const e = err;
      const code = e === null ? 0 : e.code === "ENOENT" ? 127 : typeof e.code === "number" ? e.code : -1;
      resolve2({ code, lines: `${stdout}
${stderr}`.split("\n").map((l) => l.trim()).filter((l) => l !== "") });
    });
  });
}
function cycleLines(lines, unit) {
  const cycle = lines.filter(isCycleLine);
  return cycle.some((l) => l.includes(unit)) ? cycle : [];
}
var import_node_child_process3, ANALYZE_TIMEOUT_MS, isCycleLine;
var init_analyze = __esm({
  "ts/doctor/analyze.ts"() {
    "use strict";
    import_node_child_process3 = require("node:child_process");
    ANALYZE_TIMEOUT_MS = 5e3;
    isCycleLine = (line2) => /ordering cycle|Found dependency on/.test(line2);
  }
});

// ts/doctor/checks/host.ts
function linger(user) {
  return new Promise((resolve2) => {
    (0, import_node_child_process4.execFile)("loginctl", ["show-user", user, "--property=Linger", "--value"], { timeout: LOGINCTL_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err === null) resolve2(stdout.trim());
      else resolve2(new Error(err.code === "ENOENT" ? "loginctl is not on PATH" : (stderr.trim() || err.message).replace(/\s*\n\s*/g, "; ")));
    });
  });
}
function runtimeDirFinding(ctx) {
  const dir = ctx.env.XDG_RUNTIME_DIR;
  if (!dir) return problem("XDG_RUNTIME_DIR is not set: Sway refuses to start and nothing can find its socket", [], "log in through a session manager (pam_systemd sets it), or export XDG_RUNTIME_DIR=/run/user/$(id -u)");
  let st;
  try {
    st = (0, import_node_fs10.statSync)(dir);
  } catch (err) {
    return problem(`XDG_RUNTIME_DIR=${dir} cannot be read: ${err.code}`, [], "log in again so that systemd-logind creates it");
  }
  const facts = [`${dir}: owner UID ${st.uid}, mode ${(st.mode & 511).toString(8)}`];
  if (!st.isDirectory() || st.uid !== ctx.uid || (st.mode & 63) !== 0) return problem(`XDG_RUNTIME_DIR=${dir} is not a directory of yours with mode 0700`, facts, `chmod 0700 ${dir} (and check who created it)`);
  return ok(`XDG_RUNTIME_DIR=${dir} is yours, mode 0700`, facts);
}
async function lingerFinding(ctx) {
  const sway = await ctx.sway();
  const swayUnit = sway?.pid ? unitOfCgroup(cgroupOf(sway.pid) ?? "") : null;
  const user = (0, import_node_os2.userInfo)().username;
  const value = await linger(user);
  const fact = value instanceof Error ? `loginctl show-user ${user} --property=Linger: ${value.message}` : `Linger=${value}`;
  const headless = swayUnit !== null && swayUnit.endsWith(".service") && !swayUnit.startsWith("wayland-wm@");
  if (value instanceof Error) return warning("lingering could not be read", [fact], headless ? `check it yourself; Sway runs from ${swayUnit}, which needs it to start at boot` : null);
  if (value === "yes") return ok(`lingering is on for ${user}: the user manager starts at boot`, [fact]);
  if (headless) {
    return warning(`Sway runs from ${swayUnit} of the user manager, but lingering is off: after a reboot nothing starts until ${user} logs in`, [fact], `loginctl enable-linger ${user}   (NixOS: users.users.${user}.linger = true)`);
  }
  return info(`lingering is off for ${user}; not needed while Sway runs in a login session`, [fact, `Sway's unit: ${swayUnit ?? "none"}`]);
}
async function unitsFinding(ctx) {
  let props;
  try {
    props = await Promise.all(Object.keys(UNITS).map((u) => ctx.unit(u)));
  } catch (err) {
    return error(`our unit files could not be located: ${err.message}`, [], null);
  }
  const files = props.filter((p) => p.LoadState === "loaded" && p.FragmentPath).map((p) => p.FragmentPath);
  if (files.length === 0) return info("none of our unit files is loaded: nothing to verify");
  const r = await verifyUserUnits(files);
  if (r.code === 127) return warning("systemd-analyze is not on PATH: our unit files were not verified", files, null);
  const faults = r.lines.filter((l) => !isCycleLine(l));
  if (r.code !== 0 || faults.length > 0) return problem(`systemd-analyze --user verify finds fault with our unit files (exit ${r.code})`, [...files, ...faults], "reinstall them: swaysock units --install --enable (Nix: services.swaysock.enable = true, then switch)");
  return ok(`our ${files.length} unit files pass systemd-analyze --user verify`, files);
}
async function checkHost(ctx) {
  return [runtimeDirFinding(ctx), ...await Promise.all([lingerFinding(ctx), unitsFinding(ctx)])];
}
var import_node_child_process4, import_node_fs10, import_node_os2, LOGINCTL_TIMEOUT_MS;
var init_host = __esm({
  "ts/doctor/checks/host.ts"() {
    "use strict";
    import_node_child_process4 = require("node:child_process");
    import_node_fs10 = require("node:fs");
    import_node_os2 = require("node:os");
    init_definitions();
    init_analyze();
    init_ipc_peers();
    init_types();
    LOGINCTL_TIMEOUT_MS = 2e3;
  }
});

// ts/doctor/checks/sockets.ts
async function checkSockets(ctx) {
  const [report, units] = await Promise.all([
    runCleanup({ runtimeDir: ctx.options.runtimeDir, uid: ctx.uid, dryRun: true, probeTimeoutMs: IPC_TIMEOUT_MS }),
    Promise.all([ctx.unit("swaysock-cleanup.timer"), ctx.unit("swaysock-cleanup.service")]).catch((err) => err)
  ]);
  const out = [];
  const stale = report.removed.map((e) => `${e.path}: ${e.reason}`);
  if (stale.length > 0) out.push(warning(`${stale.length} stale Sway socket(s) in ${report.runtime_dir}: clients that pick a socket by name may take a dead one`, stale, "swaysock cleanup   (the timer would remove them on its next run)"));
  else out.push(ok(`no stale Sway socket in ${report.runtime_dir}`));
  const unknown = report.kept.filter((k) => k.unknown).map((k) => `${k.path}: ${k.reason}`);
  if (unknown.length > 0) out.push(warning(`${unknown.length} socket(s) whose state could not be determined (kept)`, unknown, null));
  if (units instanceof Error) return [...out, error(`the cleanup timer's state: ${units.message}`, [], null)];
  const [timer, service] = units;
  const timerState = `swaysock-cleanup.timer: LoadState=${timer.LoadState}, ActiveState=${timer.ActiveState}, last trigger ${timer.LastTriggerUSec || "never"}`;
  if (timer.LoadState !== "loaded") out.push(warning("the cleanup timer is not installed", [timerState], ENABLE));
  else if (timer.ActiveState !== "active") out.push(problem("the cleanup timer is installed but not armed", [timerState], ENABLE));
  else out.push(ok("the cleanup timer is armed", [timerState]));
  const serviceState = `swaysock-cleanup.service: Result=${service.Result}, exit status ${service.ExecMainStatus}`;
  if (service.LoadState === "loaded" && (service.ActiveState === "failed" || service.Result !== "success")) {
    out.push(problem("the last cleanup run failed", [serviceState], "see `systemctl --user status swaysock-cleanup.service`, then `systemctl --user reset-failed swaysock-cleanup.service`"));
  } else if (service.LoadState === "loaded") {
    out.push(ok("the last cleanup run (if any) succeeded", [serviceState]));
  }
  return out;
}
var ENABLE;
var init_sockets = __esm({
  "ts/doctor/checks/sockets.ts"() {
    "use strict";
    init_run();
    init_context();
    init_types();
    ENABLE = "systemctl --user enable --now swaysock-cleanup.timer (Nix: services.swaysock.enable = true installs it)";
  }
});

// ts/doctor/checks/sway.ts
async function checkSway(ctx) {
  const d = await ctx.discovery();
  if (d.chosen === null) {
    return [warning("no live Sway: no socket of ours answers GET_VERSION", [`scanned ${ctx.options.runtimeDir}/sway-ipc.${ctx.uid}.*.sock${ctx.env.SWAYSOCK ? ` and $SWAYSOCK=${ctx.env.SWAYSOCK}` : ""}`], "start Sway; the checks below that need it are skipped")];
  }
  const evidence = d.candidates.map(describe);
  if (d.ambiguous) {
    return [warning(`${d.candidates.length} live Sways and nothing in the environment decides between them; clients pick the newest`, evidence, `set SWAYSOCK to the one you mean, e.g. \`systemctl --user set-environment SWAYSOCK=${d.chosen.path}\``)];
  }
  const more = d.candidates.length > 1 ? ` (${d.candidates.length} live Sways; chosen by ${d.decidedBy})` : "";
  return [ok(`Sway ${d.chosen.version.human_readable} is running${more}; socket ${d.chosen.path}`, evidence)];
}
var describe;
var init_sway = __esm({
  "ts/doctor/checks/sway.ts"() {
    "use strict";
    init_types();
    describe = (c) => `${c.path}: Sway ${c.version.human_readable}${c.pid === null ? "" : `, PID ${c.pid} (${c.process})`}`;
  }
});

// ts/doctor/sway-config.ts
function logicalLines(text) {
  const out = [];
  const physical = text.split("\n");
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let s = physical[i];
    while (s.endsWith("\\") && i + 1 < physical.length) s = s.slice(0, -1) + physical[++i];
    s = s.trim();
    if (s === "" || s.startsWith("#")) continue;
    out.push({ line: start + 1, text: s });
  }
  return out;
}
function substitute(text, vars) {
  const names = [...vars.keys()].sort((a, b) => b.length - a.length);
  let out = text;
  for (const name of names) out = out.split(name).join(vars.get(name));
  return out;
}
function unquote(s) {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0])) return t.slice(1, -1);
  return t;
}
function segmentRegExp(segment) {
  let re = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) re += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^(?!\\.)${re}$`);
}
function expandGlob(pattern) {
  let paths = ["/"];
  for (const segment of pattern.split("/").filter((s) => s !== "")) {
    const next = [];
    for (const dir of paths) {
      if (!GLOB.test(segment)) {
        next.push((0, import_node_path10.join)(dir, segment));
        continue;
      }
      let names;
      try {
        names = (0, import_node_fs11.readdirSync)(dir);
      } catch {
        continue;
      }
      const re = segmentRegExp(segment);
      for (const n of names.filter((n2) => re.test(n2)).sort()) next.push((0, import_node_path10.join)(dir, n));
    }
    paths = next;
  }
  return paths;
}
function includeWords(arg, baseDir, env) {
  if (/\$\(|`/.test(arg)) throw new Error(`command substitution in ${JSON.stringify(arg)} is not run by doctor`);
  const expanded = arg.replace(/(^|\s)~(?=\/|\s|$)/g, (_, pre) => `${pre}${env.HOME ?? "~"}`).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a, b) => env[a ?? b] ?? "");
  return expanded.split(/\s+/).filter((w) => w !== "").map((w) => (0, import_node_path10.isAbsolute)(w) ? w : (0, import_node_path10.join)(baseDir, w));
}
function expandConfig(mainText, options) {
  const read = options.readFile ?? ((p) => (0, import_node_fs11.readFileSync)(p, "utf8"));
  const result = { execs: [], includes: [] };
  const vars = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  try {
    seen.add((0, import_node_fs11.realpathSync)(options.mainPath));
  } catch {
    seen.add(options.mainPath);
  }
  const walk = (file, text) => {
    for (const l of logicalLines(text)) {
      const m = /^(\S+)\s*(.*)$/.exec(l.text);
      const command = m[1];
      if (command === "set") {
        const set = /^(\$\S+)\s+(.*)$/.exec(m[2]);
        if (set) vars.set(set[1], unquote(substitute(set[2], vars)));
        continue;
      }
      const text2 = substitute(l.text, vars);
      if (command === "exec" || command === "exec_always") {
        result.execs.push({ file, line: l.line, text: text2 });
        continue;
      }
      if (command !== "include") continue;
      const inc = { file, line: l.line, text: text2, files: [], unresolved: [] };
      result.includes.push(inc);
      let words;
      try {
        words = includeWords(unquote(substitute(m[2], vars)), (0, import_node_path10.dirname)(file), options.env);
      } catch (err) {
        inc.unresolved.push(err.message);
        continue;
      }
      for (const word of words) {
        const matches = GLOB.test(word) ? expandGlob(word) : [word];
        if (matches.length === 0) inc.unresolved.push(`${word}: no file matches`);
        for (const path of matches) {
          let real;
          let body;
          try {
            real = (0, import_node_fs11.realpathSync)(path);
            body = read(real);
          } catch (err) {
            inc.unresolved.push(`${path}: ${err.code ?? err.message}`);
            continue;
          }
          if (seen.has(real)) continue;
          seen.add(real);
          inc.files.push(path);
          walk(path, body);
        }
      }
    }
  };
  walk(options.mainPath, mainText);
  return result;
}
var import_node_fs11, import_node_path10, GLOB;
var init_sway_config = __esm({
  "ts/doctor/sway-config.ts"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path10 = require("node:path");
    GLOB = /[*?[]/;
  }
});

// ts/doctor/loaded-config.ts
async function loadedConfig(sway, timeoutMs, fallbackEnv) {
  const client = await SwayIpcClient.connect(sway.path, { timeoutMs });
  try {
    const version = await client.getVersion(timeoutMs);
    const reply = await client.requestJson(IpcMessageType.GET_CONFIG, "", timeoutMs);
    const mainPath = version.loaded_config_file_name ?? "(unknown main config)";
    let env = fallbackEnv;
    try {
      if (sway.pid !== null) env = readEnviron(sway.pid);
    } catch {
    }
    return { mainPath, ...expandConfig(reply.config ?? "", { mainPath, env }) };
  } finally {
    client.close();
  }
}
var init_loaded_config = __esm({
  "ts/doctor/loaded-config.ts"() {
    "use strict";
    init_codec();
    init_client2();
    init_proc();
    init_sway_config();
  }
});

// ts/doctor/wirings.ts
function classify(l) {
  const t = l.text;
  if (/\bswaysock(?:\.c?js)?["']?\s+session\b/.test(t)) return { name: "swaysock", variant: null, stopsOnCrash: true };
  if (/(^|[\s/"'])session\.sh\b/.test(t)) {
    const cleanup = /--with-cleanup\b/.test(t);
    return { name: "sway-systemd", variant: cleanup ? "--with-cleanup" : "without --with-cleanup", stopsOnCrash: cleanup };
  }
  const nixosFile = (0, import_node_path11.basename)(l.file) === "nixos.conf";
  if (nixosFile && (START.test(t) || STOP.test(t))) return { name: "nixos", variant: null, stopsOnCrash: false };
  if (START.test(t) && /swaymsg\s+-mt\s+subscribe\s+'\[\]'\s*\|\|\s*true/.test(t) && STOP.test(t)) {
    return { name: "home-manager", variant: "since 2024", stopsOnCrash: true };
  }
  if (/import-environment\s+\{,WAYLAND_\}DISPLAY/.test(t) && START.test(t)) return { name: "nixos", variant: null, stopsOnCrash: false };
  if (START.test(t) && /(dbus-update-activation-environment\s+--systemd\b.*|systemctl\s+--user\s+import-environment\b[^;]*);\s*systemctl\s+--user\s+start\s+sway-session\.target["']?\s*$/.test(t)) {
    return { name: "home-manager", variant: "pre-2024", stopsOnCrash: false };
  }
  if (START.test(t)) return { name: "external", variant: null, stopsOnCrash: null };
  return null;
}
function recogniseStarters(execs, uwsmUnits) {
  const starters = [];
  for (const l of execs) {
    const c = classify(l);
    if (c === null) continue;
    const same = starters.find((s) => s.name === c.name && s.variant === c.variant);
    if (same) same.evidence.push(where(l));
    else starters.push({ ...c, evidence: [where(l)] });
  }
  if (uwsmUnits.length > 0) starters.push({ name: "uwsm", variant: null, stopsOnCrash: true, evidence: uwsmUnits.map((u) => `active unit ${u}`) });
  return starters;
}
function starterLabel(s) {
  return s.variant === null ? s.name : `${s.name} (${s.variant})`;
}
function removalHint(s) {
  switch (s.name) {
    case "home-manager":
      return "home-manager: wayland.windowManager.sway.systemd.enable = false";
    case "nixos":
      return `NixOS: stop including /etc/sway/config.d/* in Sway's config, or set environment.etc."sway/config.d/nixos.conf".enable = false in the NixOS configuration`;
    case "sway-systemd":
      return "sway-systemd: remove the include of 10-systemd-session.conf (or the session.sh line) from Sway's config";
    case "uwsm":
      return "uwsm: start Sway without `uwsm start`";
    case "swaysock":
      return "swaysock: delete the `exec swaysock session` line (home-manager: services.swaysock.session.writeSwayConfig = false, and services.swaysock.session.starter set to the starter you keep)";
    case "external":
      return `delete the line(s): ${s.evidence.join("; ")}`;
  }
}
var import_node_path11, START, STOP, where;
var init_wirings = __esm({
  "ts/doctor/wirings.ts"() {
    "use strict";
    import_node_path11 = require("node:path");
    START = /systemctl\s+--user\s+start\s+sway-session\.target/;
    STOP = /systemctl\s+--user\s+stop\s+sway-session\.target/;
    where = (l) => `${l.file}:${l.line}: ${l.text}`;
  }
});

// ts/doctor/checks/target.ts
async function checkTarget(ctx) {
  const [target, sway] = await Promise.all([ctx.target(), ctx.sway()]);
  const out = [];
  const state = `sway-session.target: LoadState=${target.LoadState}, ActiveState=${target.ActiveState}`;
  if (target.LoadState !== "loaded") {
    return [problem("sway-session.target is not installed", [state], "install the units: `swaysock units --install --enable` (Nix: services.swaysock.enable = true)")];
  }
  const active = target.ActiveState === "active";
  const swayState = sway ? `live Sway: ${sway.path}` : "no live Sway";
  if (active && !sway) {
    out.push(problem("sway-session.target is active but no Sway is alive: its services run without a compositor", [state, swayState], `systemctl --user stop sway-session.target; then ${USE_SWAYSOCK}, which stops it when Sway ends, crash included`));
  } else if (!active && sway) {
    out.push(problem("Sway runs but sway-session.target is not active: the services bound to it are not running", [state, swayState], "start the target from Sway's config; see the starters below"));
  } else {
    out.push(ok(active ? "sway-session.target is active and Sway is alive" : "sway-session.target is inactive and no Sway runs", [state, swayState]));
  }
  if (!sway) return out;
  let config;
  let uwsm;
  try {
    config = await loadedConfig(sway, IPC_TIMEOUT_MS, ctx.env);
    uwsm = [...(await ctx.units()).values()].filter((u) => u.Id.startsWith("wayland-wm@") && u.ActiveState === "active").map((u) => u.Id);
  } catch (err) {
    out.push(error(`could not read Sway's configuration: ${err.message}`, [], null));
    return out;
  }
  const includes = config.includes.map((i) => `${i.file}:${i.line}: ${i.text} -> ${i.files.length ? i.files.join(", ") : "nothing"}${i.unresolved.length ? ` (unresolved: ${i.unresolved.join("; ")})` : ""}`);
  if (includes.length) out.push(info(`Sway's config includes ${config.includes.length} line(s), read from disk now: they may have changed since Sway loaded them`, includes));
  out.push(judgeStarters(recogniseStarters(config.execs, uwsm), config.mainPath));
  return out;
}
function judgeStarters(starters, mainPath) {
  const evidence = starters.flatMap((s2) => s2.evidence.map((e) => `${starterLabel(s2)}: ${e}`));
  if (starters.length === 0) {
    return problem(`nothing in Sway's config (${mainPath} and its includes) starts sway-session.target, and no uwsm unit runs`, [], USE_SWAYSOCK);
  }
  if (starters.length > 1) {
    const crash = starters.map((s2) => `${starterLabel(s2)} ${s2.stopsOnCrash === null ? "may or may not stop it" : s2.stopsOnCrash ? "stops it" : "does not stop it"} when Sway crashes`);
    const ours = starters.find((x) => x.name === "swaysock");
    const fix = ours ? `keep swaysock, which stops the target on a crash, and remove the others: ${starters.filter((x) => x !== ours).map(removalHint).join("; ")}` : `keep one and remove the others (${starters.map(removalHint).join("; ")}); better, ${USE_SWAYSOCK} and remove them all`;
    return warning(`${starters.length} starters of sway-session.target: ${starters.map(starterLabel).join(" and ")}; ${crash.join("; ")}`, evidence, fix);
  }
  const s = starters[0];
  if (s.stopsOnCrash === false) {
    return warning(`sway-session.target is started by ${starterLabel(s)}, which does not stop it when Sway crashes`, evidence, `replace it: ${USE_SWAYSOCK}; ${removalHint(s)}`);
  }
  return ok(`sway-session.target is started by ${starterLabel(s)}${s.stopsOnCrash ? ", which stops it when Sway ends, crash included" : ""}`, evidence);
}
var USE_SWAYSOCK;
var init_target = __esm({
  "ts/doctor/checks/target.ts"() {
    "use strict";
    init_context();
    init_loaded_config();
    init_types();
    init_wirings();
    USE_SWAYSOCK = 'put `exec swaysock session` in Sway\'s config (home-manager: services.swaysock.session.writeSwayConfig = true and services.swaysock.session.starter = "swaysock")';
  }
});

// ts/doctor/checks/wanted.ts
async function checkWanted(ctx) {
  const target = await ctx.target();
  if (target.ActiveState !== "active") return [info("sway-session.target is not active: nothing it wants is expected to run")];
  const wanted = [.../* @__PURE__ */ new Set([...listProperty(target, "Wants"), ...listProperty(target, "Requires")])].sort();
  const props = await showUnits(wanted, PROPS);
  const out = [];
  const fine = [];
  let verified;
  const verifyTarget = () => verified ??= verifyUserUnits(["sway-session.target"]);
  for (const [i, unit] of wanted.entries()) {
    const p = props[i];
    const finding = await judge(unit, p, verifyTarget);
    if (finding) out.push(finding);
    else fine.push(`${unit}: ${p.ActiveState}/${p.SubState}`);
  }
  if (out.length === 0) out.push(ok(`all ${wanted.length} unit(s) sway-session.target wants are running (or ran, for one-shots)`, fine));
  return out;
}
async function judge(unit, p, verifyTarget) {
  const state = `${unit}: LoadState=${p.LoadState}, ActiveState=${p.ActiveState}/${p.SubState}, Result=${p.Result}, NRestarts=${p.NRestarts ?? 0}`;
  if (p.LoadState === "not-found") {
    return problem(`${unit} is wanted by sway-session.target but does not exist`, [state], `remove the wants link: \`systemctl --user disable ${unit}\` (or its line in sway-session.target.wants/), or install the unit`);
  }
  if (RUNNING.has(p.ActiveState ?? "")) return null;
  const ran = Number(p.ExecMainStartTimestampMonotonic ?? 0) > 0;
  if (p.ActiveState === "inactive" && p.Result === "success" && ran) {
    if (p.Type === "oneshot") return null;
    return warning(`${unit} is wanted by sway-session.target but exited by itself (status ${p.ExecMainStatus})`, [state], `if it should stay up, see \`journalctl --user -u ${unit}\`; a one-shot task should say Type=oneshot`);
  }
  if (p.ConditionResult === "no" && Number(p.ConditionTimestampMonotonic ?? 0) > 0) return info(`${unit} is wanted by sway-session.target but was skipped: a Condition...= of it is not met`, [state]);
  const logs = `see \`systemctl --user status ${unit}\` and \`journalctl --user -u ${unit}\`, fix the cause, then \`systemctl --user reset-failed ${unit}; systemctl --user restart ${unit}\``;
  const restarts = Number(p.NRestarts ?? 0);
  if (p.ActiveState === "failed" || p.Result !== "success") {
    const loop = restarts > 0 || p.Result === "start-limit-hit";
    const why = loop ? `a crash loop (restarted ${restarts} time(s), Result=${p.Result})` : `a failed start (Result=${p.Result}, exit status ${p.ExecMainStatus})`;
    return problem(`${unit} is wanted by sway-session.target but not running: ${why}`, [state], logs);
  }
  const verify = await verifyTarget();
  const cycle = cycleLines(verify.lines, unit);
  if (cycle.length > 0) {
    return problem(
      `${unit} is wanted by sway-session.target but its start job was deleted to break an ordering cycle`,
      [state, ...cycle.map((l) => `systemd-analyze --user verify: ${l}`)],
      `break the cycle named above by dropping one of its orderings (\`systemctl --user cat ${unit}\`). The classic case, a unit enabled for graphical-session.target system-wide and redefined whole with After=sway-session.target: keep the vendor's unit and bind it with a drop-in (\`swaysock migrate ${unit}\`; home-manager: services.swaysock.sessionServices), or remove the system's wants link (NixOS: systemd.user.services.NAME.wantedBy = lib.mkForce [ ])`
    );
  }
  return problem(`${unit} is wanted by sway-session.target but inactive, and systemd gives no failure`, [state, ...verify.lines.slice(0, 10).map((l) => `systemd-analyze --user verify: ${l}`)], `\`systemctl --user start ${unit}\`; if it does not stay up, ${logs}`);
}
var PROPS, RUNNING;
var init_wanted = __esm({
  "ts/doctor/checks/wanted.ts"() {
    "use strict";
    init_analyze();
    init_systemd();
    init_types();
    PROPS = ["Id", "LoadState", "ActiveState", "SubState", "Result", "NRestarts", "Type", "ExecMainStatus", "ExecMainStartTimestampMonotonic", "ConditionResult", "ConditionTimestampMonotonic", "FragmentPath"];
    RUNNING = /* @__PURE__ */ new Set(["active", "activating", "reloading", "deactivating"]);
  }
});

// ts/doctor/run.ts
var run_exports = {};
__export(run_exports, {
  CHECK_DEADLINE_MS: () => CHECK_DEADLINE_MS,
  runDoctor: () => runDoctor
});
async function guarded(id, ctx) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result within ${CHECK_DEADLINE_MS} ms`)), CHECK_DEADLINE_MS);
  });
  try {
    const found = await Promise.race([CHECKS[id](ctx), late]);
    return found.map((f) => ({ check: id, ...f }));
  } catch (err) {
    return [{ check: id, severity: "error", summary: `doctor could not run this check: ${err.message}`, evidence: [], fix: null }];
  } finally {
    clearTimeout(timer);
  }
}
async function runDoctor(options) {
  const ctx = new DoctorContext(options);
  const findings = (await Promise.all(CHECK_IDS.map((id) => guarded(id, ctx)))).flat();
  const counts = { ok: 0, info: 0, warning: 0, problem: 0, error: 0 };
  for (const f of findings) counts[f.severity]++;
  const exit_code = counts.problem > 0 ? 1 : counts.error > 0 ? 2 : 0;
  return { swaysock_version: package_default.version, runtime_dir: options.runtimeDir, findings, counts, exit_code };
}
var CHECK_DEADLINE_MS, CHECKS;
var init_run2 = __esm({
  "ts/doctor/run.ts"() {
    "use strict";
    init_package();
    init_clients();
    init_daemon();
    init_environment();
    init_host();
    init_sockets();
    init_sway();
    init_target();
    init_wanted();
    init_context();
    init_types();
    CHECK_DEADLINE_MS = 8e3;
    CHECKS = {
      sway: checkSway,
      environment: checkEnvironment,
      target: checkTarget,
      clients: checkClients,
      wanted: checkWanted,
      sockets: checkSockets,
      daemon: checkDaemon,
      host: checkHost
    };
  }
});

// ts/doctor/format.ts
var format_exports = {};
__export(format_exports, {
  formatReport: () => formatReport
});
function formatReport(report, colour) {
  const paint = (code, s) => colour ? `\x1B[${code}m${s}\x1B[0m` : s;
  const lines = [];
  for (const id of CHECK_IDS) {
    const findings = report.findings.filter((f) => f.check === id);
    if (findings.length === 0) continue;
    lines.push(paint("1", CHECK_TITLES[id]));
    for (const f of findings) {
      lines.push(`  ${paint(COLOUR[f.severity], `[${MARK[f.severity]}]`)} ${f.summary}`);
      for (const e of f.evidence) lines.push(`      ${paint("2", e)}`);
      if (f.fix !== null) lines.push(`      ${paint("36", "fix:")} ${f.fix}`);
    }
    lines.push("");
  }
  const c = report.counts;
  const verdict = report.exit_code === 1 ? paint(COLOUR.problem, `${c.problem} problem(s)`) : report.exit_code === 2 ? paint(COLOUR.error, `no problem found, but ${c.error} check(s) could not run`) : paint(COLOUR.ok, "no problem");
  lines.push(`${verdict}; ${c.warning} warning(s)`);
  return `${lines.join("\n")}
`;
}
var MARK, COLOUR;
var init_format = __esm({
  "ts/doctor/format.ts"() {
    "use strict";
    init_types();
    MARK = { ok: "ok", info: "--", warning: "WARN", problem: "PROBLEM", error: "ERROR" };
    COLOUR = { ok: "32", info: "2", warning: "33", problem: "31;1", error: "35" };
  }
});

// ts/systemd/listen-fds.ts
var SD_LISTEN_FDS_START;
var init_listen_fds = __esm({
  "ts/systemd/listen-fds.ts"() {
    "use strict";
    SD_LISTEN_FDS_START = 3;
  }
});

// ts/server/listen.ts
var listen_exports = {};
__export(listen_exports, {
  SocketPathError: () => SocketPathError,
  checkServedSocket: () => checkServedSocket,
  listenOnActivatedFd: () => listenOnActivatedFd,
  listenOnPath: () => listenOnPath,
  prepareSocketPath: () => prepareSocketPath,
  servedSocketIdentity: () => servedSocketIdentity
});
async function prepareSocketPath(path, uid = process.getuid()) {
  try {
    ensurePrivateDir((0, import_node_path12.dirname)(path), uid);
  } catch (err) {
    if (!(err instanceof UnsafeDirectoryError)) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? "" : ` (${err.fix})`}`);
  }
  const existing = await (0, import_promises2.lstat)(path).catch((err) => err.code === "ENOENT" ? null : Promise.reject(err));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === "listening") throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== "refused" && probe.kind !== "absent") throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
  await (0, import_promises2.unlink)(path).catch((err) => err.code === "ENOENT" ? void 0 : Promise.reject(err));
  return true;
}
function octal(mode) {
  return (mode & 511).toString(8).padStart(4, "0");
}
function servedSocketIdentity(path) {
  const st = (0, import_node_fs12.lstatSync)(path);
  return { dev: st.dev, ino: st.ino };
}
function checkServedSocket(path, identity, uid = process.getuid()) {
  let unsafe = null;
  let st;
  try {
    try {
      checkPrivateDir((0, import_node_path12.dirname)(path), uid);
    } catch (err) {
      if (!(err instanceof UnsafeDirectoryError)) throw err;
      unsafe = err.problem;
    }
    st = (0, import_node_fs12.lstatSync)(path);
  } catch (err) {
    return { message: `cannot check ${path} (${err.code ?? err.message})`, removeSocket: false };
  }
  if (!(st.isSocket() && st.dev === identity.dev && st.ino === identity.ino)) return { message: `${path} is no longer the socket we listen on`, removeSocket: false };
  if (unsafe !== null) return { message: unsafe, removeSocket: true };
  if (st.uid !== uid) return { message: `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`, removeSocket: true };
  if ((st.mode & 63) !== 0) return { message: `${path} has mode ${octal(st.mode)}, open to group or others`, removeSocket: true };
  return null;
}
async function listenOnPath(server, path) {
  const previous = process.umask(127);
  try {
    await new Promise((resolve2, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve2();
      });
    });
  } finally {
    process.umask(previous);
  }
  await (0, import_promises2.chmod)(path, 384);
}
function listenOnActivatedFd(server, fd = SD_LISTEN_FDS_START) {
  return new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen({ fd }, () => {
      server.off("error", reject);
      resolve2();
    });
  });
}
var import_node_fs12, import_promises2, import_node_path12, SocketPathError;
var init_listen = __esm({
  "ts/server/listen.ts"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_promises2 = require("node:fs/promises");
    import_node_path12 = require("node:path");
    init_private_dir();
    init_probe();
    init_listen_fds();
    SocketPathError = class extends Error {
      code = "ERR_SWAYSOCK_SOCKET_PATH";
      constructor(message) {
        super(message);
        this.name = "SocketPathError";
      }
    };
  }
});

// ts/session/environment.ts
var environment_exports = {};
__export(environment_exports, {
  NO_EXTRA_VARIABLES: () => NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES: () => PER_SERVICE_VARIABLES,
  SESSION_VARIABLES: () => SESSION_VARIABLES,
  VariableNameError: () => VariableNameError,
  busOfProcessName: () => busOfProcessName,
  parseEnvArguments: () => parseEnvArguments,
  sessionVariables: () => sessionVariables
});
function parseEnvArguments(args, all = false) {
  const names = [];
  const assigned = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME2.test(name)) throw new VariableNameError(arg);
    if (eq === -1) names.push(name);
    else assigned[name] = arg.slice(eq + 1);
  }
  return { names, assigned, all };
}
function sessionVariables(env, request = NO_EXTRA_VARIABLES) {
  const vars = {};
  if (request.all) {
    for (const [name, value] of Object.entries(env)) {
      if (value !== void 0 && NAME2.test(name) && !PER_SERVICE_VARIABLES.includes(name)) vars[name] = value;
    }
  }
  const named = [.../* @__PURE__ */ new Set([...SESSION_VARIABLES, ...request.names, ...Object.keys(request.assigned)])];
  for (const name of [...SESSION_VARIABLES, ...request.names]) {
    const value = env[name];
    if (value !== void 0) vars[name] = value;
  }
  Object.assign(vars, request.assigned);
  return { vars, teardown: named.filter((name) => name in vars) };
}
function busOfProcessName(comm) {
  return comm === "dbus-daemon" ? "dbus-daemon" : comm === "dbus-broker" || comm === "dbus-broker-lau" ? "dbus-broker" : "unknown";
}
var SESSION_VARIABLES, VariableNameError, NAME2, PER_SERVICE_VARIABLES, NO_EXTRA_VARIABLES;
var init_environment2 = __esm({
  "ts/session/environment.ts"() {
    "use strict";
    SESSION_VARIABLES = ["SWAYSOCK", "I3SOCK", "WAYLAND_DISPLAY", "DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"];
    VariableNameError = class extends Error {
      constructor(argument) {
        super(`--env ${JSON.stringify(argument)} is not an environment variable name (NAME or NAME=VALUE)`);
        this.argument = argument;
        this.name = "VariableNameError";
      }
      argument;
      code = "ERR_SWAYSOCK_VARIABLE_NAME";
    };
    NAME2 = /^[A-Za-z_][A-Za-z0-9_]*$/;
    PER_SERVICE_VARIABLES = [
      "NOTIFY_SOCKET",
      "LISTEN_PID",
      "LISTEN_FDS",
      "LISTEN_FDNAMES",
      "INVOCATION_ID",
      "JOURNAL_STREAM",
      "MANAGERPID",
      "SYSTEMD_EXEC_PID",
      "WATCHDOG_PID",
      "WATCHDOG_USEC"
    ];
    NO_EXTRA_VARIABLES = { names: [], assigned: {}, all: false };
  }
});

// lazy-cjs:./swaysock-session.cjs
var require_swaysock_session = __commonJS({
  "lazy-cjs:./swaysock-session.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-session.cjs");
  }
});

// ts/cli/dispatch.ts
init_usage();

// ts/cli/options.ts
var import_node_util = require("node:util");
init_usage();
function numberValue(name, value) {
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} needs a positive number`);
  return n;
}
function parseOptions(table, argv) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const [name, spec] of Object.entries(table)) options[name] = { type: spec.type === "boolean" ? "boolean" : "string", multiple: spec.type === "string" && spec.multiple === true };
  let values;
  try {
    ({ values } = (0, import_node_util.parseArgs)({ args: [...argv], strict: true, allowPositionals: false, options }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (values.help) return "help";
  const args = {};
  for (const [name, spec] of Object.entries(table)) {
    const v = values[name];
    if (spec.type === "boolean") args[name] = v === true;
    else if (spec.type === "number") args[name] = v === void 0 ? spec.default : numberValue(name, v);
    else args[name] = v ?? (spec.multiple ? [] : spec.default);
  }
  return args;
}

// ts/cleanup/options.ts
var CLEANUP_OPTIONS = {
  "dry-run": { type: "boolean", describe: "Decide and report; remove nothing" },
  json: { type: "boolean", describe: "Print {removed, kept, errors} as JSON" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Directory to clean (default: $XDG_RUNTIME_DIR; /tmp only when given here)" },
  verbose: { type: "boolean", describe: "Also report live kept sockets and every non-candidate" }
};

// ts/cli/command.ts
function defineCommand(spec) {
  return spec;
}

// ts/cli/commands/cleanup.ts
var cleanupCommand = defineCommand({
  words: ["cleanup"],
  describe: "Remove stale Sway IPC sockets (never a live one)",
  options: CLEANUP_OPTIONS,
  run: async (args) => {
    const { runCleanupCommand: runCleanupCommand2 } = await Promise.resolve().then(() => (init_command(), command_exports));
    process.exitCode = await runCleanupCommand2(args, "swaysock cleanup");
  }
});

// ts/cli/daemon.ts
init_client();
init_protocol();
init_usage();
var DAEMON_OPTIONS = {
  socket: { type: "string", value: "PATH", describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
  json: { type: "boolean", describe: "Print JSON" },
  timeout: { type: "number", value: "S", default: DEFAULT_DAEMON_TIMEOUT_MS / 1e3, describe: "Seconds to wait for the connection and for each answer (exit 2 after)" }
};
function daemonSocketPath(args) {
  return args.socket ?? defaultDaemonSocket(resolveRuntimeDir(void 0));
}
function daemonTimeoutMs(args) {
  return args.timeout * 1e3;
}
function unreachableMessage(err) {
  return `swaysock: cannot reach swaysock-healthd at ${err.socketPath} (${err.code}).
Start it with \`systemctl --user start swaysock-healthd.service\`, or run \`swaysock-healthd\` in a Sway session.
`;
}
function noAnswerMessage(socketPath, err) {
  const hint = err instanceof DaemonTimeoutError ? "\nSee `systemctl --user status swaysock-healthd.service swaysock-healthd.socket`." : "";
  return `swaysock: swaysock-healthd at ${socketPath} gave no answer: ${err.message}${hint}
`;
}
function isNoAnswer(err) {
  return err instanceof DaemonTimeoutError || err instanceof DaemonClosedError || err instanceof DaemonRpcError && err.code === "TOO_MANY_CLIENTS";
}
async function withDaemon(args, fn) {
  const timeoutMs = daemonTimeoutMs(args);
  let client;
  try {
    client = await DaemonClient.connect(daemonSocketPath(args), { timeoutMs });
  } catch (err) {
    if (!(err instanceof DaemonUnreachableError)) throw err;
    process.stderr.write(unreachableMessage(err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return false;
  }
  try {
    await fn(client);
    return true;
  } catch (err) {
    if (!isNoAnswer(err)) throw err;
    process.stderr.write(noAnswerMessage(client.socketPath, err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return false;
  } finally {
    client.close();
  }
}

// ts/cli/format.ts
function formatHealth(h) {
  const lines = [`Sway IPC socket: ${h.status}`];
  const sway = h.sway_version ? ` (Sway ${h.sway_version}${h.sway_pid ? `, PID ${h.sway_pid}` : ""})` : "";
  lines.push(`  socket:      ${h.socket_path ?? "none found yet"}${sway}${h.status === "disconnected" && h.socket_path ? " [last known]" : ""}`);
  if (h.latency_ms !== null) lines.push(`  latency:     ${h.latency_ms} ms`);
  lines.push(`  validated:   ${h.last_validated ?? "never"}`);
  lines.push(`  connected:   ${h.uptime_seconds} s, ${h.reconnection_count} reconnection${h.reconnection_count === 1 ? "" : "s"}`);
  const env = h.environment_swaysock === null ? "unknown or unset" : `${h.environment_swaysock} (${h.environment_matches ? "matches" : "does NOT match"})`;
  lines.push(`  SWAYSOCK in the user manager: ${env}`);
  return `${lines.join("\n")}
`;
}

// ts/cli/commands/diagnose.ts
var socketHealthCommand = defineCommand({
  words: ["diagnose", "socket-health"],
  describe: "Report the Sway IPC socket's health (exit 0 healthy, 1 stale/disconnected, 2 daemon unreachable)",
  options: DAEMON_OPTIONS,
  run: async (args) => {
    await withDaemon(args, async (client) => {
      const health = await client.call("get_socket_health");
      process.stdout.write(args.json ? `${JSON.stringify(health)}
` : formatHealth(health));
      process.exitCode = health.status === "healthy" ? 0 : 1;
    });
  }
});

// ts/cli/commands/discover.ts
init_usage();
var DISCOVER_OPTIONS = {
  json: { type: "boolean", describe: "Print every live candidate as JSON" },
  "sway-socket": { type: "string", value: "PATH", describe: "Validate only this socket path" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Directory to scan (default: $XDG_RUNTIME_DIR)" },
  timeout: { type: "number", value: "MS", default: 500, describe: "Timeout of each GET_VERSION probe, in ms" }
};
function candidateJson(c) {
  return {
    socket_path: c.path,
    sway_pid: c.pid,
    process: c.process,
    sway_version: c.version.human_readable,
    wayland_displays: c.waylandDisplays
  };
}
function discoveryJson(result) {
  return {
    socket_path: result.chosen?.path ?? null,
    decided_by: result.decidedBy,
    ambiguous: result.ambiguous,
    candidates: result.candidates.map(candidateJson)
  };
}
var discoverCommand = defineCommand({
  words: ["discover"],
  describe: "Print the path of the live Sway IPC socket (never a dead one)",
  options: DISCOVER_OPTIONS,
  run: async (args) => {
    const [{ discoverSway: discoverSway2 }, { managerEnvironment: managerEnvironment2 }] = await Promise.all([Promise.resolve().then(() => (init_discover(), discover_exports)), Promise.resolve().then(() => (init_manager(), manager_exports))]);
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    const result = await discoverSway2({
      runtimeDir,
      explicitPath: args["sway-socket"],
      swaysock: process.env.SWAYSOCK,
      managerEnv: args["sway-socket"] === void 0 ? await managerEnvironment2() : null,
      waylandDisplay: process.env.WAYLAND_DISPLAY,
      timeoutMs: args.timeout
    });
    if (args.json) process.stdout.write(`${JSON.stringify(discoveryJson(result), null, 2)}
`);
    if (result.chosen === null) {
      const where2 = args["sway-socket"] ?? `${runtimeDir}/sway-ipc.${process.getuid()}.*.sock`;
      process.stderr.write(`swaysock: no live Sway IPC socket: nothing at ${where2} answers GET_VERSION
`);
      process.exitCode = 1;
      return;
    }
    if (!args.json) process.stdout.write(`${result.chosen.path}
`);
    if (result.ambiguous) {
      const others = result.candidates.slice(1).map((c) => c.path).join(", ");
      process.stderr.write(`swaysock: warning: ${result.candidates.length} live Sway sockets; chose the newest, ${result.chosen.path} (others: ${others}); set SWAYSOCK to choose
`);
    }
  }
});

// ts/cli/commands/doctor.ts
init_protocol();
init_usage();
var DOCTOR_OPTIONS = {
  json: { type: "boolean", describe: "Print the report as JSON (schemas/doctor.schema.json)" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" },
  socket: { type: "string", value: "PATH", describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" }
};
var doctorCommand = defineCommand({
  words: ["doctor"],
  describe: "Find what is mis-wired in this Sway session and print the fix (read-only)",
  options: DOCTOR_OPTIONS,
  run: async (args) => {
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    const [{ runDoctor: runDoctor2 }, { formatReport: formatReport2 }] = await Promise.all([Promise.resolve().then(() => (init_run2(), run_exports)), Promise.resolve().then(() => (init_format(), format_exports))]);
    const report = await runDoctor2({ runtimeDir, daemonSocket: args.socket ?? defaultDaemonSocket(runtimeDir) });
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatReport2(report, colour));
    process.exitCode = report.exit_code;
  }
});

// ts/cli/commands/env.ts
init_usage();
var ENV_OPTIONS = {
  "stable-socket": { type: "string", value: "PATH", describe: "The stable socket (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Runtime directory (default: $XDG_RUNTIME_DIR)" }
};
function shellQuote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
var envCommand = defineCommand({
  words: ["env"],
  describe: "Print `export SWAYSOCK=... I3SOCK=...` naming the stable socket (for eval in shells and tmux)",
  options: ENV_OPTIONS,
  run: async (args) => {
    const [{ defaultStableSocket: defaultStableSocket2 }, { probeSocket: probeSocket2 }, { checkServedSocket: checkServedSocket2, servedSocketIdentity: servedSocketIdentity2 }] = await Promise.all([
      Promise.resolve().then(() => (init_default_path(), default_path_exports)),
      Promise.resolve().then(() => (init_probe(), probe_exports)),
      Promise.resolve().then(() => (init_listen(), listen_exports))
    ]);
    const path = args["stable-socket"] ?? defaultStableSocket2(resolveRuntimeDir(args["runtime-dir"]));
    const probe = await probeSocket2(path);
    if (probe.kind !== "listening") {
      throw new Error(
        `no stable socket listens at ${path} (${probe.kind === "error" ? probe.code : probe.kind}); enable services.swaysock.stableSocket.enable, or swaysock units --install --enable --stable-socket`
      );
    }
    const problem2 = checkServedSocket2(path, servedSocketIdentity2(path));
    if (problem2 !== null) throw new Error(`${problem2.message}; refusing to name it`);
    const quoted = shellQuote(path);
    process.stdout.write(`export SWAYSOCK=${quoted} I3SOCK=${quoted}
`);
  }
});

// ts/cli/commands/history.ts
var import_node_fs14 = require("node:fs");
var import_node_path15 = require("node:path");

// ts/history/location.ts
var import_node_path13 = require("node:path");
var HISTORY_FILE = "history.jsonl";
function historyDir(env) {
  const fromSystemd = env.STATE_DIRECTORY?.split(":")[0];
  if (fromSystemd && (0, import_node_path13.isAbsolute)(fromSystemd)) return fromSystemd;
  return historyDirs(env)[0] ?? null;
}
function historyDirs(env) {
  const home = env.HOME && (0, import_node_path13.isAbsolute)(env.HOME) ? env.HOME : null;
  const base = (value, fallback) => value && (0, import_node_path13.isAbsolute)(value) ? value : home === null ? null : (0, import_node_path13.join)(home, fallback);
  return [base(env.XDG_STATE_HOME, ".local/state"), base(env.XDG_CONFIG_HOME, ".config")].filter((d) => d !== null).map((d) => (0, import_node_path13.join)(d, "swaysock"));
}

// ts/history/render.ts
var STATUS_CHAR = { healthy: "\u2588", stale: "\u2592", disconnected: "_" };
var SPARK = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
var SEVERITY = { healthy: 0, stale: 1, disconnected: 2 };
function formatRecord(r) {
  switch (r.type) {
    case "status":
      return `${r.time} ${r.from} -> ${r.to} [${r.cause}]: ${r.reason}`;
    case "environment_repair":
      return `${r.time} environment repair: ${r.reason}`;
    case "cleanup_removal":
      return `${r.time} cleanup removed ${r.socket_path}: ${r.reason}`;
    case "validation_summary": {
      const l = r.latency_ms;
      return `${r.time} ${r.count} validations in ${r.period_seconds} s, ${r.failures} failed${l ? `, latency min/p50/max ${l.min}/${l.p50}/${l.max} ms` : ""}`;
    }
  }
}
function statusSlices(records, fromMs, toMs, width) {
  const changes = records.filter((r) => r.type === "status").map((r) => ({ at: Date.parse(r.time), r }));
  const span = Math.max(1, toMs - fromMs) / width;
  const out = [];
  let i = 0;
  let current = null;
  while (i < changes.length && changes[i].at < fromMs) current = changes[i++].r.to;
  if (current === null && i < changes.length) current = changes[i].r.from;
  for (let s = 0; s < width; s++) {
    const end = fromMs + (s + 1) * span;
    let worst = current;
    while (i < changes.length && changes[i].at < end) {
      current = changes[i++].r.to;
      if (worst === null || SEVERITY[current] > SEVERITY[worst]) worst = current;
    }
    out.push(worst);
  }
  return out;
}
function timeline(records, fromMs, toMs, width) {
  return statusSlices(records, fromMs, toMs, width).map((s) => s === null ? " " : STATUS_CHAR[s]).join("");
}
function latencySparkline(records, fromMs, toMs, width) {
  const slots = Array.from({ length: width }, () => null);
  const span = Math.max(1, toMs - fromMs) / width;
  for (const r of records) {
    if (r.type !== "validation_summary" || r.latency_ms === null) continue;
    const slot = Math.min(width - 1, Math.max(0, Math.floor((Date.parse(r.time) - fromMs) / span)));
    slots[slot] = Math.max(slots[slot] ?? 0, r.latency_ms.p50);
  }
  const values = slots.filter((v) => v !== null);
  if (values.length === 0) return { line: " ".repeat(width), maxMs: null };
  const max = Math.max(...values);
  const line2 = slots.map((v) => v === null ? " " : SPARK[max === 0 ? 0 : Math.min(SPARK.length - 1, Math.floor(v / max * (SPARK.length - 1)))]).join("");
  return { line: line2, maxMs: max };
}
function renderHistory(records, fromMs, toMs, width = 60) {
  if (records.length === 0) return `no health history since ${new Date(fromMs).toISOString()}
`;
  const lines = records.map(formatRecord);
  const spark = latencySparkline(records, fromMs, toMs, width);
  lines.push(
    "",
    `status   |${timeline(records, fromMs, toMs, width)}|  \u2588 healthy \u2592 stale _ disconnected`,
    `latency  |${spark.line}|  ${spark.maxMs === null ? "no validation summaries" : `median per summary, top ${spark.maxMs} ms`}`,
    `          ${new Date(fromMs).toISOString()} .. ${new Date(toMs).toISOString()}`
  );
  return `${lines.join("\n")}
`;
}

// ts/history/store.ts
var import_node_fs13 = require("node:fs");
var import_node_path14 = require("node:path");
init_protocol();

// ts/history/types.ts
var RECORD_TYPES = ["status", "environment_repair", "cleanup_removal", "validation_summary"];
function selectRecords(records, query) {
  const types = query.types ? new Set(query.types) : null;
  const since = query.sinceMs;
  const out = records.filter((r) => (types === null || types.has(r.type)) && (since === void 0 || Date.parse(r.time) >= since));
  const last = query.limit === void 0 ? out : out.slice(-query.limit);
  if (query.maxBytes === void 0) return last;
  let bytes = 0;
  let first = last.length;
  while (first > 0 && (bytes += Buffer.byteLength(JSON.stringify(last[first - 1])) + 1) <= query.maxBytes) first--;
  return last.slice(first);
}

// ts/history/store.ts
var DEFAULT_MAX_BYTES = 1024 * 1024;
var DEFAULT_KEEP = 2;
function historyFiles(dir, keep = DEFAULT_KEEP) {
  const live = (0, import_node_path14.join)(dir, HISTORY_FILE);
  return [...Array.from({ length: keep }, (_, i) => `${live}.${keep - i}`), live];
}
function readHistory(dir, keep = DEFAULT_KEEP) {
  const out = { records: [], skipped: [] };
  for (const file of historyFiles(dir, keep)) {
    let text;
    try {
      text = (0, import_node_fs13.readFileSync)(file, "utf8");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw err;
    }
    const lines = text.split("\n");
    lines.forEach((line2, i) => {
      if (line2 === "") return;
      const record = parseRecord(line2);
      if (record === null) out.skipped.push(`${file}:${i + 1}`);
      else out.records.push(record);
    });
  }
  return out;
}
function parseRecord(line2) {
  try {
    const value = JSON.parse(line2);
    return value !== null && typeof value === "object" && typeof value.type === "string" && typeof value.time === "string" ? value : null;
  } catch {
    return null;
  }
}

// ts/cli/commands/history.ts
init_client();
init_usage();
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function parseSince(text, nowMs) {
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text);
  if (m) return nowMs - Number(m[1]) * UNIT_MS[m[2]];
  const t = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(t)) throw new UsageError(`--since needs a duration such as 2h, 30m, 90s, 7d or an ISO 8601 time, not '${text}'`);
  return t;
}
function filesDir(explicit) {
  if (explicit !== void 0) return explicit;
  const own = historyDir(process.env);
  const dirs = own === null ? historyDirs(process.env) : [own, ...historyDirs(process.env)];
  return dirs.find((d) => (0, import_node_fs14.existsSync)((0, import_node_path15.join)(d, HISTORY_FILE))) ?? null;
}
async function fromDaemon(socket, timeoutMs, sinceMs) {
  let client;
  try {
    client = await DaemonClient.connect(socket, { timeoutMs });
  } catch (err) {
    if (err instanceof DaemonUnreachableError) return null;
    throw err;
  }
  try {
    const params = sinceMs === void 0 ? { types: RECORD_TYPES } : { types: RECORD_TYPES, since: new Date(sinceMs).toISOString() };
    return await client.call("daemon.events", params);
  } catch (err) {
    if (isNoAnswer(err)) return null;
    throw err;
  } finally {
    client.close();
  }
}
var historyCommand = defineCommand({
  words: ["history"],
  describe: "Show the health history (from the daemon, or its files when none answers)",
  options: {
    ...DAEMON_OPTIONS,
    since: { type: "string", value: "WHEN", describe: "Only records since WHEN: 2h, 30m, 90s, 7d, or an ISO 8601 time" },
    "history-dir": { type: "string", value: "DIR", describe: "Read the history files in DIR instead of asking the daemon (all of them, not only what the daemon holds)" }
  },
  run: async (args) => {
    const now = Date.now();
    const sinceMs = args.since === void 0 ? void 0 : parseSince(args.since, now);
    let records = args["history-dir"] === void 0 ? await fromDaemon(daemonSocketPath(args), daemonTimeoutMs(args), sinceMs) : null;
    if (records === null) {
      const dir = filesDir(args["history-dir"]);
      if (dir === null) throw new Error("no daemon answers and no health history file was found (looked in $STATE_DIRECTORY, $XDG_STATE_HOME/swaysock and $XDG_CONFIG_HOME/swaysock)");
      const read = readHistory(dir);
      if (read.skipped.length > 0) process.stderr.write(`swaysock: skipped ${read.skipped.length} unreadable line(s) (${read.skipped.join(", ")})
`);
      if (args["history-dir"] === void 0) process.stderr.write(`swaysock: no daemon answers; read ${(0, import_node_path15.join)(dir, HISTORY_FILE)}
`);
      records = selectRecords(read.records, { sinceMs });
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify(records)}
`);
      return;
    }
    const from = sinceMs ?? (records.length > 0 ? Date.parse(records[0].time) : now);
    process.stdout.write(renderHistory(records, from, now));
  }
});

// ts/cli/commands/metrics.ts
var import_node_fs15 = require("node:fs");
init_usage();
function removeOutput(path) {
  try {
    (0, import_node_fs15.rmSync)(path, { force: true });
  } catch (err) {
    throw new Error(`cannot remove ${path}: ${err.message}`);
  }
}
var metricsCommand = defineCommand({
  words: ["metrics"],
  describe: "Print swaysock-healthd's Prometheus metrics (text format 0.0.4)",
  options: {
    socket: DAEMON_OPTIONS.socket,
    timeout: DAEMON_OPTIONS.timeout,
    output: { type: "string", value: "FILE", describe: "Write them to FILE atomically (for node_exporter's textfile collector) instead of stdout; remove FILE when no daemon answers" },
    remove: { type: "boolean", describe: "With --output: only remove FILE (at the end of a session)" }
  },
  run: async (args) => {
    if (args.remove) {
      if (args.output === void 0) throw new UsageError("--remove goes with --output FILE");
      removeOutput(args.output);
      return;
    }
    const answered = await withDaemon({ socket: args.socket, json: false, timeout: args.timeout }, async (client) => {
      const text = await client.call("daemon.metrics");
      if (args.output === void 0) {
        process.stdout.write(text);
        return;
      }
      const temporary = `${args.output}.${process.pid}.tmp`;
      try {
        (0, import_node_fs15.writeFileSync)(temporary, text, { mode: 420 });
        (0, import_node_fs15.renameSync)(temporary, args.output);
      } catch (err) {
        (0, import_node_fs15.rmSync)(temporary, { force: true });
        throw new Error(`cannot write ${args.output}: ${err.message}`);
      }
    });
    if (!answered && args.output !== void 0) removeOutput(args.output);
  }
});

// ts/cli/commands/session.ts
init_log();
init_usage();
var SESSION_OPTIONS = {
  env: { type: "string", value: "NAME[=VALUE]", multiple: true, describe: "Also import NAME from the environment, or NAME with VALUE (repeatable; unset at the end)" },
  all: { type: "boolean", describe: "Import every variable of the environment (only the session variables and --env names are unset at the end)" },
  "stable-socket": { type: "boolean", describe: "Export the stable socket ($XDG_RUNTIME_DIR/swaysock/sway.sock) as SWAYSOCK/I3SOCK when it listens" },
  target: { type: "string", value: "UNIT", default: "sway-session.target", describe: "The session target to start" },
  "shutdown-target": { type: "string", value: "UNIT", default: "sway-session-shutdown.target", describe: "The target that ends the session (Conflicts=)" }
};
var sessionCommand = defineCommand({
  words: ["session"],
  describe: "Start sway-session.target for this Sway and stop it when Sway ends (for Sway's `exec`)",
  options: SESSION_OPTIONS,
  run: async (args) => {
    const [{ parseEnvArguments: parseEnvArguments2, VariableNameError: VariableNameError2 }, { runSession }, { defaultStableSocket: defaultStableSocket2 }] = await Promise.all([
      Promise.resolve().then(() => (init_environment2(), environment_exports)),
      Promise.resolve().then(() => __toESM(require_swaysock_session(), 1)),
      Promise.resolve().then(() => (init_default_path(), default_path_exports))
    ]);
    const runtimeDir = resolveRuntimeDir(void 0);
    let variables;
    try {
      variables = parseEnvArguments2(args.env, args.all);
    } catch (err) {
      throw err instanceof VariableNameError2 ? new UsageError(err.message) : err;
    }
    const log = createLogger();
    process.exitCode = await runSession({
      env: process.env,
      runtimeDir,
      variables,
      stableSocket: args["stable-socket"] ? defaultStableSocket2(runtimeDir) : void 0,
      target: args.target,
      shutdownTarget: args["shutdown-target"],
      log: (priority, message) => log(priority, `swaysock session: ${message}`)
    });
  }
});

// ts/cli/commands/status.ts
var statusCommand = defineCommand({
  words: ["status"],
  describe: "Show swaysock-healthd's own status (version, PID, uptime, clients, counters)",
  options: DAEMON_OPTIONS,
  run: async (args) => {
    await withDaemon(args, async (client) => {
      const s = await client.call("daemon.status");
      if (args.json) {
        process.stdout.write(`${JSON.stringify(s)}
`);
        return;
      }
      const counters = Object.entries(s.counters).map(([k, v]) => `${k}=${v}`).join(" ");
      process.stdout.write(
        `swaysock-healthd ${s.version}, PID ${s.pid}, up ${s.uptime_seconds} s
  socket:  ${s.socket_activated ? "passed by systemd (socket activation)" : s.socket_path}
  clients: ${s.clients} (${s.subscribers} subscribed)
  ${counters}
`
      );
    });
  }
});

// ts/cli/commands/watch.ts
init_client();
init_usage();

// ts/cli/waybar.ts
var PERCENTAGE = { healthy: 100, stale: 50, disconnected: 0 };
function waybarHealth(h) {
  const lines = [`Sway IPC: ${h.status}`, `socket: ${h.socket_path ?? "none found yet"}${h.status === "disconnected" && h.socket_path ? " (last known)" : ""}`];
  if (h.sway_version !== null) lines.push(`Sway ${h.sway_version}${h.sway_pid === null ? "" : `, PID ${h.sway_pid}`}`);
  lines.push(`reconnections: ${h.reconnection_count}`);
  if (h.environment_matches !== null) lines.push(`user manager's SWAYSOCK ${h.environment_matches ? "matches" : "does NOT match"}`);
  return { text: h.status, alt: h.status, tooltip: lines.join("\n"), class: h.status, percentage: PERCENTAGE[h.status] };
}
function waybarUnreachable(socketPath, why) {
  return { text: "no daemon", alt: "unreachable", tooltip: `swaysock-healthd at ${socketPath}: ${why}`, class: "unreachable", percentage: 0 };
}

// ts/cli/commands/watch.ts
var FORMATS = ["text", "json", "waybar"];
function line(h, format) {
  if (format === "json") return JSON.stringify(h);
  if (format === "waybar") return JSON.stringify(waybarHealth(h));
  return `${(/* @__PURE__ */ new Date()).toISOString()} ${h.status} ${h.socket_path ?? "-"} reconnections=${h.reconnection_count}${h.latency_ms === null ? "" : ` latency=${h.latency_ms}ms`}`;
}
var watchCommand = defineCommand({
  words: ["watch"],
  describe: "Stream socket-health changes; reconnects when the daemon restarts",
  options: {
    ...DAEMON_OPTIONS,
    format: { type: "string", value: "FORMAT", default: "text", describe: "text, json (as --json) or waybar (a custom module's JSON object per line)" }
  },
  run: async (args) => {
    if (!FORMATS.includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not '${args.format}'`);
    const format = args.json ? "json" : args.format;
    process.stdout.on("error", (err) => {
      if (err.code !== "EPIPE") throw err;
      process.exit(0);
    });
    const print = (h) => void process.stdout.write(`${line(h, format)}
`);
    const path = daemonSocketPath(args);
    const timeoutMs = daemonTimeoutMs(args);
    let delay = 100;
    let warned = false;
    const retry = async (why) => {
      if (!warned) {
        process.stderr.write(`swaysock: ${why}; retrying
`);
        if (format === "waybar") process.stdout.write(`${JSON.stringify(waybarUnreachable(path, why))}
`);
      }
      warned = true;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2e3);
    };
    for (; ; ) {
      let client;
      try {
        client = await DaemonClient.connect(path, { timeoutMs });
      } catch (err) {
        if (!(err instanceof DaemonUnreachableError)) throw err;
        await retry(`waiting for swaysock-healthd at ${path} (${err.code})`);
        continue;
      }
      const closed = new Promise((resolve2) => client.once("close", resolve2));
      client.on("notification", (method, params) => {
        if (method === "socket_health_changed") print(params);
      });
      try {
        print(await client.call("subscribe"));
      } catch (err) {
        client.close();
        if (!isNoAnswer(err)) throw err;
        await retry(`swaysock-healthd at ${path} gave no answer (${err.message})`);
        continue;
      }
      delay = 100;
      warned = false;
      await closed;
      process.stderr.write("swaysock: swaysock-healthd went away; reconnecting\n");
    }
  }
});

// ts/cli/dispatch.ts
var TABLE_COMMANDS = [cleanupCommand, socketHealthCommand, discoverCommand, doctorCommand, envCommand, historyCommand, metricsCommand, sessionCommand, statusCommand, watchCommand];
function parseFast(argv) {
  const spec = TABLE_COMMANDS.find((s) => s.words.every((w, i) => argv[i] === w));
  if (!spec) return null;
  try {
    const args = parseOptions(spec.options, argv.slice(spec.words.length));
    return args === "help" ? null : { spec, args };
  } catch (err) {
    if (err instanceof UsageError) return null;
    throw err;
  }
}
function reportError(err) {
  const usage = err instanceof UsageError;
  process.stderr.write(`swaysock: ${err.message}
${usage ? "Run 'swaysock --help' for usage.\n" : ""}`);
  process.exitCode = usage ? EXIT_USAGE : EXIT_FAILURE;
}
async function dispatch(argv) {
  const fast = parseFast(argv);
  if (fast === null) {
    const { main } = await import("./swaysock-yargs.mjs");
    return main([...argv]);
  }
  try {
    await fast.spec.run(fast.args);
  } catch (err) {
    reportError(err);
  }
}

// ts/bin/swaysock.ts
void dispatch(process.argv.slice(2));
