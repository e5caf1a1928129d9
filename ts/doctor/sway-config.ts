/**
 * Sway's configuration as Sway runs it. `GET_CONFIG` (sway-ipc(7), message type 9) returns only
 * the main config file's text as loaded; `include` lines are resolved here by reading the files
 * from disk now, the way Sway resolves them (sway(5) `include`; sway/config.c: the path goes
 * through Sway's `set $var` substitution, then wordexp(3): `~`, `$VAR`/`${VAR}` from Sway's
 * environment, word splitting and globs, a relative path taken from the including file's
 * directory; a file already read is skipped). Those files may have changed since Sway loaded them;
 * callers say so. Command substitution (`$(...)`) is not run: such a path is reported unresolved.
 */
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { SwaysockError } from '../errors/errors.js';

/** One top-level command line of a config file. */
export interface ConfigLine {
  /** The file it came from (the loaded main config's name, or an included file). */
  file: string;
  /** 1-based line number of its first physical line. */
  line: number;
  /** The command with `set` variables substituted, continuation lines joined. */
  text: string;
}

/** An `include` line and what it resolved to. */
export interface IncludeLine extends ConfigLine {
  /** Files read for it, in Sway's order (glob results sorted). */
  files: string[];
  /** Why a word could not be resolved (no match, unreadable, command substitution). */
  unresolved: string[];
}

/** The whole configuration: every `exec`/`exec_always` line and every `include`. */
export interface ExpandedConfig {
  execs: ConfigLine[];
  includes: IncludeLine[];
}

export interface ExpandOptions {
  /** The main config's path (`loaded_config_file_name` of GET_VERSION); relative includes start at its directory. */
  mainPath: string;
  /** The environment for `~` and `$VAR` (Sway's own, /proc/PID/environ, when readable). */
  env: Record<string, string | undefined>;
  /** Reads a file (default: UTF-8 from disk). @throws when unreadable. */
  readFile?: (path: string) => string;
}

/** Logical lines: `\` continuations joined, comments and blank lines dropped. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const physical = text.split('\n');
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let s = physical[i]!;
    while (s.endsWith('\\') && i + 1 < physical.length) s = s.slice(0, -1) + physical[++i]!;
    s = s.trim();
    if (s === '' || s.startsWith('#')) continue;
    out.push({ line: start + 1, text: s });
  }
  return out;
}

/** Replaces Sway `set` variables, longest name first (as Sway does). */
function substitute(text: string, vars: Map<string, string>): string {
  const names = [...vars.keys()].sort((a, b) => b.length - a.length);
  let out = text;
  for (const name of names) out = out.split(name).join(vars.get(name)!);
  return out;
}

/** One argument of a Sway command: the rest of the line, one layer of quotes removed. */
function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]!)) return t.slice(1, -1);
  return t;
}

/** A glob segment (`*`, `?`, `[...]`) as a RegExp; a leading dot must be matched literally (glob(7)). */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^(?!\\.)${re}$`);
}

const GLOB = /[*?[]/;

/** Paths matching an absolute glob, sorted (glob(3) order); empty when none. */
export function expandGlob(pattern: string): string[] {
  let paths = ['/'];
  for (const segment of pattern.split('/').filter((s) => s !== '')) {
    const next: string[] = [];
    for (const dir of paths) {
      if (!GLOB.test(segment)) {
        next.push(join(dir, segment));
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      const re = segmentRegExp(segment);
      for (const n of names.filter((n) => re.test(n)).sort()) next.push(join(dir, n));
    }
    paths = next;
  }
  return paths;
}

/**
 * The words an `include` argument expands to (wordexp(3) without command substitution):
 * `~` and `~/` from HOME, `$VAR` and `${VAR}` from `env`, split on blanks, each made absolute
 * against `baseDir`. @throws SwaysockError `ERR_SWAYSOCK_INCLUDE_UNRESOLVED` for `$(...)` or
 * backquotes, which doctor does not run.
 */
export function includeWords(arg: string, baseDir: string, env: Record<string, string | undefined>): string[] {
  if (/\$\(|`/.test(arg)) throw new SwaysockError('ERR_SWAYSOCK_INCLUDE_UNRESOLVED', `command substitution in ${JSON.stringify(arg)} is not run by doctor`);
  const expanded = arg
    .replace(/(^|\s)~(?=\/|\s|$)/g, (_, pre: string) => `${pre}${env.HOME ?? '~'}`)
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, a: string | undefined, b: string | undefined) => env[(a ?? b)!] ?? '');
  return expanded.split(/\s+/).filter((w) => w !== '').map((w) => (isAbsolute(w) ? w : join(baseDir, w)));
}

/**
 * Expands `mainText` (the GET_CONFIG text of the file at `options.mainPath`) with its includes,
 * recursively. Never throws: what cannot be read is listed in the include's `unresolved`.
 */
export function expandConfig(mainText: string, options: ExpandOptions): ExpandedConfig {
  const read = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const result: ExpandedConfig = { execs: [], includes: [] };
  const vars = new Map<string, string>();
  const seen = new Set<string>();
  try {
    seen.add(realpathSync(options.mainPath));
  } catch {
    seen.add(options.mainPath);
  }
  const walk = (file: string, text: string): void => {
    for (const l of logicalLines(text)) {
      const m = /^(\S+)\s*(.*)$/.exec(l.text)!;
      const command = m[1]!;
      if (command === 'set') {
        const set = /^(\$\S+)\s+(.*)$/.exec(m[2]!);
        if (set) vars.set(set[1]!, unquote(substitute(set[2]!, vars)));
        continue;
      }
      const text = substitute(l.text, vars);
      if (command === 'exec' || command === 'exec_always') {
        result.execs.push({ file, line: l.line, text });
        continue;
      }
      if (command !== 'include') continue;
      const inc: IncludeLine = { file, line: l.line, text, files: [], unresolved: [] };
      result.includes.push(inc);
      let words: string[];
      try {
        words = includeWords(unquote(substitute(m[2]!, vars)), dirname(file), options.env);
      } catch (err) {
        inc.unresolved.push((err as Error).message);
        continue;
      }
      for (const word of words) {
        const matches = GLOB.test(word) ? expandGlob(word) : [word];
        if (matches.length === 0) inc.unresolved.push(`${word}: no file matches`);
        for (const path of matches) {
          let real: string;
          let body: string;
          try {
            real = realpathSync(path);
            body = read(real);
          } catch (err) {
            inc.unresolved.push(`${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
            continue;
          }
          if (seen.has(real)) continue;
          seen.add(real);
          inc.files.push(path);
          walk(path, body);
        }
      }
    }
  };
  walk(options.mainPath, mainText);
  return result;
}
