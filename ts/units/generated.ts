/**
 * The generated files under `units/` as one set: `units/swaysock-units.json` (json.ts) and the
 * rendered unit files (rendered.ts). `swaysock units --generate` writes them
 * ({@link writeGeneratedFiles}); `--check` compares the committed ones with the definitions
 * ({@link generatedFileProblems}), so a change to the definitions that is not regenerated and
 * committed fails `npm test` and the Nix package's install check.
 */
import { type Dirent, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RENDERED_UNITS_DIR, UNITS_JSON_PATH } from '../paths/paths.js';
import { unitsJson } from './json.js';
import { renderedFiles } from './rendered.js';

/** Every generated file: its path relative to the package root to its text. */
export function generatedFiles(): Map<string, string> {
  return new Map([[UNITS_JSON_PATH, unitsJson()], ...renderedFiles()]);
}

/** The files under `dir` (recursively), absolute; none when it does not exist. */
function filesUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** One committed generated file that differs from what the definitions generate. */
export interface GeneratedFileProblem {
  /** Absolute path. */
  path: string;
  /** `stale`: differs; `missing`: does not exist; `unreadable`: cannot be read; `extra`: under units/rendered/ but no longer generated. */
  problem: 'stale' | 'missing' | 'unreadable' | 'extra';
  /** For `missing` and `unreadable`: the error reading it. */
  detail?: string;
}

/** The committed generated files under `root` (the package root) that differ from the definitions; empty when all agree. */
export function generatedFileProblems(root: string): GeneratedFileProblem[] {
  const expected = generatedFiles();
  const problems: GeneratedFileProblem[] = [];
  for (const [rel, text] of expected) {
    const path = join(root, rel);
    let committed: string;
    try {
      committed = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push({ path, problem: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable', detail: (err as Error).message });
      continue;
    }
    if (committed !== text) problems.push({ path, problem: 'stale' });
  }
  for (const path of filesUnder(join(root, RENDERED_UNITS_DIR))) if (!expected.has(relative(root, path))) problems.push({ path, problem: 'extra' });
  return problems;
}

/**
 * Writes every generated file under `root` (directories made as needed) and removes the files
 * under units/rendered/ that are no longer generated, and the directories they leave empty.
 * @returns the absolute paths written and removed.
 * @throws Error on a file system error.
 */
export function writeGeneratedFiles(root: string): { written: string[]; removed: string[] } {
  const expected = generatedFiles();
  const written: string[] = [];
  for (const [rel, text] of expected) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  }
  const removed = filesUnder(join(root, RENDERED_UNITS_DIR)).filter((path) => !expected.has(relative(root, path)));
  for (const path of removed) {
    rmSync(path);
    // Its directory, when nothing is left in it (ENOTEMPTY otherwise).
    try {
      rmdirSync(dirname(path));
    } catch {
      // Not empty: another set's or a kept file.
    }
  }
  return { written, removed };
}
