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

// swaysock-units.cjs
var swaysock_units_exports = {};
__export(swaysock_units_exports, {
  BIN_DIR_VARIABLE: () => BIN_DIR_VARIABLE,
  MIGRATE_DROP_IN: () => MIGRATE_DROP_IN,
  MIGRATE_DROP_IN_TEXT: () => MIGRATE_DROP_IN_TEXT,
  MigrateError: () => MigrateError,
  bundleFile: () => bundleFile,
  checkInstallation: () => checkInstallation,
  fixedInstallation: () => fixedInstallation,
  generatedFileProblems: () => generatedFileProblems,
  generatedFiles: () => generatedFiles,
  installUnits: () => installUnits,
  installationProgramWords: () => installationProgramWords,
  migrateUnits: () => migrateUnits,
  nodeFlags: () => nodeFlags,
  programWordsAt: () => programWordsAt,
  renderUnits: () => renderUnits,
  runningInstallation: () => runningInstallation,
  writeGeneratedFiles: () => writeGeneratedFiles
});
module.exports = __toCommonJS(swaysock_units_exports);

// ts/units/install.ts
var import_node_fs2 = require("node:fs");
var import_node_path = require("node:path");

// ts/errors/errors.ts
var SwaysockError = class extends Error {
  code;
  /** @param options `cause`: the error this one reports (kept, not shown in `message`). */
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "SwaysockError";
  }
};

// ts/fs/atomic-write.ts
var import_node_fs = require("node:fs");
function writeFileAtomic(path, text, mode) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    (0, import_node_fs.writeFileSync)(temporary, text, { mode });
    (0, import_node_fs.renameSync)(temporary, path);
  } catch (err) {
    (0, import_node_fs.rmSync)(temporary, { force: true });
    throw err;
  }
}

