/**
 * Where a user unit comes from, and so how to bind it to `sway-session.target`:
 * - home-manager: its file is a symlink into the store's `*-home-manager-files` tree (or, as
 *   systemd may report the resolved file, a path in /nix/store itself: NixOS's own user units
 *   are found through /etc) → `services.swaysock.sessionServices = [ "NAME" ]`;
 * - nixos: a unit from /etc on NixOS (/etc/systemd/user links into the store)
 *   → `systemd.user.services.NAME.partOf/after/wantedBy`, each `lib.mkForce`d so that
 *   `graphical-session.target` does not stay (docs/units.md);
 * - user: anything else (the user's own unit directory, a distribution's /usr/lib/systemd/user)
 *   → `swaysock migrate UNIT`, whose drop-in and wants link live in the user's directory.
 */
import { existsSync, readlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type UnitOrigin = 'home-manager' | 'nixos' | 'user';

/** The symlink chain of `path` (the path itself first), at most 16 hops. */
function linkChain(path: string): string[] {
  const chain = [path];
  let p = path;
  for (let i = 0; i < 16; i++) {
    try {
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      break;
    }
    chain.push(p);
  }
  return chain;
}

/** Classifies a unit by its FragmentPath; `nixosMarker` is the file that marks NixOS (tests pass another). */
export function unitOrigin(fragmentPath: string, nixosMarker = '/etc/NIXOS'): UnitOrigin {
  const chain = linkChain(fragmentPath);
  if (fragmentPath.startsWith('/nix/store/') || chain.some((p) => /-home-manager-files\//.test(p))) return 'home-manager';
  if (fragmentPath.startsWith('/etc/') && (existsSync(nixosMarker) || chain.some((p) => p.startsWith('/nix/store/')))) return 'nixos';
  return 'user';
}

/** The fix that binds `unit` to sway-session.target, for its origin. */
export function bindFix(unit: string, origin: UnitOrigin): string {
  const name = unit.replace(/\.service$/, '');
  switch (origin) {
    case 'home-manager':
      return `services.swaysock.sessionServices = [ "${name}" ];   (home-manager, then switch)`;
    case 'nixos':
      return `systemd.user.services.${JSON.stringify(name)} = { partOf = lib.mkForce [ "sway-session.target" ]; after = lib.mkForce [ "sway-session.target" ]; wantedBy = lib.mkForce [ "sway-session.target" ]; };   (NixOS configuration, then rebuild)`;
    case 'user':
      return `swaysock migrate ${unit}`;
  }
}
