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

// lazy-cjs:swaysock-cleanup-run.cjs
var require_swaysock_cleanup_run = __commonJS({
  "lazy-cjs:swaysock-cleanup-run.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-cleanup-run.cjs");
  }
});

// ts/errors/errors.ts
function hasCode(err, ...codes) {
  if (!(err instanceof Error) || !("code" in err) || typeof err.code !== "string" || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code);
}
var ERROR_CODES, SwaysockError;
var init_errors = __esm({
  "ts/errors/errors.ts"() {
    "use strict";
    ERROR_CODES = {
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
    SwaysockError = class extends Error {
      code;
      /** @param options `cause`: the error this one reports (kept, not shown in `message`). */
      constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = "SwaysockError";
      }
    };
  }
});

// ts/net/deadline.ts
var Deadline;
var init_deadline = __esm({
  "ts/net/deadline.ts"() {
    "use strict";
    Deadline = class {
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
  }
});

// ts/net/connect.ts
function connectUnix(path, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve2, reject) => {
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
      resolve2(socket);
    };
    const deadline = new Deadline(timeoutMs, () => fail("ETIMEDOUT"));
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}
var import_node_net, ConnectError;
var init_connect = __esm({
  "ts/net/connect.ts"() {
    "use strict";
    import_node_net = require("node:net");
    init_errors();
    init_deadline();
    ConnectError = class extends SwaysockError {
      constructor(path, systemCode, options) {
        super("ERR_SWAYSOCK_CONNECT", `cannot connect to ${path} (${systemCode})`, options);
        this.path = path;
        this.systemCode = systemCode;
        this.name = "ConnectError";
      }
      path;
      systemCode;
    };
  }
});

// ts/rpc/protocol.ts
function rpcErrorName(code) {
  for (const [name, value] of Object.entries(RpcErrorCode)) if (value === code) return name;
  return "SERVER_ERROR";
}
var RpcErrorCode, MAX_LINE_BYTES, MAX_ANSWER_BYTES, MAX_EVENTS_ANSWER_BYTES, METHOD_SCHEMAS, METHOD_NAMES;
var init_protocol = __esm({
  "ts/rpc/protocol.ts"() {
    "use strict";
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
    METHOD_SCHEMAS = {
      get_socket_health: { params: "none", result: "socket-health" },
      subscribe: { params: "none", result: "socket-health" },
      "daemon.status": { params: "none", result: "daemon-status" },
      "daemon.events": { params: "daemon.events", result: "health-events" },
      "daemon.metrics": { params: "none", result: null },
      "cleanup.removed": { params: "cleanup.removed", result: null }
    };
    METHOD_NAMES = Object.keys(METHOD_SCHEMAS);
  }
});

