/**
 * The running installation of swaysock: where its bundles are, so rendered unit files can name
 * them by absolute path. Each program is one esbuild bundle in one directory (dist/ of the npm
 * package, `lib/swaysock/dist` of the Nix package), named as package.json `bin` names it
 * (`swaysock.cjs`, `swaysock-healthd.js`, ...; scripts/build.mjs); the bundles start with
 * `#!/usr/bin/env node`, which depends on the user manager's PATH, so `ExecStart=` names the node
 * binary that runs us now, by absolute path, followed by the bundle.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { SwaysockError } from '../errors/errors.js';
import type { ProgramWords } from './render.js';
import type { ProgramName } from './types.js';

/** The variable a wrapping package sets to the absolute directory of its program wrappers. */
export const BIN_DIR_VARIABLE = 'SWAYSOCK_BIN_DIR';

/** Absolute, symlink-free paths of one installation. */
export interface Installation {
  /** The node binary (realpath of process.execPath). */
  node: string;
  /** The directory holding the bundles (see {@link bundleFile}). */
  bundleDir: string;
  /** The package root (the parent of bundleDir), where `units/` is. */
  root: string;
  /** The wrappers' directory ({@link BIN_DIR_VARIABLE}), or null when the programs are not wrapped. */
  binDir: string | null;
}

/**
 * The installation that `script` (default process.argv[1], the running bundle; an npm bin
 * symlink is resolved) belongs to; `env[BIN_DIR_VARIABLE]`, when set, is its wrappers' directory.
 * @throws Error when `script` is unset or does not exist, or when the wrappers' directory is not
 *   an absolute path.
 */
export function runningInstallation(
  script: string | undefined = process.argv[1],
  execPath: string = process.execPath,
  env: NodeJS.ProcessEnv = process.env,
): Installation {
  if (!script) throw new SwaysockError('ERR_SWAYSOCK_INSTALLATION', 'cannot tell where swaysock is installed: process.argv[1] is unset');
  const bundleDir = dirname(realpathSync(script));
  const binDir = env[BIN_DIR_VARIABLE] || null;
  if (binDir !== null && !isAbsolute(binDir)) throw new SwaysockError('ERR_SWAYSOCK_INSTALLATION', `${BIN_DIR_VARIABLE}=${binDir} is not an absolute path`);
  return { node: realpathSync(execPath), bundleDir, root: dirname(bundleDir), binDir };
}

/** The file name of a program's bundle, from package.json `bin` (e.g. `swaysock-cleanup.cjs`). */
export function bundleFile(program: ProgramName): string {
  return basename(packageJson.bin[program]);
}

/**
 * Node's flags for a program, from package.json `swaysock.nodeFlags` (e.g.
 * `['--max-semi-space-size=1']` for swaysock-healthd); the bundle's `#!` line and the Nix
 * package's wrapper pass the same.
 */
export function nodeFlags(program: ProgramName): readonly string[] {
  return (packageJson.swaysock.nodeFlags as Partial<Record<ProgramName, string[]>>)[program] ?? [];
}

/**
 * The installation `npm install -g` makes under `prefix` (e.g. `/usr`): node at
 * `PREFIX/bin/node`, the bundles in `PREFIX/lib/node_modules/swaysock/dist`, no wrappers. Nothing
 * is looked up: the committed unit files (rendered.ts) are rendered for it.
 */
export function fixedInstallation(prefix: string): Installation {
  const root = join(prefix, 'lib', 'node_modules', 'swaysock');
  return { node: join(prefix, 'bin', 'node'), bundleDir: join(root, 'dist'), root, binDir: null };
}

/**
 * Program words for {@link resolveUnit} at `inst`, as paths only (nothing is looked up):
 * `[binDir/NAME]` for a wrapped installation, else `[node, ...FLAGS, bundleDir/BUNDLE]`
 * ({@link nodeFlags}, {@link bundleFile}).
 */
export function programWordsAt(inst: Installation): ProgramWords {
  return (program) => (inst.binDir !== null ? [join(inst.binDir, program)] : [inst.node, ...nodeFlags(program), join(inst.bundleDir, bundleFile(program))]);
}

/**
 * Checks that `inst` has `program`: its wrapper, or its bundle.
 * @throws SwaysockError `ERR_SWAYSOCK_INSTALLATION` naming the wrapper or bundle it lacks.
 */
export function checkInstallation(inst: Installation, program: ProgramName): void {
  const file = inst.binDir !== null ? join(inst.binDir, program) : join(inst.bundleDir, bundleFile(program));
  if (!existsSync(file)) throw new SwaysockError('ERR_SWAYSOCK_INSTALLATION', `${file} does not exist: this installation of swaysock lacks ${program}`);
}

/**
 * {@link programWordsAt} for an installation on this machine: each program is checked
 * ({@link checkInstallation}) when its words are asked for.
 * @throws SwaysockError `ERR_SWAYSOCK_INSTALLATION` (when called) naming a wrapper or bundle this
 *   installation lacks.
 */
export function installationProgramWords(inst: Installation): ProgramWords {
  const words = programWordsAt(inst);
  return (program) => {
    checkInstallation(inst, program);
    return words(program);
  };
}
