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

// ts/liveness/runtime-dir.ts
function resolveRuntimeDir(explicit, env = process.env) {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
}
var EXIT_USAGE, UsageError;
var init_runtime_dir = __esm({
  "ts/liveness/runtime-dir.ts"() {
    "use strict";
    EXIT_USAGE = 64;
    UsageError = class extends Error {
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
  const write = options.write ?? ((line) => process.stderr.write(line));
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

// ts/liveness/proc.ts
function readProcStat(pid, procRoot = "/proc") {
  const dir = (0, import_node_path.join)(procRoot, String(pid));
  if ((0, import_node_fs2.statSync)(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)((0, import_node_path.join)(dir, "stat"), "latin1");
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
    if (SWAY_PROCESS_NAMES.has((0, import_node_path.basename)((0, import_node_fs2.readlinkSync)((0, import_node_path.join)(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}
function waylandDisplaysOf(pid, runtimeDir, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = (0, import_node_fs2.readdirSync)((0, import_node_path.join)(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix = (0, import_node_path.join)(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = (0, import_node_fs2.readlinkSync)((0, import_node_path.join)(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push((0, import_node_path.basename)(target, ".lock"));
  }
  return displays;
}
var import_node_fs2, import_node_path, SWAY_PROCESS_NAMES;
var init_proc = __esm({
  "ts/liveness/proc.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path = require("node:path");
    SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
  }
});

// ts/lock/pid-lock.ts
function readLockRecord(path) {
  try {
    const h = JSON.parse((0, import_node_fs3.readFileSync)(path, "utf8"));
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  }
}
function holderIsAlive(holder, procRoot = "/proc") {
  try {
    const stat = readProcStat(holder.pid, procRoot);
    return stat !== null && stat.state !== "Z" && stat.state !== "X" && stat.startTicks === holder.start_ticks;
  } catch {
    return true;
  }
}
async function tryAcquireLock(path, extra, procRoot = "/proc") {
  (0, import_node_fs3.mkdirSync)((0, import_node_path2.dirname)(path), { recursive: true, mode: 448 });
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = `${path}.${process.pid}.tmp`;
  (0, import_node_fs3.writeFileSync)(tmp, `${JSON.stringify(holder)}
`, { mode: 384 });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs3.linkSync)(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              const current2 = readLockRecord(path);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since) (0, import_node_fs3.unlinkSync)(path);
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
      await breakStaleLock(path, procRoot);
    }
    throw new Error(`could not take ${path}: it kept changing under us`);
  } finally {
    try {
      (0, import_node_fs3.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path, procRoot) {
  const breakLock = `${path}.break`;
  for (; ; ) {
    try {
      (0, import_node_fs3.mkdirSync)(breakLock, { mode: 448 });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - (0, import_node_fs3.statSync)(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) (0, import_node_fs3.rmdirSync)(breakLock);
    } catch {
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if ((0, import_node_fs3.existsSync)(path) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs3.unlinkSync)(path);
  } finally {
    (0, import_node_fs3.rmdirSync)(breakLock);
  }
}
var import_node_fs3, import_node_path2, BREAK_LOCK_STALE_MS;
var init_pid_lock = __esm({
  "ts/lock/pid-lock.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path2 = require("node:path");
    init_proc();
    BREAK_LOCK_STALE_MS = 1e4;
  }
});

// ts/liveness/probe.ts
async function inspectSocketFile(path, uid) {
  let st;
  try {
    st = (0, import_node_fs4.lstatSync)(path);
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
function probeSocket(path, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const socket = (0, import_node_net.connect)(path);
    const done = (result) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done({ kind: "error", code: "ETIMEDOUT" }), timeoutMs);
    socket.once("connect", () => done({ kind: "listening" }));
    socket.once("error", (err) => {
      const code = err.code ?? "EUNKNOWN";
      done(code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code });
    });
  });
}
var import_node_fs4, import_node_net, DEFAULT_PROBE_TIMEOUT_MS;
var init_probe = __esm({
  "ts/liveness/probe.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_net = require("node:net");
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
  const path = (0, import_node_path3.join)(dir, name);
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
var import_node_path3;
var init_decide = __esm({
  "ts/cleanup/decide.ts"() {
    "use strict";
    import_node_path3 = require("node:path");
    init_proc();
    init_probe();
    init_socket_name();
  }
});

// ts/cleanup/run.ts
function cleanupLockPath(runtimeDir) {
  return (0, import_node_path4.join)(runtimeDir, "swaysock", "cleanup.lock");
}
async function takeLock(runtimeDir, timeoutMs) {
  const path = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held;
  for (; ; ) {
    let result;
    try {
      result = await tryAcquireLock(path, {});
    } catch (err) {
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
    (0, import_node_fs5.readdirSync)(dir);
  } catch (err) {
    const code = err.code;
    throw new CleanupError(`cannot read the runtime directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "not a directory" : code ?? err.message}`);
  }
  const report = { runtime_dir: dir, dry_run: dryRun, removed: [], kept: [], errors: [], ignored: [] };
  const lock = dryRun ? null : await takeLock(dir, options.lockTimeoutMs ?? 1e4);
  try {
    const names = (0, import_node_fs5.readdirSync)(dir);
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
    const st = (0, import_node_fs5.lstatSync)(path);
    if (st.ino !== identity.ino || st.dev !== identity.dev || !st.isSocket()) return "replaced";
    (0, import_node_fs5.unlinkSync)(path);
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
var import_node_fs5, import_node_path4, CONCURRENCY, CleanupError;
var init_run = __esm({
  "ts/cleanup/run.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path4 = require("node:path");
    init_pid_lock();
    init_decide();
    CONCURRENCY = 16;
    CleanupError = class extends Error {
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
    report = await runCleanup({ runtimeDir: resolveRuntimeDir(args["runtime-dir"]), dryRun: args["dry-run"] });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${program}: ${err.message}
`);
      return EXIT_USAGE;
    }
    if (!(err instanceof CleanupError)) throw err;
    process.stderr.write(`${program}: ${err.message}
`);
    return 1;
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
    init_runtime_dir();
    init_log();
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
var import_node_events2, import_node_net3, DEFAULT_REQUEST_TIMEOUT_MS, IpcTimeoutError, IpcClosedError, IpcReplyError, SwayIpcClient;
var init_client = __esm({
  "ts/ipc/client.ts"() {
    "use strict";
    import_node_events2 = require("node:events");
    import_node_net3 = require("node:net");
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
       * @throws the `connect()` error (`ECONNREFUSED`, `ENOENT`, ...) or IpcTimeoutError.
       */
      static connect(path, options = {}) {
        const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        return new Promise((resolve, reject) => {
          const socket = (0, import_node_net3.connect)(path);
          const timer = setTimeout(() => {
            socket.destroy();
            reject(new IpcTimeoutError(-1, timeoutMs));
          }, timeoutMs);
          socket.once("error", (err) => {
            clearTimeout(timer);
            socket.destroy();
            reject(err);
          });
          socket.once("connect", () => {
            clearTimeout(timer);
            socket.removeAllListeners("error");
            resolve(new _SwayIpcClient(socket, path, options.maxPayloadBytes));
          });
        });
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
        return new Promise((resolve, reject) => {
          const pending = { type, resolve, reject, timer: null, settled: false };
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

// ts/discovery/discover.ts
var discover_exports = {};
__export(discover_exports, {
  DEFAULT_DISCOVERY_TIMEOUT_MS: () => DEFAULT_DISCOVERY_TIMEOUT_MS,
  discoverSway: () => discoverSway,
  validateSwaySocket: () => validateSwaySocket
});
async function validateSwaySocket(path, uid, timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS) {
  const file = await inspectSocketFile(path, uid);
  if (file.kind !== "socket") return null;
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
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => (0, import_node_path6.join)(dir, n));
}
function byPreference(a, b) {
  const live = Number(b.process === "sway") - Number(a.process === "sway");
  if (live !== 0) return live;
  return (b.startTicks ?? -1) - (a.startTicks ?? -1);
}
async function discoverSway(options) {
  const uid = options.uid ?? process.getuid();
  const timeoutMs = options.timeoutMs ?? DEFAULT_DISCOVERY_TIMEOUT_MS;
  if (options.explicitPath !== void 0) {
    const only = await validateSwaySocket(options.explicitPath, uid, timeoutMs);
    return { chosen: only, candidates: only ? [only] : [], decidedBy: only ? "explicit" : null, ambiguous: false };
  }
  const swaysock = options.swaysock ?? process.env.SWAYSOCK;
  const paths = new Set(await scan(options.runtimeDir, uid));
  if (swaysock) paths.add(swaysock);
  const found = await Promise.all([...paths].map((p) => validateSwaySocket(p, uid, timeoutMs)));
  const candidates = found.filter((c) => c !== null).sort(byPreference);
  const pick = (chosen, decidedBy) => chosen ? { chosen, candidates: [chosen, ...candidates.filter((c) => c !== chosen)], decidedBy, ambiguous: false } : null;
  if (candidates.length === 0) return { chosen: null, candidates, decidedBy: null, ambiguous: false };
  const bySwaysock = pick(candidates.find((c) => c.path === swaysock), "swaysock");
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], "only");
  const managerEnv = typeof options.managerEnv === "function" ? await options.managerEnv() : options.managerEnv ?? null;
  const managerSock = managerEnv?.SWAYSOCK;
  const byManager = managerSock ? pick(candidates.find((c) => c.path === managerSock), "manager-swaysock") : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay ?? managerEnv?.WAYLAND_DISPLAY ?? process.env.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], "wayland-display");
  return { chosen: candidates[0], candidates, decidedBy: "newest", ambiguous: true };
}
var import_promises, import_node_path6, DEFAULT_DISCOVERY_TIMEOUT_MS;
var init_discover = __esm({
  "ts/discovery/discover.ts"() {
    "use strict";
    import_promises = require("node:fs/promises");
    import_node_path6 = require("node:path");
    init_client();
    init_probe();
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
  return new Promise((resolve) => {
    (0, import_node_child_process.execFile)("systemctl", ["--user", ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : err.code === "ENOENT" ? 127 : 1;
      resolve({ code, stdout, stderr });
    });
  });
}
function parseEnvironment(text) {
  const env = {};
  for (const line of text.split("\n")) {
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    let value = line.slice(eq + 1);
    if (value.startsWith("$'") && value.endsWith("'")) {
      value = value.slice(2, -1).replace(/\\(x[0-9a-fA-F]{2}|[0-7]{3}|.)/g, (_, esc) => {
        if (esc.startsWith("x")) return String.fromCharCode(parseInt(esc.slice(1), 16));
        if (/^[0-7]{3}$/.test(esc)) return String.fromCharCode(parseInt(esc, 8));
        return { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"' }[esc] ?? esc;
      });
    }
    env[line.slice(0, eq)] = value;
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

// ts/session/environment.ts
var environment_exports = {};
__export(environment_exports, {
  NO_EXTRA_VARIABLES: () => NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES: () => PER_SERVICE_VARIABLES,
  SESSION_VARIABLES: () => SESSION_VARIABLES,
  importSessionEnvironment: () => importSessionEnvironment,
  parseEnvArguments: () => parseEnvArguments,
  sessionVariables: () => sessionVariables,
  updateActivationEnvironment: () => updateActivationEnvironment
});
function parseEnvArguments(args, all = false) {
  const names = [];
  const assigned = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME2.test(name)) throw new UsageError(`--env ${JSON.stringify(arg)} is not an environment variable name (NAME or NAME=VALUE)`);
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
function updateActivationEnvironment(vars, timeoutMs = 5e3) {
  const entries = Object.entries(vars);
  if (entries.length === 0) return Promise.resolve({ ok: true });
  const args = ["--user", "call", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "UpdateActivationEnvironment", "a{ss}", String(entries.length), ...entries.flat()];
  return new Promise((resolve) => {
    (0, import_node_child_process2.execFile)("busctl", args, { timeout: timeoutMs, encoding: "utf8" }, (err, _stdout, stderr) => {
      resolve(err === null ? { ok: true } : { ok: false, message: (stderr || err.message).trim() });
    });
  });
}
async function importSessionEnvironment(vars) {
  const [, dbus] = await Promise.all([setManagerEnvironment(vars), updateActivationEnvironment(vars)]);
  return dbus;
}
var import_node_child_process2, SESSION_VARIABLES, NAME2, PER_SERVICE_VARIABLES, NO_EXTRA_VARIABLES;
var init_environment = __esm({
  "ts/session/environment.ts"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
    init_runtime_dir();
    init_manager();
    SESSION_VARIABLES = ["SWAYSOCK", "I3SOCK", "WAYLAND_DISPLAY", "DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"];
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

// ts/session/lock.ts
function sessionLockPath(runtimeDir) {
  return (0, import_node_path7.join)(runtimeDir, "swaysock", "session.lock");
}
async function acquireSessionLock(runtimeDir, swaysock, procRoot = "/proc") {
  const path = sessionLockPath(runtimeDir);
  const result = await tryAcquireLock(path, { swaysock }, procRoot);
  if ("held" in result) throw new SessionLockedError(result.held, path);
  return result.lock;
}
var import_node_path7, SessionLockedError;
var init_lock = __esm({
  "ts/session/lock.ts"() {
    "use strict";
    import_node_path7 = require("node:path");
    init_pid_lock();
    SessionLockedError = class extends Error {
      constructor(holder, lockPath) {
        super(
          `another swaysock session (PID ${holder.pid}, for ${holder.swaysock}, since ${holder.since}) holds ${lockPath}; refusing to start a second one (exec_always runs this command again on every reload; use exec)`
        );
        this.holder = holder;
        this.lockPath = lockPath;
        this.name = "SessionLockedError";
      }
      holder;
      lockPath;
    };
  }
});

// ts/session/lifecycle.ts
var lifecycle_exports = {};
__export(lifecycle_exports, {
  ENDING_SIGNALS: () => ENDING_SIGNALS,
  runSession: () => runSession
});
async function activeState(unit) {
  const r = await systemctlUser(["show", "--property=ActiveState", "--value", unit]);
  return r.code === 0 ? r.stdout.trim() : "unknown";
}
function sameSocket(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [(0, import_node_fs6.statSync)(a), (0, import_node_fs6.statSync)(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
async function findSway(o) {
  if (o.env.SWAYSOCK) return o.env.SWAYSOCK;
  const found = await discoverSway({ runtimeDir: o.runtimeDir, swaysock: "", managerEnv: null, waylandDisplay: o.env.WAYLAND_DISPLAY });
  if (found.chosen === null) throw new Error(`SWAYSOCK is not set and no live Sway IPC socket answers in ${o.runtimeDir}`);
  o.log("notice", `SWAYSOCK is not set; using ${found.chosen.path} (found by discovery)`);
  return found.chosen.path;
}
async function watchSway(swaysock, end) {
  let client;
  try {
    client = await SwayIpcClient.connect(swaysock, { timeoutMs: 2e3 });
  } catch (err) {
    throw new Error(`cannot connect to Sway at ${swaysock}: ${err.message}`);
  }
  client.on("close", () => end.finish("Sway closed its IPC connection"));
  client.on("event", (name) => {
    if (name === "shutdown") end.finish("Sway sent the shutdown event");
  });
  try {
    await client.getVersion(2e3);
    await client.subscribe(["shutdown"], 2e3);
  } catch (err) {
    client.close();
    throw new Error(`Sway at ${swaysock} did not answer: ${err.message}`);
  }
  return client;
}
async function systemctlRetrying(args, timeoutMs) {
  let r = await systemctlUser(args, timeoutMs);
  for (let attempt = 1; attempt < TEARDOWN_ATTEMPTS && r.code !== 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    r = await systemctlUser(args, timeoutMs);
  }
  return r;
}
async function tearDown(o, imported) {
  let ok = true;
  const r = await systemctlRetrying(["start", "--job-mode=replace-irreversibly", o.shutdownTarget], o.startTimeoutMs ?? 9e4);
  if (r.code !== 0) {
    o.log("err", `could not start ${o.shutdownTarget}: ${r.stderr.trim() || `systemctl exited with ${r.code}`}`);
    ok = false;
  }
  if (imported.length > 0) {
    const u = await systemctlRetrying(["unset-environment", ...imported], 5e3);
    if (u.code !== 0) {
      o.log("err", `could not unset ${imported.join(" ")}: ${u.stderr.trim() || `systemctl exited with ${u.code}`}`);
      ok = false;
    }
  }
  return ok;
}
async function waitDown(unit, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await activeState(unit);
    if (!UP_STATES.has(state) && state !== "deactivating") return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}
async function startSession(o, swaysock, end, targetState) {
  if (UP_STATES.has(await targetState) && UP_STATES.has(await activeState(o.target))) {
    const theirs = (await managerEnvironment())?.SWAYSOCK;
    if (theirs !== void 0 && sameSocket(theirs, swaysock)) {
      o.log("notice", `${o.target} is already active for this Sway (${swaysock}); adopting it`);
    } else if (theirs !== void 0 && (await probeSocket(theirs)).kind === "listening") {
      o.log("err", `${o.target} is active for another live Sway (SWAYSOCK=${theirs}); not taking its session over`);
      return "refused";
    } else {
      o.log("warning", `${o.target} is active but its Sway (${theirs ?? "SWAYSOCK unset"}) is gone; tearing that session down first`);
      await tearDown(o, []);
      if (!await waitDown(o.target, 1e4)) o.log("warning", `${o.target} is still up after its teardown`);
    }
  }
  if (end.reason !== null) return { imported: [], ok: true };
  const { vars, teardown } = sessionVariables({ ...o.env, SWAYSOCK: swaysock, I3SOCK: o.env.I3SOCK ?? swaysock }, o.variables);
  const reset = systemctlUser(["reset-failed"]);
  const dbus = await importSessionEnvironment(vars).finally(() => reset);
  o.log("info", `imported ${Object.keys(vars).join(" ")} into the user manager`);
  const imported = teardown;
  if (!dbus.ok) o.log("warning", `could not update the D-Bus activation environment: ${dbus.message}`);
  const resetDone = await reset;
  if (resetDone.code !== 0) o.log("warning", `systemctl --user reset-failed: ${resetDone.stderr.trim()}`);
  if (end.reason !== null) return { imported, ok: true };
  const started = await Promise.race([systemctlUser(["start", o.target], o.startTimeoutMs ?? 9e4), end.promise.then(() => null)]);
  if (started === null) return { imported, ok: true };
  if (started.code !== 0) {
    o.log("err", `could not start ${o.target}: ${started.stderr.trim() || `systemctl exited with ${started.code}`}`);
    return { imported, ok: false };
  }
  o.log("notice", `started ${o.target} for ${swaysock}`);
  return { imported, ok: true };
}
async function runSession(o) {
  const end = new SessionEnd();
  const onSignal = (signal) => end.finish(`received ${signal}`);
  for (const s of ENDING_SIGNALS) process.on(s, onSignal);
  const watch = { client: null, failed: false };
  let lock = null;
  const targetState = activeState(o.target);
  try {
    const swaysock = await findSway(o);
    lock = await acquireSessionLock(o.runtimeDir, swaysock);
    const watching = watchSway(swaysock, end).then(
      (c) => void (watch.client = c),
      (err) => {
        watch.failed = true;
        o.log("err", err.message);
        end.finish("its IPC could not be watched");
      }
    );
    const session = await startSession(o, swaysock, end, targetState);
    await watching;
    if (session === "refused") return 1;
    const reason = await end.promise;
    o.log("notice", `Sway session ended (${reason}); stopping ${o.target}`);
    const ok = await tearDown(o, session.imported);
    if (ok) o.log("info", `stopped ${o.target} and unset ${session.imported.join(" ")}`);
    return ok && session.ok && !watch.failed ? 0 : 1;
  } catch (err) {
    o.log("err", err instanceof SessionLockedError ? err.message : `session not started: ${err.message}`);
    return 1;
  } finally {
    lock?.release();
    watch.client?.close();
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
  }
}
var import_node_fs6, ENDING_SIGNALS, UP_STATES, SessionEnd, TEARDOWN_ATTEMPTS;
var init_lifecycle = __esm({
  "ts/session/lifecycle.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_discover();
    init_client();
    init_probe();
    init_manager();
    init_environment();
    init_lock();
    ENDING_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"];
    UP_STATES = /* @__PURE__ */ new Set(["active", "activating", "reloading"]);
    SessionEnd = class {
      reason = null;
      resolver;
      promise = new Promise((resolve) => this.resolver = resolve);
      finish(reason) {
        if (this.reason !== null) return;
        this.reason = reason;
        this.resolver(reason);
      }
    };
    TEARDOWN_ATTEMPTS = 3;
  }
});

// ts/cli/dispatch.ts
init_runtime_dir();

// ts/cli/options.ts
var import_node_util = require("node:util");
init_runtime_dir();
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
init_runtime_dir();

// ts/rpc/client.ts
var import_node_events = require("node:events");
var import_node_net2 = require("node:net");
var DaemonUnreachableError = class extends Error {
  constructor(socketPath, code) {
    super(`cannot reach swaysock-healthd at ${socketPath} (${code})`);
    this.socketPath = socketPath;
    this.code = code;
    this.name = "DaemonUnreachableError";
  }
  socketPath;
  code;
};
var DaemonRpcError = class extends Error {
  constructor(code, message, data) {
    super(`${message} (JSON-RPC error ${code})${data === void 0 ? "" : `: ${typeof data === "string" ? data : JSON.stringify(data)}`}`);
    this.code = code;
    this.data = data;
    this.name = "DaemonRpcError";
  }
  code;
  data;
};
var DaemonClosedError = class extends Error {
  constructor(socketPath) {
    super(`swaysock-healthd at ${socketPath} closed the connection`);
    this.name = "DaemonClosedError";
  }
};
var DaemonClient = class _DaemonClient extends import_node_events.EventEmitter {
  constructor(socket, socketPath) {
    super();
    this.socket = socket;
    this.socketPath = socketPath;
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", () => {
    });
    socket.on("close", () => {
      for (const p of this.pending.values()) p.reject(new DaemonClosedError(socketPath));
      this.pending.clear();
      this.emit("close");
    });
  }
  socket;
  socketPath;
  nextId = 1;
  buffer = "";
  pending = /* @__PURE__ */ new Map();
  /**
   * Connects to the daemon's socket.
   * @param timeoutMs connect timeout in ms (default 1000).
   * @throws DaemonUnreachableError.
   */
  static connect(socketPath, timeoutMs = 1e3) {
    return new Promise((resolve, reject) => {
      const socket = (0, import_node_net2.connect)(socketPath);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new DaemonUnreachableError(socketPath, "ETIMEDOUT"));
      }, timeoutMs);
      socket.once("error", (err) => {
        clearTimeout(timer);
        reject(new DaemonUnreachableError(socketPath, err.code ?? "EUNKNOWN"));
      });
      socket.once("connect", () => {
        clearTimeout(timer);
        socket.removeAllListeners("error");
        resolve(new _DaemonClient(socket, socketPath));
      });
    });
  }
  /**
   * Calls `method` and resolves with its result.
   * @throws DaemonRpcError for an error response; DaemonClosedError when the connection ends first
   *   or is already closed.
   */
  call(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.socket.destroyed) {
        reject(new DaemonClosedError(this.socketPath));
        return;
      }
      this.pending.set(id, { resolve, reject });
      this.socket.write(`${JSON.stringify(params === void 0 ? { jsonrpc: "2.0", id, method } : { jsonrpc: "2.0", id, method, params })}
`);
    });
  }
  /** Closes the connection. */
  close() {
    this.socket.destroy();
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
        this.emit("notification", message.method, message.params);
        continue;
      }
      const pending = typeof message.id === "number" ? this.pending.get(message.id) : void 0;
      if (pending === void 0) {
        if (message.error && message.id === null) {
          for (const p of this.pending.values()) p.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
          this.pending.clear();
        }
        continue;
      }
      this.pending.delete(message.id);
      if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
      else pending.resolve(message.result);
    }
  }
};

// ts/rpc/codes.ts
var RpcErrorCode = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** The daemon already serves `--max-clients` connections; this one is closed. */
  TOO_MANY_CLIENTS: -32e3
};

// ts/rpc/socket-path.ts
var import_node_path5 = require("node:path");
function defaultDaemonSocket(runtimeDir) {
  return (0, import_node_path5.join)(runtimeDir, "swaysock", "healthd.sock");
}

// ts/cli/daemon.ts
var EXIT_DAEMON_UNREACHABLE = 2;
var DAEMON_OPTIONS = {
  socket: { type: "string", value: "PATH", describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
  json: { type: "boolean", describe: "Print JSON" }
};
function daemonSocketPath(args) {
  return args.socket ?? defaultDaemonSocket(resolveRuntimeDir(void 0));
}
function unreachableMessage(err) {
  return `swaysock: cannot reach swaysock-healthd at ${err.socketPath} (${err.code}).
Start it with \`systemctl --user start swaysock-healthd.service\`, or run \`swaysock-healthd\` in a Sway session.
`;
}
async function withDaemon(args, fn) {
  let client;
  try {
    client = await DaemonClient.connect(daemonSocketPath(args));
  } catch (err) {
    if (!(err instanceof DaemonUnreachableError)) throw err;
    process.stderr.write(unreachableMessage(err));
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
    return;
  }
  try {
    await fn(client);
  } catch (err) {
    const refused = err instanceof DaemonRpcError && err.code === RpcErrorCode.TOO_MANY_CLIENTS;
    if (!refused && !(err instanceof DaemonClosedError)) throw err;
    process.stderr.write(`swaysock: swaysock-healthd at ${client.socketPath} gave no answer: ${err.message}
`);
    process.exitCode = EXIT_DAEMON_UNREACHABLE;
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
  run: (args) => withDaemon(args, async (client) => {
    const health = await client.call("get_socket_health");
    process.stdout.write(args.json ? `${JSON.stringify(health)}
` : formatHealth(health));
    process.exitCode = health.status === "healthy" ? 0 : 1;
  })
});

// ts/cli/commands/discover.ts
init_runtime_dir();
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
      managerEnv: managerEnvironment2,
      timeoutMs: args.timeout
    });
    if (args.json) process.stdout.write(`${JSON.stringify(discoveryJson(result), null, 2)}
`);
    if (result.chosen === null) {
      const where = args["sway-socket"] ?? `${runtimeDir}/sway-ipc.${process.getuid()}.*.sock`;
      process.stderr.write(`swaysock: no live Sway IPC socket: nothing at ${where} answers GET_VERSION
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

// ts/cli/commands/session.ts
init_runtime_dir();
init_log();
var SESSION_OPTIONS = {
  env: { type: "string", value: "NAME[=VALUE]", multiple: true, describe: "Also import NAME from the environment, or NAME with VALUE (repeatable; unset at the end)" },
  all: { type: "boolean", describe: "Import every variable of the environment (only the session variables and --env names are unset at the end)" },
  target: { type: "string", value: "UNIT", default: "sway-session.target", describe: "The session target to start" },
  "shutdown-target": { type: "string", value: "UNIT", default: "sway-session-shutdown.target", describe: "The target that ends the session (Conflicts=)" }
};
var sessionCommand = defineCommand({
  words: ["session"],
  describe: "Start sway-session.target for this Sway and stop it when Sway ends (for Sway's `exec`)",
  options: SESSION_OPTIONS,
  run: async (args) => {
    const [{ parseEnvArguments: parseEnvArguments2 }, { runSession: runSession2 }] = await Promise.all([Promise.resolve().then(() => (init_environment(), environment_exports)), Promise.resolve().then(() => (init_lifecycle(), lifecycle_exports))]);
    const runtimeDir = resolveRuntimeDir(void 0);
    const variables = parseEnvArguments2(args.env, args.all);
    const log = createLogger();
    process.exitCode = await runSession2({
      env: process.env,
      runtimeDir,
      variables,
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
  run: (args) => withDaemon(args, async (client) => {
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
  })
});

// ts/cli/commands/watch.ts
function print(h, json) {
  process.stdout.write(json ? `${JSON.stringify(h)}
` : `${(/* @__PURE__ */ new Date()).toISOString()} ${h.status} ${h.socket_path ?? "-"} reconnections=${h.reconnection_count}${h.latency_ms === null ? "" : ` latency=${h.latency_ms}ms`}
`);
}
var watchCommand = defineCommand({
  words: ["watch"],
  describe: "Stream socket-health changes; reconnects when the daemon restarts",
  options: DAEMON_OPTIONS,
  run: async (args) => {
    const path = daemonSocketPath(args);
    let delay = 100;
    let warned = false;
    const retry = async (why) => {
      if (!warned) process.stderr.write(`swaysock: ${why}; retrying
`);
      warned = true;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2e3);
    };
    for (; ; ) {
      let client;
      try {
        client = await DaemonClient.connect(path);
      } catch (err) {
        if (!(err instanceof DaemonUnreachableError)) throw err;
        await retry(`waiting for swaysock-healthd at ${path} (${err.code})`);
        continue;
      }
      const closed = new Promise((resolve) => client.once("close", resolve));
      client.on("notification", (method, params) => {
        if (method === "socket_health_changed") print(params, args.json);
      });
      try {
        print(await client.call("subscribe"), args.json);
      } catch (err) {
        client.close();
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
var TABLE_COMMANDS = [cleanupCommand, socketHealthCommand, discoverCommand, sessionCommand, statusCommand, watchCommand];
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
  process.exitCode = usage ? EXIT_USAGE : 1;
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
