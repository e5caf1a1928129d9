/**
 * Check 8, the host: XDG_RUNTIME_DIR set, ours and private; lingering (`loginctl show-user
 * --property=Linger`) when Sway runs from a unit of the user manager (a headless host, where
 * nothing starts at boot without it); our unit files pass `systemd-analyze --user verify`.
 */
import { execFile } from 'node:child_process';
import { statSync, type Stats } from 'node:fs';
import { userInfo } from 'node:os';
import { SwaysockError } from '../../errors/errors.js';
import { UNITS } from '../../units/definitions.js';
import { isCycleLine, verifyUserUnits } from '../analyze.js';
import type { DoctorContext } from '../context.js';
import type { UnitProperties } from '../systemd.js';
import { error, info, ok, problem, warning, type Found } from '../types.js';

/** Timeout of the loginctl run, in ms: generous, see SYSTEMCTL_QUERY_TIMEOUT_MS (ts/systemd/manager.ts). */
export const LOGINCTL_TIMEOUT_MS = 10_000;

/** `loginctl show-user USER --property=Linger --value`: 'yes'/'no', or an Error saying why not. */
function linger(user: string): Promise<string | Error> {
  return new Promise((resolve) => {
    execFile('loginctl', ['show-user', user, '--property=Linger', '--value'], { timeout: LOGINCTL_TIMEOUT_MS, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err === null) resolve(stdout.trim());
      else
        resolve(
          new SwaysockError(
            'ERR_SWAYSOCK_EXEC',
            (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'loginctl is not on PATH' : (stderr.trim() || err.message).replace(/\s*\n\s*/g, '; '),
          ),
        );
    });
  });
}

function runtimeDirFinding(ctx: DoctorContext): Found {
  const dir = ctx.env.XDG_RUNTIME_DIR;
  if (!dir)
    return problem(
      'XDG_RUNTIME_DIR is not set: Sway refuses to start and nothing can find its socket',
      [],
      'log in through a session manager (pam_systemd sets it), or export XDG_RUNTIME_DIR=/run/user/$(id -u)',
    );
  let st: Stats;
  try {
    st = statSync(dir);
  } catch (err) {
    return problem(`XDG_RUNTIME_DIR=${dir} cannot be read: ${(err as NodeJS.ErrnoException).code}`, [], 'log in again so that systemd-logind creates it');
  }
  const facts = [`${dir}: owner UID ${st.uid}, mode ${(st.mode & 0o777).toString(8)}`];
  if (!st.isDirectory() || st.uid !== ctx.uid || (st.mode & 0o077) !== 0)
    return problem(`XDG_RUNTIME_DIR=${dir} is not a directory of yours with mode 0700`, facts, `chmod 0700 ${dir} (and check who created it)`);
  return ok(`XDG_RUNTIME_DIR=${dir} is yours, mode 0700`, facts);
}

async function lingerFinding(ctx: DoctorContext): Promise<Found> {
  const swayUnit = await ctx.swayUnit();
  const user = userInfo().username;
  const value = await linger(user);
  const fact = value instanceof Error ? `loginctl show-user ${user} --property=Linger: ${value.message}` : `Linger=${value}`;
  // A Sway run by a service of the user manager needs the manager at boot; uwsm's
  // wayland-wm@*.service runs Sway for a graphical login, which starts the manager anyway.
  const headless = swayUnit?.endsWith('.service') === true && !swayUnit.startsWith('wayland-wm@');
  if (value instanceof Error)
    return warning('lingering could not be read', [fact], headless ? `check it yourself; Sway runs from ${swayUnit}, which needs it to start at boot` : null);
  if (value === 'yes') return ok(`lingering is on for ${user}: the user manager starts at boot`, [fact]);
  if (headless) {
    return warning(
      `Sway runs from ${swayUnit} of the user manager, but lingering is off: after a reboot nothing starts until ${user} logs in`,
      [fact],
      `loginctl enable-linger ${user}   (NixOS: users.users.${user}.linger = true)`,
    );
  }
  return info(`lingering is off for ${user}; not needed while Sway runs in a login session`, [fact, `Sway's unit: ${swayUnit ?? 'none'}`]);
}

async function unitsFinding(ctx: DoctorContext): Promise<Found> {
  let props: UnitProperties[];
  try {
    props = await Promise.all(Object.keys(UNITS).map((u) => ctx.unit(u)));
  } catch (err) {
    return error(`our unit files could not be located: ${(err as Error).message}`, [], null);
  }
  const files = props.filter((p) => p.LoadState === 'loaded' && p.FragmentPath).map((p) => p.FragmentPath!);
  if (files.length === 0) return info('none of our unit files is loaded: nothing to verify');
  const r = await verifyUserUnits(files);
  if (r.code === 127) return warning('systemd-analyze is not on PATH: our unit files were not verified', files, null);
  // Verifying sway-session.target builds its start transaction, which takes in every unit it
  // wants: a cycle there is the wanted check's finding, not a fault of our files.
  const faults = r.lines.filter((l) => !isCycleLine(l));
  if (r.code !== 0 || faults.length > 0)
    return problem(
      `systemd-analyze --user verify finds fault with our unit files (exit ${r.code})`,
      [...files, ...faults],
      'reinstall them: swaysock units --install --enable (Nix: services.swaysock.enable = true, then switch)',
    );
  return ok(`our ${files.length} unit files pass systemd-analyze --user verify`, files);
}

/** Check 8. @returns its findings; never throws (each part reports its own failure). */
export async function checkHost(ctx: DoctorContext): Promise<Found[]> {
  return [runtimeDirFinding(ctx), ...(await Promise.all([lingerFinding(ctx), unitsFinding(ctx)]))];
}