// ts/rpc/client.ts
var client_exports = {};
__export(client_exports, {
  DEFAULT_DAEMON_TIMEOUT_MS: () => DEFAULT_DAEMON_TIMEOUT_MS,
  DaemonClient: () => DaemonClient,
  DaemonClosedError: () => DaemonClosedError,
  DaemonRpcError: () => DaemonRpcError,
  DaemonTimeoutError: () => DaemonTimeoutError,
  DaemonUnreachableError: () => DaemonUnreachableError
});
var import_node_events, DEFAULT_DAEMON_TIMEOUT_MS, DaemonUnreachableError, DaemonRpcError, DaemonClosedError, DaemonTimeoutError, DaemonClient;
var init_client = __esm({
  "ts/rpc/client.ts"() {
    "use strict";
    import_node_events = require("node:events");
    init_errors();
    init_connect();
    init_deadline();
    init_protocol();
    DEFAULT_DAEMON_TIMEOUT_MS = 5e3;
    DaemonUnreachableError = class extends SwaysockError {
      constructor(socketPath, systemCode) {
        super("ERR_SWAYSOCK_DAEMON_UNREACHABLE", `cannot reach swaysock-healthd at ${socketPath} (${systemCode})`);
        this.socketPath = socketPath;
        this.systemCode = systemCode;
        this.name = "DaemonUnreachableError";
      }
      socketPath;
      systemCode;
    };
    DaemonRpcError = class extends SwaysockError {
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
    DaemonClosedError = class extends SwaysockError {
      constructor(socketPath) {
        super("ERR_SWAYSOCK_DAEMON_CLOSED", `swaysock-healthd at ${socketPath} closed the connection`);
        this.socketPath = socketPath;
        this.name = "DaemonClosedError";
      }
      socketPath;
    };
    DaemonTimeoutError = class extends SwaysockError {
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
        return new Promise((resolve2, reject) => {
          if (this.socket.destroyed) {
            reject(new DaemonClosedError(this.socketPath));
            return;
          }
          const deadline = new Deadline(timeoutMs, () => {
            this.pending.delete(id);
            reject(new DaemonTimeoutError(this.socketPath, method, timeoutMs));
          });
          this.pending.set(id, { resolve: resolve2, reject, deadline });
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
          pending.deadline.cancel();
          if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
          else pending.resolve(message.result);
        }
      }
    };
  }
});

// ts/paths/paths.ts
function defaultDaemonSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.daemonSocket);
}
function defaultStableSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.stableSocket);
}
function historyDir(env) {
  const fromSystemd = env.STATE_DIRECTORY?.split(":")[0];
  if (fromSystemd && (0, import_node_path.isAbsolute)(fromSystemd)) return fromSystemd;
  return historyDirs(env)[0] ?? null;
}
function historyDirs(env) {
  const home = env.HOME && (0, import_node_path.isAbsolute)(env.HOME) ? env.HOME : null;
  const base = (value, fallback) => value && (0, import_node_path.isAbsolute)(value) ? value : home === null ? null : (0, import_node_path.join)(home, fallback);
  return [base(env.XDG_STATE_HOME, ".local/state"), base(env.XDG_CONFIG_HOME, ".config")].filter((d) => d !== null).map((d) => (0, import_node_path.join)(d, STATE_DIRECTORY_NAME));
}
function defaultUnitDir(env = process.env) {
  return (0, import_node_path.join)(env.XDG_CONFIG_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".config"), "systemd", "user");
}
var import_node_os, import_node_path, RUNTIME_FILES, STATE_DIRECTORY_NAME, HISTORY_FILE, SYSTEM_USER_UNIT_DIR, UNITS_JSON_PATH, RENDERED_UNITS_DIR;
var init_paths = __esm({
  "ts/paths/paths.ts"() {
    "use strict";
    import_node_os = require("node:os");
    import_node_path = require("node:path");
    RUNTIME_FILES = {
      /** swaysock-healthd's JSON-RPC socket. */
      daemonSocket: "swaysock/healthd.sock",
      /** The stable socket (never named `sway-ipc.*`, so neither cleanup nor discovery takes it for a Sway). */
      stableSocket: "swaysock/sway.sock",
      /** `swaysock session`'s PID lock. */
      sessionLock: "swaysock/session.lock",
      /** The cleanup's PID lock. */
      cleanupLock: "swaysock/cleanup.lock"
    };
    STATE_DIRECTORY_NAME = "swaysock";
    HISTORY_FILE = "history.jsonl";
    SYSTEM_USER_UNIT_DIR = "/etc/systemd/user";
    UNITS_JSON_PATH = "units/swaysock-units.json";
    RENDERED_UNITS_DIR = "units/rendered";
  }
});

// ts/cli/usage.ts
function exitCodeOf(err) {
  if (!hasCode(err)) return EXIT_FAILURE;
  if (hasCode(err, "ERR_SWAYSOCK_DAEMON_RPC") && err.rpcName === "TOO_MANY_CLIENTS") return EXIT_DAEMON_UNREACHABLE;
  return EXIT_CODES[err.code];
}
function resolveRuntimeDir(explicit, env = process.env) {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
}
function reportError(err, program = "swaysock") {
  const code = exitCodeOf(err);
  process.stderr.write(`${program}: ${err.message}
${code === EXIT_USAGE ? `Run '${program} --help' for usage.
` : ""}`);
  process.exitCode = code;
}
var EXIT_FAILURE, EXIT_DAEMON_UNREACHABLE, EXIT_USAGE, EXIT_CODES, UsageError;
var init_usage = __esm({
  "ts/cli/usage.ts"() {
    "use strict";
    init_errors();
    EXIT_FAILURE = 1;
    EXIT_DAEMON_UNREACHABLE = 2;
    EXIT_USAGE = 64;
    EXIT_CODES = {
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
    UsageError = class extends SwaysockError {
      constructor(message) {
        super("ERR_SWAYSOCK_USAGE", message);
        this.name = "UsageError";
      }
    };
  }
});

// ts/cli/daemon.ts
var daemon_exports = {};
__export(daemon_exports, {
  DAEMON_OPTIONS: () => DAEMON_OPTIONS,
  daemonSocketPath: () => daemonSocketPath,
  daemonTimeoutMs: () => daemonTimeoutMs,
  isNoAnswer: () => isNoAnswer,
  noAnswerMessage: () => noAnswerMessage,
  unreachableMessage: () => unreachableMessage,
  withDaemon: () => withDaemon
});
function daemonSocketPath(args) {
  return args.socket ?? defaultDaemonSocket(resolveRuntimeDir(void 0));
}
function daemonTimeoutMs(args) {
  return args.timeout * 1e3;
}
function unreachableMessage(err) {
  return `swaysock: cannot reach swaysock-healthd at ${err.socketPath} (${err.systemCode}).
Start it with \`systemctl --user start swaysock-healthd.service\`, or run \`swaysock-healthd\` in a Sway session.
`;
}
function noAnswerMessage(socketPath, err) {
  const hint = hasCode(err, "ERR_SWAYSOCK_DAEMON_TIMEOUT") ? "\nSee `systemctl --user status swaysock-healthd.service swaysock-healthd.socket`." : "";
  return `swaysock: swaysock-healthd at ${socketPath} gave no answer: ${err.message}${hint}
`;
}
function isNoAnswer(err) {
  return hasCode(err, "ERR_SWAYSOCK_DAEMON_TIMEOUT", "ERR_SWAYSOCK_DAEMON_CLOSED", "ERR_SWAYSOCK_DAEMON_RPC") && exitCodeOf(err) === EXIT_DAEMON_UNREACHABLE;
}
async function withDaemon(args, fn) {
  const timeoutMs = daemonTimeoutMs(args);
  let client;
  try {
    client = await DaemonClient.connect(daemonSocketPath(args), { timeoutMs });
  } catch (err) {
    if (!hasCode(err, "ERR_SWAYSOCK_DAEMON_UNREACHABLE")) throw err;
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
var DAEMON_OPTIONS;
var init_daemon = __esm({
  "ts/cli/daemon.ts"() {
    "use strict";
    init_errors();
    init_client();
    init_paths();
    init_usage();
    DAEMON_OPTIONS = {
      socket: { type: "string", value: "PATH", describe: "swaysock-healthd's socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
      json: { type: "boolean", describe: "Print JSON" },
      timeout: {
        type: "number",
        value: "S",
        default: DEFAULT_DAEMON_TIMEOUT_MS / 1e3,
        describe: "Seconds to wait for the connection and for each answer (exit 2 after)"
      }
    };
  }
});

// lazy-cjs:swaysock-discover.cjs
var require_swaysock_discover = __commonJS({
  "lazy-cjs:swaysock-discover.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-discover.cjs");
  }
});

// lazy-cjs:swaysock-doctor.cjs
var require_swaysock_doctor = __commonJS({
  "lazy-cjs:swaysock-doctor.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-doctor.cjs");
  }
});

