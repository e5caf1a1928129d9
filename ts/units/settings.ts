/**
 * The settings the unit definitions refer to (`{ setting: NAME }`, types.ts), with their defaults:
 * the one list that `swaysock units` (its options), the generated JSON (`settings`) and the Nix
 * module (its options' defaults, and the settings it must pass: nix/units.nix) read. Data only, so
 * the CLI can read it at start-up.
 */
import type { UnitSettings } from './types.js';

/** Defaults of the settings the units refer to (the module's option defaults are the same). */
export const DEFAULT_SETTINGS: UnitSettings = {
  'healthd.interval': 5,
  'cleanup.onStartupSec': '5min',
  'cleanup.onUnitActiveSec': '5min',
  // No default: the textfile collector's directory is the host's choice (docs/metrics.md).
  'metrics.textfile.path': null,
  // Twice per minute, Prometheus' default scrape interval (docs/design.md, "Metrics for the textfile collector").
  'metrics.textfile.interval': '30s',
};

/** The file the textfile units write in the collector's directory (node_exporter reads `*.prom`). */
export const TEXTFILE_NAME = 'swaysock.prom';
