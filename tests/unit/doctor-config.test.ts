/**
 * Sway's config as doctor reads it (ts/doctor/sway-config.ts): `include` resolved like Sway
 * (set variables, `~`, `$VAR`, globs, relative to the including file, each file once), on real
 * files in a temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { expandConfig, includeWords } from '../../ts/doctor/sway-config.js';

function tree(t: { teardown: (fn: () => void) => void }, files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'swaysock-doctor-config-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

t.test('includes: relative glob, set variable, ~ and $VAR, sorted matches, no dot files, each file once', async (t) => {
  const root = tree(t, {
    'sway/config': 'unused: GET_CONFIG text is passed in',
    'sway/config.d/20-b.conf': 'exec b\ninclude ../config.d/10-a.conf\n',
    'sway/config.d/10-a.conf': 'exec_always a \\\n  --continued\n',
    'sway/config.d/.hidden.conf': 'exec hidden\n',
    'home/extra.conf': 'exec from-home\n',
    'xdg/more.conf': '# a comment\n\nexec from-xdg\n',
  });
  const main = `# main
set $d config.d
exec first
include $d/*.conf
include ~/extra.conf $XDG/more.conf
include nothing-here/*
include "$(hostname).conf"
`;
  const r = expandConfig(main, { mainPath: join(root, 'sway', 'config'), env: { HOME: join(root, 'home'), XDG: join(root, 'xdg') } });
  t.same(
    r.execs.map((e) => e.text),
    ['exec first', 'exec_always a   --continued', 'exec b', 'exec from-home', 'exec from-xdg'],
    "every exec in Sway's order; 10-a.conf read once",
  );
  t.same(
    r.execs.map((e) => `${e.file.slice(root.length)}:${e.line}`),
    ['/sway/config:3', '/sway/config.d/10-a.conf:1', '/sway/config.d/20-b.conf:1', '/home/extra.conf:1', '/xdg/more.conf:3'],
  );
  t.same(r.includes[0]!.files, [join(root, 'sway/config.d/10-a.conf'), join(root, 'sway/config.d/20-b.conf')], 'glob sorted, .hidden.conf not matched');
  t.equal(r.includes[0]!.text, 'include config.d/*.conf', 'set variables substituted');
  t.same(r.includes[1]!.files, [], 'the include inside 20-b.conf (listed when read) names a file already read');
  t.same(r.includes[2]!.files, [join(root, 'home/extra.conf'), join(root, 'xdg/more.conf')]);
  t.match(r.includes[3]!.unresolved, [/nothing-here\/\*: no file matches/]);
  t.match(r.includes[4]!.unresolved, [/command substitution .* is not run by doctor/]);
});

t.test('a file that includes the main config does not loop', async (t) => {
  const root = tree(t, { config: 'include loop.conf\n', 'loop.conf': 'include config\nexec x\n' });
  const r = expandConfig('include loop.conf\n', { mainPath: join(root, 'config'), env: {} });
  t.same(
    r.execs.map((e) => e.text),
    ['exec x'],
  );
});

// biome-ignore lint/suspicious/noTemplateCurlyInString: ${VAR} is the Sway config's syntax, not a template
t.test('includeWords: ~, ${VAR}, unset variables empty, relative paths from the base directory', async (t) => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: as above
  t.same(includeWords('~/a ${X}/b $UNSET/c d', '/base', { HOME: '/h', X: '/x' }), ['/h/a', '/x/b', '/c', '/base/d']);
  t.throws(() => includeWords('`id`', '/', {}), /command substitution/);
});

/**
 * One include pattern per case, on the same directory, against what glibc's wordexp(3) (Sway's
 * call, flags 0) gives for it: a leading dot is matched only by a literal dot, POSIX classes,
 * `\` escapes, no braces or extglobs (wordexp refuses the unquoted characters), `!` is literal,
 * and `?` is one character (UTF-8 locale).
 */
t.test('include globs match what wordexp(3) matches', async (t) => {
  const names = ['a.conf', 'b.conf', '1.conf', '.hidden.conf', 'st*r.conf', 'x{a,b}.conf', '+(a).conf', '!x.conf', 'é.conf'];
  const root = tree(t, Object.fromEntries(names.map((n) => [`d/${n}`, `exec ${n}\n`])));
  const read = (pattern: string): { files: string[]; unresolved: string[] } => {
    const inc = expandConfig(`include ${pattern}\n`, { mainPath: join(root, 'd', 'config'), env: {} }).includes[0]!;
    return { files: inc.files.map((f) => f.slice(join(root, 'd').length + 1)), unresolved: inc.unresolved };
  };
  const all = ['!x.conf', '+(a).conf', '1.conf', 'a.conf', 'b.conf', 'st*r.conf', 'x{a,b}.conf', 'é.conf'];
  t.same(read('*.conf').files, all, '*.conf: every name but the dot file, in code unit order');
  t.same(
    read('[!a]*.conf').files,
    all.filter((n) => n !== 'a.conf'),
    '[!a]*.conf: a negated class does not match a leading dot',
  );
  t.same(read('[[:digit:]]*.conf').files, ['1.conf'], 'a POSIX class');
  t.same(read('.*.conf').files, ['.hidden.conf'], 'a literal leading dot matches the dot file');
  t.same(read('st\\*r.conf').files, ['st*r.conf'], 'an escaped * is literal');
  for (const pattern of ['x{a,b}.conf', '+(a).conf']) {
    const r = read(pattern);
    t.same(r.files, [], `${pattern}: nothing read`);
    t.match(r.unresolved, [/wordexp\(3\) refuses the unquoted "[{(]" in .*, so Sway reads nothing for this include/], `${pattern}: said why`);
  }
  t.same(read('!x.conf').files, ['!x.conf'], 'a leading ! is literal, not a negation');
  t.same(read('?.conf').files, ['1.conf', 'a.conf', 'b.conf', 'é.conf'], '? is one character, é included');
});

t.test('includeWords: quotes and escapes make glob characters literal; the base directory is literal', async (t) => {
  t.same(includeWords(`'x{a,b}.conf' "st*r $X" \\[a\\].conf "$Y"`, '/b', { X: 'x*', Y: 'y?' }), [
    '/b/x{a,b}.conf',
    '/b/st\\*r x\\*',
    '/b/\\[a\\].conf',
    '/b/y\\?',
  ]);
  t.same(includeWords('$V.conf', '/b', { V: 'p q*' }), ['/b/p', '/b/q*.conf'], "an unquoted variable's value is split and globbed");
  t.throws(() => includeWords('"a.conf', '/b', {}), /unclosed quote/);
  t.throws(() => includeWords('a|b', '/b', {}), /refuses the unquoted "\|"/);
  t.same(includeWords("'$(id)'", '/b', {}), ['/b/$(id)'], 'quoted, $( is not a command substitution');
  t.throws(() => includeWords("'$(id)' $(id)", '/b', {}), /command substitution/);
  const root = tree(t, { 'cfg[1]/a.conf': 'exec a\n' });
  const r = expandConfig('include *.conf\n', { mainPath: join(root, 'cfg[1]', 'config'), env: {} });
  t.same(r.includes[0]!.files, [join(root, 'cfg[1]', 'a.conf')], 'a relative glob under a directory whose name has glob characters');
});
