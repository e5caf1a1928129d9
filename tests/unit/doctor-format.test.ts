/** The text form of a doctor report (ts/doctor/format.ts): grouped by check, colour only when asked; its JSON Schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { formatReport } from '../../ts/doctor/format.js';
import type { DoctorReport } from '../../ts/doctor/run.js';
import { CHECK_IDS } from '../../ts/doctor/types.js';

const report: DoctorReport = {
  swaysock_version: '0.0.0',
  runtime_dir: '/run/user/1000',
  findings: [
    { check: 'host', severity: 'ok', summary: 'host fine', evidence: [], fix: null },
    { check: 'sway', severity: 'problem', summary: 'bad thing', evidence: ['fact one', 'fact two'], fix: 'do this' },
    { check: 'sway', severity: 'warning', summary: 'odd thing', evidence: [], fix: null },
  ],
  counts: { ok: 1, info: 0, warning: 1, problem: 1, error: 0 },
  exit_code: 1,
};

t.test('plain: headings in check order, evidence and fix indented, verdict last', async (t) => {
  t.equal(
    formatReport(report, false),
    'Sway\n  [PROBLEM] bad thing\n      fact one\n      fact two\n      fix: do this\n  [WARN] odd thing\n\nHost\n  [ok] host fine\n\n1 problem(s); 1 warning(s)\n',
  );
});

t.test('colour: ANSI SGR around marks and headings', async (t) => {
  const out = formatReport(report, true);
  t.match(out, '\x1b[1mSway\x1b[0m');
  t.match(out, '\x1b[31;1m[PROBLEM]\x1b[0m bad thing');
  t.match(out, '\x1b[33m[WARN]\x1b[0m');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what an ANSI colour sequence starts with
  t.equal(out.replace(/\x1b\[[0-9;]*m/g, ''), formatReport(report, false), 'the same text without them');
});

t.test('schemas/doctor.schema.json names exactly the checks and severities of the code', async (t) => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'doctor.schema.json'), 'utf8'));
  const finding = schema.properties.findings.items.properties;
  t.same(finding.check.enum, [...CHECK_IDS]);
  t.same(finding.severity.enum, Object.keys(report.counts));
  t.same(schema.properties.counts.required, Object.keys(report.counts));
});

t.test('docs/doctor.md describes exactly the checks of the code, in their order', async (t) => {
  const doc = readFileSync(join(process.cwd(), 'docs', 'doctor.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## The checks'), doc.indexOf('\n## ', doc.indexOf('## The checks') + 1));
  t.same(
    [...section.matchAll(/^\d+\. \*\*[^*]+\*\* \(`(\w+)`\)/gm)].map((m) => m[1]),
    [...CHECK_IDS],
    'one numbered entry per check, named by its id',
  );
});
