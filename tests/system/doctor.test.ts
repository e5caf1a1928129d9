/**
 * `swaysock doctor` under a real systemd user manager with a real headless Sway: a healthy
 * session (no problem, exit 0), then each mis-wiring provoked for real and named with its fix.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { socketPeers } from '../../ts/doctor/ipc-peers.js';
import { findings, problems, runDoctor } from '../helpers/doctor.js';
import { CLI } from '../helpers/daemon.js';
import { checkSession, healthyWithin, installSession, loginAgain, managerWithOurUnits } from '../helpers/scenario.js';
import { state, swayServiceSession, writeSwayService } from '../helpers/session.js';
import { startSway } from '../helpers/sway.js';
import { chownToTestUser } from '../helpers/user.js';
import { waitFor } from '../helpers/user-manager.js';

t.test(
  'a healthy session, then a stale socket, a Sway client on graphical-session.target, the daemon stopped, a stale SWAYSOCK, the target up with Sway dead',
  async (t) => {
    const { um, swayLog } = await installSession(t);
    const booted = await loginAgain(t, um);
    const sway = await checkSession(t, booted, swayLog, 'session');

    const healthy = await runDoctor(booted);
    t.equal(healthy.code, 0, `healthy: exit 0, no problem:\n${problems(healthy.report)}`);
    t.equal(healthy.report.counts.problem, 0);
    t.equal(findings(healthy.report, 'sway', 'ok', new RegExp(`socket ${sway.socket}$`)).length, 1, 'names the live socket');
    t.equal(findings(healthy.report, 'target', 'ok', /started by swaysock, which stops it when Sway ends/).length, 1, 'recognises `exec swaysock session`');
    t.equal(findings(healthy.report, 'environment', 'ok', /user manager's SWAYSOCK is the live Sway's socket/).length, 1);

    const text = await booted.run(process.execPath, [CLI, 'doctor']);
    t.equal(text.code, 0);
    t.match(text.stdout, /^Sway\n {2}\[ok\] Sway /, 'text output: grouped under headings');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what an ANSI colour sequence starts with
    t.notMatch(text.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    t.match(text.stdout, /no problem; \d+ warning\(s\)\n$/);

    // A stale socket beside the live one: a second Sway, SIGKILLed.
    const extra = await startSway(booted.runtimeDir, t.teardown);
    await extra.kill('SIGKILL');
    const stale = await runDoctor(booted);
    const staleFound = findings(stale.report, 'sockets', 'warning', /1 stale Sway socket/);
    t.equal(staleFound.length, 1, 'the stale socket is named');
    t.match(staleFound[0]?.evidence.join('\n') ?? '', extra.socketPath);
    t.equal(staleFound[0]?.fix, 'swaysock cleanup   (the timer would remove them on its next run)');
    t.equal(stale.code, 0, 'a warning alone: exit 0');

    // A real Sway IPC client in a service bound to graphical-session.target.
    booted.writeUnit(
      'talker.service',
      `[Unit]
Description=Sway IPC client bound to the graphical session (test fixture)
PartOf=graphical-session.target
After=graphical-session.target

[Service]
ExecStart=/usr/bin/swaymsg -t subscribe -m '["window"]'
`,
    );
    await booted.systemctl(['daemon-reload']);
    t.equal((await booted.systemctl(['start', 'talker.service'])).code, 0);
    const talkerPid = Number(await booted.unitProperty('talker.service', 'MainPID'));
    // Doctor finds Sway's clients as ss(8) does: once swaymsg is connected, one run must name it.
    await waitFor(async () => (await socketPeers(sway.socket)).some((p) => p.pid === talkerPid), 30_000, "talker.service's swaymsg to connect to Sway");
    const talking = await runDoctor(booted);
    const talker = findings(talking.report, 'clients', 'problem', /^talker\.service talks to Sway but lacks PartOf= and After=sway-session\.target/)[0];
    t.ok(talker, 'talker.service: not bound to sway-session.target');
    t.equal(talker?.fix, 'swaysock migrate talker.service', "a unit in the user's own directory: swaysock migrate");
    t.match(talker?.evidence[0] ?? '', `PID ${talkerPid} (swaymsg) connected to ${sway.socket}`);
    t.equal(talking.code, 1, 'a problem: exit 1');
    const migrate = await booted.run(process.execPath, [CLI, 'migrate', 'talker.service']);
    t.equal(migrate.code, 0, migrate.stderr);
    const migrated = await runDoctor(booted);
    t.equal(findings(migrated.report, 'clients', 'problem', /talker/).length, 0, 'after the fix: no longer reported');
    t.match(findings(migrated.report, 'clients', 'ok', /every service connected to Sway is bound/)[0]?.evidence.join('\n') ?? '', /bound: talker\.service/);
    await booted.systemctl(['stop', 'talker.service']);

    // The daemon stopped while the session is up.
    t.equal((await booted.systemctl(['stop', 'swaysock-healthd.service'])).code, 0);
    const stopped = await runDoctor(booted);
    const daemon = findings(stopped.report, 'daemon', 'problem', /swaysock-healthd\.service is inactive while sway-session\.target is active/)[0];
    t.ok(daemon, 'the stopped daemon is a problem');
    t.match(daemon?.fix ?? '', /^systemctl --user start swaysock-healthd\.service/);
    t.equal(stopped.code, 1);

    // A stale SWAYSOCK in the manager (the daemon, which would repair it, is stopped).
    t.equal((await booted.systemctl(['set-environment', `SWAYSOCK=${extra.socketPath}`])).code, 0);
    const dead = await runDoctor(booted);
    const env = findings(dead.report, 'environment', 'problem', /the user manager's SWAYSOCK is stale/)[0];
    t.ok(env, 'the stale SWAYSOCK is a problem');
    t.equal(env?.fix, `systemctl --user set-environment SWAYSOCK=${sway.socket}`, 'fix: set it to the live socket');
    await booted.systemctl(['set-environment', `SWAYSOCK=${sway.socket}`]);

    // The target up with Sway dead: Sway stopped (the session ends), then the target started by hand.
    await booted.systemctl(['stop', 'sway.service']);
    await waitFor(async () => (await state(booted, 'sway-session.target')) === 'inactive', 30_000, 'the session to end with Sway');
    t.equal((await booted.systemctl(['start', 'sway-session.target'])).code, 0);
    const orphan = await runDoctor(booted);
    const target = findings(orphan.report, 'target', 'problem', /sway-session\.target is active but no Sway is alive/)[0];
    t.ok(target, 'the target without Sway is a problem');
    t.match(
      target?.fix ?? '',
      /^systemctl --user stop sway-session\.target; then put `exec swaysock session` in Sway's config \(home-manager: services\.swaysock\.session\.writeSwayConfig = true/,
    );
    t.equal(orphan.code, 1);
  },
);

t.test('lingering off while Sway runs from a user service (loginctl is a FAKE here: no logind on this machine)', async (t) => {
  const { um, swayLog } = await installSession(t);
  const booted = await loginAgain(t, um);
  await swayServiceSession(booted, swayLog);
  // FAKE loginctl: answers `show-user --property=Linger --value` with "no", as logind does for a user without lingering.
  const fakeBin = mkdtempSync(join(tmpdir(), 'swaysock-fake-loginctl-'));
  t.teardown(() => rmSync(fakeBin, { recursive: true, force: true }));
  writeFileSync(join(fakeBin, 'loginctl'), '#!/bin/sh\n# FAKE loginctl for a test: this machine has no systemd-logind.\necho no\n', { mode: 0o755 });
  chownToTestUser(fakeBin);
  const r = await runDoctor(booted, { PATH: `${fakeBin}:${booted.env.PATH}` });
  const linger = findings(r.report, 'host', 'warning', /Sway runs from sway\.service of the user manager, but lingering is off/)[0];
  t.ok(linger, 'lingering off on a headless host: a warning');
  t.match(linger?.fix ?? '', /^loginctl enable-linger swaysock-test/);
  t.equal(findings(r.report, 'host', 'ok', /our \d unit files pass systemd-analyze --user verify/).length, 1, 'our unit files verify');
});

t.test('two starters: `exec swaysock session` beside a NixOS-style include of config.d/nixos.conf', async (t) => {
  const um = await managerWithOurUnits(t);
  const configD = join(um.home, 'etc-sway', 'config.d');
  mkdirSync(configD, { recursive: true });
  // nixpkgs' nixos/modules/programs/wayland/sway.nix writes these lines to /etc/sway/config.d/nixos.conf.
  writeFileSync(
    join(configD, 'nixos.conf'),
    `exec dbus-update-activation-environment --systemd DISPLAY WAYLAND_DISPLAY SWAYSOCK XDG_CURRENT_DESKTOP
exec "systemctl --user import-environment {,WAYLAND_}DISPLAY SWAYSOCK; systemctl --user start sway-session.target"
exec swaymsg -t subscribe '["shutdown"]' && systemctl --user stop sway-session.target
`,
  );
  const swayLog = await writeSwayService(um, { exec: 'exec', extraConfig: 'set $etc ~/etc-sway\ninclude $etc/config.d/*\n' });
  const booted = await loginAgain(t, um);
  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  await swayServiceSession(booted, swayLog);
  await healthyWithin(booted, 30_000);
  const r = await runDoctor(booted);
  const two = findings(
    r.report,
    'target',
    'warning',
    /^2 starters of sway-session\.target: swaysock and nixos; swaysock stops it when Sway crashes; nixos does not stop it when Sway crashes$/,
  )[0];
  t.ok(
    two,
    `both starters named, and which one stops the target on a crash:\n${JSON.stringify(
      r.report.findings.filter((f) => f.check === 'target'),
      null,
      1,
    )}`,
  );
  t.match(two?.evidence.join('\n') ?? '', `nixos: ${join(configD, 'nixos.conf')}:2: exec "systemctl --user import-environment`);
  t.equal(
    two?.fix,
    'keep swaysock, which stops the target on a crash, and remove the others: NixOS: stop including /etc/sway/config.d/* in Sway\'s config, or set environment.etc."sway/config.d/nixos.conf".enable = false in the NixOS configuration',
  );
  t.match(
    findings(r.report, 'target', 'info', /includes 1 line\(s\), read from disk now: they may have changed since Sway loaded them/)[0]?.evidence[0] ?? '',
    `-> ${join(configD, 'nixos.conf')}`,
  );
  t.equal(r.code, 0, `a warning alone: exit 0\n${problems(r.report)}`);
});

t.test('uwsm: every active wayland-wm@*.service is named, when the glob matches more than one', async (t) => {
  const um = await managerWithOurUnits(t);
  const swayLog = await writeSwayService(um, { exec: 'exec' });
  const booted = await loginAgain(t, um);
  t.equal((await booted.systemctl(['start', 'sway.service'])).code, 0);
  await swayServiceSession(booted, swayLog);
  // Stand-ins for two uwsm units (uwsm runs Sway as wayland-wm@<desktop entry>.service).
  booted.writeUnit('wayland-wm@.service', '[Service]\nExecStart=sleep 600\n');
  t.equal((await booted.systemctl(['daemon-reload'])).code, 0);
  t.equal((await booted.systemctl(['start', 'wayland-wm@one.service', 'wayland-wm@two.service'])).code, 0);
  const r = await runDoctor(booted);
  const evidence = r.report.findings.filter((f) => f.check === 'target').flatMap((f) => f.evidence);
  t.ok(
    evidence.includes('uwsm: active unit wayland-wm@one.service') && evidence.includes('uwsm: active unit wayland-wm@two.service'),
    `both uwsm units named:\n${evidence.join('\n')}`,
  );
});

t.test(
  'units wanted by sway-session.target: a start job systemd deletes to break an ordering cycle, a failed start, a crash loop, an unmet condition',
  async (t) => {
    const { um, swayLog } = await installSession(t);
    // cyclic.service runs after the target, and before cyclic-peer.service, which runs before the target.
    um.writeUnit(
      'cyclic.service',
      '[Unit]\nDescription=ordered after the session target (test fixture)\nAfter=sway-session.target\nBefore=cyclic-peer.service\n\n[Service]\nExecStart=/bin/sleep infinity\n\n[Install]\nWantedBy=sway-session.target\n',
    );
    um.writeUnit(
      'cyclic-peer.service',
      '[Unit]\nDescription=ordered before the session target (test fixture)\nBefore=sway-session.target\n\n[Service]\nExecStart=/bin/sleep infinity\n\n[Install]\nWantedBy=sway-session.target\n',
    );
    um.writeUnit(
      'broken.service',
      '[Unit]\nDescription=fails at start (test fixture)\n\n[Service]\nExecStart=/bin/false\n\n[Install]\nWantedBy=sway-session.target\n',
    );
    um.writeUnit(
      'skipped.service',
      '[Unit]\nDescription=its condition is never met (test fixture)\nConditionPathExists=/nonexistent/swaysock-doctor-fixture\n\n[Service]\nExecStart=/bin/sleep infinity\n\n[Install]\nWantedBy=sway-session.target\n',
    );
    um.writeUnit(
      'looping.service',
      '[Unit]\nDescription=crashes and is restarted until the start limit (test fixture)\nStartLimitIntervalSec=60s\nStartLimitBurst=3\n\n[Service]\nExecStart=/bin/false\nRestart=on-failure\nRestartSec=100ms\n\n[Install]\nWantedBy=sway-session.target\n',
    );
    t.equal((await um.systemctl(['enable', 'cyclic.service', 'cyclic-peer.service', 'broken.service', 'skipped.service', 'looping.service'])).code, 0);
    const booted = await loginAgain(t, um);
    await swayServiceSession(booted, swayLog);
    const inactive = async () => (await state(booted, 'cyclic.service')) !== 'active' || (await state(booted, 'cyclic-peer.service')) !== 'active';
    t.ok(await inactive(), 'systemd left one of them unstarted');
    const r = await runDoctor(booted);
    const cycle = findings(
      r.report,
      'wanted',
      'problem',
      /^cyclic(-peer)?\.service is wanted by sway-session\.target but its start job was deleted to break an ordering cycle$/,
    )[0];
    t.ok(
      cycle,
      `the deleted start job is named:\n${JSON.stringify(
        r.report.findings.filter((f) => f.check === 'wanted'),
        null,
        1,
      )}`,
    );
    t.match(cycle?.evidence.join('\n') ?? '', /systemd-analyze --user verify: .*ordering cycle/);
    t.match(cycle?.fix ?? '', /^break the cycle/);
    await waitFor(
      async () => (await state(booted, 'broken.service')) === 'failed' && (await state(booted, 'looping.service')) === 'failed',
      30_000,
      'broken.service and looping.service to fail',
    );
    const failedNow = await runDoctor(booted);
    const broken = findings(
      failedNow.report,
      'wanted',
      'problem',
      /^broken\.service is wanted by sway-session\.target but not running: a failed start \(Result=exit-code, exit status 1\)$/,
    )[0];
    t.ok(broken, `the failed start is named with systemd's result:\n${problems(failedNow.report)}`);
    t.match(broken?.fix ?? '', /journalctl --user -u broken\.service/);
    t.equal(failedNow.code, 1);
    t.equal(
      findings(failedNow.report, 'host', 'ok', /our \d unit files pass systemd-analyze --user verify/).length,
      1,
      'the cycle is not blamed on our unit files',
    );
    t.equal(
      findings(
        failedNow.report,
        'wanted',
        'problem',
        /^looping\.service is wanted by sway-session\.target but not running: a crash loop \(restarted \d+ time\(s\), Result=(start-limit-hit|exit-code)\)$/,
      ).length,
      1,
      `a crash loop is named as one:\n${problems(failedNow.report)}`,
    );
    t.equal(
      findings(failedNow.report, 'wanted', 'info', /^skipped\.service is wanted by sway-session\.target but was skipped: a Condition/).length,
      1,
      'an unmet condition is noted, not a problem',
    );
  },
);

const WAYBAR_LINK = '/etc/systemd/user/graphical-session.target.wants/waybar.service';
const noWaybar = existsSync(WAYBAR_LINK) ? false : `${WAYBAR_LINK} is absent: Debian's waybar package makes it (scripts/setup.sh installs it)`;

t.test(
  "Debian's waybar, enabled for graphical-session.target by its package, talks to Sway unbound: doctor says `swaysock migrate waybar.service`",
  { skip: noWaybar },
  async (t) => {
    const um = await managerWithOurUnits(t, [], { hostUserUnits: true });
    const swayLog = await writeSwayService(um, { exec: 'exec' });
    t.equal((await um.systemctl(['start', 'sway.service'])).code, 0);
    const sway = await swayServiceSession(um, swayLog);
    // Doctor finds Sway's clients as ss(8) does: once waybar is connected, one run must name it.
    await waitFor(
      async () => (await socketPeers(sway.socket)).some((p) => p.unit === 'waybar.service'),
      60_000,
      async () => `waybar to connect to Sway (waybar.service: ${await state(um, 'waybar.service')})`,
    );
    const found = await runDoctor(um);
    const waybar = findings(found.report, 'clients', 'problem', /^waybar\.service talks to Sway but lacks PartOf= and After=sway-session\.target/)[0];
    t.ok(waybar, 'the packaged waybar is named');
    t.match(waybar?.evidence.join('\n') ?? '', 'unit file: /usr/lib/systemd/user/waybar.service');
    t.equal(waybar?.fix, 'swaysock migrate waybar.service', 'a distribution unit: a drop-in from the user directory');
    const migrate = await um.run(process.execPath, [CLI, 'migrate', 'waybar.service']);
    t.equal(migrate.code, 0, migrate.stderr);
    const after = await runDoctor(um);
    t.equal(findings(after.report, 'clients', 'problem', /waybar/).length, 0, 'bound after the migration (the running process keeps its connection)');
  },
);
