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

// swaysock-history.cjs
var swaysock_history_exports = {};
__export(swaysock_history_exports, {
  DEFAULT_CAPACITY: () => DEFAULT_CAPACITY,
  DEFAULT_KEEP: () => DEFAULT_KEEP,
  DEFAULT_MAX_BYTES: () => DEFAULT_MAX_BYTES,
  HistoryStore: () => HistoryStore,
  MAX_CACHED_SELECTIONS: () => MAX_CACHED_SELECTIONS,
  formatRecord: () => formatRecord,
  historyFiles: () => historyFiles,
  latencySparkline: () => latencySparkline,
  readHistory: () => readHistory,
  renderHistory: () => renderHistory,
  statusSlices: () => statusSlices,
  timeline: () => timeline
});
module.exports = __toCommonJS(swaysock_history_exports);

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
  const line = slots.map((v) => v === null ? " " : SPARK[max === 0 ? 0 : Math.min(SPARK.length - 1, Math.floor(v / max * (SPARK.length - 1)))]).join("");
  return { line, maxMs: max };
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
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// ts/rpc/protocol.ts
var MAX_LINE_BYTES = 64 * 1024;
var MAX_ANSWER_BYTES = 256 * 1024;
var MAX_EVENTS_ANSWER_BYTES = 192 * 1024;
var MAX_EVENTS_LIMIT = 2048;
var METHOD_SCHEMAS = {
  get_socket_health: { params: "none", result: "socket-health" },
  subscribe: { params: "none", result: "socket-health" },
  "daemon.status": { params: "none", result: "daemon-status" },
  "daemon.events": { params: "daemon.events", result: "health-events" },
  "daemon.metrics": { params: "none", result: null },
  "cleanup.removed": { params: "cleanup.removed", result: null }
};
var METHOD_NAMES = Object.keys(METHOD_SCHEMAS);

// ts/paths/paths.ts
var HISTORY_FILE = "history.jsonl";

// ts/history/ring.ts
var RingBuffer = class {
  /** @param capacity how many items to keep (≥ 1). */
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  push(item) {
    this.items.push(item);
    if (this.items.length > this.capacity) this.items.shift();
  }
  /** The last `n` items (all by default), oldest first. */
  last(n = this.capacity) {
    return this.items.slice(-n);
  }
};

// ts/history/select.ts
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

