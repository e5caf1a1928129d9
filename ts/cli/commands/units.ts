/**
 * `swaysock units --print | --install [DIR] [--enable] | --check | --generate`, with
 * `--metrics-textfile-dir DIR` adding the metrics textfile units: the systemd user
 * units, from the one set of definitions in ts/units/. `--print` and `--install` render plain
 * unit files with this installation's absolute paths (non-Nix installs; the Nix module reads
 * units/swaysock-units.json instead); `--check` fails (exit 1) when the committed JSON or a
 * committed rendered unit file (units/rendered/, ts/units/rendered.ts) differs from the
 * definitions, naming each; `--generate` rewrites them (for developers). Usage errors exit 64.
 */
import { isAbsolute, join } from 'node:path';
import { SwaysockError } from '../../errors/errors.js';
import { defaultUnitDir, RENDERED_UNITS_DIR, UNITS_JSON_PATH } from '../../paths/paths.js';
import { DEFAULT_SETTINGS, TEXTFILE_NAME } from '../../units/settings.js';
import { defineCommand } from '../command.js';
import type { ArgsOf } from '../options.js';
import { UsageError } from '../usage.js';

/** The options of `swaysock units` (option table, ../options.ts). */
export const UNITS_OPTIONS = {
  print: { type: 'boolean', describe: 'Print the unit files (with absolute paths of this installation)' },
  install: { type: 'string', value: 'DIR', optionalValue: true, describe: `Write the unit files into DIR (default ${defaultUnitDir()})` },
  enable: { type: 'boolean', describe: 'With --install: make the WantedBy= links and run systemctl --user daemon-reload' },
  check: { type: 'boolean', describe: `Exit 1 when ${UNITS_JSON_PATH} or a file in ${RENDERED_UNITS_DIR}/ is out of date` },
  generate: { type: 'boolean', describe: `Rewrite ${UNITS_JSON_PATH} and ${RENDERED_UNITS_DIR}/ (developers)` },
  'socket-activation': { type: 'boolean', describe: 'Include swaysock-healthd.socket' },
  'stable-socket': { type: 'boolean', describe: 'Include swaysock-stable.socket (a SWAYSOCK path that always reaches the live Sway)' },
  interval: {
    type: 'number',
    value: 'S',
    default: DEFAULT_SETTINGS['healthd.interval'],
    unit: 'seconds',
    describe: 'Health daemon validation interval, seconds',
  },
  'on-startup-sec': {
    type: 'string',
    value: 'SPAN',
    default: DEFAULT_SETTINGS['cleanup.onStartupSec'],
    describe: 'Cleanup timer OnStartupSec= (systemd.time(7) span)',
  },
  'on-unit-active-sec': { type: 'string', value: 'SPAN', default: DEFAULT_SETTINGS['cleanup.onUnitActiveSec'], describe: 'Cleanup timer OnUnitActiveSec=' },
  'metrics-textfile-dir': {
    type: 'string',
    value: 'DIR',
    describe: `Include the units that keep DIR/${TEXTFILE_NAME} up to date for node_exporter's textfile collector during the session`,
  },
  'metrics-textfile-interval': {
    type: 'string',
    value: 'SPAN',
    describe: `Their timer's OnUnitActiveSec= (default ${DEFAULT_SETTINGS['metrics.textfile.interval']})`,
  },
} as const;

type UnitsArgs = ArgsOf<typeof UNITS_OPTIONS>;

/** The one mode asked for. @throws UsageError unless exactly one is given, or for --enable without --install, and the textfile options' rules. */
function mode(args: UnitsArgs): 'print' | 'install' | 'check' | 'generate' {
  const modes = (['print', 'install', 'check', 'generate'] as const).filter((m) => (m === 'install' ? args.install !== undefined : args[m]));
  if (modes.length !== 1) throw new UsageError('give exactly one of --print, --install [DIR], --check, --generate');
  if (args.enable && modes[0] !== 'install') throw new UsageError('--enable goes with --install');
  const dir = args['metrics-textfile-dir'];
  if (dir !== undefined && !isAbsolute(dir)) throw new UsageError(`--metrics-textfile-dir needs an absolute path (got ${JSON.stringify(dir)})`);
  if (dir === undefined && args['metrics-textfile-interval'] !== undefined)
    throw new UsageError('--metrics-textfile-interval goes with --metrics-textfile-dir');
  return modes[0]!;
}

export const unitsCommand = defineCommand({
  words: ['units'],
  describe: 'Print, install or check the systemd user units',
  options: UNITS_OPTIONS,
  check: (args) => void mode(args),
  run: async (args) => {
    const m = mode(args);
    // Loaded here, not at start-up (dispatch.ts): the other commands need none of it.
    const [{ installUnits, renderUnits }, { installationProgramWords, runningInstallation }, { generatedFileProblems, writeGeneratedFiles }] =
      await Promise.all([import('../../units/install.js'), import('../../units/installation.js'), import('../../units/generated.js')]);
    const inst = runningInstallation();
    if (m === 'check') {
      const problems = generatedFileProblems(inst.root);
      // Without the JSON this is no installation of swaysock: an error, as before there were rendered files.
      const json = problems.find((p) => p.detail !== undefined && p.path === join(inst.root, UNITS_JSON_PATH));
      if (json) throw new SwaysockError('ERR_SWAYSOCK_FILE', `cannot read ${json.path}: ${json.detail}`);
      const what = { stale: 'is out of date', missing: 'is missing', unreadable: 'cannot be read', extra: 'is no longer generated' } as const;
      for (const p of problems) {
        process.stderr.write(
          `swaysock: ${p.path} ${what[p.problem]}${p.problem === 'unreadable' ? ` (${p.detail})` : ''}; run \`npm run units:generate\` and commit it\n`,
        );
      }
      if (problems.length > 0) {
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${join(inst.root, UNITS_JSON_PATH)} and the files in ${join(inst.root, RENDERED_UNITS_DIR)} are up to date\n`);
      return;
    }
    if (m === 'generate') {
      const { written, removed } = writeGeneratedFiles(inst.root);
      for (const path of written) process.stdout.write(`wrote ${path}\n`);
      for (const path of removed) process.stdout.write(`removed ${path}\n`);
      return;
    }
    const units = renderUnits({
      socketActivation: args['socket-activation'],
      stableSocket: args['stable-socket'],
      settings: {
        'healthd.interval': args.interval,
        'cleanup.onStartupSec': args['on-startup-sec'],
        'cleanup.onUnitActiveSec': args['on-unit-active-sec'],
        'metrics.textfile.path': args['metrics-textfile-dir'] === undefined ? null : join(args['metrics-textfile-dir'], TEXTFILE_NAME),
        'metrics.textfile.interval': args['metrics-textfile-interval'] ?? DEFAULT_SETTINGS['metrics.textfile.interval'],
      },
      programWords: installationProgramWords(inst),
    });
    if (m === 'print') {
      process.stdout.write(units.map((u) => `### ${u.name}\n${u.text}`).join('\n'));
      return;
    }
    const dir = args.install || defaultUnitDir();
    const report = await installUnits(units, dir, args.enable);
    for (const path of report.written) process.stdout.write(`wrote ${path}\n`);
    for (const path of report.linked) process.stdout.write(`linked ${path}\n`);
    if (!args.enable) process.stdout.write('Run `systemctl --user daemon-reload`, then enable the units (or use --enable).\n');
  },
});