// lazy-cjs:swaysock-env.cjs
var require_swaysock_env = __commonJS({
  "lazy-cjs:swaysock-env.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-env.cjs");
  }
});

// lazy-cjs:swaysock-history.cjs
var require_swaysock_history = __commonJS({
  "lazy-cjs:swaysock-history.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-history.cjs");
  }
});

// lazy-cjs:swaysock-units.cjs
var require_swaysock_units = __commonJS({
  "lazy-cjs:swaysock-units.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-units.cjs");
  }
});

// lazy-cjs:swaysock-session.cjs
var require_swaysock_session = __commonJS({
  "lazy-cjs:swaysock-session.cjs"(exports2, module2) {
    module2.exports = require("./swaysock-session.cjs");
  }
});

// ts/cli/commands/cleanup-options.ts
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
    const { runCleanupCommand } = await Promise.resolve().then(() => __toESM(require_swaysock_cleanup_run(), 1));
    process.exitCode = await runCleanupCommand(args, "swaysock cleanup");
  }
});

// ts/cli/commands/diagnose.ts
init_daemon();

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
    const [{ discoverSway }, { managerEnvironment }] = await Promise.all([Promise.resolve().then(() => __toESM(require_swaysock_discover(), 1)), Promise.resolve().then(() => __toESM(require_swaysock_discover(), 1))]);
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    const result = await discoverSway({
      runtimeDir,
      swaySocket: args["sway-socket"],
      swaysock: process.env.SWAYSOCK,
      managerEnv: args["sway-socket"] === void 0 ? await managerEnvironment() : null,
      waylandDisplay: process.env.WAYLAND_DISPLAY,
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
      process.stderr.write(
        `swaysock: warning: ${result.candidates.length} live Sway sockets; chose the newest, ${result.chosen.path} (others: ${others}); set SWAYSOCK to choose
`
      );
    }
  }
});