// ts/history/store.ts
var DEFAULT_MAX_BYTES = 1024 * 1024;
var DEFAULT_KEEP = 2;
var DEFAULT_CAPACITY = MAX_EVENTS_LIMIT;
var MAX_CACHED_SELECTIONS = 4;
function historyFiles(dir, keep = DEFAULT_KEEP) {
  const live = (0, import_node_path.join)(dir, HISTORY_FILE);
  return [...Array.from({ length: keep }, (_, i) => `${live}.${keep - i}`), live];
}
function readHistory(dir, keep = DEFAULT_KEEP) {
  const out = { records: [], skipped: [] };
  for (const file of historyFiles(dir, keep)) {
    let text;
    try {
      text = (0, import_node_fs.readFileSync)(file, "utf8");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw err;
    }
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (line === "") return;
      const record = parseRecord(line);
      if (record === null) out.skipped.push(`${file}:${i + 1}`);
      else out.records.push(record);
    });
  }
  return out;
}
function parseRecord(line) {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === "object" && typeof value.type === "string" && typeof value.time === "string" ? value : null;
  } catch {
    return null;
  }
}
var storedView = { record: (s) => s.record, timeMs: (s) => s.timeMs, bytes: (s) => s.bytes };
var HistoryStore = class {
  /**
   * Loads what the files hold (the last `capacity` records) and opens the live file for appending.
   * Never throws: unreadable or unwritable files leave an in-memory history and one warning.
   */
  constructor(options) {
    this.options = options;
    this.memory = new RingBuffer(options.capacity ?? DEFAULT_CAPACITY);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.keep = options.keep ?? DEFAULT_KEEP;
    if (options.dir !== null) this.load(options.dir);
  }
  options;
  memory;
  /** The JSON texts of recent selections, by query; emptied by every new record. */
  selections = /* @__PURE__ */ new Map();
  maxBytes;
  keep;
  fd = null;
  size = 0;
  /** The live file, or null while the history is in memory only. */
  get path() {
    return this.fd === null || this.options.dir === null ? null : (0, import_node_path.join)(this.options.dir, HISTORY_FILE);
  }
  /** Records `record` (memory, and the file while it can be written). */
  append(record) {
    const json = JSON.stringify(record);
    this.remember(record, json);
    if (this.fd === null) return;
    const line = `${json}
`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      (0, import_node_fs.writeSync)(this.fd, line);
      this.size += bytes;
    } catch (err) {
      this.degrade(`cannot write the health history (${err.message})`);
    }
  }
  /** Records in memory that `query` selects, oldest first. */
  query(query = {}) {
    return selectItems(this.memory.last(), query, storedView).map((s) => s.record);
  }
  /**
   * The JSON text of what {@link query} selects, made from each record's text kept since it was
   * recorded. The same query until the next record gets the same string (the last
   * {@link MAX_CACHED_SELECTIONS} queries are kept), so many clients asking alike cost one text.
   */
  queryJson(query = {}) {
    const key = JSON.stringify([query.sinceMs ?? null, query.types ?? null, query.limit ?? null, query.maxBytes ?? null]);
    const kept = this.selections.get(key);
    if (kept !== void 0) return kept;
    const selected = selectItems(this.memory.last(), query, storedView);
    const pieces = ["["];
    let bytes = 2;
    selected.forEach((s, i) => {
      if (i > 0) pieces.push(",");
      pieces.push(s.json);
      bytes += s.bytes + (i > 0 ? 1 : 0);
    });
    pieces.push("]");
    const text = { json: pieces.join(""), bytes };
    if (this.selections.size >= MAX_CACHED_SELECTIONS) this.selections.clear();
    this.selections.set(key, text);
    return text;
  }
  /** Closes the file (appends after this stay in memory). */
  close() {
    if (this.fd !== null) (0, import_node_fs.closeSync)(this.fd);
    this.fd = null;
  }
  load(dir) {
    const { log } = this.options;
    try {
      const { records, skipped } = readHistory(dir, this.keep);
      for (const r of records.slice(-this.memory.capacity)) this.remember(r, JSON.stringify(r));
      if (skipped.length > 0)
        log(
          "warning",
          `skipped ${skipped.length} unreadable line(s) of the health history (${skipped.slice(0, 3).join(", ")}${skipped.length > 3 ? ", ..." : ""}); a torn last line is what a power loss leaves`
        );
    } catch (err) {
      log("warning", `cannot read the health history in ${dir} (${err.message}); starting it afresh`);
    }
    try {
      (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
      this.openLive(dir);
      if (this.size > 0 && this.lastByte() !== 10) this.size += (0, import_node_fs.writeSync)(this.fd, "\n");
    } catch (err) {
      this.degrade(`cannot write the health history in ${dir} (${err.message})`);
    }
  }
  remember(record, json) {
    this.memory.push({ record, json, bytes: Buffer.byteLength(json), timeMs: Date.parse(record.time) });
    this.selections.clear();
  }
  openLive(dir) {
    this.fd = (0, import_node_fs.openSync)((0, import_node_path.join)(dir, HISTORY_FILE), "a+", 384);
    this.size = (0, import_node_fs.fstatSync)(this.fd).size;
  }
  lastByte() {
    const buf = Buffer.alloc(1);
    (0, import_node_fs.readSync)(this.fd, buf, 0, 1, this.size - 1);
    return buf[0];
  }
  /** `history.jsonl` becomes `.1`, `.1` becomes `.2`, ...; the oldest is overwritten. */
  rotate() {
    const dir = this.options.dir;
    (0, import_node_fs.closeSync)(this.fd);
    this.fd = null;
    const files = historyFiles(dir, this.keep).reverse();
    for (let i = files.length - 1; i > 0; i--) {
      try {
        (0, import_node_fs.renameSync)(files[i - 1], files[i]);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
      }
    }
    this.openLive(dir);
  }
  degrade(message) {
    if (this.fd !== null) {
      try {
        (0, import_node_fs.closeSync)(this.fd);
      } catch {
      }
    }
    this.fd = null;
    this.options.log("warning", `${message}; keeping it in memory only from now on`);
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_CAPACITY,
  DEFAULT_KEEP,
  DEFAULT_MAX_BYTES,
  HistoryStore,
  MAX_CACHED_SELECTIONS,
  formatRecord,
  historyFiles,
  latencySparkline,
  readHistory,
  renderHistory,
  statusSlices,
  timeline
});
