/**
 * The health history: records kept in memory (the last {@link DEFAULT_CAPACITY}) and appended to
 * a JSON-lines file (one record a line, schemas/history-record.schema.json), rotated by size.
 *
 * Durability: lines are written with write(2), never fsync'd: a daemon crash loses nothing, a
 * power loss or kernel crash can lose the lines written in the last seconds (what the kernel
 * had not flushed yet) and leave a torn last line, which the next load skips with a warning.
 * A directory or file that cannot be written (read-only, full, not ours) turns the store into
 * an in-memory one with one warning; it never throws.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../systemd/log.js';
import { MAX_EVENTS_LIMIT } from '../rpc/protocol.js';
import { HISTORY_FILE } from '../paths/paths.js';
import type { HistoryRecord } from '../rpc/records.js';
import { RingBuffer } from './ring.js';
import { selectItems, type HistoryQuery, type RecordView } from './select.js';

/** Default size at which the live file is rotated, in bytes (1 MiB). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/** Default number of rotated files kept (`history.jsonl.1`, `.2`). */
export const DEFAULT_KEEP = 2;
/** Records kept in memory (what `daemon.events` answers from). */
export const DEFAULT_CAPACITY = MAX_EVENTS_LIMIT;
/** Selections whose JSON text is kept until the next record (each at most what its query's `maxBytes` allows). */
export const MAX_CACHED_SELECTIONS = 4;

export interface HistoryStoreOptions {
  /** Directory of the files; null: memory only. */
  dir: string | null;
  /** Rotation size in bytes. */
  maxBytes?: number;
  /** Rotated files kept. */
  keep?: number;
  /** Records kept in memory. */
  capacity?: number;
  log: Logger;
}

/** What {@link readHistory} found. */
export interface HistoryFileContents {
  /** Records, oldest first (rotated files first). */
  records: HistoryRecord[];
  /** Lines that were not a record (a torn last line after a power loss, or garbage), with where. */
  skipped: string[];
}

/** The files of a history in `dir`, oldest first: `history.jsonl.KEEP` ... `.1`, `history.jsonl`. */
export function historyFiles(dir: string, keep = DEFAULT_KEEP): string[] {
  const live = join(dir, HISTORY_FILE);
  return [...Array.from({ length: keep }, (_, i) => `${live}.${keep - i}`), live];
}

/**
 * Reads every history file in `dir` (missing ones are empty). Never throws on content: a line
 * that does not parse as a JSON object with a `type` and a `time` is skipped and named in `skipped`.
 * @throws the read error other than ENOENT or ENOTDIR (EACCES, EISDIR, ...).
 */
export function readHistory(dir: string, keep = DEFAULT_KEEP): HistoryFileContents {
  const out: HistoryFileContents = { records: [], skipped: [] };
  for (const file of historyFiles(dir, keep)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw err;
    }
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      if (line === '') return;
      const record = parseRecord(line);
      if (record === null) out.skipped.push(`${file}:${i + 1}`);
      else out.records.push(record);
    });
  }
  return out;
}

function parseRecord(line: string): HistoryRecord | null {
  try {
    const value = JSON.parse(line) as Partial<HistoryRecord> | null;
    return value !== null && typeof value === 'object' && typeof value.type === 'string' && typeof value.time === 'string' ? (value as HistoryRecord) : null;
  } catch {
    return null;
  }
}

/** The JSON text of a selection of records (an array, oldest first) and its length in bytes. */
export interface RecordsJson {
  json: string;
  bytes: number;
}

/** A record in memory with its JSON text (made once), that text's length in bytes and its time (ms since the epoch). */
interface Stored {
  record: HistoryRecord;
  json: string;
  bytes: number;
  timeMs: number;
}

const storedView: RecordView<Stored> = { record: (s) => s.record, timeMs: (s) => s.timeMs, bytes: (s) => s.bytes };

export class HistoryStore {
  private readonly memory: RingBuffer<Stored>;
  /** The JSON texts of recent selections, by query; emptied by every new record. */
  private readonly selections = new Map<string, RecordsJson>();
  private readonly maxBytes: number;
  private readonly keep: number;
  private fd: number | null = null;
  private size = 0;

  /** The live file, or null while the history is in memory only. */
  get path(): string | null {
    return this.fd === null || this.options.dir === null ? null : join(this.options.dir, HISTORY_FILE);
  }

