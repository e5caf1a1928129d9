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

// ts/fs/private-dir.ts
var import_node_fs = require("node:fs");
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
    const code = err instanceof ConnectError ? err.code : "EUNKNOWN";
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
var SocketPathError = class extends Error {
  code = "ERR_SWAYSOCK_SOCKET_PATH";
  constructor(message) {
    super(message);
    this.name = "SocketPathError";
  }
};
async function prepareSocketPath(path, uid = process.getuid()) {
  try {
    ensurePrivateDir((0, import_node_path.dirname)(path), uid);
  } catch (err) {
    if (!(err instanceof UnsafeDirectoryError)) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? "" : ` (${err.fix})`}`);
  }
  const existing = await (0, import_promises.lstat)(path).catch((err) => err.code === "ENOENT" ? null : Promise.reject(err));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === "listening") throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== "refused" && probe.kind !== "absent") throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
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
      if (!(err instanceof UnsafeDirectoryError)) throw err;
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
