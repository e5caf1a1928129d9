/**
 * `swaysock watch --format waybar` in a real waybar (Debian's package) on one headless Sway, while
 * swaysock-healthd follows a second Sway (`--sway-socket`): the second Sway is killed, a new one
 * started at the same socket, the daemon restarted. What the bar shows is read from the screen
 * itself: grim takes screenshots of the bar's output and the module's colour (one per CSS class)
 * says its state. The daemon sees the watcher, a child of waybar, as its subscriber throughout.
 */
import t from 'tap';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, startHealthd } from '../helpers/daemon.js';
import { startSway, swayEnv, type RunningSway } from '../helpers/sway.js';
import { waitFor } from '../helpers/user-manager.js';
import { asTestUser, chownToTestUser, makeRuntimeDir, runAsTestUser } from '../helpers/user.js';

/** The bar's height in pixels; the module's colour by CSS class (exact: Sway renders with pixman here). */
const BAR_HEIGHT = 30;
const COLOURS = { healthy: [0, 255, 0], stale: [255, 255, 0], disconnected: [255, 0, 0], unreachable: [0, 0, 255] } as const;
type Shown = keyof typeof COLOURS;

/** waybar's config and style: the module alone, one solid colour per state. */
function writeWaybarConfig(dir: string, daemonSocket: string): { config: string; style: string } {
  const config = join(dir, 'waybar.json');
  const style = join(dir, 'waybar.css');
  writeFileSync(
    config,
    JSON.stringify({
      layer: 'top',
      position: 'top',
      height: BAR_HEIGHT,
      'modules-left': ['custom/swaysock'],
      'modules-center': [],
      'modules-right': [],
      'custom/swaysock': { exec: `${process.execPath} ${CLI} watch --format waybar --socket ${daemonSocket}`, 'return-type': 'json', format: '{}' },
    }),
  );
  const css = Object.entries(COLOURS)
    .map(([cls, [r, g, b]]) => `#custom-swaysock.${cls} { background: rgb(${r}, ${g}, ${b}); }`)
    .join('\n');
  writeFileSync(
    style,
    `* { font-family: monospace; font-size: 12px; border: none; border-radius: 0; min-height: 0; }\nwindow#waybar { background: rgb(0, 0, 0); }\n#custom-swaysock { padding: 0 100px; color: rgb(255, 255, 255); }\n${css}\n`,
  );
  for (const f of [config, style]) chownToTestUser(f);
  return { config, style };
}

/** PIDs of the processes below `pid` (from /proc/PID/stat's PPID field), with their command lines. */
function descendants(pid: number): { pid: number; cmdline: string[] }[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const below = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, ppid] of parent) if (below.has(ppid) && !below.has(child)) grew = below.add(child).size > 0;
  }
  below.delete(pid);
  return [...below].map((p) => {
    try {
      return { pid: p, cmdline: readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0') };
    } catch {
      return { pid: p, cmdline: [] };
    }
  });
}

/** Which state colour fills most of the bar on `sway`'s output now (grim, PPM); null when none shows. */
async function shownState(dir: string, sway: RunningSway): Promise<Shown | null> {
  const file = join(dir, 'bar.ppm');
  const shot = await runAsTestUser('grim', ['-t', 'ppm', '-g', `0,0 800x${BAR_HEIGHT}`, file], swayEnv(dir, { WAYLAND_DISPLAY: sway.waylandDisplay }));
  if (shot.code !== 0) throw new Error(`grim failed: ${shot.stderr}`);
  const ppm = readFileSync(file);
  // P6 header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'));
  if (!header) throw new Error('grim wrote no binary PPM');
  const counts = new Map<Shown, number>();
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    for (const [name, [r, g, b]] of Object.entries(COLOURS) as [Shown, readonly number[]][]) {
      if (ppm[i] === r && ppm[i + 1] === g && ppm[i + 2] === b) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best !== undefined && best[1] > 100 ? best[0] : null;
}

t.test('waybar shows healthy, disconnected when the followed Sway dies, healthy again after a new Sway and a daemon restart', async (t) => {
  const dir = makeRuntimeDir(t.teardown);
  const barSway = await startSway(dir, t.teardown);
  const watched = await startSway(dir, t.teardown);
  const daemonArgs = (swaySocket: string) => ['--sway-socket', swaySocket, '--interval', '0.2', '--no-repair-environment'];
  let daemon = await startHealthd(dir, t.teardown, daemonArgs(watched.socketPath));
  const { config, style } = writeWaybarConfig(dir, daemon.socketPath);

  const [cmd, argv] = asTestUser('waybar', ['-c', config, '-s', style]);
  const waybar = spawn(cmd, argv, {
    env: swayEnv(dir, { WAYLAND_DISPLAY: barSway.waylandDisplay, SWAYSOCK: barSway.socketPath }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let waybarLog = '';
  waybar.stderr.on('data', (d) => (waybarLog += d));
  const waybarExited = new Promise<void>((resolve) => waybar.once('exit', () => resolve()));
  // The watcher is waybar's child and would outlive a killed waybar: both are ended by PID.
  t.teardown(async () => {
    const below = descendants(waybar.pid!);
    waybar.kill('SIGKILL');
    await waybarExited;
    for (const p of below) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // Gone with waybar.
      }
    }
  });

  let last: Shown | null = null;
  const shows = (state: Shown, timeoutMs: number) =>
    waitFor(
      async () => (last = await shownState(dir, barSway)) === state,
      timeoutMs,
      () => `the bar to show ${state} (it shows ${last}; waybar said: ${waybarLog.slice(-2000)})`,
    );
  const subscribers = async () => (await (await daemon.client()).call('daemon.status')).subscribers;

  await shows('healthy', 30_000);
  t.pass('the bar shows healthy');
  t.equal(await subscribers(), 1, 'the watcher is subscribed');
  t.ok(
    descendants(waybar.pid!).some((p) => p.cmdline.includes(CLI) && p.cmdline.includes('watch') && p.cmdline.includes('waybar')),
    'the watcher is a child of waybar',
  );

  await watched.kill('SIGKILL');
  await shows('disconnected', 30_000);
  t.pass('the bar shows disconnected once the followed Sway died');
  t.equal(await subscribers(), 1, 'still subscribed while disconnected');

  // A new Sway has a new socket: the daemon is restarted to follow it.
  const replacement = await startSway(dir, t.teardown);
  daemon.process.kill('SIGTERM');
  t.equal((await daemon.exited).code, 0);
  daemon = await startHealthd(dir, t.teardown, daemonArgs(replacement.socketPath));
  await shows('healthy', 30_000);
  t.pass('healthy again after a new Sway and a daemon restart');
  t.equal(await subscribers(), 1, 'the watcher came back to the new daemon');
  t.equal(waybar.exitCode, null, 'waybar ran throughout');
});