  /**
   * Loads what the files hold (the last `capacity` records) and opens the live file for appending.
   * Never throws: unreadable or unwritable files leave an in-memory history and one warning.
   */
  constructor(private readonly options: HistoryStoreOptions) {
    this.memory = new RingBuffer(options.capacity ?? DEFAULT_CAPACITY);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.keep = options.keep ?? DEFAULT_KEEP;
    if (options.dir !== null) this.load(options.dir);
  }

  /** Records `record` (memory, and the file while it can be written). */
  append(record: HistoryRecord): void {
    const json = JSON.stringify(record);
    this.remember(record, json);
    if (this.fd === null) return;
    const line = `${json}\n`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      writeSync(this.fd, line);
      this.size += bytes;
    } catch (err) {
      this.degrade(`cannot write the health history (${(err as Error).message})`);
    }
  }

  /** Records in memory that `query` selects, oldest first. */
  query(query: HistoryQuery = {}): HistoryRecord[] {
    return selectItems(this.memory.last(), query, storedView).map((s) => s.record);
  }

  /**
   * The JSON text of what {@link query} selects, made from each record's text kept since it was
   * recorded. The same query until the next record gets the same string (the last
   * {@link MAX_CACHED_SELECTIONS} queries are kept), so many clients asking alike cost one text.
   */
  queryJson(query: HistoryQuery = {}): RecordsJson {
    const key = JSON.stringify([query.sinceMs ?? null, query.types ?? null, query.limit ?? null, query.maxBytes ?? null]);
    const kept = this.selections.get(key);
    if (kept !== undefined) return kept;
    const selected = selectItems(this.memory.last(), query, storedView);
    // One join of all the pieces: a single flat string, no intermediate copies.
    const pieces: string[] = ['['];
    let bytes = 2;
    selected.forEach((s, i) => {
      if (i > 0) pieces.push(',');
      pieces.push(s.json);
      bytes += s.bytes + (i > 0 ? 1 : 0);
    });
    pieces.push(']');
    const text: RecordsJson = { json: pieces.join(''), bytes };
    if (this.selections.size >= MAX_CACHED_SELECTIONS) this.selections.clear();
    this.selections.set(key, text);
    return text;
  }

  /** Closes the file (appends after this stay in memory). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private load(dir: string): void {
    const { log } = this.options;
    try {
      const { records, skipped } = readHistory(dir, this.keep);
      // Only the last `capacity` fit in memory: the older ones are neither serialized nor pushed.
      for (const r of records.slice(-this.memory.capacity)) this.remember(r, JSON.stringify(r));
      if (skipped.length > 0)
        log(
          'warning',
          `skipped ${skipped.length} unreadable line(s) of the health history (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', ...' : ''}); a torn last line is what a power loss leaves`,
        );
    } catch (err) {
      log('warning', `cannot read the health history in ${dir} (${(err as Error).message}); starting it afresh`);
    }
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      this.openLive(dir);
      // A torn last line stays torn (and skipped on load); the next record starts on its own line.
      if (this.size > 0 && this.lastByte() !== 0x0a) this.size += writeSync(this.fd!, '\n');
    } catch (err) {
      this.degrade(`cannot write the health history in ${dir} (${(err as Error).message})`);
    }
  }

  private remember(record: HistoryRecord, json: string): void {
    this.memory.push({ record, json, bytes: Buffer.byteLength(json), timeMs: Date.parse(record.time) });
    this.selections.clear();
  }

  private openLive(dir: string): void {
    this.fd = openSync(join(dir, HISTORY_FILE), 'a+', 0o600);
    this.size = fstatSync(this.fd).size;
  }

  private lastByte(): number {
    const buf = Buffer.alloc(1);
    readSync(this.fd!, buf, 0, 1, this.size - 1);
    return buf[0]!;
  }

  /** `history.jsonl` becomes `.1`, `.1` becomes `.2`, ...; the oldest is overwritten. */
  private rotate(): void {
    const dir = this.options.dir!;
    closeSync(this.fd!);
    this.fd = null;
    const files = historyFiles(dir, this.keep).reverse();
    for (let i = files.length - 1; i > 0; i--) {
      try {
        renameSync(files[i - 1]!, files[i]!);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    this.openLive(dir);
  }

  private degrade(message: string): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // Already unusable.
      }
    }
    this.fd = null;
    this.options.log('warning', `${message}; keeping it in memory only from now on`);
  }
}
