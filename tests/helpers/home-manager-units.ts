/**
 * The unit files home-manager renders from our module (tests/helpers/nix.ts), run under a real
 * user manager: a stand-in for the Nix package (wrappers that run this checkout's bundles, dist/;
 * run `npm run build` first) put in place of the package's store path, and the files and wants
 * links written where home-manager puts them (`~/.config/systemd/user`).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeFlags } from '../../ts/units/installation.js';
import type { ProgramName } from '../../ts/units/types.js';
import type { HomeManagerEval } from './nix.js';
import { chownToTestUser } from './user.js';
import type { UserManager } from './user-manager.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Program name to its bundle, relative to ROOT (package.json `bin`). */
const BUNDLES = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin as Record<string, string>;

/** The package's store path as the evaluation's stub package names it. */
export const STORE_PACKAGE = /\/nix\/store\/[0-9a-z]{32}-swaysock(?=\/)/g;

/**
 * A stand-in for the package: a new directory with `bin/PROGRAM` wrappers that exec node on this
 * checkout's bundles (with the Node flags package.json names), readable by the test user;
 * `teardown` removes it. Two calls give two "store paths" of the same programs.
 */
export function wrapperPackage(teardown: (fn: () => unknown) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'swaysock-pkg-'));
  teardown(() => rmSync(root, { recursive: true, force: true }));
  chmodSync(root, 0o755);
  mkdirSync(join(root, 'bin'), { mode: 0o755 });
  for (const [program, bundle] of Object.entries(BUNDLES)) {
    const flags = nodeFlags(program as ProgramName)
      .map((f) => `${f} `)
      .join('');
    writeFileSync(join(root, 'bin', program), `#!/bin/sh\nexec ${process.execPath} ${flags}${join(ROOT, bundle)} "$@"\n`, { mode: 0o755 });
  }
  return root;
}

/** home-manager's unit files with the package path replaced by `pkg`, by file name (the empty ones of stubbed modules left out). */
export function renderedUnits(hm: HomeManagerEval, pkg: string): Record<string, string> {
  const out: Record<string, string> = {};
  // The evaluation stubs home-manager's X session module, whose tray.target comes out empty.
  for (const [name, text] of Object.entries(hm.files)) if (text.trim() !== '') out[name] = text.replace(STORE_PACKAGE, pkg);
  return out;
}

/** Wants links as `TARGET.wants/UNIT`, from home-manager's `systemd/user/TARGET.wants/UNIT`. */
export const wantsLinks = (hm: HomeManagerEval): string[] => hm.wantsLinks.map((l) => l.replace(/^systemd\/user\//, ''));

/** Writes one wants link `TARGET.wants/UNIT` into the manager's unit dir (the directory made when missing). */
export function writeWantsLink(um: UserManager, link: string): void {
  const [wants, unit] = link.split('/') as [string, string];
  const dir = join(um.unitDir, wants);
  if (!existsSync(dir)) {
    mkdirSync(dir, { mode: 0o755 });
    chownToTestUser(dir);
  }
  symlinkSync(join(um.unitDir, unit), join(dir, unit));
}

/** Writes home-manager's unit files (the package path replaced by `pkg`) and wants links into the manager's unit dir. */
export function installRendered(um: UserManager, hm: HomeManagerEval, pkg: string): void {
  for (const [name, text] of Object.entries(renderedUnits(hm, pkg))) um.writeUnit(name, text);
  for (const link of wantsLinks(hm)) writeWantsLink(um, link);
}
