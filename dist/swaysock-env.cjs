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

// swaysock-env.cjs
var swaysock_env_exports = {};
__export(swaysock_env_exports, {
  DEFAULT_PROBE_TIMEOUT_MS: () => DEFAULT_PROBE_TIMEOUT_MS,
  SocketPathError: () => SocketPathError,
  checkServedSocket: () => checkServedSocket,
  inspectSocketFile: () => inspectSocketFile,
  listenOnActivatedFd: () => listenOnActivatedFd,
  listenOnPath: () => listenOnPath,
  prepareSocketPath: () => prepareSocketPath,
  probeSocket: () => probeSocket,
  sameIdentity: () => sameIdentity,
  sameSocketFile: () => sameSocketFile,
  servedSocketIdentity: () => servedSocketIdentity
});
module.exports = __toCommonJS(swaysock_env_exports);

// ts/listen/served-socket.ts
var import_node_fs3 = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");

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

// ts/fs/private-dir.ts
var import_node_fs = require("node:fs");
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
  (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem = notOwnerOnly(dir, st, uid);
  if (problem !== null) throw new UnsafeDirectoryError(dir, problem, st.uid === uid ? `chmod 0700 ${dir}` : null);
}
function notOwnerOnly(path, st, uid) {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
}

// ts/liveness/probe.ts
var import_node_fs2 = require("node:fs");

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

// ts/liveness/probe.ts
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
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
    const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}
function sameSocketFile(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [(0, import_node_fs2.statSync)(a), (0, import_node_fs2.statSync)(b)];
    return sameIdentity(sa, sb);
  } catch {
    return false;
  }
}

// ts/systemd/listen-fds.ts
var SD_LISTEN_FDS_START = 3;

// ts/listen/served-socket.ts
var SocketPathError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_SOCKET_PATH", message);
    this.name = "SocketPathError";
  }
};
async function prepareSocketPath(path, uid = process.getuid()) {
  try {
    ensurePrivateDir((0, import_node_path.dirname)(path), uid);
  } catch (err) {
    if (!hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? "" : ` (${err.fix})`}`);
  }
  const existing = await (0, import_promises.lstat)(path).catch((err) => err.code === "ENOENT" ? null : Promise.reject(err));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === "listening") throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== "refused" && probe.kind !== "absent")
    throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
  await (0, import_promises.unlink)(path).catch((err) => err.code === "ENOENT" ? void 0 : Promise.reject(err));
  return true;
}
function servedSocketIdentity(path) {
  const st = (0, import_node_fs3.lstatSync)(path);
  return { dev: st.dev, ino: st.ino };
}
function checkServedSocket(path, identity, uid = process.getuid()) {
  let unsafe = null;
  let st;
  try {
    try {
      checkPrivateDir((0, import_node_path.dirname)(path), uid);
    } catch (err) {
      if (!hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw err;
      unsafe = err.problem;
    }
    st = (0, import_node_fs3.lstatSync)(path);
  } catch (err) {
    return { message: `cannot check ${path} (${err.code ?? err.message})`, removeSocket: false };
  }
  if (!(st.isSocket() && sameIdentity(st, identity))) return { message: `${path} is no longer the socket we listen on`, removeSocket: false };
  const problem = unsafe ?? notOwnerOnly(path, st, uid);
  return problem === null ? null : { message: problem, removeSocket: true };
}
async function listenOnPath(server, path) {
  const previous = process.umask(127);
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } finally {
    process.umask(previous);
  }
  await (0, import_promises.chmod)(path, 384);
}
function listenOnActivatedFd(server, fd = SD_LISTEN_FDS_START) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ fd }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_PROBE_TIMEOUT_MS,
  SocketPathError,
  checkServedSocket,
  inspectSocketFile,
  listenOnActivatedFd,
  listenOnPath,
  prepareSocketPath,
  probeSocket,
  sameIdentity,
  sameSocketFile,
  servedSocketIdentity
});
