/**
 * The unit files committed under `units/rendered/` (docs/units.md, "Installing without Nix"):
 * what `swaysock units --install` writes for an `npm install -g` under `/usr`, with the default
 * options and with every optional unit on, so a reader or a distribution packager can see and
 * diff them without installing anything. They are generated files, as `units/swaysock-units.json`
 * is: `swaysock units --generate` writes both, and `--check` (so `npm test`) compares both.
 */
import { RENDERED_UNITS_DIR } from '../paths/paths.js';
import { renderUnits, type UnitSelection } from './install.js';
import { fixedInstallation, programWordsAt } from './installation.js';
import { DEFAULT_SETTINGS, TEXTFILE_NAME } from './settings.js';

/** The prefix the rendered files are for: Debian's and most distributions' `npm install -g` with a system node. */
export const RENDERED_PREFIX = '/usr';

/**
 * node_exporter's textfile collector directory of Debian's `prometheus-node-exporter` package,
 * the `all-optional` set's choice for `--metrics-textfile-dir`.
 */
export const RENDERED_TEXTFILE_DIR = '/var/lib/prometheus/node-exporter';

/** The rendered sets: a folder name under `units/rendered/` and what `swaysock units` is asked for. */
export const RENDERED_SETS: Readonly<Record<string, Omit<UnitSelection, 'programWords'>>> = {
  // `swaysock units --install`.
  default: { socketActivation: false, stableSocket: false, settings: DEFAULT_SETTINGS },
  // `--socket-activation --stable-socket --metrics-textfile-dir /var/lib/prometheus/node-exporter`.
  'all-optional': {
    socketActivation: true,
    stableSocket: true,
    settings: { ...DEFAULT_SETTINGS, 'metrics.textfile.path': `${RENDERED_TEXTFILE_DIR}/${TEXTFILE_NAME}` },
  },
};

/** Every rendered file: its path relative to the package root (`units/rendered/SET/UNIT`) to its text. */
export function renderedFiles(): Map<string, string> {
  const programWords = programWordsAt(fixedInstallation(RENDERED_PREFIX));
  const out = new Map<string, string>();
  for (const [set, selection] of Object.entries(RENDERED_SETS)) {
    for (const unit of renderUnits({ ...selection, programWords })) out.set(`${RENDERED_UNITS_DIR}/${set}/${unit.name}`, unit.text);
  }
  return out;
}