// ts/cli/commands/doctor.ts
init_paths();
init_daemon();
init_usage();
var DOCTOR_OPTIONS = {
  json: { type: "boolean", describe: "Print the report as JSON (schemas/doctor.schema.json)" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" },
  socket: DAEMON_OPTIONS.socket
};
var doctorCommand = defineCommand({
  words: ["doctor"],
  describe: "Find what is mis-wired in this Sway session and print the fix (read-only)",
  options: DOCTOR_OPTIONS,
  run: async (args) => {
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    const [{ runDoctor }, { formatReport }] = await Promise.all([Promise.resolve().then(() => __toESM(require_swaysock_doctor(), 1)), Promise.resolve().then(() => __toESM(require_swaysock_doctor(), 1))]);
    const report = await runDoctor({ runtimeDir, daemonSocket: args.socket ?? defaultDaemonSocket(runtimeDir) });
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}
` : formatReport(report, colour));
    process.exitCode = report.exit_code;
  }
});

// ts/cli/commands/env.ts
var import_node_path2 = require("node:path");
init_errors();
init_paths();
init_daemon();
init_usage();
var ENV_OPTIONS = {
  "stable-socket": { type: "string", value: "PATH", describe: "The stable socket (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Runtime directory (default: $XDG_RUNTIME_DIR)" },
  socket: DAEMON_OPTIONS.socket,
  timeout: { ...DAEMON_OPTIONS.timeout, default: 2, describe: "Seconds to wait for the daemon to answer whether it serves the path (exit 2 after)" }
};
function shellQuote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
var NO_DAEMON = /* @__PURE__ */ new Set(["ENOENT", "ECONNREFUSED"]);
var envCommand = defineCommand({
  words: ["env"],
  describe: "Print `export SWAYSOCK=... I3SOCK=...` naming the stable socket (for eval in shells and tmux)",
  options: ENV_OPTIONS,
  run: async (args) => {
    const [{ probeSocket }, { checkServedSocket, servedSocketIdentity }, { DaemonClient: DaemonClient2 }, { isNoAnswer: isNoAnswer2 }] = await Promise.all([
      Promise.resolve().then(() => __toESM(require_swaysock_env(), 1)),
      Promise.resolve().then(() => __toESM(require_swaysock_env(), 1)),
      Promise.resolve().then(() => (init_client(), client_exports)),
      Promise.resolve().then(() => (init_daemon(), daemon_exports))
    ]);
    const runtimeDir = resolveRuntimeDir(args["runtime-dir"]);
    const path = (0, import_node_path2.resolve)(args["stable-socket"] ?? defaultStableSocket(runtimeDir));
    const probe = await probeSocket(path);
    if (probe.kind !== "listening") {
      throw new SwaysockError(
        "ERR_SWAYSOCK_STABLE_SOCKET",
        `no stable socket listens at ${path} (${probe.kind === "error" ? probe.code : probe.kind}); enable services.swaysock.stableSocket.enable, or swaysock units --install --enable --stable-socket`
      );
    }
    const problem = checkServedSocket(path, servedSocketIdentity(path));
    if (problem !== null) throw new SwaysockError("ERR_SWAYSOCK_STABLE_SOCKET", `${problem.message}; refusing to name it`);
    const daemonSocket = args.socket ?? defaultDaemonSocket(runtimeDir);
    let client;
    try {
      client = await DaemonClient2.connect(daemonSocket, { timeoutMs: args.timeout * 1e3 });
    } catch (err) {
      if (!hasCode(err, "ERR_SWAYSOCK_DAEMON_UNREACHABLE")) throw err;
      if (!NO_DAEMON.has(err.systemCode)) throw new SwaysockError("ERR_SWAYSOCK_STABLE_SOCKET", err.message, { cause: err });
      client = null;
    }
    if (client !== null) {
      let served;
      let pid;
      try {
        const status = await client.call("daemon.status");
        served = status.stable_socket?.path ?? null;
        pid = status.pid;
      } catch (err) {
        if (!isNoAnswer2(err)) throw err;
        process.stderr.write(noAnswerMessage(daemonSocket, err));
        process.exitCode = EXIT_DAEMON_UNREACHABLE;
        return;
      } finally {
        client.close();
      }
      if (served !== path) {
        throw new SwaysockError(
          "ERR_SWAYSOCK_STABLE_SOCKET",
          `swaysock-healthd (PID ${pid}, ${daemonSocket}) serves ${served ? `the stable socket ${served}` : "no stable socket"}, not ${path}: connections there would wait unserved. Restart it (systemctl --user restart swaysock-healthd.service), so that it takes the socket`
        );
      }
    }
    const quoted = shellQuote(path);
    process.stdout.write(`export SWAYSOCK=${quoted} I3SOCK=${quoted}
`);
  }
});

// ts/cli/commands/history.ts
var import_node_fs = require("node:fs");
var import_node_path3 = require("node:path");
init_errors();
init_paths();

// ts/history/select.ts
var plainRecords = {
  record: (r) => r,
  timeMs: (r) => Date.parse(r.time),
  bytes: (r) => Buffer.byteLength(JSON.stringify(r))
};
function selectRecords(records, query) {
  return selectItems(records, query, plainRecords);
}
function selectItems(items, query, view) {
  const types = query.types ? new Set(query.types) : null;
  const since = query.sinceMs;
  const out = items.filter((item) => (types === null || types.has(view.record(item).type)) && (since === void 0 || view.timeMs(item) >= since));
  const last = query.limit === void 0 ? out : out.slice(-query.limit);
  if (query.maxBytes === void 0) return last;
  let bytes = 0;
  let first = last.length;
  while (first > 0 && (bytes += view.bytes(last[first - 1]) + 1) <= query.maxBytes) first--;
  return last.slice(first);
}

// ts/rpc/records.ts
var RECORD_TYPES = ["status", "environment_repair", "cleanup_removal", "validation_summary"];

// ts/cli/commands/history.ts
init_client();
init_daemon();
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
  return dirs.find((d) => (0, import_node_fs.existsSync)((0, import_node_path3.join)(d, HISTORY_FILE))) ?? null;
}
async function fromDaemon(socket, timeoutMs, sinceMs) {
  let client;
  try {
    client = await DaemonClient.connect(socket, { timeoutMs });
  } catch (err) {
    if (hasCode(err, "ERR_SWAYSOCK_DAEMON_UNREACHABLE")) return null;
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
    "history-dir": {
      type: "string",
      value: "DIR",
      describe: "Read the history files in DIR instead of asking the daemon (all of them, not only what the daemon holds)"
    }
  },
  run: async (args) => {
    const now = Date.now();
    const sinceMs = args.since === void 0 ? void 0 : parseSince(args.since, now);
    let records = args["history-dir"] === void 0 ? await fromDaemon(daemonSocketPath(args), daemonTimeoutMs(args), sinceMs) : null;
    if (records === null) {
      const { readHistory } = await Promise.resolve().then(() => __toESM(require_swaysock_history(), 1));
      const dir = filesDir(args["history-dir"]);
      if (dir === null)
        throw new SwaysockError(
          "ERR_SWAYSOCK_NO_HISTORY",
          "no daemon answers and no health history file was found (looked in $STATE_DIRECTORY, $XDG_STATE_HOME/swaysock and $XDG_CONFIG_HOME/swaysock)"
        );
      const read = readHistory(dir);
      if (read.skipped.length > 0) process.stderr.write(`swaysock: skipped ${read.skipped.length} unreadable line(s) (${read.skipped.join(", ")})
`);
      if (args["history-dir"] === void 0) process.stderr.write(`swaysock: no daemon answers; read ${(0, import_node_path3.join)(dir, HISTORY_FILE)}
`);
      records = selectRecords(read.records, { sinceMs });
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify(records)}
`);
      return;
    }
    const { renderHistory } = await Promise.resolve().then(() => __toESM(require_swaysock_history(), 1));
    const from = sinceMs ?? (records.length > 0 ? Date.parse(records[0].time) : now);
    process.stdout.write(renderHistory(records, from, now));
  }
});

