# The desktop machine of tests/vm/scenarios.json, NixOS VM test: the scenarios "logout" and
# "subscriber" (checks/vm/scenarios.nix). bob logs in automatically on tty1 and his login shell
# runs `exec sway` (headless), so logind makes a real session; his home-manager configuration
# enables our module with the stable socket (`--stable-socket` on the units and the exec line) and
# a subscriber bound to the session: the Debian VM suite's tests/vm/guest/subscriber.sh, one
# `swaymsg -t subscribe` per start, restarted by systemd. The login comes up in order; logging
# out (`loginctl terminate-session`) stops the target and the bound services while bob's user
# manager runs on; the next login starts clean; the subscriber never failed to connect nor went
# unanswered while a Sway was up. Driver calls as in checks/vm/lib.nix (nixpkgs' test driver).
{
  pkgs,
  self,
  home-manager,
}:
let
  package = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
  user = "bob";
  uid = 1000;
  # Headless, as on the machines without a display; no Xwayland.
  swayConfig = pkgs.writeText "swaysock-vm-desktop-sway.config" ''
    xwayland disable
    exec ${package}/bin/swaysock session --stable-socket
  '';
  # What the fixture scripts call: swaymsg, ps and pkill, awk, coreutils.
  tools = "${pkgs.sway}/bin:${pkgs.procps}/bin:${pkgs.gawk}/bin:${pkgs.coreutils}/bin";
  subscriber = pkgs.writeShellScript "swaysock-vm-subscriber" (
    builtins.readFile ../../tests/vm/guest/subscriber.sh
  );
  # Records when a Sway (by PID) first answers, in CLOCK_MONOTONIC µs (the Debian suite's fixture).
  swayAnswers = pkgs.writeShellScript "swaysock-vm-sway-answers" (
    builtins.readFile ../../tests/vm/guest/sway-answers.sh
  );
