/**
 * Bursts of real Sway IPC clients that connect together: `swaymsg -t get_version` processes and
 * python3-i3ipc threads (`i3ipc.Connection(path).get_version()`), run as the test user. Each
 * client is started first and waits, ready, on its stdin; once every one has said so, one line to
 * each releases them all, so their connects meet as a session start's do (bars, daemons, scripts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { swayEnv } from './sway.js';
import { waitFor } from './user-manager.js';
import { asTestUser } from './user.js';

/** How one client ended. */
export interface ClientResult {
  client: 'swaymsg' | 'i3ipc';
  /** It got the `GET_VERSION` reply. */
  ok: boolean;
  /** The answering Sway's `loaded_config_file_name` (which Sway answered), when ok. */
  config: string | null;
  /** What it printed on failure. */
  error: string;
}

export interface Burst {
  /** Releases every client at once (after they are all ready). */
  go(): void;
  /** Results so far (one per client that has ended). */
  results(): ClientResult[];
  /** Waits until every client has ended, at most `timeoutMs`; @throws when some still run then. */
  finished(timeoutMs: number): Promise<ClientResult[]>;
}

// Debian's python3-i3ipc is for the system's interpreter, whatever python3 comes first on PATH.
const PYTHON = '/usr/bin/python3';
const I3IPC_THREADS = `
import i3ipc, json, sys, threading
path, n = sys.argv[1], int(sys.argv[2])
print('ready', flush=True)
sys.stdin.readline()
lock = threading.Lock()
barrier = threading.Barrier(n)
def run():
    barrier.wait()
    try:
        v = i3ipc.Connection(path, auto_reconnect=False).get_version()
        r = {'ok': True, 'config': v.loaded_config_file_name, 'error': ''}
    except Exception as e:
        r = {'ok': False, 'config': None, 'error': repr(e)}
    with lock:
        print(json.dumps(r), flush=True)
threads = [threading.Thread(target=run) for _ in range(n)]
for t in threads: t.start()
for t in threads: t.join()
`;

/**
 * Starts `swaymsg` processes and one Python process with `i3ipc` threads, all for `socket`, and
 * resolves once all are ready (blocked before connecting). `teardown` kills what still runs.
 */
export async function startBurst(
  dir: string,
  socket: string,
  counts: { swaymsg: number; i3ipc: number },
  teardown: (fn: () => unknown) => void,
): Promise<Burst> {
  const results: ClientResult[] = [];
  const children: { child: ChildProcess; out: () => string; done: boolean }[] = [];
  const env = swayEnv(dir);
  const track = (child: ChildProcess, onExit: (code: number | null, out: string, err: string) => void) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const entry = { child, out: () => out, done: false };
    child.once('close', (code) => {
      entry.done = true;
      onExit(code, out, err);
    });
    teardown(() => {
      if (!entry.done) child.kill('SIGKILL');
    });
    children.push(entry);
  };
  for (let i = 0; i < counts.swaymsg; i++) {
    const [cmd, argv] = asTestUser('sh', ['-c', 'echo ready; read _; exec swaymsg -s "$1" -t get_version', 'sh', socket]);
    track(spawn(cmd, argv, { env, stdio: ['pipe', 'pipe', 'pipe'] }), (code, out, err) => {
      const reply = out.replace(/^ready\n/, '');
      let config: string | null = null;
      if (code === 0) config = (JSON.parse(reply) as { loaded_config_file_name: string }).loaded_config_file_name;
      results.push({ client: 'swaymsg', ok: code === 0, config, error: code === 0 ? '' : `exit ${code}: ${err.trim()}` });
    });
  }
  if (counts.i3ipc > 0) {
    const [cmd, argv] = asTestUser(PYTHON, ['-c', I3IPC_THREADS, socket, String(counts.i3ipc)]);
    const child = spawn(cmd, argv, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    // Each thread's result as soon as it prints it: a test can follow who has ended.
    let partial = '';
    let reported = 0;
    child.stdout.on('data', (d: Buffer) => {
      const lines = (partial + d.toString()).split('\n');
      partial = lines.pop()!;
      for (const line of lines.filter((l) => l.startsWith('{'))) {
        reported += 1;
        results.push({ client: 'i3ipc', ...(JSON.parse(line) as Omit<ClientResult, 'client'>) });
      }
    });
    track(child, (code, _out, err) => {
      for (; reported < counts.i3ipc; reported++)
        results.push({ client: 'i3ipc', ok: false, config: null, error: `python exited ${code} first: ${err.trim()}` });
    });
  }
  await waitFor(() => children.every((c) => c.out().startsWith('ready\n')), 30_000, `${children.length} burst clients to start and say ready`);
  const total = counts.swaymsg + counts.i3ipc;
  return {
    go: () => {
      for (const { child } of children) child.stdin!.write('go\n');
    },
    results: () => results,
    finished: async (timeoutMs) => {
      await waitFor(() => results.length === total, timeoutMs, `every one of the ${total} burst clients to end`);
      return results;
    },
  };
}

/**
 * Connections process `pid` has accepted on the listening Unix socket at `path` and holds now
 * (`ss -xnpH`'s connected sockets of `pid` whose local address is `path`; iproute2).
 */
export function acceptedConnections(pid: number, path: string): number {
  const lines = execFileSync('ss', ['-xnpH', 'state', 'connected'], { encoding: 'utf8' }).split('\n');
  return lines.filter((l) => l.includes(`,pid=${pid},`) && l.trim().split(/\s+/)[4] === path).length;
}

/**
 * Connections waiting in the listen queue of the Unix socket at `path`, not accepted yet (the
 * Recv-Q that `ss -xlnH` shows for a listening socket; iproute2).
 */
export function listenQueue(path: string): number {
  const lines = execFileSync('ss', ['-xlnH'], { encoding: 'utf8' }).split('\n');
  const line = lines.find((l) => l.trim().split(/\s+/)[4] === path);
  if (line === undefined) throw new Error(`nothing listens at ${path}`);
  return Number(line.trim().split(/\s+/)[2]);
}

/** One line per failed client, for an assertion's message. */
export function failures(results: ClientResult[]): string {
  return results
    .filter((r) => !r.ok)
    .map((r) => `${r.client}: ${r.error}`)
    .join('\n');
}
