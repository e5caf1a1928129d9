/**
 * `swaysock history [--since 2h] [--json] [--socket PATH] [--history-dir DIR]`: the health history
 * (status changes with their causes, environment repairs, cleanup removals, validation summaries),
 * from the daemon (`daemon.events`) or, when no daemon answers or `--history-dir` is given, from
 * the history files. Text:
 * one line per record, then a status timeline and a latency sparkline of the period.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasCode, SwaysockError } from '../../errors/errors.js';
import { HISTORY_FILE, historyDir, historyDirs } from '../../paths/paths.js';
import { selectRecords } from '../../history/select.js';
import { RECORD_TYPES, type HistoryRecord } from '../../rpc/records.js';
import { DaemonClient } from '../../rpc/client.js';
import { defineCommand } from '../command.js';
import { DAEMON_OPTIONS, daemonSocketPath, daemonTimeoutMs, isNoAnswer } from '../daemon.js';
import { UsageError } from '../usage.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * `--since`: a duration back from `nowMs` (`90s`, `30m`, `2h`, `7d`) or an ISO 8601 time.
 * @returns ms since the epoch. @throws UsageError for anything else.
 */
export function parseSince(text: string, nowMs: number): number {
  const m = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text);
  if (m) return nowMs - Number(m[1]) * UNIT_MS[m[2]!]!;
  const t = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(t)) throw new UsageError(`--since needs a duration such as 2h, 30m, 90s, 7d or an ISO 8601 time, not '${text}'`);
  return t;
}

/** The directory whose history files are read: `--history-dir`, else the first that has a history file. */
function filesDir(explicit: string | undefined): string | null {
  if (explicit !== undefined) return explicit;
  const own = historyDir(process.env);
  const dirs = own === null ? historyDirs(process.env) : [own, ...historyDirs(process.env)];
  return dirs.find((d) => existsSync(join(d, HISTORY_FILE))) ?? null;
}

/** Asks the daemon; null when none answers (unreachable, or no answer within `timeoutMs`). */
async function fromDaemon(socket: string, timeoutMs: number, sinceMs: number | undefined): Promise<HistoryRecord[] | null> {
  let client: DaemonClient;
  try {
    client = await DaemonClient.connect(socket, { timeoutMs });
  } catch (err) {
    if (hasCode(err, 'ERR_SWAYSOCK_DAEMON_UNREACHABLE')) return null;
    throw err;
  }
  try {
    const params = sinceMs === undefined ? { types: RECORD_TYPES } : { types: RECORD_TYPES, since: new Date(sinceMs).toISOString() };
    return await client.call('daemon.events', params);
  } catch (err) {
    if (isNoAnswer(err)) return null;
    throw err;
  } finally {
    client.close();
  }
}

export const historyCommand = defineCommand({
  words: ['history'],
  describe: 'Show the health history (from the daemon, or its files when none answers)',
  options: {
    ...DAEMON_OPTIONS,
    since: { type: 'string', value: 'WHEN', describe: 'Only records since WHEN: 2h, 30m, 90s, 7d, or an ISO 8601 time' },
    'history-dir': {
      type: 'string',
      value: 'DIR',
      describe: 'Read the history files in DIR instead of asking the daemon (all of them, not only what the daemon holds)',
    },
  },
  run: async (args) => {
    const now = Date.now();
    const sinceMs = args.since === undefined ? undefined : parseSince(args.since, now);
    let records = args['history-dir'] === undefined ? await fromDaemon(daemonSocketPath(args), daemonTimeoutMs(args), sinceMs) : null;
    if (records === null) {
      const { readHistory } = await import('../../history/store.js');
      const dir = filesDir(args['history-dir']);
      if (dir === null)
        throw new SwaysockError(
          'ERR_SWAYSOCK_NO_HISTORY',
          'no daemon answers and no health history file was found (looked in $STATE_DIRECTORY, $XDG_STATE_HOME/swaysock and $XDG_CONFIG_HOME/swaysock)',
        );
      const read = readHistory(dir);
      if (read.skipped.length > 0) process.stderr.write(`swaysock: skipped ${read.skipped.length} unreadable line(s) (${read.skipped.join(', ')})\n`);
      if (args['history-dir'] === undefined) process.stderr.write(`swaysock: no daemon answers; read ${join(dir, HISTORY_FILE)}\n`);
      records = selectRecords(read.records, { sinceMs });
    }
    if (args.json) {
      process.stdout.write(`${JSON.stringify(records)}\n`);
      return;
    }
    const { renderHistory } = await import('../../history/render.js');
    const from = sinceMs ?? (records.length > 0 ? Date.parse(records[0]!.time) : now);
    process.stdout.write(renderHistory(records, from, now));
  },
});
