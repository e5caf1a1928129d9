/**
 * `swaysock units --print | --install [DIR] [--enable] | --check | --generate`, with
 * `--metrics-textfile-dir DIR` adding the metrics textfile units: the systemd user
 * units, from the one set of definitions in ts/units/. `--print` and `--install` render plain
 * unit files with this installation's absolute paths (non-Nix installs; the Nix module reads
 * units/swaysock-units.json instead); `--check` fails (exit 1) when the committed JSON differs
 * from the definitions; `--generate` rewrites it (for developers). Usage errors exit 64.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { SwaysockError } from '../../errors/errors.js';
import type { CommandModule } from 'yargs';
import { positiveOption, UsageError } from '../usage.js';
import { DEFAULT_SETTINGS, TEXTFILE_NAME } from '../../units/definitions.js';
import { defaultUnitDir, installUnits, renderUnits } from '../../units/install.js';
import { installationProgramWords, runningInstallation } from '../../units/installation.js';
import { UNITS_JSON_PATH, unitsJson } from '../../units/json.js';

interface UnitsArgs {
  print: boolean;
  install?: string;
  enable: boolean;
  check: boolean;
  generate: boolean;
  'socket-activation': boolean;
  'stable-socket': boolean;
  interval: number;
  'on-startup-sec': string;
  'on-unit-active-sec': string;
  'metrics-textfile-dir'?: string;
  'metrics-textfile-interval'?: string;
}

/** The one mode asked for. @throws UsageError unless exactly one is given, or --enable without --install. */
function mode(args: UnitsArgs): 'print' | 'install' | 'check' | 'generate' {
  const modes = (['print', 'install', 'check', 'generate'] as const).filter((m) => (m === 'install' ? args.install !== undefined : args[m]));
  if (modes.length !== 1) throw new UsageError('give exactly one of --print, --install [DIR], --check, --generate');
  if (args.enable && modes[0] !== 'install') throw new UsageError('--enable goes with --install');
  positiveOption('interval', args.interval, 'seconds');
  const dir = args['metrics-textfile-dir'];
  if (dir !== undefined && !isAbsolute(dir)) throw new UsageError(`--metrics-textfile-dir needs an absolute path (got ${JSON.stringify(dir)})`);
  if (dir === undefined && args['metrics-textfile-interval'] !== undefined) throw new UsageError('--metrics-textfile-interval goes with --metrics-textfile-dir');
  return modes[0];
}

export const unitsCommand: CommandModule<object, UnitsArgs> = {
  command: 'units',
  describe: 'Print, install or check the systemd user units',
  builder: (y) =>
    y
      .option('print', { type: 'boolean', default: false, describe: 'Print the unit files (with absolute paths of this installation)' })
      .option('install', { type: 'string', describe: `Write the unit files into DIR (default ${defaultUnitDir()})` })
      .option('enable', { type: 'boolean', default: false, describe: 'With --install: make the WantedBy= links and run systemctl --user daemon-reload' })
      .option('check', { type: 'boolean', default: false, describe: `Exit 1 when ${UNITS_JSON_PATH} is out of date` })
      .option('generate', { type: 'boolean', default: false, describe: `Rewrite ${UNITS_JSON_PATH} (developers)` })
      .option('socket-activation', { type: 'boolean', default: false, describe: 'Include swaysock-healthd.socket' })
      .option('stable-socket', { type: 'boolean', default: false, describe: 'Include swaysock-stable.socket (a SWAYSOCK path that always reaches the live Sway)' })
      .option('interval', { type: 'number', default: DEFAULT_SETTINGS['healthd.interval'], describe: 'Health daemon validation interval, seconds' })
      .option('on-startup-sec', { type: 'string', default: DEFAULT_SETTINGS['cleanup.onStartupSec'], describe: 'Cleanup timer OnStartupSec= (systemd.time(7) span)' })
      .option('on-unit-active-sec', { type: 'string', default: DEFAULT_SETTINGS['cleanup.onUnitActiveSec'], describe: 'Cleanup timer OnUnitActiveSec=' })
      .option('metrics-textfile-dir', { type: 'string', describe: `Include the units that keep DIR/${TEXTFILE_NAME} up to date for node_exporter's textfile collector during the session` })
      .option('metrics-textfile-interval', { type: 'string', describe: `Their timer's OnUnitActiveSec= (default ${DEFAULT_SETTINGS['metrics.textfile.interval']})` }) as never,
  handler: async (args) => {
    const m = mode(args);
    const inst = runningInstallation();
    const jsonPath = join(inst.root, UNITS_JSON_PATH);
    if (m === 'check') {
      let committed: string;
      try {
        committed = readFileSync(jsonPath, 'utf8');
      } catch (err) {
        throw new SwaysockError('ERR_SWAYSOCK_FILE', `cannot read ${jsonPath}: ${(err as Error).message}`, { cause: err });
      }
      if (committed !== unitsJson()) {
        process.stderr.write(`swaysock: ${jsonPath} is out of date; run \`npm run units:generate\` and commit it\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${jsonPath} is up to date\n`);
      return;
    }
    if (m === 'generate') {
      writeFileSync(jsonPath, unitsJson());
      process.stdout.write(`wrote ${jsonPath}\n`);
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
};
