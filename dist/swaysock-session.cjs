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

// swaysock-session.cjs
var swaysock_session_exports = {};
__export(swaysock_session_exports, {
  ENDING_SIGNALS: () => ENDING_SIGNALS,
  NO_EXTRA_VARIABLES: () => NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES: () => PER_SERVICE_VARIABLES,
  SESSION_VARIABLES: () => SESSION_VARIABLES,
  VariableNameError: () => VariableNameError,
  busOfProcessName: () => busOfProcessName,
  emptyActivationEnvironment: () => emptyActivationEnvironment,
  importSessionEnvironment: () => importSessionEnvironment,
  parseEnvArguments: () => parseEnvArguments,
  runSession: () => runSession,
  sessionBus: () => sessionBus,
  sessionVariables: () => sessionVariables,
  updateActivationEnvironment: () => updateActivationEnvironment
});
module.exports = __toCommonJS(swaysock_session_exports);

// ts/session/environment.ts
var import_node_child_process2 = require("node:child_process");
var import_node_fs = require("node:fs");

// ts/systemd/manager.ts
var import_node_child_process = require("node:child_process");
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

// ts/session/environment.ts
var SESSION_VARIABLES = ["SWAYSOCK", "I3SOCK", "WAYLAND_DISPLAY", "DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"];
var VariableNameError = class extends Error {
  constructor(argument) {
    super(`--env ${JSON.stringify(argument)} is not an environment variable name (NAME or NAME=VALUE)`);
    this.argument = argument;
    this.name = "VariableNameError";
  }
  argument;
  code = "ERR_SWAYSOCK_VARIABLE_NAME";
};
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var PER_SERVICE_VARIABLES = [
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
var NO_EXTRA_VARIABLES = { names: [], assigned: {}, all: false };
function parseEnvArguments(args, all = false) {
  const names = [];
  const assigned = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) throw new VariableNameError(arg);
    if (eq === -1) names.push(name);
    else assigned[name] = arg.slice(eq + 1);
  }
  return { names, assigned, all };
}
function sessionVariables(env, request = NO_EXTRA_VARIABLES) {
  const vars = {};
  if (request.all) {
    for (const [name, value] of Object.entries(env)) {
      if (value !== void 0 && NAME.test(name) && !PER_SERVICE_VARIABLES.includes(name)) vars[name] = value;
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
function busOfProcessName(comm) {
  return comm === "dbus-daemon" ? "dbus-daemon" : comm === "dbus-broker" || comm === "dbus-broker-lau" ? "dbus-broker" : "unknown";
}
function sessionBus(timeoutMs = 5e3, procRoot = "/proc") {
  const args = ["--user", "call", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetConnectionUnixProcessID", "s", "org.freedesktop.DBus"];
  return new Promise((resolve) => {
    (0, import_node_child_process2.execFile)("busctl", args, { timeout: timeoutMs, encoding: "utf8" }, (err, stdout) => {
      const pid = err === null ? /^u (\d+)$/.exec(stdout.trim())?.[1] : void 0;
      if (pid === void 0) return resolve("unknown");
      let comm;
      try {
        comm = (0, import_node_fs.readFileSync)(`${procRoot}/${pid}/comm`, "utf8").trim();
      } catch {
        return resolve("unknown");
      }
      resolve(busOfProcessName(comm));
    });
  });
}
async function emptyActivationEnvironment(names) {
  const bus = await sessionBus();
  if (bus === "dbus-broker" || names.length === 0) return { bus, update: { ok: true } };
  return { bus, update: await updateActivationEnvironment(Object.fromEntries(names.map((n) => [n, ""]))) };
}
async function importSessionEnvironment(vars) {
  const [, dbus] = await Promise.all([setManagerEnvironment(vars), updateActivationEnvironment(vars)]);
  return dbus;
}

// ts/discovery/discover.ts
var import_promises = require("node:fs/promises");
var import_node_path3 = require("node:path");

// ts/ipc/client.ts
var import_node_events = require("node:events");

// ts/net/connect.ts
var import_node_net = require("node:net");
var ConnectError = class extends Error {
  constructor(path, code, options) {
    super(`cannot connect to ${path} (${code})`, options);
    this.path = path;
    this.code = code;
    this.name = "ConnectError";
  }
  path;
  code;
};
function connectUnix(path, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve, reject) => {
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
      resolve(socket);
    };
    const timer = setTimeout(() => fail("ETIMEDOUT"), timeoutMs);
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

// ts/ipc/codec.ts
var import_node_os = require("node:os");
var IPC_MAGIC = Buffer.from("i3-ipc", "ascii");
var IPC_HEADER_BYTES = 14;
var DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
var IPC_EVENT_BIT = 2147483648;
var LITTLE = (0, import_node_os.endianness)() === "LE";
var IpcMessageType = {
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
var IpcEventType = {
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
function eventName(code) {
  for (const [name, value] of Object.entries(IpcEventType)) if (value === code) return name;
  return `event-${code}`;
}
var IpcProtocolError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "IpcProtocolError";
  }
  code;
};
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
var FrameDecoder = class {
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

// ts/ipc/client.ts
var DEFAULT_REQUEST_TIMEOUT_MS = 1e3;
var IpcTimeoutError = class extends Error {
  constructor(type, timeoutMs) {
    super(`IPC request of type ${type} got no reply within ${timeoutMs} ms`);
    this.type = type;
    this.timeoutMs = timeoutMs;
    this.name = "IpcTimeoutError";
  }
  type;
  timeoutMs;
};
var IpcClosedError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "IpcClosedError";
  }
};
var IpcReplyError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "IpcReplyError";
  }
};
var SwayIpcClient = class _SwayIpcClient extends import_node_events.EventEmitter {
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

// ts/liveness/probe.ts
var import_node_fs2 = require("node:fs");
async function inspectSocketFile(path, uid) {
  let st;
  try {
    st = (0, import_node_fs2.lstatSync)(path);
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
    const code = err instanceof ConnectError ? err.code : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}
function sameSocketFile(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [(0, import_node_fs2.statSync)(a), (0, import_node_fs2.statSync)(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

// ts/proxy/default-path.ts
var import_node_path = require("node:path");
function defaultStableSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, "swaysock", "sway.sock");
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

// ts/liveness/socket-name.ts
var NAME2 = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;
function parseSwaySocketName(name) {
  const m = NAME2.exec(name);
  if (m === null) return null;
  const uid = Number(m[1]);
  const pid = Number(m[2]);
  if (uid > 4294967295 || pid < 1 || pid > 1073741823) return null;
  return { uid, pid };
}

// ts/discovery/discover.ts
function socketVariable(value) {
  return value ? value : null;
}
var DEFAULT_DISCOVERY_TIMEOUT_MS = 500;
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
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => (0, import_node_path3.join)(dir, n));
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

// ts/session/lock.ts
var import_node_path5 = require("node:path");

// ts/lock/pid-lock.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = require("node:path");

// ts/fs/private-dir.ts
var import_node_fs4 = require("node:fs");
var UnsafeDirectoryError = class extends Error {
  constructor(dir, problem, fix) {
    super(`${problem}${fix === null ? "" : ` (${fix})`}`);
    this.dir = dir;
    this.problem = problem;
    this.fix = fix;
    this.name = "UnsafeDirectoryError";
  }
  dir;
  problem;
  fix;
  code = "ERR_SWAYSOCK_UNSAFE_DIRECTORY";
};
function ensurePrivateDir(dir, uid = process.getuid()) {
  (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs4.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  if (st.uid !== uid) throw new UnsafeDirectoryError(dir, `${dir} belongs to UID ${st.uid}, not to us (UID ${uid})`, null);
  if ((st.mode & 63) !== 0) {
    throw new UnsafeDirectoryError(dir, `${dir} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`, `chmod 0700 ${dir}`);
  }
}

// ts/lock/pid-lock.ts
var LockTimeoutError = class extends Error {
  constructor(path, why) {
    super(`could not take ${path} before the deadline: ${why}`);
    this.path = path;
    this.name = "LockTimeoutError";
  }
  path;
  code = "ERR_SWAYSOCK_LOCK_TIMEOUT";
};
var DEFAULT_LOCK_TIMEOUT_MS = 1e4;
function readLockRecord(path) {
  let fd;
  try {
    fd = (0, import_node_fs5.openSync)(path, import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NOFOLLOW | import_node_fs5.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(0, import_node_fs5.fstatSync)(fd).isFile()) return null;
    const h = JSON.parse((0, import_node_fs5.readFileSync)(fd, "utf8"));
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function writeTemporary(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`;
  const fd = (0, import_node_fs5.openSync)(tmp, import_node_fs5.constants.O_WRONLY | import_node_fs5.constants.O_CREAT | import_node_fs5.constants.O_EXCL | import_node_fs5.constants.O_NOFOLLOW, 384);
  try {
    (0, import_node_fs5.writeSync)(fd, text);
  } finally {
    (0, import_node_fs5.closeSync)(fd);
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
  ensurePrivateDir((0, import_node_path4.dirname)(path));
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = writeTemporary(path, `${JSON.stringify(holder)}
`);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs5.linkSync)(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              const current2 = readLockRecord(path);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since) (0, import_node_fs5.unlinkSync)(path);
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
      (0, import_node_fs5.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path, procRoot, deadline) {
  const breakLock = `${path}.break`;
  for (; ; ) {
    try {
      (0, import_node_fs5.mkdirSync)(breakLock, { mode: 448 });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - (0, import_node_fs5.lstatSync)(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) (0, import_node_fs5.rmdirSync)(breakLock);
    } catch {
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if ((0, import_node_fs5.existsSync)(path) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs5.unlinkSync)(path);
  } finally {
    (0, import_node_fs5.rmdirSync)(breakLock);
  }
}

// ts/session/lock.ts
var SessionLockedError = class extends Error {
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
  code = "ERR_SWAYSOCK_SESSION_LOCKED";
};
function sessionLockPath(runtimeDir) {
  return (0, import_node_path5.join)(runtimeDir, "swaysock", "session.lock");
}
async function acquireSessionLock(runtimeDir, swaysock, procRoot = "/proc") {
  const path = sessionLockPath(runtimeDir);
  const result = await tryAcquireLock(path, { swaysock }, { procRoot });
  if ("held" in result) throw new SessionLockedError(result.held, path);
  return result.lock;
}

// ts/session/lifecycle.ts
var ENDING_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"];
var UP_STATES = /* @__PURE__ */ new Set(["active", "activating", "reloading"]);
var SessionEnd = class {
  reason = null;
  resolver;
  promise = new Promise((resolve) => this.resolver = resolve);
  finish(reason) {
    if (this.reason !== null) return;
    this.reason = reason;
    this.resolver(reason);
  }
};
async function activeState(unit) {
  const r = await systemctlUser(["show", "--property=ActiveState", "--value", unit]);
  return r.code === 0 ? r.stdout.trim() : "unknown";
}
async function findSway(o) {
  if (o.env.SWAYSOCK) return o.env.SWAYSOCK;
  const found = await discoverSway({ runtimeDir: o.runtimeDir, swaysock: null, managerEnv: null, waylandDisplay: o.env.WAYLAND_DISPLAY });
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
var TEARDOWN_ATTEMPTS = 3;
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
    const { bus, update } = await emptyActivationEnvironment(imported);
    if (!update.ok) o.log("warning", `could not empty ${imported.join(" ")} in the D-Bus activation environment (${bus}): ${update.message}`);
    else if (bus !== "dbus-broker") o.log("info", `emptied ${imported.join(" ")} in the D-Bus activation environment (session bus: ${bus})`);
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
async function exportedSocket(o, swaysock) {
  if (o.stableSocket === void 0) return swaysock;
  const probe = await probeSocket(o.stableSocket);
  if (probe.kind === "listening") return o.stableSocket;
  o.log("warning", `the stable socket ${o.stableSocket} does not listen (${probe.kind === "error" ? probe.code : probe.kind}); exporting ${swaysock}`);
  return swaysock;
}
async function startSession(o, swaysock, end, targetState) {
  if (UP_STATES.has(await targetState) && UP_STATES.has(await activeState(o.target))) {
    const theirs = (await managerEnvironment())?.SWAYSOCK || void 0;
    if (theirs !== void 0 && (sameSocketFile(theirs, swaysock) || o.stableSocket !== void 0 && sameSocketFile(theirs, o.stableSocket))) {
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
  const exported = await exportedSocket(o, swaysock);
  const { vars, teardown } = sessionVariables({ ...o.env, SWAYSOCK: exported, I3SOCK: exported === swaysock ? o.env.I3SOCK ?? swaysock : exported }, o.variables);
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
  let watching = null;
  let lock = null;
  const targetState = activeState(o.target);
  try {
    const swaysock = await findSway(o);
    lock = await acquireSessionLock(o.runtimeDir, swaysock);
    watching = watchSway(swaysock, end).then(
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
    await watching;
    watch.client?.close();
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ENDING_SIGNALS,
  NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES,
  SESSION_VARIABLES,
  VariableNameError,
  busOfProcessName,
  emptyActivationEnvironment,
  importSessionEnvironment,
  parseEnvArguments,
  runSession,
  sessionBus,
  sessionVariables,
  updateActivationEnvironment
});