// ts/cli/commands/metrics.ts
var import_node_fs3 = require("node:fs");
init_errors();

// ts/fs/atomic-write.ts
var import_node_fs2 = require("node:fs");
function writeFileAtomic(path, text, mode2) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    (0, import_node_fs2.writeFileSync)(temporary, text, { mode: mode2 });
    (0, import_node_fs2.renameSync)(temporary, path);
  } catch (err) {
    (0, import_node_fs2.rmSync)(temporary, { force: true });
    throw err;
  }
}

// ts/cli/commands/metrics.ts
init_daemon();
init_usage();
function removeOutput(path) {
  try {
    (0, import_node_fs3.rmSync)(path, { force: true });
  } catch (err) {
    throw new SwaysockError("ERR_SWAYSOCK_FILE", `cannot remove ${path}: ${err.message}`, { cause: err });
  }
}
var metricsCommand = defineCommand({
  words: ["metrics"],
  describe: "Print swaysock-healthd's Prometheus metrics (text format 0.0.4)",
  options: {
    socket: DAEMON_OPTIONS.socket,
    timeout: DAEMON_OPTIONS.timeout,
    output: {
      type: "string",
      value: "FILE",
      describe: "Write them to FILE atomically (for node_exporter's textfile collector) instead of stdout; remove FILE when no daemon answers"
    },
    remove: { type: "boolean", describe: "With --output: only remove FILE (at the end of a session)" }
  },
  check: (args) => {
    if (args.remove && args.output === void 0) throw new UsageError("--remove goes with --output FILE");
  },
  run: async (args) => {
    if (args.remove && args.output !== void 0) {
      removeOutput(args.output);
      return;
    }
    const answered = await withDaemon({ socket: args.socket, json: false, timeout: args.timeout }, async (client) => {
      const text = await client.call("daemon.metrics");
      if (args.output === void 0) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileAtomic(args.output, text, 420);
      } catch (err) {
        throw new SwaysockError("ERR_SWAYSOCK_FILE", `cannot write ${args.output}: ${err.message}`, { cause: err });
      }
    });
    if (!answered && args.output !== void 0) removeOutput(args.output);
  }
});

