/**
 * Nix for the tests: {@link nix} runs Debian's nix-bin commands, and the vendored snapshots of
 * home-manager (the revision flake.lock pins) and nixpkgs' lib that the project's Nix checks
 * evaluate against: `git archive` tarballs in the folder `shared/vendor` next to the repository's
 * folder (CI provides it; a user's own clone has none), or in the folder `SWAYSOCK_VENDOR_DIR`
 * names (e.g. from a git worktree). Where they are absent, the tests that need them skip, saying
 * why ({@link vendorDir}). docs/nix.md says how to make them. Evaluation writes the rendered unit
 * texts into the Nix store (`builtins.toFile`).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Flags for `nix` commands that use flakes (Nix 2.8 needs them spelled out). */
export const NIX_FLAKES = ['--extra-experimental-features', 'nix-command', '--extra-experimental-features', 'flakes'];

/** Exit code and output of one Nix command. */
export interface NixResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a Nix command (`nix-instantiate`, `nix`, ...) in `cwd` (default the repository root);
 * resolves with its exit code, stdout and stderr (nix-bin's warnings about the missing `nixbld`
 * group dropped). Never rejects; a command still running after `timeoutMs` (default 120000) is killed.
 */
export function nix(cmd: string, args: string[], cwd = ROOT, timeoutMs = 120_000): Promise<NixResult> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      done({
        code,
        stdout,
        stderr: stderr
          .split('\n')
          .filter((l) => !/group 'nixbld'/.test(l))
          .join('\n'),
      });
    });
  });
}

/** Where the vendored snapshots are, or null with the reason to skip (tap's `skip` option) when they are absent. */
export function vendorDir(): { dir: string; skip: false } | { dir: null; skip: string } {
  const dir = process.env.SWAYSOCK_VENDOR_DIR || resolve(ROOT, '../shared/vendor');
  const tarballs = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tar.gz')) : [];
  if (!tarballs.some((f) => f.startsWith('home-manager-')) || !tarballs.some((f) => f.startsWith('nixpkgs.lib-'))) {
    return {
      dir: null,
      skip: `no home-manager and nixpkgs.lib snapshots in ${dir} (see docs/nix.md to make them, or set SWAYSOCK_VENDOR_DIR): nothing to evaluate against`,
    };
  }
  return { dir, skip: false };
}

/** The unpacked snapshots: the trees `home-manager/` and `nixpkgs.lib/`. */
export interface VendorTrees {
  homeManager: string;
  nixpkgsLib: string;
}

/**
 * Unpacks every `*.tar.gz` of `dir` into a new temporary directory (removed by `t.teardown`).
 * @throws Error when tar fails or a tarball lacks the expected top folder.
 */
export function unpackVendor(t: { teardown: (f: () => void) => void }, dir: string): VendorTrees {
  const into = mkdtempSync(join(tmpdir(), 'swaysock-nixsrc-'));
  t.teardown(() => rmSync(into, { recursive: true, force: true }));
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.tar.gz'))) execFileSync('tar', ['-C', into, '-xzf', join(dir, f)]);
  const trees = { homeManager: join(into, 'home-manager'), nixpkgsLib: join(into, 'nixpkgs.lib') };
  for (const tree of Object.values(trees)) if (!existsSync(tree)) throw new Error(`${tree} is missing after unpacking ${dir}`);
  return trees;
}

/** What nix/hm-eval.nix returns that tests read. */
export interface HomeManagerEval {
  /** The unit files home-manager writes (its own toSystemdIni), by file name, e.g. `swaysock-healthd.service`. */
  files: Record<string, string>;
  /** Its wants links as paths under `~/.config`, e.g. `systemd/user/sway-session.target.wants/swaysock-healthd.service`. */
  wantsLinks: string[];
  warnings: string[];
  /** The Sway config home-manager's sway module writes; null when that module is off. */
  swayConfig: string | null;
}

/**
 * Evaluates `modules` (a Nix list expression of home-manager modules) beside ours inside the
 * unpacked home-manager (`nix-instantiate --eval --strict --json nix/hm-eval.nix`).
 * @throws Error with Nix's stderr when the evaluation fails.
 */
export async function evalHomeManager(trees: VendorTrees, modules: string): Promise<HomeManagerEval> {
  const r = await nix('nix-instantiate', [
    '--read-write-mode',
    '--eval',
    '--strict',
    '--json',
    'nix/hm-eval.nix',
    '--argstr',
    'nixpkgsLib',
    trees.nixpkgsLib,
    '--argstr',
    'homeManager',
    trees.homeManager,
    '--arg',
    'modules',
    modules,
  ]);
  if (r.code !== 0) throw new Error(`nix-instantiate nix/hm-eval.nix failed (${r.code}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as HomeManagerEval;
}
