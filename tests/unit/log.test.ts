import t from 'tap';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../ts/systemd/log.js';

const LOG_MODULE = join(process.cwd(), 'ts', 'systemd', 'log.ts');

/** Runs a child whose stderr is a file, with JOURNAL_STREAM set by `journal(stat)`, and returns what it wrote. */
function childLog(t: { teardown: (fn: () => unknown) => void }, journal: (st: { dev: number; ino: number }) => string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'swaysock-log-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'stderr');
  const fd = openSync(file, 'w');
  const st = statSync(file);
  const stream = journal(st);
  const script = `import { createLogger } from ${JSON.stringify(LOG_MODULE)}; const log = createLogger(); log('warning', 'two\\nlines'); log('notice', 'removed x');`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (stream === undefined) delete env.JOURNAL_STREAM;
  else env.JOURNAL_STREAM = stream;
  spawnSync(process.execPath, [...process.execArgv, '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', fd], env });
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.includes('ExperimentalWarning') && l !== '')
    .join('\n');
}

t.test('sd-daemon prefixes only when fd 2 is the stream JOURNAL_STREAM names', async (t) => {
  t.equal(
    childLog(t, (st) => `${st.dev}:${st.ino}`),
    '<4>two lines\n<5>removed x',
    'journal: prefixed, one line per entry',
  );
  t.equal(
    childLog(t, (st) => `${st.dev}:${st.ino + 1}`),
    'two lines\nremoved x',
    'another stream: plain',
  );
  t.equal(
    childLog(t, () => undefined),
    'two lines\nremoved x',
    'no JOURNAL_STREAM: plain',
  );
});

t.test('createLogger writes through the given sink', async (t) => {
  const lines: string[] = [];
  const log = createLogger({ journal: true, write: (l) => lines.push(l) });
  log('err', 'x');
  log('info', 'y');
  t.same(lines, ['<3>x\n', '<6>y\n']);
});