// ts/cli/commands/migrate.ts
init_errors();
init_paths();
var MIGRATE_OPTIONS = {
  units: { type: "operands", value: "UNIT", min: 1, describe: "Services to migrate, e.g. waybar.service" },
  "unit-dir": { type: "string", value: "DIR", describe: "Where the drop-ins and wants links go (default: ~/.config/systemd/user)" },
  "system-unit-dir": { type: "string", value: "DIR", default: SYSTEM_USER_UNIT_DIR, describe: "Where system-wide enablement links (*.wants/) are looked for" }
};
var migrateCommand = defineCommand({
  words: ["migrate"],
  describe: "Bind existing user services to sway-session.target instead of graphical-session.target",
  options: MIGRATE_OPTIONS,
  run: async (args) => {
    const { migrateUnits } = await Promise.resolve().then(() => __toESM(require_swaysock_units(), 1));
    try {
      for (const r of await migrateUnits(args.units, args["unit-dir"] ?? defaultUnitDir(), args["system-unit-dir"])) {
        process.stdout.write(
          `${r.unit}: After=/PartOf=sway-session.target (${r.dropIn}); wants link ${r.wants}${r.removedOldLink ? `; removed the old link ${r.removedOldLink}` : ""}
`
        );
        for (const link of r.systemLinks) {
          process.stderr.write(
            `swaysock: ${r.unit}: also enabled system-wide by ${link}, which swaysock cannot move: the unit still starts with ${link.split("/").at(-2).replace(/\.wants$/, "")} in every session. Remove it as root (systemctl --global disable ${r.unit}) if only Sway sessions should start it.
`
          );
        }
      }
    } catch (err) {
      if (!hasCode(err, "ERR_SWAYSOCK_MIGRATE")) throw err;
      process.stderr.write(`swaysock: ${err.message}
`);
      process.exitCode = 1;
    }
  }
});

// ts/cli/commands/session.ts
init_paths();

// ts/systemd/log.ts
var import_node_fs4 = require("node:fs");
var Priority = { err: 3, warning: 4, notice: 5, info: 6, debug: 7 };
function stderrIsJournal(env = process.env) {
  const stream = env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(":");
  try {
    const st = (0, import_node_fs4.fstatSync)(2, { bigint: true });
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

// ts/cli/commands/session.ts
init_usage();
var SESSION_OPTIONS = {
  env: {
    type: "string",
    value: "NAME[=VALUE]",
    multiple: true,
    describe: "Also import NAME from the environment, or NAME with VALUE (repeatable; unset at the end)"
  },
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
    const [{ parseEnvArguments }, { runSession }, { guardTerminal }] = await Promise.all([
      Promise.resolve().then(() => __toESM(require_swaysock_session(), 1)),
      Promise.resolve().then(() => __toESM(require_swaysock_session(), 1)),
      Promise.resolve().then(() => __toESM(require_swaysock_session(), 1))
    ]);
    const terminal = guardTerminal();
    const runtimeDir = resolveRuntimeDir(void 0);
    const variables = parseEnvArguments(args.env, args.all);
    const log = createLogger();
    process.exitCode = await runSession({
      env: process.env,
      runtimeDir,
      variables,
      stableSocket: args["stable-socket"] ? defaultStableSocket(runtimeDir) : void 0,
      target: args.target,
      shutdownTarget: args["shutdown-target"],
      log: (priority, message) => log(priority, `swaysock session: ${message}`)
    });
    terminal.release();
  }
});

// ts/cli/commands/status.ts
init_daemon();
var words = (counters) => Object.entries(counters).map(([k, v]) => `${k}=${v}`).join(" ");
function relayLines(relay) {
  if (!relay) return "";
  return `  stable socket: ${relay.path}, ${relay.connections} relayed, ${relay.waiting} waiting
    ${words({ ...relay.counters })}
`;
}
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
      process.stdout.write(
        `swaysock-healthd ${s.version}, PID ${s.pid}, up ${s.uptime_seconds} s
  socket:  ${s.socket_activated ? "passed by systemd (socket activation)" : s.socket_path}
  clients: ${s.clients} (${s.subscribers} subscribed)
  ${words(s.counters)}
` + relayLines(s.stable_socket)
      );
    });
  }
});

// ts/cli/commands/units.ts
var import_node_path4 = require("node:path");
init_errors();
init_paths();

// ts/units/settings.ts
var DEFAULT_SETTINGS = {
  "healthd.interval": 5,
  "cleanup.onStartupSec": "5min",
  "cleanup.onUnitActiveSec": "5min",
  // No default: the textfile collector's directory is the host's choice (docs/metrics.md).
  "metrics.textfile.path": null,
  // Twice per minute, Prometheus' default scrape interval (docs/design.md, "Metrics for the textfile collector").
  "metrics.textfile.interval": "30s"
};
var TEXTFILE_NAME = "swaysock.prom";