// ts/systemd/manager.ts
var import_node_child_process = require("node:child_process");
var SYSTEMCTL_QUERY_TIMEOUT_MS = 1e4;
var SYSTEMCTL_RELOAD_TIMEOUT_MS = 3e4;
var SYSTEMCTL_TIMED_OUT = 124;
function systemctlUser(args, timeoutMs = SYSTEMCTL_QUERY_TIMEOUT_MS) {
  return new Promise((resolve) => {
    (0, import_node_child_process.execFile)("systemctl", ["--user", ...args], { timeout: timeoutMs, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err !== null && err.killed === true) {
        resolve({
          code: SYSTEMCTL_TIMED_OUT,
          stdout,
          stderr: `${stderr}systemctl --user ${args.join(" ")} did not finish within ${timeoutMs} ms and was killed
`
        });
        return;
      }
      const code = err === null ? 0 : typeof err.code === "number" ? err.code : err.code === "ENOENT" ? 127 : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

// ts/paths/paths.ts
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
var SYSTEM_USER_UNIT_DIR = "/etc/systemd/user";
var UNITS_JSON_PATH = "units/swaysock-units.json";
var RENDERED_UNITS_DIR = "units/rendered";

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

// ts/units/types.ts
var PLAIN_WORD = /^[A-Za-z0-9._/=:+,@-]+$/;
function assertPlainWord(word) {
  if (!PLAIN_WORD.test(word)) throw new SwaysockError("ERR_SWAYSOCK_UNIT_WORD", `unit argument ${JSON.stringify(word)} would need quoting; use plain words`);
}
function isExecCommand(value) {
  return typeof value === "object" && !Array.isArray(value) && "command" in value;
}
function isSettingRef(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "setting" in value;
}

// ts/units/render.ts
function quoteExecWord(word) {
  const escaped = word.replace(/%/g, "%%").replace(/\$/g, "$$$$");
  if (escaped !== "" && !/[\s"'\\;]/.test(escaped)) return escaped;
  return `"${escaped.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t")}"`;
}
function settingText(settings, name) {
  const value = settings[name];
  if (value === null) throw new SwaysockError("ERR_SWAYSOCK_UNIT_SETTING", `unit setting ${name} has no value`);
  return String(value);
}
function resolveUnit(sections, settings, programWords) {
  const out = {};
  for (const [section, keys] of Object.entries(sections)) {
    const resolved = {};
    for (const [key, value] of Object.entries(keys)) {
      if (isExecCommand(value)) {
        const [program, ...args] = value.command;
        const words = [...programWords(program), ...args.map((a) => isSettingRef(a) ? settingText(settings, a.setting) : a)];
        resolved[key] = words.map(quoteExecWord).join(" ");
      } else if (isSettingRef(value)) {
        resolved[key] = settingText(settings, value.setting);
      } else {
        resolved[key] = Array.isArray(value) ? [...value] : value;
      }
    }
    out[section] = resolved;
  }
  return out;
}
function renderUnitFile(sections) {
  const blocks = Object.entries(sections).map(([section, keys]) => {
    const lines = [`[${section}]`];
    for (const [key, value] of Object.entries(keys)) for (const v of Array.isArray(value) ? value : [value]) lines.push(`${key}=${v}`);
    return lines.join("\n");
  });
  return `# Generated by \`swaysock units\` from swaysock's unit definitions (ts/units/); do not edit.
${blocks.join("\n\n")}
`;
}

// ts/units/install.ts
function selected(name, sel) {
  if (TEXTFILE_UNITS.includes(name)) return sel.settings["metrics.textfile.path"] !== null;
  return name === "swaysock-stable.socket" ? sel.stableSocket : sel.socketActivation;
}
function renderUnits(sel) {
  return Object.entries(UNITS).filter(([name]) => !OPTIONAL_UNITS.includes(name) || selected(name, sel)).map(([name, def]) => {
    const sections = resolveUnit(def, sel.settings, sel.programWords);
    return { name, sections, text: renderUnitFile(sections) };
  });
}
async function installUnits(units, dir, enable) {
  const report = { written: [], linked: [] };
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 493 });
  for (const unit of units) {
    const path = (0, import_node_path.join)(dir, unit.name);
    writeFileAtomic(path, unit.text, 420);
    report.written.push(path);
  }
  if (!enable) return report;
  for (const unit of units) {
    const wantedBy = unit.sections.Install?.WantedBy ?? [];
    for (const target of Array.isArray(wantedBy) ? wantedBy : [wantedBy]) {
      const wants = (0, import_node_path.join)(dir, `${target}.wants`);
      (0, import_node_fs2.mkdirSync)(wants, { recursive: true, mode: 493 });
      const link = (0, import_node_path.join)(wants, unit.name);
      (0, import_node_fs2.rmSync)(link, { force: true });
      (0, import_node_fs2.symlinkSync)((0, import_node_path.join)(dir, unit.name), link);
      report.linked.push(link);
    }
  }
  const reload = await systemctlUser(["daemon-reload"], SYSTEMCTL_RELOAD_TIMEOUT_MS);
  if (reload.code !== 0) throw new SwaysockError("ERR_SWAYSOCK_EXEC", `systemctl --user daemon-reload failed (exit ${reload.code}): ${reload.stderr.trim()}`);
  return report;
}

// ts/units/installation.ts
var import_node_fs3 = require("node:fs");
var import_node_path2 = require("node:path");

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

// ts/units/installation.ts
var BIN_DIR_VARIABLE = "SWAYSOCK_BIN_DIR";
function runningInstallation(script = process.argv[1], execPath = process.execPath, env = process.env) {
  if (!script) throw new SwaysockError("ERR_SWAYSOCK_INSTALLATION", "cannot tell where swaysock is installed: process.argv[1] is unset");
  const bundleDir = (0, import_node_path2.dirname)((0, import_node_fs3.realpathSync)(script));
  const binDir = env[BIN_DIR_VARIABLE] || null;
  if (binDir !== null && !(0, import_node_path2.isAbsolute)(binDir)) throw new SwaysockError("ERR_SWAYSOCK_INSTALLATION", `${BIN_DIR_VARIABLE}=${binDir} is not an absolute path`);
  return { node: (0, import_node_fs3.realpathSync)(execPath), bundleDir, root: (0, import_node_path2.dirname)(bundleDir), binDir };
}
function bundleFile(program) {
  return (0, import_node_path2.basename)(package_default.bin[program]);
}
function nodeFlags(program) {
  return package_default.swaysock.nodeFlags[program] ?? [];
}
function fixedInstallation(prefix) {
  const root = (0, import_node_path2.join)(prefix, "lib", "node_modules", "swaysock");
  return { node: (0, import_node_path2.join)(prefix, "bin", "node"), bundleDir: (0, import_node_path2.join)(root, "dist"), root, binDir: null };
}
function programWordsAt(inst) {
  return (program) => inst.binDir !== null ? [(0, import_node_path2.join)(inst.binDir, program)] : [inst.node, ...nodeFlags(program), (0, import_node_path2.join)(inst.bundleDir, bundleFile(program))];
}
function checkInstallation(inst, program) {
  const file = inst.binDir !== null ? (0, import_node_path2.join)(inst.binDir, program) : (0, import_node_path2.join)(inst.bundleDir, bundleFile(program));
  if (!(0, import_node_fs3.existsSync)(file)) throw new SwaysockError("ERR_SWAYSOCK_INSTALLATION", `${file} does not exist: this installation of swaysock lacks ${program}`);
}
function installationProgramWords(inst) {
  const words = programWordsAt(inst);
  return (program) => {
    checkInstallation(inst, program);
    return words(program);
  };
}

// ts/units/generated.ts
var import_node_fs4 = require("node:fs");
var import_node_path3 = require("node:path");

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

// ts/units/json.ts
function unitsJson() {
  for (const sections of Object.values(UNITS)) {
    for (const keys of Object.values(sections)) {
      for (const value of Object.values(keys)) {
        if (!isExecCommand(value)) continue;
        for (const word of value.command) if (!isSettingRef(word)) assertPlainWord(word);
      }
    }
  }
  const doc = {
    version: 1,
    generatedBy: "npm run units:generate (ts/units/); do not edit",
    settings: DEFAULT_SETTINGS,
    optional: OPTIONAL_UNITS,
    units: UNITS
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// ts/units/rendered.ts
var RENDERED_PREFIX = "/usr";
var RENDERED_TEXTFILE_DIR = "/var/lib/prometheus/node-exporter";
var RENDERED_SETS = {
  // `swaysock units --install`.
  default: { socketActivation: false, stableSocket: false, settings: DEFAULT_SETTINGS },
  // `--socket-activation --stable-socket --metrics-textfile-dir /var/lib/prometheus/node-exporter`.
  "all-optional": {
    socketActivation: true,
    stableSocket: true,
    settings: { ...DEFAULT_SETTINGS, "metrics.textfile.path": `${RENDERED_TEXTFILE_DIR}/${TEXTFILE_NAME}` }
  }
};
function renderedFiles() {
  const programWords = programWordsAt(fixedInstallation(RENDERED_PREFIX));
  const out = /* @__PURE__ */ new Map();
  for (const [set, selection] of Object.entries(RENDERED_SETS)) {
    for (const unit of renderUnits({ ...selection, programWords })) out.set(`${RENDERED_UNITS_DIR}/${set}/${unit.name}`, unit.text);
  }
  return out;
}

// ts/units/generated.ts
function generatedFiles() {
  return new Map([[UNITS_JSON_PATH, unitsJson()], ...renderedFiles()]);
}
function filesUnder(dir) {
  let entries;
  try {
    entries = (0, import_node_fs4.readdirSync)(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => e.isDirectory() ? filesUnder((0, import_node_path3.join)(dir, e.name)) : [(0, import_node_path3.join)(dir, e.name)]);
}
function generatedFileProblems(root) {
  const expected = generatedFiles();
  const problems = [];
  for (const [rel, text] of expected) {
    const path = (0, import_node_path3.join)(root, rel);
    let committed;
    try {
      committed = (0, import_node_fs4.readFileSync)(path, "utf8");
    } catch (err) {
      problems.push({ path, problem: err.code === "ENOENT" ? "missing" : "unreadable", detail: err.message });
      continue;
    }
    if (committed !== text) problems.push({ path, problem: "stale" });
  }
  for (const path of filesUnder((0, import_node_path3.join)(root, RENDERED_UNITS_DIR))) if (!expected.has((0, import_node_path3.relative)(root, path))) problems.push({ path, problem: "extra" });
  return problems;
}
function writeGeneratedFiles(root) {
  const expected = generatedFiles();
  const written = [];
  for (const [rel, text] of expected) {
    const path = (0, import_node_path3.join)(root, rel);
    (0, import_node_fs4.mkdirSync)((0, import_node_path3.dirname)(path), { recursive: true });
    (0, import_node_fs4.writeFileSync)(path, text);
    written.push(path);
  }
  const removed = filesUnder((0, import_node_path3.join)(root, RENDERED_UNITS_DIR)).filter((path) => !expected.has((0, import_node_path3.relative)(root, path)));
  for (const path of removed) {
    (0, import_node_fs4.rmSync)(path);
    try {
      (0, import_node_fs4.rmdirSync)((0, import_node_path3.dirname)(path));
    } catch {
    }
  }
  return { written, removed };
}

// ts/units/migrate.ts
var import_node_fs5 = require("node:fs");
var import_node_path4 = require("node:path");
var MIGRATE_DROP_IN = "swaysock-session.conf";
var MIGRATE_DROP_IN_TEXT = `# Written by swaysock migrate: bind this service to the Sway session.
[Unit]
After=sway-session.target
PartOf=sway-session.target
`;
var MigrateError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_MIGRATE", message);
    this.name = "MigrateError";
  }
};
async function migrateUnits(units, unitDir, systemDir = SYSTEM_USER_UNIT_DIR) {
  const fragments = [];
  for (const unit of units) {
    if (!/^[\w:.@\\-]+\.service$/.test(unit)) throw new MigrateError(`${unit}: only services can be migrated (name it UNIT.service)`);
    const show = await systemctlUser(["show", "--property=FragmentPath,LoadState", unit]);
    if (show.code !== 0) throw new MigrateError(`${unit}: the user manager did not answer (${show.stderr.trim() || `exit ${show.code}`})`);
    const props = Object.fromEntries(
      show.stdout.trim().split("\n").map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)])
    );
    if (props.LoadState !== "loaded" || !props.FragmentPath) throw new MigrateError(`${unit}: no such unit is loaded (LoadState=${props.LoadState ?? "?"})`);
    fragments.push(props.FragmentPath);
  }
  const results = units.map((unit, i) => ({ ...migrateOne(unit, fragments[i], unitDir), systemLinks: systemLinks(unit, systemDir) }));
  const reload = await systemctlUser(["daemon-reload"], SYSTEMCTL_RELOAD_TIMEOUT_MS);
  if (reload.code !== 0) throw new MigrateError(`systemctl --user daemon-reload failed (exit ${reload.code}): ${reload.stderr.trim()}`);
  return results;
}
function systemLinks(unit, systemDir) {
  let dirs;
  try {
    dirs = (0, import_node_fs5.readdirSync)(systemDir).filter((d) => d.endsWith(".wants")).sort();
  } catch {
    return [];
  }
  return dirs.map((d) => (0, import_node_path4.join)(systemDir, d, unit)).filter((path) => (0, import_node_fs5.lstatSync)(path, { throwIfNoEntry: false }) !== void 0);
}
function migrateOne(unit, fragment, unitDir) {
  const dropInDir = (0, import_node_path4.join)(unitDir, `${unit}.d`);
  (0, import_node_fs5.mkdirSync)(dropInDir, { recursive: true });
  const dropIn = (0, import_node_path4.join)(dropInDir, MIGRATE_DROP_IN);
  (0, import_node_fs5.writeFileSync)(dropIn, MIGRATE_DROP_IN_TEXT);
  const oldLink = (0, import_node_path4.join)(unitDir, "graphical-session.target.wants", unit);
  const newDir = (0, import_node_path4.join)(unitDir, "sway-session.target.wants");
  const newLink = (0, import_node_path4.join)(newDir, unit);
  (0, import_node_fs5.mkdirSync)(newDir, { recursive: true });
  const old = (0, import_node_fs5.lstatSync)(oldLink, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if ((0, import_node_fs5.lstatSync)(newLink, { throwIfNoEntry: false })) {
    if (old) (0, import_node_fs5.unlinkSync)(oldLink);
    return { unit, dropIn, wants: "kept", removedOldLink: old ? oldLink : null };
  }
  if (old) {
    (0, import_node_fs5.renameSync)(oldLink, newLink);
    return { unit, dropIn, wants: "moved", removedOldLink: null };
  }
  (0, import_node_fs5.symlinkSync)(fragment, newLink);
  return { unit, dropIn, wants: "created", removedOldLink: null };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  BIN_DIR_VARIABLE,
  MIGRATE_DROP_IN,
  MIGRATE_DROP_IN_TEXT,
  MigrateError,
  bundleFile,
  checkInstallation,
  fixedInstallation,
  generatedFileProblems,
  generatedFiles,
  installUnits,
  installationProgramWords,
  migrateUnits,
  nodeFlags,
  programWordsAt,
  renderUnits,
  runningInstallation,
  writeGeneratedFiles
});
