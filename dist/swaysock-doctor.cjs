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

// swaysock-doctor.cjs
var swaysock_doctor_exports = {};
__export(swaysock_doctor_exports, {
  CHECK_DEADLINE_MS: () => CHECK_DEADLINE_MS,
  formatReport: () => formatReport,
  runDoctor: () => runDoctor
});
module.exports = __toCommonJS(swaysock_doctor_exports);

// package.json
var package_default = {
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
  swaysock: {
    nodeFlags: {
      "swaysock-healthd": [
        "--max-semi-space-size=1"
      ]
    }
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
    "validators:generate": "node scripts/generate-validators.mjs",
    typecheck: "tsc --noEmit -p .",
    lint: "biome ci . && npm run lint:deps",
    "lint:deps": "depcruise ts tests bench scripts --config .dependency-cruiser.cjs",
    format: "biome format --write .",
    test: "npm run lint && tsc --noEmit -p . && node scripts/build.mjs --check && tap",
    "test:unit": "tap tests/unit",
    "test:integration": "tap tests/integration",
    "test:system": "tap tests/system",
    "test:nix": "tap tests/nix",
    "test:vm": "tap tests/vm/*.test.ts",
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
      "tests/vm/lib/**",
      "**/node_modules/**"
    ]
  },
  devDependencies: {
    "@biomejs/biome": "2.6.9",
    "@homebridge/dbus-native": "0.7.9",
    "@types/node": "^20.19.43",
    "@types/yargs": "^17.0.35",
    ajv: "^8.20.0",
    "dependency-cruiser": "17.4.3",
    esbuild: "^0.28.2",
    minimatch: "^11.0.10",
    "prom-client": "^15.1.3",
    tap: "^21.8.0",
    "tap-parser": "^18.3.4",
    typescript: "^5.9.3",
    yargs: "^18.2.0"
  }
};

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
var STATE_DIRECTORY_NAME = "swaysock";
var STABLE_FD_NAME = "stable";
function defaultStableSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.stableSocket);
}
function cleanupLockPath(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.cleanupLock);
}

// ts/units/definitions.ts
var SESSION = "sway-session.target";
var DAEMON = "swaysock-healthd.service";
var TEXTFILE_WRITE = "swaysock-metrics-textfile.service";
var TEXTFILE_TIMER = "swaysock-metrics-textfile.timer";
var TEXTFILE_REMOVE = "swaysock-metrics-textfile-remove.service";
var SHUTDOWN_CONFLICTS = ["graphical-session.target", "graphical-session-pre.target", SESSION];
var KEEP_OLD = "keep-old";
var UNITS = {
  "sway-session.target": {
    Unit: {
      Description: "sway compositor session",
      Documentation: ["man:systemd.special(7)"],
      BindsTo: ["graphical-session.target"],
      Wants: ["graphical-session-pre.target"],
      After: ["graphical-session-pre.target"],
      DefaultDependencies: "no",
      Before: ["graphical-session.target", "shutdown.target"],
      Conflicts: ["shutdown.target"],
      // Restarting it would restart every service bound to it (PartOf=).
      "X-SwitchMethod": KEEP_OLD
    }
  },
  "sway-session-shutdown.target": {
    Unit: {
      Description: "Shut down the sway compositor session",
      Documentation: ["man:systemd.special(7)"],
      DefaultDependencies: "no",
      StopWhenUnneeded: "yes",
      // Started with --job-mode=replace-irreversibly by `swaysock session` (docs/session.md).
      // After= each unit it conflicts with, and the daemon: its start job completes only once
      // they have stopped, so the session exits only after the daemon's stop too.
      Conflicts: SHUTDOWN_CONFLICTS,
      After: [...SHUTDOWN_CONFLICTS, DAEMON]
    }
  },
  [DAEMON]: {
    Unit: {
      Description: "swaysock health daemon: Sway's IPC socket health over JSON-RPC",
      // PartOf= without After=: stopped with the session, but the target's stop does not wait
      // for the daemon's exit (docs/units.md, "Ordering"); the shutdown target does.
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
      StateDirectory: STATE_DIRECTORY_NAME
    },
    Install: { WantedBy: [SESSION] }
  },
  // keep-old: restarting a socket unit binds a new socket at the path while a running daemon
  // keeps the old one, and the path's clients would then wait unserved.
  "swaysock-healthd.socket": {
    Unit: { Description: "swaysock health daemon socket", "X-SwitchMethod": KEEP_OLD },
    Socket: {
      ListenStream: `%t/${RUNTIME_FILES.daemonSocket}`,
      SocketMode: "0600",
      DirectoryMode: "0700"
    },
    Install: { WantedBy: ["sockets.target"] }
  },
  // The stable socket (docs/stable-socket.md): exists whenever the user's manager runs, also
  // between two Sway sessions, so it is not bound to the session; a connection while no daemon
  // runs starts swaysock-healthd.service, which finds the fd by its name.
  "swaysock-stable.socket": {
    Unit: { Description: "swaysock stable Sway IPC socket", "X-SwitchMethod": KEEP_OLD },
    Socket: {
      ListenStream: `%t/${RUNTIME_FILES.stableSocket}`,
      SocketMode: "0600",
      DirectoryMode: "0700",
      FileDescriptorName: STABLE_FD_NAME,
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
      // A restart of the daemon (a switch) stops a run in progress, which would otherwise find no
      // daemon and remove the file, and runs it again once the daemon is back (After=).
      PartOf: [SESSION, "swaysock-healthd.service"]
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
      PartOf: [SESSION],
      // A restart runs ExecStop=: the file would be gone until the timer's next run.
      "X-SwitchMethod": KEEP_OLD
    },
    Service: {
      Type: "oneshot",
      RemainAfterExit: "yes",
      ExecStop: { command: ["swaysock", "metrics", "--output", { setting: "metrics.textfile.path" }, "--remove"] }
    },
    Install: { WantedBy: [SESSION] }
  }
};
var TEXTFILE_UNITS = [TEXTFILE_WRITE, TEXTFILE_TIMER, TEXTFILE_REMOVE];
var OPTIONAL_UNITS = ["swaysock-healthd.socket", "swaysock-stable.socket", ...TEXTFILE_UNITS];

