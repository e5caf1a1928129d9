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
import { Minimatch, type MinimatchOptions, unescape as unescapeGlob } from 'minimatch';
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
  /** Why a word could not be resolved (no match, unreadable, command substitution, a character wordexp(3) refuses). */
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

/**
 * How minimatch reads one path segment of an include word so that it matches what glibc's glob(3)
 * does for wordexp(3): a leading dot only matched by a literal dot, POSIX classes, `\` escapes,
 * and no brace expansion, extglobs, negation or comments (wordexp has none of them).
 */
const SEGMENT_GLOB: MinimatchOptions = { dot: false, nobrace: true, noext: true, nonegate: true, nocomment: true };

/**
 * Paths matching an absolute glob pattern (an include word), sorted by code unit in each directory
 * (glob(3) sorts with strcoll(3): the same in the C locale). Each segment with a wildcard is
 * matched against its directory's entries; a segment without one is its unescaped text, so a
 * pattern without any wildcard gives exactly one path, whether it exists or not. Empty when a
 * wildcard matches nothing.
 */
export function expandGlob(pattern: string): string[] {
  let paths = ['/'];
  for (const segment of pattern.split('/').filter((s) => s !== '')) {
    const glob = new Minimatch(segment, SEGMENT_GLOB);
    const next: string[] = [];
    for (const dir of paths) {
      if (!glob.hasMagic()) {
        next.push(join(dir, unescapeGlob(segment)));
        continue;
      }
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      for (const n of names.filter((n) => glob.match(n)).sort()) next.push(join(dir, n));
    }
    paths = next;
  }
  return paths;
}

/** Characters wordexp(3) refuses unquoted (WRDE_BADCHAR); Sway then reads nothing for the line. */
const BADCHARS = new Set(['|', '&', ';', '<', '>', '(', ')', '{', '}', '\n']);

/** `s` with every glob character escaped, so that it matches only itself. */
const literal = (s: string): string => s.replace(/[*?[\]\\]/g, '\\$&');

/** Why the words of `arg` cannot be told; `what` ends in "in", the quoted argument follows. */
const unresolved = (arg: string, what: string, after = ''): SwaysockError =>
  new SwaysockError('ERR_SWAYSOCK_INCLUDE_UNRESOLVED', `${what} ${JSON.stringify(arg)}${after}`);
const SUBSTITUTION = ['command substitution in', ' is not run by doctor'] as const;

/**
 * The words an `include` argument expands to, the way wordexp(3) does it with flags 0 (Sway's
 * call), except that no command is run: `~` at a word's start from HOME, `$VAR` and `${VAR}` from
 * `env` (unset: empty), split on blanks outside quotes (an unquoted variable's value too), `'...'`,
 * `"..."` and `\` quoting. Each word is a glob pattern for {@link expandGlob}, made absolute
 * against `baseDir`: whatever was quoted, or came from HOME or `baseDir`, has its glob characters
 * escaped with `\`. @throws SwaysockError `ERR_SWAYSOCK_INCLUDE_UNRESOLVED` for `$(...)` or
 * backquotes (which doctor does not run), an unquoted `|&;<>(){}` (which wordexp refuses) and an
 * unclosed quote.
 */
export function includeWords(arg: string, baseDir: string, env: Record<string, string | undefined>): string[] {
  const words: string[] = [];
  let word: string | null = null;
  const add = (s: string): void => {
    word = (word ?? '') + s;
  };
  const end = (): void => {
    if (word !== null) words.push(word);
    word = null;
  };
  /** A `$` expansion starting at `i`: the variable's value and the index after it, or null for a plain `$`. */
  const variable = (i: number): { value: string; next: number } | null => {
    if (arg[i + 1] === '(') throw unresolved(arg, ...SUBSTITUTION);
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/.exec(arg.slice(i));
    return m ? { value: env[(m[1] ?? m[2])!] ?? '', next: i + m[0].length } : null;
  };
  for (let i = 0; i < arg.length; i++) {
    const c = arg[i]!;
    if (c === ' ' || c === '\t') end();
    else if (c === '`') throw unresolved(arg, ...SUBSTITUTION);
    else if (BADCHARS.has(c)) throw unresolved(arg, `wordexp(3) refuses the unquoted ${JSON.stringify(c)} in`, ', so Sway reads nothing for this include');
    else if (c === '\\') add(literal(arg[++i] ?? ''));
    else if (c === "'") {
      const close = arg.indexOf("'", i + 1);
      if (close === -1) throw unresolved(arg, 'unclosed quote in');
      add(literal(arg.slice(i + 1, close)));
      i = close;
    } else if (c === '"') {
      add('');
      for (i++; arg[i] !== '"'; i++) {
        if (i >= arg.length) throw unresolved(arg, 'unclosed quote in');
        const q = arg[i]!;
        if (q === '`') throw unresolved(arg, ...SUBSTITUTION);
        const v = q === '$' ? variable(i) : null;
        if (v) {
          add(literal(v.value));
          i = v.next - 1;
        } else if (q === '\\' && '$`"\\'.includes(arg[i + 1] ?? '')) add(literal(arg[++i]!));
        else add(literal(q));
      }
    } else if (c === '~' && word === null && /^(\/|\s|$)/.test(arg.slice(i + 1))) add(literal(env.HOME ?? '~'));
    else {
      const v = c === '$' ? variable(i) : null;
      if (!v) add(c);
      else {
        const fields = v.value.split(/[ \t\n]+/);
        fields.forEach((f, k) => {
          if (k > 0) end();
          if (f !== '') add(f);
        });
        i = v.next - 1;
      }
    }
  }
  end();
  return words.map((w) => (isAbsolute(w) ? w : join(literal(baseDir), w)));
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
        const matches = expandGlob(word);
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
