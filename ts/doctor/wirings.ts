/**
 * Who starts `sway-session.target`: the known wirings, recognised from Sway's `exec` lines
 * (sway-config.ts) and, for uwsm, from its units. Names are those of the Nix module's
 * `services.swaysock.session.starter` ("swaysock", "home-manager", "nixos", "external") plus
 * "sway-systemd" and "uwsm". What each does when Sway crashes (docs/doctor.md):
 * - swaysock: `exec swaysock session` stops the target when Sway's IPC connection ends, crash included;
 * - home-manager (since 2024): `swaymsg -mt subscribe '[]' || true && systemctl --user stop
 *   sway-session.target` also stops it on any end; before that it only started the target;
 * - nixos: /etc/sway/config.d/nixos.conf stops it only after Sway's `shutdown` event
 *   (`swaymsg -t subscribe '["shutdown"]' && ...`), which a crash never sends;
 * - sway-systemd: `session.sh --with-cleanup` stops it when `swaymsg` returns, crash included;
 *   without `--with-cleanup` never;
 * - uwsm: runs Sway as `wayland-wm@*.service` and binds the session to it;
 * - external: some other line starts the target; doctor cannot tell how it ends.
 */
import { basename } from 'node:path';
import type { ConfigLine } from './sway-config.js';

export type StarterName = 'swaysock' | 'home-manager' | 'nixos' | 'sway-systemd' | 'uwsm' | 'external';

/** One wiring found. */
export interface Starter {
  name: StarterName;
  /** Which form, e.g. "since 2024", "pre-2024", "--with-cleanup". */
  variant: string | null;
  /** Whether it stops sway-session.target when Sway crashes; null when unknown. */
  stopsOnCrash: boolean | null;
  /** Where it was found: `file:line: text`, or the unit names. */
  evidence: string[];
}

const START = /systemctl\s+--user\s+start\s+sway-session\.target/;
const STOP = /systemctl\s+--user\s+stop\s+sway-session\.target/;
const where = (l: ConfigLine) => `${l.file}:${l.line}: ${l.text}`;

/** The wiring one `exec` line belongs to, or null when it has nothing to do with the target. */
function classify(l: ConfigLine): Omit<Starter, 'evidence'> | null {
  const t = l.text;
  if (/\bswaysock(?:\.c?js)?["']?\s+session\b/.test(t)) return { name: 'swaysock', variant: null, stopsOnCrash: true };
  if (/(^|[\s/"'])session\.sh\b/.test(t)) {
    const cleanup = /--with-cleanup\b/.test(t);
    return { name: 'sway-systemd', variant: cleanup ? '--with-cleanup' : 'without --with-cleanup', stopsOnCrash: cleanup };
  }
  const nixosFile = basename(l.file) === 'nixos.conf';
  if (nixosFile && (START.test(t) || STOP.test(t))) return { name: 'nixos', variant: null, stopsOnCrash: false };
  if (START.test(t) && /swaymsg\s+-mt\s+subscribe\s+'\[\]'\s*\|\|\s*true/.test(t) && STOP.test(t)) {
    return { name: 'home-manager', variant: 'since 2024', stopsOnCrash: true };
  }
  if (/import-environment\s+\{,WAYLAND_\}DISPLAY/.test(t) && START.test(t)) return { name: 'nixos', variant: null, stopsOnCrash: false };
  if (
    START.test(t) &&
    /(dbus-update-activation-environment\s+--systemd\b.*|systemctl\s+--user\s+import-environment\b[^;]*);\s*systemctl\s+--user\s+start\s+sway-session\.target["']?\s*$/.test(
      t,
    )
  ) {
    return { name: 'home-manager', variant: 'pre-2024', stopsOnCrash: false };
  }
  if (START.test(t)) return { name: 'external', variant: null, stopsOnCrash: null };
  return null;
}

/**
 * The starters in `execs` (in config order, one per name and variant) and, when `uwsmUnits`
 * (active `wayland-wm@*.service` units) is not empty, uwsm.
 */
export function recogniseStarters(execs: ConfigLine[], uwsmUnits: string[]): Starter[] {
  const starters: Starter[] = [];
  for (const l of execs) {
    const c = classify(l);
    if (c === null) continue;
    const same = starters.find((s) => s.name === c.name && s.variant === c.variant);
    if (same) same.evidence.push(where(l));
    else starters.push({ ...c, evidence: [where(l)] });
  }
  if (uwsmUnits.length > 0) starters.push({ name: 'uwsm', variant: null, stopsOnCrash: true, evidence: uwsmUnits.map((u) => `active unit ${u}`) });
  return starters;
}

/** "name (variant)" for messages. */
export function starterLabel(s: Starter): string {
  return s.variant === null ? s.name : `${s.name} (${s.variant})`;
}

/** How to take `s` out of the session, in its own project's terms. */
export function removalHint(s: Starter): string {
  switch (s.name) {
    case 'home-manager':
      return 'home-manager: wayland.windowManager.sway.systemd.enable = false';
    case 'nixos':
      return 'NixOS: stop including /etc/sway/config.d/* in Sway\'s config, or set environment.etc."sway/config.d/nixos.conf".enable = false in the NixOS configuration';
    case 'sway-systemd':
      return "sway-systemd: remove the include of 10-systemd-session.conf (or the session.sh line) from Sway's config";
    case 'uwsm':
      return 'uwsm: start Sway without `uwsm start`';
    case 'swaysock':
      return 'swaysock: delete the `exec swaysock session` line (home-manager: services.swaysock.session.writeSwayConfig = false, and services.swaysock.session.starter set to the starter you keep)';
    case 'external':
      return `delete the line(s): ${s.evidence.join('; ')}`;
  }
}
