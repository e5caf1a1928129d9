/**
 * ts/session/environment.ts: which variables `swaysock session` imports for `--env NAME`,
 * `--env NAME=VALUE` and `--all`, and which ones its teardown unsets.
 */
import t from 'tap';
import { busOfProcessName, NO_EXTRA_VARIABLES, parseEnvArguments, sessionVariables, VariableNameError } from '../../ts/session/environment.js';

const SESSION_ENV = { SWAYSOCK: '/run/user/1000/sway-ipc.1000.42.sock', WAYLAND_DISPLAY: 'wayland-1', PATH: '/usr/bin', HOME: '/home/u', XCURSOR_SIZE: '24' };

t.test('--env arguments: NAME and NAME=VALUE (empty values and "=" in values kept)', async (t) => {
  t.same(parseEnvArguments(['XCURSOR_SIZE', 'NIXOS_OZONE_WL=1', 'EMPTY=', 'EQ=a=b']), {
    names: ['XCURSOR_SIZE'],
    assigned: { NIXOS_OZONE_WL: '1', EMPTY: '', EQ: 'a=b' },
    all: false,
  });
  t.equal(parseEnvArguments([], true).all, true);
});

t.test('--env arguments that name no variable are usage errors', async (t) => {
  for (const bad of ['NOT-A-NAME', '1X', '=value', '1X=value', 'A B=c', '']) {
    t.throws(() => parseEnvArguments([bad]), VariableNameError, JSON.stringify(bad));
  }
});

t.test('without extras: the session variables that are set, and the teardown unsets exactly those', async (t) => {
  const r = sessionVariables(SESSION_ENV, NO_EXTRA_VARIABLES);
  t.same(r.vars, { SWAYSOCK: SESSION_ENV.SWAYSOCK, WAYLAND_DISPLAY: 'wayland-1' });
  t.same(r.teardown.sort(), ['SWAYSOCK', 'WAYLAND_DISPLAY']);
});

t.test('--env NAME from the environment (left out when unset); NAME=VALUE wins over the environment', async (t) => {
  const r = sessionVariables({ ...SESSION_ENV, NIXOS_OZONE_WL: 'from env' }, parseEnvArguments(['XCURSOR_SIZE', 'XCURSOR_THEME', 'NIXOS_OZONE_WL=1']));
  t.equal(r.vars.XCURSOR_SIZE, '24');
  t.notOk('XCURSOR_THEME' in r.vars, 'an unset NAME is not imported');
  t.equal(r.vars.NIXOS_OZONE_WL, '1');
  t.same(r.teardown.sort(), ['NIXOS_OZONE_WL', 'SWAYSOCK', 'WAYLAND_DISPLAY', 'XCURSOR_SIZE']);
});

t.test('--all imports every valid variable but those of systemd for one service; the teardown leaves PATH and HOME', async (t) => {
  const env = { ...SESSION_ENV, 'NOT-A-NAME': 'x', INVOCATION_ID: 'abc', NOTIFY_SOCKET: '/run/x' };
  const r = sessionVariables(env, parseEnvArguments(['EXTRA=1'], true));
  t.same(r.vars, { ...SESSION_ENV, EXTRA: '1' });
  t.same(r.teardown.sort(), ['EXTRA', 'SWAYSOCK', 'WAYLAND_DISPLAY']);
});

t.test('the session bus from the name of the process it gives for itself', async (t) => {
  t.equal(busOfProcessName('dbus-daemon'), 'dbus-daemon');
  t.equal(busOfProcessName('dbus-broker-lau'), 'dbus-broker', "dbus-broker's launcher, as /proc shortens dbus-broker-launch");
  t.equal(busOfProcessName('dbus-broker'), 'dbus-broker');
  t.equal(busOfProcessName('dbus-daemon-x'), 'unknown');
  t.equal(busOfProcessName(''), 'unknown');
});
