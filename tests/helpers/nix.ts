/**
 * Nix for tests: {@link runNix} runs Debian's nix-bin commands in the repository, and the
 * home-manager module is evaluated inside the real home-manager that flake.lock pins:
 * `nix/hm-eval.nix` (docs/nix.md) over the `git archive` snapshots of home-manager and
 * nixpkgs.lib kept in `../shared/vendor/` beside the checkout (`SWAYSOCK_VENDOR_DIR` names
 * another place, e.g. for a git worktree). Where that folder is absent (a user's own clone), the
 * tests that need it skip with {@link vendorSkipReason}. Needs Nix (`nix-instantiate`, Debian's
 * nix-bin); evaluation writes the rendered unit texts into the Nix store (`builtins.toFile`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the snapshots are: `$SWAYSOCK_VENDOR_DIR`, else `../shared/vendor` next to the checkout. */
export const VENDOR_DIR = process.env.SWAYSOCK_VENDOR_DIR || resolve(ROOT, '../shared/vendor');

/** tap's `skip` option for a test that needs the snapshots: false when they are there, else why not. */
export function vendorSkipReason(): string | false {
  const found = existsSync(VENDOR_DIR) ? readdirSync(VENDOR_DIR).filter((f) => f.endsWith('.tar.gz')) : [];
  if (found.some((f) => f.startsWith('home-manager-')) && found.some((f) => f.startsWith('nixpkgs.lib-'))) return false;
  return `no home-manager and nixpkgs.lib snapshots in ${VENDOR_DIR} (a checkout without ../shared/vendor; set SWAYSOCK_VENDOR_DIR to use another folder)`;
}

/** Output of a finished command. */
export interface NixRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cmd args` (a Nix command, or tar) in the repository root to its end; never rejects. nix-bin's warning about the `nixbld` group is dropped from stderr. */
export function runNix(cmd: string, args: string[]): Promise<NixRun> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      done({ code, stdout, stderr: stderr.split('\n').filter((l) => !/group 'nixbld'/.test(l)).join('\n') });
    });
  });
}

/** Unpacked snapshot trees. */
export interface VendorTrees {
  homeManager: string;
  nixpkgsLib: string;
}

/**
 * Unpacks every snapshot in {@link VENDOR_DIR} into a fresh directory that `teardown` removes.
 * @throws Error with tar's stderr, or when a tree is missing after unpacking.
 */
export async function unpackVendor(teardown: (fn: () => unknown) => void): Promise<VendorTrees> {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-vendor-'));
  teardown(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of readdirSync(VENDOR_DIR).filter((f) => f.endsWith('.tar.gz'))) {
    const r = await runNix('tar', ['-C', dir, '-xzf', join(VENDOR_DIR, file)]);
    if (r.code !== 0) throw new Error(`tar -xzf ${file} failed: ${r.stderr}`);
  }
  const trees = { homeManager: join(dir, 'home-manager'), nixpkgsLib: join(dir, 'nixpkgs.lib') };
  for (const tree of Object.values(trees)) if (!existsSync(tree)) throw new Error(`${tree} is not in the snapshots of ${VENDOR_DIR}`);
  return trees;
}

/** What nix/hm-eval.nix returns that tests read. */
export interface HomeManagerEval {
  /** The unit files home-manager writes (its own toSystemdIni), by file name, e.g. `swaysock-healthd.service`. */
  files: Record<string, string>;
  /** Its wants links as paths under `~/.config`, e.g. `systemd/user/sway-session.target.wants/swaysock-healthd.service`. */
  wantsLinks: string[];
  warnings: string[];
}

/**
 * Evaluates `modules` (a Nix list expression of home-manager modules) beside ours inside the
 * unpacked home-manager (`nix-instantiate --eval --strict --json nix/hm-eval.nix`).
 * @throws Error with Nix's stderr when the evaluation fails.
 */
export async function evalHomeManager(trees: VendorTrees, modules: string): Promise<HomeManagerEval> {
  const r = await runNix('nix-instantiate', [
    '--read-write-mode', '--eval', '--strict', '--json', 'nix/hm-eval.nix',
    '--argstr', 'nixpkgsLib', trees.nixpkgsLib,
    '--argstr', 'homeManager', trees.homeManager,
    '--arg', 'modules', modules,
  ]);
  if (r.code !== 0) throw new Error(`nix-instantiate nix/hm-eval.nix failed (${r.code}):\n${r.stderr}`);
  return JSON.parse(r.stdout) as HomeManagerEval;
}
