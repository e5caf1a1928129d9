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
  t.same(r.execs.map((e) => e.text), ['exec first', 'exec_always a   --continued', 'exec b', 'exec from-home', 'exec from-xdg'], 'every exec in Sway\'s order; 10-a.conf read once');
  t.same(r.execs.map((e) => `${e.file.slice(root.length)}:${e.line}`), ['/sway/config:3', '/sway/config.d/10-a.conf:1', '/sway/config.d/20-b.conf:1', '/home/extra.conf:1', '/xdg/more.conf:3']);
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
  t.same(r.execs.map((e) => e.text), ['exec x']);
});

t.test('includeWords: ~, ${VAR}, unset variables empty, relative paths from the base directory', async (t) => {
  t.same(includeWords('~/a ${X}/b $UNSET/c d', '/base', { HOME: '/h', X: '/x' }), ['/h/a', '/x/b', '/c', '/base/d']);
  t.throws(() => includeWords('`id`', '/', {}), /command substitution/);
});
