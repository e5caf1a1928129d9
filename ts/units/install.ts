/**
 * Plain unit files for non-Nix installs: renders the selected units with the running
 * installation's absolute paths and writes them into a unit directory (default
 * `~/.config/systemd/user`, systemd.unit(5) "User Unit Search Path"). Enabling makes the
 * `TARGET.wants/UNIT` symlinks that `systemctl enable` (and home-manager) make, then runs
 * `systemctl --user daemon-reload`.
 */
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { SwaysockError } from '../errors/errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { SYSTEMCTL_RELOAD_TIMEOUT_MS, systemctlUser } from '../systemd/manager.js';
import { OPTIONAL_UNITS, TEXTFILE_UNITS, UNITS } from './definitions.js';
import { renderUnitFile, resolveUnit, type ProgramWords } from './render.js';
import type { ResolvedSections, UnitSettings } from './types.js';

/** One rendered unit. */
export interface RenderedUnit {
  name: string;
  sections: ResolvedSections;
  text: string;
}

/** Which units to render and with what settings. */
export interface UnitSelection {
  /** Include `swaysock-healthd.socket` (socket activation of the health daemon). */
  socketActivation: boolean;
  /** Include `swaysock-stable.socket` (the stable socket, docs/stable-socket.md). */
  stableSocket: boolean;
  /** The metrics textfile units are included when `settings['metrics.textfile.path']` is set. */
  settings: UnitSettings;
  programWords: ProgramWords;
}

/** Whether the optional unit `name` is selected. */
function selected(name: string, sel: UnitSelection): boolean {
  if (TEXTFILE_UNITS.includes(name)) return sel.settings['metrics.textfile.path'] !== null;
  return name === 'swaysock-stable.socket' ? sel.stableSocket : sel.socketActivation;
}

/**
 * Renders every unit (the optional ones only when selected), in definition order.
 * @throws Error from programWords when the installation lacks a bundle.
 */
export function renderUnits(sel: UnitSelection): RenderedUnit[] {
  return Object.entries(UNITS)
    .filter(([name]) => !OPTIONAL_UNITS.includes(name) || selected(name, sel))
    .map(([name, def]) => {
      const sections = resolveUnit(def, sel.settings, sel.programWords);
      return { name, sections, text: renderUnitFile(sections) };
    });
}

/** What {@link installUnits} did: absolute paths of unit files written and of wants links made. */
export interface InstallReport {
  written: string[];
  linked: string[];
}

/**
 * Writes `units` into `dir` (created, mode 0755, if missing; each file replaced atomically by a
 * rename). With `enable`, links `dir/TARGET.wants/UNIT -> dir/UNIT` for every `WantedBy=` target
 * (replacing an old link) and runs `systemctl --user daemon-reload`.
 * @throws Error on a file system error, or with systemctl's stderr when daemon-reload fails.
 */
export async function installUnits(units: RenderedUnit[], dir: string, enable: boolean): Promise<InstallReport> {
  const report: InstallReport = { written: [], linked: [] };
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  for (const unit of units) {
    const path = join(dir, unit.name);
    writeFileAtomic(path, unit.text, 0o644);
    report.written.push(path);
  }
  if (!enable) return report;
  for (const unit of units) {
    const wantedBy = unit.sections.Install?.WantedBy ?? [];
    for (const target of Array.isArray(wantedBy) ? wantedBy : [wantedBy]) {
      const wants = join(dir, `${target}.wants`);
      mkdirSync(wants, { recursive: true, mode: 0o755 });
      const link = join(wants, unit.name);
      rmSync(link, { force: true });
      symlinkSync(join(dir, unit.name), link);
      report.linked.push(link);
    }
  }
  const reload = await systemctlUser(['daemon-reload'], SYSTEMCTL_RELOAD_TIMEOUT_MS);
  if (reload.code !== 0) throw new SwaysockError('ERR_SWAYSOCK_EXEC', `systemctl --user daemon-reload failed (exit ${reload.code}): ${reload.stderr.trim()}`);
  return report;
}