// ts/cli/commands/units.ts
init_usage();
var UNITS_OPTIONS = {
  print: { type: "boolean", describe: "Print the unit files (with absolute paths of this installation)" },
  install: { type: "string", value: "DIR", optionalValue: true, describe: `Write the unit files into DIR (default ${defaultUnitDir()})` },
  enable: { type: "boolean", describe: "With --install: make the WantedBy= links and run systemctl --user daemon-reload" },
  check: { type: "boolean", describe: `Exit 1 when ${UNITS_JSON_PATH} or a file in ${RENDERED_UNITS_DIR}/ is out of date` },
  generate: { type: "boolean", describe: `Rewrite ${UNITS_JSON_PATH} and ${RENDERED_UNITS_DIR}/ (developers)` },
  "socket-activation": { type: "boolean", describe: "Include swaysock-healthd.socket" },
  "stable-socket": { type: "boolean", describe: "Include swaysock-stable.socket (a SWAYSOCK path that always reaches the live Sway)" },
  interval: {
    type: "number",
    value: "S",
    default: DEFAULT_SETTINGS["healthd.interval"],
    unit: "seconds",
    describe: "Health daemon validation interval, seconds"
  },
  "on-startup-sec": {
    type: "string",
    value: "SPAN",
    default: DEFAULT_SETTINGS["cleanup.onStartupSec"],
    describe: "Cleanup timer OnStartupSec= (systemd.time(7) span)"
  },
  "on-unit-active-sec": { type: "string", value: "SPAN", default: DEFAULT_SETTINGS["cleanup.onUnitActiveSec"], describe: "Cleanup timer OnUnitActiveSec=" },
  "metrics-textfile-dir": {
    type: "string",
    value: "DIR",
    describe: `Include the units that keep DIR/${TEXTFILE_NAME} up to date for node_exporter's textfile collector during the session`
  },
  "metrics-textfile-interval": {
    type: "string",
    value: "SPAN",
    describe: `Their timer's OnUnitActiveSec= (default ${DEFAULT_SETTINGS["metrics.textfile.interval"]})`
  }
};
function mode(args) {
  const modes = ["print", "install", "check", "generate"].filter((m) => m === "install" ? args.install !== void 0 : args[m]);
  if (modes.length !== 1) throw new UsageError("give exactly one of --print, --install [DIR], --check, --generate");
  if (args.enable && modes[0] !== "install") throw new UsageError("--enable goes with --install");
  const dir = args["metrics-textfile-dir"];
  if (dir !== void 0 && !(0, import_node_path4.isAbsolute)(dir)) throw new UsageError(`--metrics-textfile-dir needs an absolute path (got ${JSON.stringify(dir)})`);
  if (dir === void 0 && args["metrics-textfile-interval"] !== void 0)
    throw new UsageError("--metrics-textfile-interval goes with --metrics-textfile-dir");
  return modes[0];
}
var unitsCommand = defineCommand({
  words: ["units"],
  describe: "Print, install or check the systemd user units",
  options: UNITS_OPTIONS,
  check: (args) => void mode(args),
  run: async (args) => {
    const m = mode(args);
    const [{ installUnits, renderUnits }, { installationProgramWords, runningInstallation }, { generatedFileProblems, writeGeneratedFiles }] = await Promise.all([Promise.resolve().then(() => __toESM(require_swaysock_units(), 1)), Promise.resolve().then(() => __toESM(require_swaysock_units(), 1)), Promise.resolve().then(() => __toESM(require_swaysock_units(), 1))]);
    const inst = runningInstallation();
    if (m === "check") {
      const problems = generatedFileProblems(inst.root);
      const json = problems.find((p) => p.detail !== void 0 && p.path === (0, import_node_path4.join)(inst.root, UNITS_JSON_PATH));
      if (json) throw new SwaysockError("ERR_SWAYSOCK_FILE", `cannot read ${json.path}: ${json.detail}`);
      const what = { stale: "is out of date", missing: "is missing", unreadable: "cannot be read", extra: "is no longer generated" };
      for (const p of problems) {
        process.stderr.write(
          `swaysock: ${p.path} ${what[p.problem]}${p.problem === "unreadable" ? ` (${p.detail})` : ""}; run \`npm run units:generate\` and commit it
`
        );
      }
      if (problems.length > 0) {
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${(0, import_node_path4.join)(inst.root, UNITS_JSON_PATH)} and the files in ${(0, import_node_path4.join)(inst.root, RENDERED_UNITS_DIR)} are up to date
`);
      return;
    }
    if (m === "generate") {
      const { written, removed } = writeGeneratedFiles(inst.root);
      for (const path of written) process.stdout.write(`wrote ${path}
`);
      for (const path of removed) process.stdout.write(`removed ${path}
`);
      return;
    }
    const units = renderUnits({
      socketActivation: args["socket-activation"],
      stableSocket: args["stable-socket"],
      settings: {
        "healthd.interval": args.interval,
        "cleanup.onStartupSec": args["on-startup-sec"],
        "cleanup.onUnitActiveSec": args["on-unit-active-sec"],
        "metrics.textfile.path": args["metrics-textfile-dir"] === void 0 ? null : (0, import_node_path4.join)(args["metrics-textfile-dir"], TEXTFILE_NAME),
        "metrics.textfile.interval": args["metrics-textfile-interval"] ?? DEFAULT_SETTINGS["metrics.textfile.interval"]
      },
      programWords: installationProgramWords(inst)
    });
    if (m === "print") {
      process.stdout.write(units.map((u) => `### ${u.name}
${u.text}`).join("\n"));
      return;
    }
    const dir = args.install || defaultUnitDir();
    const report = await installUnits(units, dir, args.enable);
    for (const path of report.written) process.stdout.write(`wrote ${path}
`);
    for (const path of report.linked) process.stdout.write(`linked ${path}
`);
    if (!args.enable) process.stdout.write("Run `systemctl --user daemon-reload`, then enable the units (or use --enable).\n");
  }
});

// ts/cli/commands/watch.ts
init_errors();
init_client();
init_daemon();
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
        if (!hasCode(err, "ERR_SWAYSOCK_DAEMON_UNREACHABLE")) throw err;
        await retry(`waiting for swaysock-healthd at ${path} (${err.systemCode})`);
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

// ts/cli/commands.ts
var TABLE_COMMANDS = [
  cleanupCommand,
  socketHealthCommand,
  discoverCommand,
  doctorCommand,
  envCommand,
  historyCommand,
  metricsCommand,
  migrateCommand,
  sessionCommand,
  statusCommand,
  unitsCommand,
  watchCommand
];

// ts/cli/options.ts
var import_node_util = require("node:util");
init_usage();
function numberValue(name, spec, value) {
  const n = Number(value);
  const unit = spec.unit === void 0 ? "" : ` of ${spec.unit}`;
  switch (spec.range ?? "positive") {
    case "positive":
      if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} needs a positive number${unit}`);
      break;
    case "non-negative":
      if (!(Number.isFinite(n) && n >= 0)) throw new UsageError(`--${name} needs a number${unit} >= 0`);
      break;
    case "count":
      if (!(Number.isInteger(n) && n >= 1)) throw new UsageError(`--${name} needs a positive integer`);
  }
  return n;
}
function operandValues(spec, words2) {
  if (words2.length < spec.min) throw new UsageError(`Not enough non-option arguments: got ${words2.length}, need at least ${spec.min}`);
  return [...words2];
}
function operandsOf(table) {
  const entry = Object.entries(table).find((e) => e[1].type === "operands");
  return entry ?? null;
}
function withEmptyValues(table, argv) {
  const optional = new Set(Object.entries(table).flatMap(([name, spec]) => spec.type === "string" && spec.optionalValue ? [`--${name}`] : []));
  if (optional.size === 0) return [...argv];
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    out.push(optional.has(word) && (next === void 0 || next.startsWith("-")) ? `${word}=` : word);
  }
  return out;
}
function parseOptions(table, argv) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const [name, spec] of Object.entries(table)) {
    if (spec.type === "operands") continue;
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string", multiple: spec.type === "string" && spec.multiple === true };
    if (spec.type === "boolean" && spec.default === true) options[`no-${name}`] = { type: "boolean" };
  }
  const operands = operandsOf(table);
  const parse = () => {
    try {
      return (0, import_node_util.parseArgs)({ args: withEmptyValues(table, argv), strict: true, allowPositionals: operands !== null, tokens: true, options });
    } catch (err) {
      throw new UsageError(err.message);
    }
  };
  const { values, positionals, tokens } = parse();
  if (values.help) return "help";
  const lastSwitch = (name) => {
    let last;
    for (const tk of tokens) if (tk.kind === "option" && (tk.name === name || tk.name === `no-${name}`)) last = tk.name;
    return last;
  };
  const args = {};
  for (const [name, spec] of Object.entries(table)) {
    const v = values[name];
    if (spec.type === "boolean") {
      const last = lastSwitch(name);
      args[name] = last === void 0 ? spec.default ?? false : last === name;
    } else if (spec.type === "number") args[name] = v === void 0 ? spec.default : numberValue(name, spec, v);
    else if (spec.type === "operands") args[name] = operandValues(spec, positionals);
    else args[name] = v ?? (spec.multiple ? [] : spec.default);
  }
  return args;
}

// ts/cli/dispatch.ts
init_errors();
init_usage();
function parseFast(argv) {
  const spec = TABLE_COMMANDS.find((s) => s.words.every((w, i) => argv[i] === w));
  if (!spec) return null;
  try {
    const args = parseOptions(spec.options, argv.slice(spec.words.length));
    if (args === "help") return null;
    spec.check?.(args);
    return { spec, args };
  } catch (err) {
    if (hasCode(err, "ERR_SWAYSOCK_USAGE")) return null;
    throw err;
  }
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
