/**
 * The running installation of swaysock: where its bundles are, so rendered unit files can name
 * them by absolute path. Each program is one esbuild bundle in one directory (dist/ of the npm
 * package, `lib/swaysock/dist` of the Nix package), named as package.json `bin` names it
 * (`swaysock.cjs`, `swaysock-healthd.js`, ...; scripts/build.mjs); the bundles start with
 * `#!/usr/bin/env node`, which depends on the user manager's PATH, so `ExecStart=` names the node
 * binary that runs us now, by absolute path, followed by the bundle.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import type { ProgramWords } from './render.js';
import type { ProgramName } from './types.js';

/** Absolute, symlink-free paths of one installation. */
export interface Installation {
  /** The node binary (realpath of process.execPath). */
  node: string;
  /** The directory holding the bundles (see {@link bundleFile}). */
  bundleDir: string;
  /** The package root (the parent of bundleDir), where `units/` is. */
  root: string;
}

/**
 * The installation that `script` (default process.argv[1], the running bundle; an npm bin
 * symlink is resolved) belongs to.
 * @throws Error when `script` is unset or does not exist.
 */
export function runningInstallation(script: string | undefined = process.argv[1], execPath: string = process.execPath): Installation {
  if (!script) throw new Error('cannot tell where swaysock is installed: process.argv[1] is unset');
  const bundleDir = dirname(realpathSync(script));
  return { node: realpathSync(execPath), bundleDir, root: dirname(bundleDir) };
}

/** The file name of a program's bundle, from package.json `bin` (e.g. `swaysock-cleanup.cjs`). */
export function bundleFile(program: ProgramName): string {
  return basename(packageJson.bin[program]);
}

/**
 * Program words for {@link resolveUnit}: `[node, bundleDir/BUNDLE]` ({@link bundleFile}).
 * @throws Error (when called) naming a bundle this installation lacks.
 */
export function installationProgramWords(inst: Installation): ProgramWords {
  return (program) => {
    const bundle = join(inst.bundleDir, bundleFile(program));
    if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: this installation of swaysock lacks ${program}`);
    return [inst.node, bundle];
  };
}
