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
      "swaysock-healthd": ["--max-semi-space-size=1"]
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
    lint: "npm run lint:deps",
    "lint:deps": "depcruise ts tests bench scripts --config .dependency-cruiser.cjs",
    test: "npm run lint && tsc --noEmit -p . && node scripts/build.mjs --check && tap",
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
    "dependency-cruiser": "17.4.3",
    esbuild: "^0.28.2",
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
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: "a Sway config `include` that doctor does not expand (command substitution)",
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
var SS_TIMEOUT_MS = 2e3;
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
function unitOfCgroup(path) {
  const parts = path.split("/").filter((p) => /\.(service|scope)$/.test(p));
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
function canonical(path) {
  try {
    return (0, import_node_fs.realpathSync)(path);
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

// ts/systemd/manager.ts
var import_node_child_process2 = require("node:child_process");
function systemctlUser(args, timeoutMs = 5e3) {
  return new Promise((resolve2) => {
    (0, import_node_child_process2.execFile)("systemctl", ["--user", ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
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
var SYSTEMCTL_TIMEOUT_MS = 3e3;
async function showRecords(names, props) {
  const r = await systemctlUser(["show", "-p", props.join(","), "--", ...names], SYSTEMCTL_TIMEOUT_MS);
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
function linkChain(path) {
  const chain = [path];
  let p = path;
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

// ts/doctor/checks/daemon.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// ts/rpc/client.ts
var import_node_events = require("node:events");

// ts/net/connect.ts
var import_node_net = require("node:net");
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
    super("ERR_SWAYSOCK_DAEMON_RPC", `${message} (JSON-RPC error ${rpcCode})${data === void 0 ? "" : `: ${typeof data === "string" ? data : JSON.stringify(data)}`}`);
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
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new DaemonRpcError(message.error.code, message.error.message, message.error.data));
      else pending.resolve(message.result);
    }
  }
};

// ts/doctor/checks/daemon.ts
var DAEMON_TIMEOUT_MS = 1e3;
var UNIT = "swaysock-healthd.service";
function permissionProblems(socketPath, uid) {
  const bad = [];
  for (const [path, want] of [[(0, import_node_path3.dirname)(socketPath), "directory"], [socketPath, "socket"]]) {
    let st;
    try {
      st = (0, import_node_fs3.lstatSync)(path);
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
    if (status.stable_socket) out.push(relayFinding(status.stable_socket));
  } catch (err) {
    out.push(problem(`${UNIT} is active but does not answer on ${socketPath}: ${err.message}`, [state], `systemctl --user restart ${UNIT}`));
  } finally {
    client?.close();
  }
  const perms = permissionProblems(socketPath, ctx.uid);
  if (perms.length > 0) out.push(problem("the daemon's socket or its directory is not private to you", perms, `systemctl --user restart ${UNIT} (it recreates both: directory 0700, socket 0600)`));
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
    let buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = null;
    const frames = [];
    let offset = 0;
    while (buf.length - offset >= IPC_HEADER_BYTES) {
      if (buf.compare(IPC_MAGIC, 0, 6, offset, offset + 6) !== 0) {
        throw new IpcProtocolError("ERR_SWAYSOCK_IPC_BAD_MAGIC", `bad IPC magic ${JSON.stringify(buf.toString("latin1", offset, offset + 6))}, expected "i3-ipc"`);
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

// ts/liveness/probe.ts
var import_node_fs4 = require("node:fs");
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
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
  const prefix = (0, import_node_path4.join)(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = (0, import_node_fs5.readlinkSync)((0, import_node_path4.join)(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push((0, import_node_path4.basename)(target, ".lock"));
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
async function validateSwaySocket(path, uid, timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS, exclude = []) {
  const file = await inspectSocketFile(path, uid);
  if (file.kind !== "socket") return null;
  if (exclude.some((e) => sameIdentity(e, file.identity))) return null;
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

// ts/doctor/context.ts
var IPC_TIMEOUT_MS = 500;
var KNOWN_PROPERTIES = ["LoadState", "ActiveState", "SubState", "Result", "Type", "WatchdogUSec", "NRestarts", "Wants", "Requires", "FragmentPath", "ExecMainStatus", "LastTriggerUSec"];
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

// ts/doctor/checks/host.ts
var import_node_child_process4 = require("node:child_process");
var import_node_fs6 = require("node:fs");
var import_node_os2 = require("node:os");

// ts/doctor/analyze.ts
var import_node_child_process3 = require("node:child_process");
var ANALYZE_TIMEOUT_MS = 5e3;
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
var isCycleLine = (line) => /ordering cycle|Found dependency on/.test(line);
function cycleLines(lines, unit) {
  const cycle = lines.filter(isCycleLine);
  return cycle.some((l) => l.includes(unit)) ? cycle : [];
}

// ts/doctor/checks/host.ts
var LOGINCTL_TIMEOUT_MS = 2e3;
function linger(user) {
  return new Promise((resolve2) => {
    (0, import_node_child_process4.execFile)("loginctl", ["show-user", user, "--property=Linger", "--value"], { timeout: LOGINCTL_TIMEOUT_MS, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err === null) resolve2(stdout.trim());
      else resolve2(new SwaysockError("ERR_SWAYSOCK_EXEC", err.code === "ENOENT" ? "loginctl is not on PATH" : (stderr.trim() || err.message).replace(/\s*\n\s*/g, "; ")));
    });
  });
}
function runtimeDirFinding(ctx) {
  const dir = ctx.env.XDG_RUNTIME_DIR;
  if (!dir) return problem("XDG_RUNTIME_DIR is not set: Sway refuses to start and nothing can find its socket", [], "log in through a session manager (pam_systemd sets it), or export XDG_RUNTIME_DIR=/run/user/$(id -u)");
  let st;
  try {
    st = (0, import_node_fs6.statSync)(dir);
  } catch (err) {
    return problem(`XDG_RUNTIME_DIR=${dir} cannot be read: ${err.code}`, [], "log in again so that systemd-logind creates it");
  }
  const facts = [`${dir}: owner UID ${st.uid}, mode ${(st.mode & 511).toString(8)}`];
  if (!st.isDirectory() || st.uid !== ctx.uid || (st.mode & 63) !== 0) return problem(`XDG_RUNTIME_DIR=${dir} is not a directory of yours with mode 0700`, facts, `chmod 0700 ${dir} (and check who created it)`);
  return ok(`XDG_RUNTIME_DIR=${dir} is yours, mode 0700`, facts);
}
async function lingerFinding(ctx) {
  const swayUnit = await ctx.swayUnit();
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
function notOwnerOnly(path, st, uid) {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
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
    fd = (0, import_node_fs8.openSync)(path, import_node_fs8.constants.O_RDONLY | import_node_fs8.constants.O_NOFOLLOW | import_node_fs8.constants.O_NONBLOCK);
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
function writeTemporary(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`;
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
async function tryAcquireLock(path, extra, options = {}) {
  const procRoot = options.procRoot ?? "/proc";
  const deadline = options.deadline ?? Date.now() + DEFAULT_LOCK_TIMEOUT_MS;
  ensurePrivateDir((0, import_node_path6.dirname)(path));
  const self = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = writeTemporary(path, `${JSON.stringify(holder)}
`);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs8.linkSync)(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              const current2 = readLockRecord(path);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since) (0, import_node_fs8.unlinkSync)(path);
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
      (0, import_node_fs8.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path, procRoot, deadline) {
  const breakLock = `${path}.break`;
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
    if (Date.now() >= deadline) throw new LockTimeoutError(path, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if ((0, import_node_fs8.existsSync)(path) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs8.unlinkSync)(path);
  } finally {
    (0, import_node_fs8.rmdirSync)(breakLock);
  }
}

// ts/cleanup/decide.ts
var import_node_path7 = require("node:path");
async function decide(dir, name, ctx) {
  const path = (0, import_node_path7.join)(dir, name);
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
    (0, import_node_fs9.readdirSync)(dir);
  } catch (err) {
    const code = err.code;
    throw new CleanupError(`cannot read the runtime directory ${dir}: ${code === "ENOENT" ? "it does not exist" : code === "ENOTDIR" ? "not a directory" : code ?? err.message}`);
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
function unlinkIfUnchanged(path, identity) {
  try {
    const st = (0, import_node_fs9.lstatSync)(path);
    if (!sameIdentity(st, identity) || !st.isSocket()) return "replaced";
    (0, import_node_fs9.unlinkSync)(path);
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

// ts/doctor/checks/sway.ts
var describe = (c) => `${c.path}: Sway ${c.version.human_readable}${c.pid === null ? "" : `, PID ${c.pid} (${c.process})`}`;
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

// ts/doctor/sway-config.ts
var import_node_fs10 = require("node:fs");
var import_node_path8 = require("node:path");
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
var GLOB = /[*?[]/;
function expandGlob(pattern) {
  let paths = ["/"];
  for (const segment of pattern.split("/").filter((s) => s !== "")) {
    const next = [];
    for (const dir of paths) {
      if (!GLOB.test(segment)) {
        next.push((0, import_node_path8.join)(dir, segment));
        continue;
      }
      let names;
      try {
        names = (0, import_node_fs10.readdirSync)(dir);
      } catch {
        continue;
      }
      const re = segmentRegExp(segment);
      for (const n of names.filter((n2) => re.test(n2)).sort()) next.push((0, import_node_path8.join)(dir, n));
    }
    paths = next;
  }
  return paths;
}
function includeWords(arg, baseDir, env) {
  if (/\$\(|`/.test(arg)) throw new SwaysockError("ERR_SWAYSOCK_INCLUDE_UNRESOLVED", `command substitution in ${JSON.stringify(arg)} is not run by doctor`);
  const expanded = arg.replace(/(^|\s)~(?=\/|\s|$)/g, (_, pre) => `${pre}${env.HOME ?? "~"}`).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a, b) => env[a ?? b] ?? "");
  return expanded.split(/\s+/).filter((w) => w !== "").map((w) => (0, import_node_path8.isAbsolute)(w) ? w : (0, import_node_path8.join)(baseDir, w));
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
        const matches = GLOB.test(word) ? expandGlob(word) : [word];
        if (matches.length === 0) inc.unresolved.push(`${word}: no file matches`);
        for (const path of matches) {
          let real;
          let body;
          try {
            real = (0, import_node_fs10.realpathSync)(path);
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

// ts/doctor/checks/target.ts
var USE_SWAYSOCK = 'put `exec swaysock session` in Sway\'s config (home-manager: services.swaysock.session.writeSwayConfig = true and services.swaysock.session.starter = "swaysock")';
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

// ts/doctor/checks/wanted.ts
var PROPS = ["Id", "LoadState", "ActiveState", "SubState", "Result", "NRestarts", "Type", "ExecMainStatus", "ExecMainStartTimestampMonotonic", "ConditionResult", "ConditionTimestampMonotonic", "FragmentPath"];
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

// ts/doctor/run.ts
var CHECK_DEADLINE_MS = 8e3;
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
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new SwaysockError("ERR_SWAYSOCK_CHECK_DEADLINE", `no result within ${CHECK_DEADLINE_MS} ms`)), CHECK_DEADLINE_MS);
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