// ts/doctor/ipc-peers.ts
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var SS_TIMEOUT_MS = 1e4;
var ROW = /^u_(?:str|seq|dgr)\s+(\S+)\s+\d+\s+\d+\s+(\S+)\s+(\d+)\s+\S+\s+(\d+)\s*(.*)$/;
function parseSs(text) {
  const rows = [];
  for (const line of text.split("\n")) {
    const m = ROW.exec(line.trim());
    if (!m) continue;
    const processes = [...m[5].matchAll(/\("((?:[^"\\]|\\.)*)",pid=(\d+)/g)].map((p) => ({ comm: p[1], pid: Number(p[2]) }));
    rows.push({ state: m[1], local: m[2], inode: Number(m[3]), peerInode: Number(m[4]), processes });
  }
  return rows;
}
function unitOfCgroup(path2) {
  const parts = path2.split("/").filter((p) => /\.(service|scope)$/.test(p));
  return parts.length === 0 ? null : parts[parts.length - 1];
}
function cgroupOf(pid, procRoot = "/proc") {
  try {
    const line = (0, import_node_fs.readFileSync)(`${procRoot}/${pid}/cgroup`, "utf8").split("\n").find((l) => l.startsWith("0::"));
    return line === void 0 ? null : line.slice(3);
  } catch {
    return null;
  }
}
function runSs() {
  return new Promise((resolve2, reject) => {
    (0, import_node_child_process.execFile)("ss", ["-xpH"], { timeout: SS_TIMEOUT_MS, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err === null) return resolve2(stdout);
      const code = err.code;
      reject(new SwaysockError("ERR_SWAYSOCK_EXEC", code === "ENOENT" ? "ss (iproute2) is not on PATH" : `ss -xpH failed: ${stderr.trim() || err.message}`));
    });
  });
}
function canonical(path2) {
  try {
    return (0, import_node_fs.realpathSync)(path2);
  } catch {
    return path2;
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

// ts/systemd/manager.ts
var import_node_child_process2 = require("node:child_process");
var SYSTEMCTL_QUERY_TIMEOUT_MS = 1e4;
var SYSTEMCTL_TIMED_OUT = 124;
function systemctlUser(args, timeoutMs = SYSTEMCTL_QUERY_TIMEOUT_MS) {
  return new Promise((resolve2) => {
    (0, import_node_child_process2.execFile)("systemctl", ["--user", ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err !== null && err.killed === true) {
        resolve2({
          code: SYSTEMCTL_TIMED_OUT,
          stdout,
          stderr: `${stderr}systemctl --user ${args.join(" ")} did not finish within ${timeoutMs} ms and was killed
`
        });
        return;
      }
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : err.code === "ENOENT" ? 127 : 1;
      resolve2({ code, stdout, stderr });
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

// ts/doctor/systemd.ts
async function showRecords(names, props) {
  const r = await systemctlUser(["show", "-p", props.join(","), "--", ...names]);
  if (r.code !== 0) throw new SwaysockError("ERR_SWAYSOCK_EXEC", `systemctl --user show failed (exit ${r.code}): ${r.stderr.trim() || "no output"}`);
  return r.stdout.split(/\n\n/).map((block) => {
    const rec = {};
    for (const line of block.split("\n")) {
      const eq = line.indexOf("=");
      if (eq > 0) rec[line.slice(0, eq)] = line.slice(eq + 1);
    }
    return rec;
  });
}
async function showUnits(units, props) {
  if (units.length === 0) return [];
  const records = await showRecords(units, props);
  return units.map((_, i) => records[i] ?? {});
}
async function showById(names, props) {
  if (names.length === 0) return /* @__PURE__ */ new Map();
  const records = await showRecords(names, ["Id", ...props]);
  return new Map(records.filter((r) => r.Id).map((r) => [r.Id, r]));
}
function listProperty(rec, name) {
  return (rec[name] ?? "").split(/\s+/).filter((s) => s !== "");
}

// ts/doctor/unit-origin.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
function linkChain(path2) {
  const chain = [path2];
  let p = path2;
  for (let i = 0; i < 16; i++) {
    try {
      p = (0, import_node_path2.resolve)((0, import_node_path2.dirname)(p), (0, import_node_fs2.readlinkSync)(p));
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
  if (fragmentPath.startsWith("/etc/") && ((0, import_node_fs2.existsSync)(nixosMarker) || chain.some((p) => p.startsWith("/nix/store/")))) return "nixos";
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

// ts/doctor/types.ts
var CHECK_IDS = ["sway", "environment", "target", "clients", "wanted", "sockets", "daemon", "host"];
var CHECK_TITLES = {
  sway: "Sway",
  environment: "SWAYSOCK / I3SOCK",
  target: "sway-session.target",
  clients: "Services talking to Sway",
  wanted: "Wanted by the session, not running",
  sockets: "Stale sockets",
  daemon: "swaysock-healthd",
  host: "Host"
};
var ok = (summary, evidence = []) => ({ severity: "ok", summary, evidence, fix: null });
var info = (summary, evidence = []) => ({ severity: "info", summary, evidence, fix: null });
var error = (summary, evidence, fix) => ({ severity: "error", summary, evidence, fix });
var warning = (summary, evidence, fix) => ({ severity: "warning", summary, evidence, fix });
var problem = (summary, evidence, fix) => ({ severity: "problem", summary, evidence, fix });

// ts/doctor/checks/clients.ts
var TARGET = "sway-session.target";
async function checkClients(ctx) {
  const sway = await ctx.sway();
  if (!sway) return [info("no live Sway: no IPC clients to look at")];
  const swayUnit = await ctx.swayUnit();
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
  const bound2 = [];
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
      bound2.push(`${unit}: ${procs}`);
      return;
    }
    const missing = [partOf ? null : "PartOf=", after ? null : "After="].filter((m) => m !== null).join(" and ");
    out.push(
      problem(
        `${unit} talks to Sway but lacks ${missing}${TARGET}: it can start before Sway and outlive it, keeping a dead socket`,
        [
          `${unit}: ${procs} connected to ${sway.path}`,
          `PartOf=${p.PartOf || "(none)"}`,
          `After=${p.After || "(none)"}`,
          `unit file: ${p.FragmentPath || "(none)"}`
        ],
        bindFix(unit, unitOrigin(p.FragmentPath ?? ""))
      )
    );
  });
  const evidence = [
    `Sway's own unit: ${swayUnit ?? "none"} (skipped, with ours)`,
    ...bound2.map((b) => `bound: ${b}`),
    ...other,
    ...loose.map((p) => `PID ${p.pid} (${p.comm}): in no systemd unit`)
  ];
  if (out.length === 0)
    out.push(ok(units.length === 0 ? "no other service holds a connection to Sway" : `every service connected to Sway is bound to ${TARGET}`, evidence));
  else out.push(info(`${peers.length} process(es) connected to Sway`, evidence));
  return out;
}

// ts/doctor/checks/daemon.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// ts/rpc/client.ts
var import_node_events = require("node:events");

// ts/net/connect.ts
var import_node_net = require("node:net");
var ConnectError = class extends SwaysockError {
  constructor(path2, systemCode, options) {
    super("ERR_SWAYSOCK_CONNECT", `cannot connect to ${path2} (${systemCode})`, options);
    this.path = path2;
    this.systemCode = systemCode;
    this.name = "ConnectError";
  }
  path;
  systemCode;
};
function connectUnix(path2, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve2, reject) => {
    const socket = (0, import_node_net.connect)({ path: path2, allowHalfOpen });
    const fail = (code, cause) => {
      deadline.cancel();
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      socket.on("error", () => {
      });
      socket.destroy();
      reject(new ConnectError(path2, code, { cause }));
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

// ts/doctor/checks/daemon.ts
var UNIT = "swaysock-healthd.service";
function permissionProblems(socketPath, uid) {
  const bad = [];
  for (const [path2, want] of [
    [(0, import_node_path3.dirname)(socketPath), "directory"],
    [socketPath, "socket"]
  ]) {
    let st;
    try {
      st = (0, import_node_fs3.lstatSync)(path2);
    } catch (err) {
      bad.push(`${path2}: ${err.code}`);
      continue;
    }
    const isRight = want === "directory" ? st.isDirectory() : st.isSocket();
    if (!isRight) bad.push(`${path2}: not a ${want}`);
    if (st.uid !== uid) bad.push(`${path2}: owned by UID ${st.uid}, not ${uid}`);
    if ((st.mode & 63) !== 0) bad.push(`${path2}: mode ${(st.mode & 511).toString(8)} gives group or others access`);
  }
  return bad;
}
function relayFinding(relay) {
  const c = relay.counters;
  return info(`the stable socket ${relay.path} relays ${relay.connections} connection(s) now, ${relay.waiting} client(s) waiting`, [
    `relayed connections since the daemon started: ${c.connections}`,
    `clients that waited for a Sway: ${c.waited_for_sway}; closed without one: ${c.closed_without_sway}`,
    `clients that waited for room in Sway's listen backlog: ${c.waited_for_backlog} (${c.backlog_retries} connects found it full)`,
    `bytes relayed to Sway: ${c.bytes_to_sway}; to clients: ${c.bytes_to_clients}`
  ]);
}
async function checkDaemon(ctx) {
  const [unit, target, sway] = await Promise.all([ctx.unit(UNIT), ctx.target(), ctx.sway()]);
  const state = `${UNIT}: LoadState=${unit.LoadState}, ActiveState=${unit.ActiveState}/${unit.SubState}, Result=${unit.Result}, Type=${unit.Type}, WatchdogUSec=${unit.WatchdogUSec}, NRestarts=${unit.NRestarts}`;
  if (unit.LoadState !== "loaded")
    return [warning(`${UNIT} is not installed`, [state], "swaysock units --install --enable (Nix: services.swaysock.enable = true)")];
  if (unit.ActiveState === "activating" || unit.ActiveState === "reloading") {
    return [warning(`${UNIT} is ${unit.ActiveState}: run doctor again in a moment`, [state], null)];
  }
  if (unit.ActiveState !== "active") {
    if (target.ActiveState !== "active") return [ok(`${UNIT} is ${unit.ActiveState}, as the session is down`, [state])];
    return [
      problem(
        `${UNIT} is ${unit.ActiveState} while sway-session.target is active: nothing watches Sway's socket or repairs the environment`,
        [state],
        `systemctl --user start ${UNIT}${unit.Result !== "success" ? `; it failed before (Result=${unit.Result}): see \`systemctl --user status ${UNIT}\`` : ""}`
      )
    ];
  }
  const out = [];
  if (unit.Type !== "notify" || unit.WatchdogUSec === "0" || unit.WatchdogUSec === "infinity" || !unit.WatchdogUSec) {
    out.push(
      warning(
        `${UNIT} runs without Type=notify or without a watchdog`,
        [state],
        "reinstall the units: swaysock units --install --enable (Nix: services.swaysock.enable = true)"
      )
    );
  } else out.push(ok(`${UNIT} is active, Type=notify, watchdog ${unit.WatchdogUSec}`, [state]));
  const socketPath = ctx.options.daemonSocket;
  let client = null;
  try {
    client = await DaemonClient.connect(socketPath);
    const status = await client.call("daemon.status");
    const health = await client.call("get_socket_health");
    const facts = [`daemon.status: version ${status.version}, PID ${status.pid}`, `get_socket_health: ${health.status} on ${health.socket_path ?? "-"}`];
    if (status.version !== package_default.version)
      out.push(warning(`the daemon runs swaysock ${status.version}, this CLI is ${package_default.version}`, facts, `systemctl --user restart ${UNIT}`));
    else out.push(ok(`the daemon answers on ${socketPath} (version ${status.version}, the CLI's)`, facts));
    if (sway && health.status !== "healthy")
      out.push(
        problem(
          `the daemon reports ${health.status} while Sway is alive at ${sway.path}`,
          facts,
          `swaysock diagnose socket-health; systemctl --user restart ${UNIT}`
        )
      );
    if (status.stable_socket) out.push(relayFinding(status.stable_socket));
  } catch (err) {
    out.push(problem(`${UNIT} is active but does not answer on ${socketPath}: ${err.message}`, [state], `systemctl --user restart ${UNIT}`));
  } finally {
    client?.close();
  }
  const perms = permissionProblems(socketPath, ctx.uid);
  if (perms.length > 0)
    out.push(
      problem(
        "the daemon's socket or its directory is not private to you",
        perms,
        `systemctl --user restart ${UNIT} (it recreates both: directory 0700, socket 0600)`
      )
    );
  else out.push(ok("the daemon's socket and its directory are yours and private", [`${socketPath}, ${(0, import_node_path3.dirname)(socketPath)}`]));
  return out;
}

// ts/discovery/discover.ts
var import_promises = require("node:fs/promises");
var import_node_path5 = require("node:path");

// ts/ipc/client.ts
var import_node_events2 = require("node:events");

// ts/ipc/codec.ts
var import_node_os = require("node:os");
var IPC_MAGIC = Buffer.from("i3-ipc", "ascii");
var IPC_HEADER_BYTES = 14;
var DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
var IPC_EVENT_BIT = 2147483648;
var LITTLE = (0, import_node_os.endianness)() === "LE";
function headerPayloadLength(buf, offset) {
  return LITTLE ? buf.readUInt32LE(offset + 6) : buf.readUInt32BE(offset + 6);
}
function headerType(buf, offset) {
  return LITTLE ? buf.readUInt32LE(offset + 10) : buf.readUInt32BE(offset + 10);
}
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
var IpcProtocolError = class extends SwaysockError {
  constructor(code, message) {
    super(code, message);
    this.name = "IpcProtocolError";
  }
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
    const buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = null;
    const frames = [];
    let offset = 0;
    while (buf.length - offset >= IPC_HEADER_BYTES) {
      if (buf.compare(IPC_MAGIC, 0, 6, offset, offset + 6) !== 0) {
        throw new IpcProtocolError(
          "ERR_SWAYSOCK_IPC_BAD_MAGIC",
          `bad IPC magic ${JSON.stringify(buf.toString("latin1", offset, offset + 6))}, expected "i3-ipc"`
        );
      }
      const length = headerPayloadLength(buf, offset);
      if (length > this.maxPayloadBytes) {
        throw new IpcProtocolError("ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE", `IPC payload of ${length} bytes exceeds the bound of ${this.maxPayloadBytes} bytes`);
      }
      const end = offset + IPC_HEADER_BYTES + length;
      if (buf.length < end) break;
      const raw = headerType(buf, offset);
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
var IpcTimeoutError = class extends SwaysockError {
  constructor(type, timeoutMs) {
    super("ERR_SWAYSOCK_IPC_TIMEOUT", `IPC request of type ${type} got no reply within ${timeoutMs} ms`);
    this.type = type;
    this.timeoutMs = timeoutMs;
    this.name = "IpcTimeoutError";
  }
  type;
  timeoutMs;
};
var IpcClosedError = class extends SwaysockError {
  constructor(message, options) {
    super("ERR_SWAYSOCK_IPC_CLOSED", message, options);
    this.name = "IpcClosedError";
  }
};
var IpcReplyError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_IPC_REPLY", message);
    this.name = "IpcReplyError";
  }
};
var SwayIpcClient = class _SwayIpcClient extends import_node_events2.EventEmitter {
  constructor(socket, path2, maxPayloadBytes) {
    super();
    this.socket = socket;
    this.path = path2;
    this.decoder = new FrameDecoder(maxPayloadBytes);
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", (err) => this.shutdown(err));
    socket.on("close", () => this.shutdown(new IpcClosedError(`Sway closed the IPC connection ${path2}`)));
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
  static async connect(path2, options = {}) {
    const socket = await connectUnix(path2, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    return new _SwayIpcClient(socket, path2, options.maxPayloadBytes);
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
      const pending = { type, resolve: resolve2, reject, deadline: null, settled: false };
      if (timeoutMs > 0) {
        pending.deadline = new Deadline(timeoutMs, () => {
          pending.settled = true;
          reject(new IpcTimeoutError(type, timeoutMs));
        });
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
      pending.deadline?.cancel();
      pending.resolve(frame);
    }
  }
  shutdown(reason) {
    if (this.closedReason !== void 0) return;
    this.closedReason = reason;
    this.socket.destroy();
    for (const pending of this.queue.splice(0)) {
      pending.deadline?.cancel();
      if (!pending.settled) {
        pending.settled = true;
        pending.reject(new IpcClosedError(`IPC connection ${this.path} closed before the reply`, { cause: reason }));
      }
    }
    this.emit("close", reason);
  }
};

// ts/liveness/probe.ts
var import_node_fs4 = require("node:fs");
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
async function inspectSocketFile(path2, uid) {
  let st;
  try {
    st = (0, import_node_fs4.lstatSync)(path2);
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
async function probeSocket(path2, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS) {
  try {
    (await connectUnix(path2, timeoutMs)).destroy();
    return { kind: "listening" };
  } catch (err) {
    const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}
function sameSocketFile(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [(0, import_node_fs4.statSync)(a), (0, import_node_fs4.statSync)(b)];
    return sameIdentity(sa, sb);
  } catch {
    return false;
  }
}

// ts/liveness/proc.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = require("node:path");
var SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
function readProcStat(pid, procRoot = "/proc") {
  const dir = (0, import_node_path4.join)(procRoot, String(pid));
  if ((0, import_node_fs5.statSync)(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = (0, import_node_fs5.readFileSync)((0, import_node_path4.join)(dir, "stat"), "utf8");
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
    if (SWAY_PROCESS_NAMES.has((0, import_node_path4.basename)((0, import_node_fs5.readlinkSync)((0, import_node_path4.join)(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}
function waylandDisplaysOf(pid, runtimeDir, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = (0, import_node_fs5.readdirSync)((0, import_node_path4.join)(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix2 = (0, import_node_path4.join)(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = (0, import_node_fs5.readlinkSync)((0, import_node_path4.join)(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix2) && target.endsWith(".lock")) displays.push((0, import_node_path4.basename)(target, ".lock"));
  }
  return displays;
}
function readEnviron(pid, procRoot = "/proc") {
  const env = {};
  for (const entry of (0, import_node_fs5.readFileSync)((0, import_node_path4.join)(procRoot, String(pid), "environ"), "utf8").split("\0")) {
    const eq = entry.indexOf("=");
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

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

// ts/discovery/discover.ts
function socketVariable(value) {
  return value ? value : null;
}
var DEFAULT_DISCOVERY_TIMEOUT_MS = 500;
async function validateSwaySocket(path2, uid, timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS, exclude = []) {
  const file = await inspectSocketFile(path2, uid);
  if (file.kind !== "socket") return null;
  if (exclude.some((e) => sameIdentity(e, file.identity))) return null;
  let client = null;
  let version;
  try {
    client = await SwayIpcClient.connect(path2, { timeoutMs });
    version = await client.getVersion(timeoutMs);
    if (typeof version?.human_readable !== "string") return null;
  } catch {
    return null;
  } finally {
    client?.close();
  }
  const name = parseSwaySocketName(path2.slice(path2.lastIndexOf("/") + 1));
  const pid = name !== null && name.uid === uid ? name.pid : null;
  let startTicks = null;
  if (pid !== null) {
    try {
      startTicks = readProcStat(pid)?.startTicks ?? null;
    } catch {
      startTicks = null;
    }
  }
  const dir = path2.slice(0, path2.lastIndexOf("/")) || "/";
  return {
    path: path2,
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
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => (0, import_node_path5.join)(dir, n));
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
  if (options.swaySocket !== void 0) {
    const only = await validateSwaySocket(options.swaySocket, uid, timeoutMs, exclude);
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
  const bySwaysock = pick(
    candidates.find((c) => c.path === swaysock),
    "swaysock"
  );
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], "only");
  const byManager = managerSock !== null ? pick(
    candidates.find((c) => c.path === managerSock),
    "manager-swaysock"
  ) : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay || managerEnv?.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], "wayland-display");
  return { chosen: candidates[0], candidates, decidedBy: "newest", ambiguous: true };
}

// ts/doctor/context.ts
var IPC_TIMEOUT_MS = 2e3;
var KNOWN_PROPERTIES = [
  "LoadState",
  "ActiveState",
  "SubState",
  "Result",
  "Type",
  "WatchdogUSec",
  "NRestarts",
  "Wants",
  "Requires",
  "FragmentPath",
  "ExecMainStatus",
  "LastTriggerUSec"
];
function once(fn) {
  let p;
  return () => p ??= fn();
}
var DoctorContext = class {
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
   * The systemd unit or scope the live Sway runs in (the deepest `.service` or `.scope` of its
   * cgroup, ipc-peers.ts); null without a live Sway, without its PID, or when none is found.
   */
  swayUnit = once(async () => {
    const pid = (await this.sway())?.pid;
    return pid ? unitOfCgroup(cgroupOf(pid) ?? "") : null;
  });
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

// ts/doctor/checks/environment.ts
var VARIABLES = ["SWAYSOCK", "I3SOCK"];
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
      return live ? warning(
        `the user manager has no ${name} while Sway runs: services started now cannot find Sway through it`,
        [where2],
        `${set} (the session starter should import it: \`exec swaysock session\`)`
      ) : ok(`the user manager has no ${name} (no Sway runs)`, [where2]);
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

// ts/doctor/checks/host.ts
var import_node_child_process4 = require("node:child_process");
var import_node_fs6 = require("node:fs");
var import_node_os2 = require("node:os");

// ts/doctor/analyze.ts
var import_node_child_process3 = require("node:child_process");
var ANALYZE_TIMEOUT_MS = 2e4;
function verifyUserUnits(args) {
  return new Promise((resolve2) => {
    (0, import_node_child_process3.execFile)("systemd-analyze", ["--user", "verify", "--man=no", ...args], { timeout: ANALYZE_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      const e = err;
      const code = e === null ? 0 : e.code === "ENOENT" ? 127 : typeof e.code === "number" ? e.code : -1;
      resolve2({
        code,
        lines: `${stdout}
${stderr}`.split("\n").map((l) => l.trim()).filter((l) => l !== "")
      });
    });
  });
}
var isCycleLine = (line) => /ordering cycle|Found dependency on/.test(line);
function cycleLines(lines, unit) {
  const cycle = lines.filter(isCycleLine);
  return cycle.some((l) => l.includes(unit)) ? cycle : [];
}

// ts/doctor/checks/host.ts
var LOGINCTL_TIMEOUT_MS = 1e4;
function linger(user) {
  return new Promise((resolve2) => {
    (0, import_node_child_process4.execFile)("loginctl", ["show-user", user, "--property=Linger", "--value"], { timeout: LOGINCTL_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err === null) resolve2(stdout.trim());
      else
        resolve2(
          new SwaysockError(
            "ERR_SWAYSOCK_EXEC",
            err.code === "ENOENT" ? "loginctl is not on PATH" : (stderr.trim() || err.message).replace(/\s*\n\s*/g, "; ")
          )
        );
    });
  });
}
function runtimeDirFinding(ctx) {
  const dir = ctx.env.XDG_RUNTIME_DIR;
  if (!dir)
    return problem(
      "XDG_RUNTIME_DIR is not set: Sway refuses to start and nothing can find its socket",
      [],
      "log in through a session manager (pam_systemd sets it), or export XDG_RUNTIME_DIR=/run/user/$(id -u)"
    );
  let st;
  try {
    st = (0, import_node_fs6.statSync)(dir);
  } catch (err) {
    return problem(`XDG_RUNTIME_DIR=${dir} cannot be read: ${err.code}`, [], "log in again so that systemd-logind creates it");
  }
  const facts = [`${dir}: owner UID ${st.uid}, mode ${(st.mode & 511).toString(8)}`];
  if (!st.isDirectory() || st.uid !== ctx.uid || (st.mode & 63) !== 0)
    return problem(`XDG_RUNTIME_DIR=${dir} is not a directory of yours with mode 0700`, facts, `chmod 0700 ${dir} (and check who created it)`);
  return ok(`XDG_RUNTIME_DIR=${dir} is yours, mode 0700`, facts);
}
async function lingerFinding(ctx) {
  const swayUnit = await ctx.swayUnit();
  const user = (0, import_node_os2.userInfo)().username;
  const value = await linger(user);
  const fact = value instanceof Error ? `loginctl show-user ${user} --property=Linger: ${value.message}` : `Linger=${value}`;
  const headless = swayUnit?.endsWith(".service") === true && !swayUnit.startsWith("wayland-wm@");
  if (value instanceof Error)
    return warning("lingering could not be read", [fact], headless ? `check it yourself; Sway runs from ${swayUnit}, which needs it to start at boot` : null);
  if (value === "yes") return ok(`lingering is on for ${user}: the user manager starts at boot`, [fact]);
  if (headless) {
    return warning(
      `Sway runs from ${swayUnit} of the user manager, but lingering is off: after a reboot nothing starts until ${user} logs in`,
      [fact],
      `loginctl enable-linger ${user}   (NixOS: users.users.${user}.linger = true)`
    );
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
  if (r.code !== 0 || faults.length > 0)
    return problem(
      `systemd-analyze --user verify finds fault with our unit files (exit ${r.code})`,
      [...files, ...faults],
      "reinstall them: swaysock units --install --enable (Nix: services.swaysock.enable = true, then switch)"
    );
  return ok(`our ${files.length} unit files pass systemd-analyze --user verify`, files);
}
async function checkHost(ctx) {
  return [runtimeDirFinding(ctx), ...await Promise.all([lingerFinding(ctx), unitsFinding(ctx)])];
}

// ts/cleanup/run.ts
var import_node_fs9 = require("node:fs");

// ts/lock/pid-lock.ts
var import_node_fs8 = require("node:fs");
var import_node_path6 = require("node:path");

// ts/fs/private-dir.ts
var import_node_fs7 = require("node:fs");
var UnsafeDirectoryError = class extends SwaysockError {
  constructor(dir, problem2, fix) {
    super("ERR_SWAYSOCK_UNSAFE_DIRECTORY", `${problem2}${fix === null ? "" : ` (${fix})`}`);
    this.dir = dir;
    this.problem = problem2;
    this.fix = fix;
    this.name = "UnsafeDirectoryError";
  }
  dir;
  problem;
  fix;
};
function ensurePrivateDir(dir, uid = process.getuid()) {
  (0, import_node_fs7.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs7.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem2 = notOwnerOnly(dir, st, uid);
  if (problem2 !== null) throw new UnsafeDirectoryError(dir, problem2, st.uid === uid ? `chmod 0700 ${dir}` : null);
}
function notOwnerOnly(path2, st, uid) {
  if (st.uid !== uid) return `${path2} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path2} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
}

// ts/lock/pid-lock.ts
var LockTimeoutError = class extends SwaysockError {
  constructor(path2, why) {
    super("ERR_SWAYSOCK_LOCK_TIMEOUT", `could not take ${path2} before the deadline: ${why}`);
    this.path = path2;
    this.name = "LockTimeoutError";
  }
  path;
};
var DEFAULT_LOCK_TIMEOUT_MS = 1e4;
function readLockRecord(path2) {
  let fd;
  try {
    fd = (0, import_node_fs8.openSync)(path2, import_node_fs8.constants.O_RDONLY | import_node_fs8.constants.O_NOFOLLOW | import_node_fs8.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(0, import_node_fs8.fstatSync)(fd).isFile()) return null;
    const h = JSON.parse((0, import_node_fs8.readFileSync)(fd, "utf8"));
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  } finally {
    (0, import_node_fs8.closeSync)(fd);
  }
}
function writeTemporary(path2, text) {
  const tmp = `${path2}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`;
  const fd = (0, import_node_fs8.openSync)(tmp, import_node_fs8.constants.O_WRONLY | import_node_fs8.constants.O_CREAT | import_node_fs8.constants.O_EXCL | import_node_fs8.constants.O_NOFOLLOW, 384);
  try {
    (0, import_node_fs8.writeSync)(fd, text);
  } finally {
    (0, import_node_fs8.closeSync)(fd);
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
async function tryAcquireLock(path2, extra, options = {}) {
  const procRoot = options.procRoot ?? "/proc";
  const deadline = options.deadline ?? Date.now() + DEFAULT_LOCK_TIMEOUT_MS;
  ensurePrivateDir((0, import_node_path6.dirname)(path2));
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = writeTemporary(path2, `${JSON.stringify(holder)}
`);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs8.linkSync)(tmp, path2);
        return {
          lock: {
            path: path2,
            holder,
            release: () => {
              const current2 = readLockRecord(path2);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since)
                  (0, import_node_fs8.unlinkSync)(path2);
              } catch {
              }
            }
          }
        };
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
      }
      const current = readLockRecord(path2);
      if (current !== null && holderIsAlive(current, procRoot)) return { held: current };
      await breakStaleLock(path2, procRoot, deadline);
    }
    throw new SwaysockError("ERR_SWAYSOCK_LOCK_UNSTABLE", `could not take ${path2}: it kept changing under us`);
  } finally {
    try {
      (0, import_node_fs8.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path2, procRoot, deadline) {
  const breakLock = `${path2}.break`;
  for (; ; ) {
    try {
      (0, import_node_fs8.mkdirSync)(breakLock, { mode: 448 });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - (0, import_node_fs8.lstatSync)(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) (0, import_node_fs8.rmdirSync)(breakLock);
    } catch {
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path2, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path2);
    if ((0, import_node_fs8.existsSync)(path2) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs8.unlinkSync)(path2);
  } finally {
    (0, import_node_fs8.rmdirSync)(breakLock);
  }
}

// ts/cleanup/decide.ts
var import_node_path7 = require("node:path");
async function decide(dir, name, ctx) {
  const path2 = (0, import_node_path7.join)(dir, name);
  const parsed = parseSwaySocketName(name);
  if (parsed === null) return { kind: "ignore", path: path2, reason: "not a Sway socket name" };
  if (parsed.uid !== ctx.uid) return { kind: "ignore", path: path2, reason: `named for UID ${parsed.uid}, not ours (${ctx.uid})` };
  const file = await inspectSocketFile(path2, ctx.uid);
  switch (file.kind) {
    case "absent":
      return { kind: "ignore", path: path2, reason: "vanished" };
    case "not-socket":
      return { kind: "ignore", path: path2, reason: `not a socket (${file.type})` };
    case "foreign":
      return { kind: "ignore", path: path2, reason: `owned by UID ${file.ownerUid}, not ours` };
    case "error":
      return { kind: "keep", path: path2, reason: `lstat failed (${file.code}): state unknown`, unknown: true };
  }
  const pid = parsed.pid;
  const process2 = processKind(pid, ctx.procRoot);
  if (process2 === "sway")
    return { kind: "keep", path: path2, reason: `PID ${pid} is a live Sway (serving, or starting: bound but not yet listening)`, unknown: false };
  if (process2 === "unknown") return { kind: "keep", path: path2, reason: `cannot read /proc/${pid}: whether it is Sway is unknown`, unknown: true };
  const probe = await probeSocket(path2, ctx.probeTimeoutMs);
  switch (probe.kind) {
    case "listening":
      return { kind: "keep", path: path2, reason: "something accepts connections on it (a Sway in another PID namespace?)", unknown: false };
    case "absent":
      return { kind: "ignore", path: path2, reason: "vanished" };
    case "error":
      return { kind: "keep", path: path2, reason: `connect() failed with ${probe.code}: state unknown`, unknown: true };
  }
  let why;
  if (process2 === "absent") why = `PID ${pid} is gone`;
  else if (process2 === "zombie") why = `PID ${pid} is a zombie (dead, not yet reaped)`;
  else why = `PID ${pid} is now ${JSON.stringify(safeComm(pid, ctx.procRoot))}, not Sway (PID reused)`;
  return { kind: "stale", path: path2, reason: `nobody listens (ECONNREFUSED) and ${why}`, identity: file.identity };
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
  const path2 = cleanupLockPath(runtimeDir);
  const deadline = Date.now() + timeoutMs;
  let held;
  for (; ; ) {
    let result;
    try {
      result = await tryAcquireLock(path2, {}, { deadline });
    } catch (err) {
      if (hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw new CleanupError(`refusing the cleanup lock ${path2}: ${err.message}`);
      if (hasCode(err, "ERR_SWAYSOCK_LOCK_TIMEOUT")) throw new CleanupError(`${err.message} (${timeoutMs} ms)`);
      throw new CleanupError(`cannot take the cleanup lock ${path2}: ${err.code ?? err.message}`);
    }
    if ("lock" in result) return result.lock;
    held = result.held;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new CleanupError(`another cleanup (PID ${held.pid}, since ${held.since}) still holds ${path2} after ${timeoutMs} ms`);
}
async function runCleanup(options) {
  const dir = options.runtimeDir;
  const uid = options.uid ?? process.getuid();
  const dryRun = options.dryRun ?? false;
  try {
    (0, import_node_fs9.readdirSync)(dir);
  } catch (err) {
    const code = err.code;
    throw new CleanupError(
      `cannot read the runtime directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "not a directory" : code ?? err.message}`
    );
  }
  const report = { runtime_dir: dir, dry_run: dryRun, removed: [], kept: [], errors: [], ignored: [] };
  const lock = dryRun ? null : await takeLock(dir, options.lockTimeoutMs ?? 1e4);
  try {
    const names = (0, import_node_fs9.readdirSync)(dir);
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
function unlinkIfUnchanged(path2, identity) {
  try {
    const st = (0, import_node_fs9.lstatSync)(path2);
    if (!sameIdentity(st, identity) || !st.isSocket()) return "replaced";
    (0, import_node_fs9.unlinkSync)(path2);
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

// ts/doctor/checks/sockets.ts
var ENABLE = "systemctl --user enable --now swaysock-cleanup.timer (Nix: services.swaysock.enable = true installs it)";
async function checkSockets(ctx) {
  const [report, units] = await Promise.all([
    runCleanup({ runtimeDir: ctx.options.runtimeDir, uid: ctx.uid, dryRun: true, probeTimeoutMs: IPC_TIMEOUT_MS }),
    Promise.all([ctx.unit("swaysock-cleanup.timer"), ctx.unit("swaysock-cleanup.service")]).catch((err) => err)
  ]);
  const out = [];
  const stale = report.removed.map((e) => `${e.path}: ${e.reason}`);
  if (stale.length > 0)
    out.push(
      warning(
        `${stale.length} stale Sway socket(s) in ${report.runtime_dir}: clients that pick a socket by name may take a dead one`,
        stale,
        "swaysock cleanup   (the timer would remove them on its next run)"
      )
    );
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
    out.push(
      problem(
        "the last cleanup run failed",
        [serviceState],
        "see `systemctl --user status swaysock-cleanup.service`, then `systemctl --user reset-failed swaysock-cleanup.service`"
      )
    );
  } else if (service.LoadState === "loaded") {
    out.push(ok("the last cleanup run (if any) succeeded", [serviceState]));
  }
  return out;
}

// ts/doctor/checks/sway.ts
var describe = (c) => `${c.path}: Sway ${c.version.human_readable}${c.pid === null ? "" : `, PID ${c.pid} (${c.process})`}`;
async function checkSway(ctx) {
  const d = await ctx.discovery();
  if (d.chosen === null) {
    return [
      warning(
        "no live Sway: no socket of ours answers GET_VERSION",
        [`scanned ${ctx.options.runtimeDir}/sway-ipc.${ctx.uid}.*.sock${ctx.env.SWAYSOCK ? ` and $SWAYSOCK=${ctx.env.SWAYSOCK}` : ""}`],
        "start Sway; the checks below that need it are skipped"
      )
    ];
  }
  const evidence = d.candidates.map(describe);
  if (d.ambiguous) {
    return [
      warning(
        `${d.candidates.length} live Sways and nothing in the environment decides between them; clients pick the newest`,
        evidence,
        `set SWAYSOCK to the one you mean, e.g. \`systemctl --user set-environment SWAYSOCK=${d.chosen.path}\``
      )
    ];
  }
  const more = d.candidates.length > 1 ? ` (${d.candidates.length} live Sways; chosen by ${d.decidedBy})` : "";
  return [ok(`Sway ${d.chosen.version.human_readable} is running${more}; socket ${d.chosen.path}`, evidence)];
}

// ts/doctor/sway-config.ts
var import_node_fs10 = require("node:fs");
var import_node_path8 = require("node:path");

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal3 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal3();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal3();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal3();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal3();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal3();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal3();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal3();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal3 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal3, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = /* @__PURE__ */ Object.create(null);
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var noOptions = {};
var cachedMinimatch = (pattern, options) => {
  options ||= noOptions;
  const key = optionsKey(options);
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok2 = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok2 = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok2 && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

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
var SEGMENT_GLOB = { dot: false, nobrace: true, noext: true, nonegate: true, nocomment: true };
function expandGlob(pattern) {
  let paths = ["/"];
  for (const segment of pattern.split("/").filter((s) => s !== "")) {
    const glob = new Minimatch(segment, SEGMENT_GLOB);
    const next = [];
    for (const dir of paths) {
      if (!glob.hasMagic()) {
        next.push((0, import_node_path8.join)(dir, unescape(segment)));
        continue;
      }
      let names;
      try {
        names = (0, import_node_fs10.readdirSync)(dir);
      } catch {
        continue;
      }
      for (const n of names.filter((n2) => glob.match(n2)).sort()) next.push((0, import_node_path8.join)(dir, n));
    }
    paths = next;
  }
  return paths;
}
var BADCHARS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")", "{", "}", "\n"]);
var literal2 = (s) => s.replace(/[*?[\]\\]/g, "\\$&");
var unresolved = (arg, what, after = "") => new SwaysockError("ERR_SWAYSOCK_INCLUDE_UNRESOLVED", `${what} ${JSON.stringify(arg)}${after}`);
var SUBSTITUTION = ["command substitution in", " is not run by doctor"];
function includeWords(arg, baseDir, env) {
  const words = [];
  let word = null;
  const add = (s) => {
    word = (word ?? "") + s;
  };
  const end = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const variable = (i) => {
    if (arg[i + 1] === "(") throw unresolved(arg, ...SUBSTITUTION);
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(arg.slice(i));
    return m ? { value: env[m[1] ?? m[2]] ?? "", next: i + m[0].length } : null;
  };
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i];
    if (c === " " || c === "	") end();
    else if (c === "`") throw unresolved(arg, ...SUBSTITUTION);
    else if (BADCHARS.has(c)) throw unresolved(arg, `wordexp(3) refuses the unquoted ${JSON.stringify(c)} in`, ", so Sway reads nothing for this include");
    else if (c === "\\") add(literal2(arg[++i] ?? ""));
    else if (c === "'") {
      const close = arg.indexOf("'", i + 1);
      if (close === -1) throw unresolved(arg, "unclosed quote in");
      add(literal2(arg.slice(i + 1, close)));
      i = close;
    } else if (c === '"') {
      add("");
      for (i++; arg[i] !== '"'; i++) {
        if (i >= arg.length) throw unresolved(arg, "unclosed quote in");
        const q = arg[i];
        if (q === "`") throw unresolved(arg, ...SUBSTITUTION);
        const v = q === "$" ? variable(i) : null;
        if (v) {
          add(literal2(v.value));
          i = v.next - 1;
        } else if (q === "\\" && '$`"\\'.includes(arg[i + 1] ?? "")) add(literal2(arg[++i]));
        else add(literal2(q));
      }
    } else if (c === "~" && word === null && /^(\/|\s|$)/.test(arg.slice(i + 1))) add(literal2(env.HOME ?? "~"));
    else {
      const v = c === "$" ? variable(i) : null;
      if (!v) add(c);
      else {
        const fields = v.value.split(/[ \t\n]+/);
        fields.forEach((f, k) => {
          if (k > 0) end();
          if (f !== "") add(f);
        });
        i = v.next - 1;
      }
    }
  }
  end();
  return words.map((w) => (0, import_node_path8.isAbsolute)(w) ? w : (0, import_node_path8.join)(literal2(baseDir), w));
}
function expandConfig(mainText, options) {
  const read = options.readFile ?? ((p) => (0, import_node_fs10.readFileSync)(p, "utf8"));
  const result = { execs: [], includes: [] };
  const vars = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  try {
    seen.add((0, import_node_fs10.realpathSync)(options.mainPath));
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
        words = includeWords(unquote(substitute(m[2], vars)), (0, import_node_path8.dirname)(file), options.env);
      } catch (err) {
        inc.unresolved.push(err.message);
        continue;
      }
      for (const word of words) {
        const matches = expandGlob(word);
        if (matches.length === 0) inc.unresolved.push(`${word}: no file matches`);
        for (const path2 of matches) {
          let real;
          let body;
          try {
            real = (0, import_node_fs10.realpathSync)(path2);
            body = read(real);
          } catch (err) {
            inc.unresolved.push(`${path2}: ${err.code ?? err.message}`);
            continue;
          }
          if (seen.has(real)) continue;
          seen.add(real);
          inc.files.push(path2);
          walk(path2, body);
        }
      }
    }
  };
  walk(options.mainPath, mainText);
  return result;
}

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

// ts/doctor/wirings.ts
var import_node_path9 = require("node:path");
var START = /systemctl\s+--user\s+start\s+sway-session\.target/;
var STOP = /systemctl\s+--user\s+stop\s+sway-session\.target/;
var where = (l) => `${l.file}:${l.line}: ${l.text}`;
function classify(l) {
  const t = l.text;
  if (/\bswaysock(?:\.c?js)?["']?\s+session\b/.test(t)) return { name: "swaysock", variant: null, stopsOnCrash: true };
  if (/(^|[\s/"'])session\.sh\b/.test(t)) {
    const cleanup = /--with-cleanup\b/.test(t);
    return { name: "sway-systemd", variant: cleanup ? "--with-cleanup" : "without --with-cleanup", stopsOnCrash: cleanup };
  }
  const nixosFile = (0, import_node_path9.basename)(l.file) === "nixos.conf";
  if (nixosFile && (START.test(t) || STOP.test(t))) return { name: "nixos", variant: null, stopsOnCrash: false };
  if (START.test(t) && /swaymsg\s+-mt\s+subscribe\s+'\[\]'\s*\|\|\s*true/.test(t) && STOP.test(t)) {
    return { name: "home-manager", variant: "since 2024", stopsOnCrash: true };
  }
  if (/import-environment\s+\{,WAYLAND_\}DISPLAY/.test(t) && START.test(t)) return { name: "nixos", variant: null, stopsOnCrash: false };
  if (START.test(t) && /(dbus-update-activation-environment\s+--systemd\b.*|systemctl\s+--user\s+import-environment\b[^;]*);\s*systemctl\s+--user\s+start\s+sway-session\.target["']?\s*$/.test(
    t
  )) {
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

// ts/doctor/checks/target.ts
var USE_SWAYSOCK = 'put `exec swaysock session` in Sway\'s config (home-manager: services.swaysock.session.writeSwayConfig = true and services.swaysock.session.starter = "swaysock")';
async function checkTarget(ctx) {
  const [target, sway] = await Promise.all([ctx.target(), ctx.sway()]);
  const out = [];
  const state = `sway-session.target: LoadState=${target.LoadState}, ActiveState=${target.ActiveState}`;
  if (target.LoadState !== "loaded") {
    return [
      problem("sway-session.target is not installed", [state], "install the units: `swaysock units --install --enable` (Nix: services.swaysock.enable = true)")
    ];
  }
  const active = target.ActiveState === "active";
  const swayState = sway ? `live Sway: ${sway.path}` : "no live Sway";
  if (active && !sway) {
    out.push(
      problem(
        "sway-session.target is active but no Sway is alive: its services run without a compositor",
        [state, swayState],
        `systemctl --user stop sway-session.target; then ${USE_SWAYSOCK}, which stops it when Sway ends, crash included`
      )
    );
  } else if (!active && sway) {
    out.push(
      problem(
        "Sway runs but sway-session.target is not active: the services bound to it are not running",
        [state, swayState],
        "start the target from Sway's config; see the starters below"
      )
    );
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
  const includes = config.includes.map(
    (i) => `${i.file}:${i.line}: ${i.text} -> ${i.files.length ? i.files.join(", ") : "nothing"}${i.unresolved.length ? ` (unresolved: ${i.unresolved.join("; ")})` : ""}`
  );
  if (includes.length)
    out.push(info(`Sway's config includes ${config.includes.length} line(s), read from disk now: they may have changed since Sway loaded them`, includes));
  out.push(judgeStarters(recogniseStarters(config.execs, uwsm), config.mainPath));
  return out;
}
function judgeStarters(starters, mainPath) {
  const evidence = starters.flatMap((s2) => s2.evidence.map((e) => `${starterLabel(s2)}: ${e}`));
  if (starters.length === 0) {
    return problem(`nothing in Sway's config (${mainPath} and its includes) starts sway-session.target, and no uwsm unit runs`, [], USE_SWAYSOCK);
  }
  if (starters.length > 1) {
    const crash = starters.map(
      (s2) => `${starterLabel(s2)} ${s2.stopsOnCrash === null ? "may or may not stop it" : s2.stopsOnCrash ? "stops it" : "does not stop it"} when Sway crashes`
    );
    const ours = starters.find((x) => x.name === "swaysock");
    const fix = ours ? `keep swaysock, which stops the target on a crash, and remove the others: ${starters.filter((x) => x !== ours).map(removalHint).join("; ")}` : `keep one and remove the others (${starters.map(removalHint).join("; ")}); better, ${USE_SWAYSOCK} and remove them all`;
    return warning(`${starters.length} starters of sway-session.target: ${starters.map(starterLabel).join(" and ")}; ${crash.join("; ")}`, evidence, fix);
  }
  const s = starters[0];
  if (s.stopsOnCrash === false) {
    return warning(
      `sway-session.target is started by ${starterLabel(s)}, which does not stop it when Sway crashes`,
      evidence,
      `replace it: ${USE_SWAYSOCK}; ${removalHint(s)}`
    );
  }
  return ok(`sway-session.target is started by ${starterLabel(s)}${s.stopsOnCrash ? ", which stops it when Sway ends, crash included" : ""}`, evidence);
}

// ts/doctor/checks/wanted.ts
var PROPS = [
  "Id",
  "LoadState",
  "ActiveState",
  "SubState",
  "Result",
  "NRestarts",
  "Type",
  "ExecMainStatus",
  "ExecMainStartTimestampMonotonic",
  "ConditionResult",
  "ConditionTimestampMonotonic",
  "FragmentPath"
];
var RUNNING = /* @__PURE__ */ new Set(["active", "activating", "reloading", "deactivating"]);
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
    return problem(
      `${unit} is wanted by sway-session.target but does not exist`,
      [state],
      `remove the wants link: \`systemctl --user disable ${unit}\` (or its line in sway-session.target.wants/), or install the unit`
    );
  }
  if (RUNNING.has(p.ActiveState ?? "")) return null;
  const ran = Number(p.ExecMainStartTimestampMonotonic ?? 0) > 0;
  if (p.ActiveState === "inactive" && p.Result === "success" && ran) {
    if (p.Type === "oneshot") return null;
    return warning(
      `${unit} is wanted by sway-session.target but exited by itself (status ${p.ExecMainStatus})`,
      [state],
      `if it should stay up, see \`journalctl --user -u ${unit}\`; a one-shot task should say Type=oneshot`
    );
  }
  if (p.ConditionResult === "no" && Number(p.ConditionTimestampMonotonic ?? 0) > 0)
    return info(`${unit} is wanted by sway-session.target but was skipped: a Condition...= of it is not met`, [state]);
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
  return problem(
    `${unit} is wanted by sway-session.target but inactive, and systemd gives no failure`,
    [state, ...verify.lines.slice(0, 10).map((l) => `systemd-analyze --user verify: ${l}`)],
    `\`systemctl --user start ${unit}\`; if it does not stay up, ${logs}`
  );
}

// ts/doctor/run.ts
var CHECK_DEADLINE_MS = 6e4;
var CHECKS = {
  sway: checkSway,
  environment: checkEnvironment,
  target: checkTarget,
  clients: checkClients,
  wanted: checkWanted,
  sockets: checkSockets,
  daemon: checkDaemon,
  host: checkHost
};
async function guarded(id, ctx) {
  let deadline;
  const late = new Promise((_, reject) => {
    deadline = new Deadline(CHECK_DEADLINE_MS, () => reject(new SwaysockError("ERR_SWAYSOCK_CHECK_DEADLINE", `no result within ${CHECK_DEADLINE_MS} ms`)));
  });
  try {
    const found = await Promise.race([CHECKS[id](ctx), late]);
    return found.map((f) => ({ check: id, ...f }));
  } catch (err) {
    return [{ check: id, severity: "error", summary: `doctor could not run this check: ${err.message}`, evidence: [], fix: null }];
  } finally {
    deadline?.cancel();
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

// ts/doctor/format.ts
var MARK = { ok: "ok", info: "--", warning: "WARN", problem: "PROBLEM", error: "ERROR" };
var COLOUR = { ok: "32", info: "2", warning: "33", problem: "31;1", error: "35" };
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CHECK_DEADLINE_MS,
  formatReport,
  runDoctor
});