in
pkgs.testers.runNixOSTest {
  name = "swaysock-login-logout";
  nodes.machine = {
    imports = [ home-manager.nixosModules.home-manager ];

    virtualisation.memorySize = 2048;

    users.users.${user} = {
      isNormalUser = true;
      inherit uid;
    };

    services.getty.autologinUser = user;
    # Test fixture: the next login waits while the test holds this lock, so the test can look at
    # the state between a logout and the next login without racing it.
    systemd.services."getty@tty1" = {
      overrideStrategy = "asDropin";
      serviceConfig = {
        ExecStartPre = "${pkgs.util-linux}/bin/flock /run/swaysock-vm/hold-login true";
        TimeoutStartSec = "infinity";
      };
    };
    systemd.tmpfiles.rules = [
      "d /run/swaysock-vm 0755 root root -"
      "f /run/swaysock-vm/hold-login 0644 root root -"
    ];
    # Test fixture: bob's manager outlives his logout long enough for the test to see that the
    # session's own teardown stopped his services (the default is 10 s).
    services.logind.settings.Login.UserStopDelaySec = "10min";

    # The login shell on tty1 runs Sway; a fixture records when it first answers.
    environment.loginShellInit = ''
      if [ "$(tty)" = /dev/tty1 ] && [ "$USER" = ${user} ]; then
        export WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 XDG_CURRENT_DESKTOP=sway
        PATH=${tools}:$PATH ${swayAnswers} $$ "$XDG_RUNTIME_DIR/sway-answered.$$" &
        exec ${pkgs.sway-unwrapped}/bin/sway --config ${swayConfig}
      fi
    '';

    home-manager.useGlobalPkgs = true;
    home-manager.useUserPackages = true;
    home-manager.users.${user} = {
      imports = [ self.homeManagerModules.default ];
      home.stateVersion = "25.05";
      services.swaysock = {
        enable = true;
        inherit package;
        stableSocket.enable = true;
        # The Sway config above execs `swaysock session --stable-socket` itself.
        session.starter = "swaysock";
      };
      systemd.user.services.subscriber = {
        Unit = {
          Description = "Sway subscriber (test fixture)";
          After = [ "sway-session.target" ];
          PartOf = [ "sway-session.target" ];
          StartLimitIntervalSec = 0;
        };
        Service = {
          ExecStart = subscriber;
          Restart = "always";
          RestartSec = "1s";
          Environment = [ "PATH=${tools}" ];
        };
        Install.WantedBy = [ "sway-session.target" ];
      };
    };
  };

  testScript = ''
    import json
    import shlex

    USER = "${user}"
    UID = ${toString uid}
    RUNTIME = f"/run/user/{UID}"
    STABLE = f"{RUNTIME}/swaysock/sway.sock"
    SWAYMSG = "${pkgs.sway}/bin/swaymsg"
    FLOCK = "${pkgs.util-linux}/bin/flock"
    HOLD = "/run/swaysock-vm/hold-login"
    BOUND = ["swaysock-healthd.service", "subscriber.service"]
    LOG = f"/home/{USER}/.local/state/subscriber.log"


    def as_user(cmd: str) -> str:
        """A root shell command that runs `cmd` in bob's login shell, with XDG_RUNTIME_DIR."""
        return f"su - {USER} -c " + shlex.quote(f"export XDG_RUNTIME_DIR={RUNTIME}; {cmd}")


    def prop(unit: str, name: str) -> str:
        return machine.get_unit_property(unit, name, USER)


    def manager_env() -> dict:
        out = machine.succeed(as_user("systemctl --user show-environment"))
        return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)


    def failed_units() -> str:
        return machine.succeed(as_user("systemctl --user list-units --failed --plain --no-legend")).strip()


    def sway_pid() -> int:
        """bob's live Sway (0: none)."""
        out = machine.succeed(f"ps -o pid=,stat=,comm= -u {UID} | awk '$3 == \"sway\" && $2 !~ /^Z/ {{ print $1 }}'").split()
        assert len(out) <= 1, f"bob runs several Sways: {out}"
        return int(out[0]) if out else 0


    def desktop_session(label: str, previous: str = "") -> tuple[str, int]:
        """
        Waits for bob's login on tty1 (the seat's active session, other than `previous`) and checks
        it: a local session on tty1 with Sway in its scope; sway-session.target active only after
        Sway first answered and after the daemon, the subscriber after it; SWAYSOCK and I3SOCK the stable socket,
        which answers; the daemon healthy on Sway's own socket, the environment matching; doctor
        exits 0 inside the session; no failed unit. Returns the session id and Sway's PID.
        """
        other = f" && [ \"$s\" != {previous} ]" if previous else ""
        sid = machine.wait_until_succeeds(f"s=$(loginctl show-seat seat0 -p ActiveSession --value); [ -n \"$s\" ]{other} && echo $s", timeout=300).strip()
        info = sorted(machine.succeed(f"loginctl show-session {sid} -p Name -p Class -p TTY -p Remote").split())
        assert info == sorted([f"Name={USER}", "Class=user", "TTY=tty1", "Remote=no"]), f"{label}: session {sid}: {info}"
        machine.wait_until_succeeds(as_user("systemctl --user is-active --quiet sway-session.target"), timeout=300)
        for unit in BOUND:
            machine.wait_for_unit(unit, USER)
        pid = sway_pid()
        assert f"/session-{sid}.scope" in machine.succeed(f"cat /proc/{pid}/cgroup"), f"{label}: Sway {pid} is not in session {sid}'s scope"
        answered = int(machine.wait_until_succeeds(f"cat {RUNTIME}/sway-answered.{pid}", timeout=120).strip())
        target_at = int(prop("sway-session.target", "ActiveEnterTimestampMonotonic"))
        # The fixture's time is /proc/uptime rounded down to 10 ms.
        assert answered + 10000 < target_at, f"{label}: sway-session.target active at {target_at} us, Sway answered after {answered} us"
        # The session starts the target once Sway answers through the stable socket: the daemon
        # serving it (socket-activated) started before the target, its clients after it. (It
        # serves before it reports READY=1: its ActiveEnterTimestamp may come later.)
        daemon_at = int(prop("swaysock-healthd.service", "ExecMainStartTimestampMonotonic"))
        assert 0 < daemon_at < target_at, f"{label}: the daemon started at {daemon_at} us, not before sway-session.target at {target_at} us"
        at = int(prop("subscriber.service", "ActiveEnterTimestampMonotonic"))
        assert target_at < at, f"{label}: subscriber.service active at {at} us, not after sway-session.target at {target_at} us"
        env = manager_env()
        assert env.get("SWAYSOCK") == STABLE and env.get("I3SOCK") == STABLE, f"{label}: SWAYSOCK={env.get('SWAYSOCK')} I3SOCK={env.get('I3SOCK')}"
        machine.succeed(as_user(f"{SWAYMSG} -s {STABLE} -t get_version"))
        health = json.loads(machine.wait_until_succeeds(as_user("swaysock diagnose socket-health --json"), timeout=60))
        own = f"{RUNTIME}/sway-ipc.{UID}.{pid}.sock"
        assert health["socket_path"] == own and health["reconnection_count"] == 0 and health["environment_matches"] is True, f"{label}: {health}"
        # doctor as a terminal in the session runs it: started by Sway.
        run = f"{RUNTIME}/doctor.sh"
        machine.succeed(as_user(f"printf '%s' 'swaysock doctor --json > {RUNTIME}/doctor.out; echo $? > {RUNTIME}/doctor.status' > {run}; rm -f {RUNTIME}/doctor.status; {SWAYMSG} -s {own} exec sh {run}"))
        status = machine.wait_until_succeeds(f"cat {RUNTIME}/doctor.status", timeout=120).strip()
        assert status == "0", f"{label}: swaysock doctor exited {status}: {machine.succeed(f'cat {RUNTIME}/doctor.out')}"
        assert failed_units() == "", f"{label}: failed units: {failed_units()}"
        return sid, pid


    def subscriber_starts() -> list[dict]:
        """The subscriber's log (tests/vm/guest/subscriber.sh), one dict per start."""
        starts: list[dict] = []
        for line in machine.succeed(f"cat {LOG}").splitlines():
            if line.startswith("start "):
                starts.append({"socket": line[6:], "answered": False, "ended": None})
            elif line == "answered":
                starts[-1]["answered"] = True
            elif line.startswith("ended "):
                starts[-1]["ended"] = line
        return starts


    machine.start()
    machine.wait_for_unit("multi-user.target")
    sid, pid = desktop_session("the login")
    pids = {unit: int(prop(unit, "MainPID")) for unit in BOUND}

    # logout: the next login is held until the state between is checked.
    machine.succeed(f"systemd-run --unit=vm-hold-login {FLOCK} {HOLD} sleep infinity")
    machine.wait_until_succeeds(f"! {FLOCK} -n {HOLD} true", timeout=60)
    machine.succeed(f"loginctl terminate-session {sid}")
    machine.wait_until_fails(f"loginctl show-session {sid}", timeout=120)
    for unit in ["sway-session.target"] + BOUND:
        machine.wait_until_succeeds(as_user(f"! systemctl --user is-active --quiet {unit}"), timeout=120)
        assert prop(unit, "ActiveState") == "inactive", f"after the logout: {unit} is {prop(unit, 'ActiveState')}, not cleanly stopped"
    machine.succeed(f"systemctl is-active --quiet user@{UID}.service")
    machine.wait_until_fails(f"pgrep -u {UID} -f 'swaysock session'", timeout=120)
    env = manager_env()
    assert "SWAYSOCK" not in env and "I3SOCK" not in env, f"after the logout: SWAYSOCK={env.get('SWAYSOCK')} I3SOCK={env.get('I3SOCK')}"
    assert sway_pid() == 0, "after the logout: a Sway of bob runs"
    for unit, old in pids.items():
        machine.fail(f"test -e /proc/{old}")
    machine.succeed("systemctl stop vm-hold-login")
    sid2, pid2 = desktop_session("the next login", previous=sid)
    assert pid2 != pid
    for unit, old in pids.items():
        assert int(prop(unit, "MainPID")) != old, f"the next login: {unit} kept its process"

    # subscriber: restarts by systemd while Sway is up, then the whole log judged.
    own = f"{RUNTIME}/sway-ipc.{UID}.{pid2}.sock"
    for _ in range(3):
        n = sum(1 for s in subscriber_starts() if s["answered"])
        machine.succeed(as_user(f"{SWAYMSG} -s {own} -t send_tick again"))
        machine.wait_until_succeeds(f"[ \"$(grep -cx answered {LOG})\" -gt {n} ]", timeout=120)
    assert int(prop("subscriber.service", "NRestarts")) >= 3, "systemd restarted the subscriber"
    unanswered = [s for s in subscriber_starts() if not s["answered"] and (s["ended"] is None or " sway=up " in s["ended"])]
    assert unanswered == [], f"the subscriber failed to connect or went unanswered while a Sway was up: {unanswered}"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
