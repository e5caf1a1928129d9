# What the NixOS VM tests of the session scenarios share: the machine (a normal user with lingering, home-manager
# with our module, a headless Sway run as a user service, two stand-in Sway clients migrated
# through `sessionServices`) and the Python helpers of the test scripts. Who starts
# sway-session.target from Sway's config (`starter`): `swaysock session` (our exec line, the
# default), home-manager's sway module (its own exec line in the config it writes), or NixOS's
# programs.sway (/etc/sway/config.d/nixos.conf, included by the user's config). Facts about the driver (wait_for_unit, get_unit_property, shutdown/start) are from
# nixpkgs' nixos/lib/test-driver; see docs/testing.md.
{
  pkgs,
  self,
  home-manager,
}:
let
  package = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
  user = "alice";
  uid = 1000;

  # Headless, as on the machines without a display (WLR_* in the service); no Xwayland.
  swayConfig = pkgs.writeText "swaysock-vm-sway.config" (
    headless
    + ''
      exec ${package}/bin/swaysock session
    ''
  );

  # A second Sway the crash test starts by hand and SIGKILLs, to leave a stale socket beside the live one.
  extraSwayConfig = pkgs.writeText "swaysock-vm-extra-sway.config" ''
    output HEADLESS-1 resolution 800x600
    xwayland disable
  '';

  # A stand-in Sway client's first and only try (no Restart=): the same check as the system tests'
  # (tests/helpers/stand-in-check.sh): $SWAYSOCK answers and `swaysock discover` names it; each try
  # appends a line to $XDG_RUNTIME_DIR/stand-in-NAME.attempts ("ok SOCKET" or why it failed).
  standInCheck = pkgs.writeShellScript "swaysock-vm-stand-in-check" (
    builtins.readFile ../../tests/helpers/stand-in-check.sh
  );

  # ExecStartPost= of sway.service: returns once Sway's own socket answers (the Debian VM suite's
  # fixture), so the unit's ActiveEnterTimestampMonotonic is when Sway first answered.
  swayAnswers = pkgs.writeShellScript "swaysock-vm-sway-answers" (
    builtins.readFile ../../tests/vm/guest/sway-answers.sh
  );

  standInService = name: {
    ExecStartPre = "${standInCheck} ${name} ${pkgs.sway}/bin/swaymsg ${package}/bin/swaysock";
    ExecStart = "${pkgs.coreutils}/bin/sleep infinity";
  };

  # Two services as other modules write them, bound to graphical-session.target: one with lists,
  # one with plain strings. `sessionServices` moves both onto sway-session.target.
  standInsModule = {
    systemd.user.services.stand-in-a = {
      Unit = {
        Description = "Stand-in Sway client A (lists)";
        After = [ "graphical-session.target" ];
        PartOf = [ "graphical-session.target" ];
      };
      Service = standInService "a";
      Install.WantedBy = [ "graphical-session.target" ];
    };
    systemd.user.services.stand-in-b = {
      Unit = {
        Description = "Stand-in Sway client B (strings)";
        After = "graphical-session-pre.target graphical-session.target";
        PartOf = "graphical-session.target";
      };
      Service = standInService "b";
      Install.WantedBy = "graphical-session.target";
    };
  };
  # The Sway config lines every starter's config has: one headless output, no Xwayland.
  headless = ''
    output HEADLESS-1 resolution 800x600
    xwayland disable
  '';
  # Where Sway's config comes from, by starter: the file below (our exec line), home-manager's sway
  # module (its exec line; only the headless lines besides: `config = null`), or a file of the
  # user's that includes NixOS's config.d (home-manager writes it from `text`, so the module sees it).
  starterModule = {
    swaysock = { };
    home-manager = {
      wayland.windowManager.sway = {
        enable = true;
        checkConfig = false;
        config = null;
        xwayland = false;
        extraConfig = headless;
      };
    };
    nixos = {
      xdg.configFile."sway/config".text = headless + ''
        include /etc/sway/config.d/*
      '';
    };
  };

  # alice's home-manager configuration: our module, the stand-ins, and Sway as a user service.
  # `cleanup` overrides services.swaysock.cleanup (the crash test shortens the timer), `metrics`
  # sets services.swaysock.metrics (the textfile test), `starter` is who starts the target (above).
  homeModule =
    {
      cleanup ? { },
      metrics ? { },
      starter ? "swaysock",
    }:
    {
      imports = [
        self.homeManagerModules.default
        standInsModule
        starterModule.${starter}
      ];
      home.stateVersion = "25.05";

      services.swaysock = {
        enable = true;
        inherit package;
        inherit cleanup metrics;
        # Named, so the module checks it against what the configuration shows (a warning otherwise).
        session.starter = starter;
        sessionServices = [
          "stand-in-a"
          "stand-in-b"
        ];
      };

      # Test only: the (shortened) cleanup timer fires on time (AccuracySec= defaults to 1 min).
      systemd.user.timers.swaysock-cleanup.Timer.AccuracySec = "1s";

      # Sway as a user service started at boot (lingering), restarted after a crash "as a session
      # would" log in again. PATH is a login shell's, where systemctl and busctl are. The unwrapped
      # binary, so that MainPID is Sway's own PID (the socket name sway-ipc.UID.PID.sock is built
      # from it, and the crash test kills it): nixpkgs' `sway` wrapper runs
      # `dbus-run-session sway` when the manager has no DBUS_SESSION_BUS_ADDRESS, and then MainPID
      # would be dbus-run-session's. XDG_CURRENT_DESKTOP is what that wrapper would export.
      systemd.user.services.sway = {
        Unit.Description = "Sway, headless (VM test fixture)";
        Service = {
          Environment = [
            "WLR_BACKENDS=headless"
            "WLR_RENDERER=pixman"
            "WLR_LIBINPUT_NO_DEVICES=1"
            "XDG_CURRENT_DESKTOP=sway"
            "PATH=/run/wrappers/bin:/etc/profiles/per-user/${user}/bin:/run/current-system/sw/bin"
          ];
          # Without --config, Sway reads ~/.config/sway/config (home-manager's, for the other starters).
          ExecStart = "${pkgs.sway-unwrapped}/bin/sway" + (if starter == "swaysock" then " --config ${swayConfig}" else "");
          ExecStartPost = "${pkgs.coreutils}/bin/env PATH=${pkgs.sway}/bin:${pkgs.coreutils}/bin ${swayAnswers}";
          Restart = "on-failure";
          # The stale socket of a SIGKILLed Sway is there at least this long (cleanup runs only
          # when the next session starts).
          RestartSec = "3s";
        }
        # The other starters stop the target from a shell Sway ran, after Sway's end; in a login
        # session it outlives Sway, so it must not be killed with Sway's cgroup here. (`swaysock
        # session` takes the SIGTERM that the cgroup's stop sends as Sway's end.)
        // (if starter == "swaysock" then { } else { KillMode = "process"; });
        Install.WantedBy = [ "default.target" ];
      };
    };

in
{
  inherit package user uid homeModule;

  # The machine. `cleanup`, `metrics` and `starter` as for homeModule; NixOS's programs.sway for its starter.
  node =
    {
      cleanup ? { },
      metrics ? { },
      starter ? "swaysock",
    }:
    {
      imports = [ home-manager.nixosModules.home-manager ];

      programs.sway.enable = starter == "nixos";

      virtualisation.memorySize = 2048;

      users.users.${user} = {
        isNormalUser = true;
        inherit uid;
        # Start the user manager at boot without a login (loginctl enable-linger).
        linger = true;
      };

      home-manager.useGlobalPkgs = true;
      home-manager.useUserPackages = true;
      home-manager.users.${user} = homeModule { inherit cleanup metrics starter; };
    };

  # Python shared by the test scripts (prepended to each; pyflakes and mypy check it with them).
  testLib = ''
    import json
    import shlex

    USER = "${user}"
    UID = ${toString uid}
    RUNTIME = f"/run/user/{UID}"
    SWAYMSG = "${pkgs.sway}/bin/swaymsg"
    # A second Sway, without the session's variables (a Sway binds a preset SWAYSOCK path).
    EXTRA_SWAY = "${pkgs.coreutils}/bin/env -u SWAYSOCK -u I3SOCK -u WAYLAND_DISPLAY ${pkgs.sway-unwrapped}/bin/sway --config ${extraSwayConfig}"
    # The services bound to sway-session.target: our daemon and the two migrated stand-ins.
    BOUND = ["swaysock-healthd.service", "stand-in-a.service", "stand-in-b.service"]


    def as_user(cmd: str) -> str:
        """A root shell command that runs `cmd` in the test user's login shell, with XDG_RUNTIME_DIR."""
        return f"su - {USER} -c " + shlex.quote(f"export XDG_RUNTIME_DIR={RUNTIME}; {cmd}")


    def prop(unit: str, name: str) -> str:
        return machine.get_unit_property(unit, name, USER)


    def entered(unit: str) -> int:
        """CLOCK_MONOTONIC us at which `unit` last entered the active state (0: never)."""
        return int(prop(unit, "ActiveEnterTimestampMonotonic"))


    def main_pid(unit: str) -> int:
        return int(prop(unit, "MainPID"))


    def live_socket() -> str:
        """The socket of the service's Sway: $XDG_RUNTIME_DIR/sway-ipc.UID.PID.sock, PID = MainPID."""
        pid = main_pid("sway.service")
        assert pid > 0, "sway.service has no main process"
        return f"{RUNTIME}/sway-ipc.{UID}.{pid}.sock"


    def sway_sockets() -> list[str]:
        out = machine.succeed(f"find {RUNTIME} -maxdepth 1 -name 'sway-ipc.{UID}.*.sock'")
        return sorted(out.split())


    def discover() -> str:
        """What `swaysock discover` prints ("" when it finds no live Sway)."""
        return machine.succeed(as_user("swaysock discover 2>/dev/null || true")).strip()


    def healthy() -> dict:
        """get_socket_health through the CLI once it reports healthy (exit 0): deadline 30 s."""
        return json.loads(machine.wait_until_succeeds(as_user("swaysock diagnose socket-health --json"), timeout=30))


    def failed_units() -> str:
        return machine.succeed(as_user("systemctl --user list-units --failed --plain --no-legend")).strip()


    def wait_for_session(label: str, earlier: list[str]) -> str:
        """
        Waits for the Sway session and checks it: sway.service, then sway-session.target, then each
        bound service active (ActiveEnterTimestampMonotonic, no sleeps); each stand-in found a working
        socket on its first try in every session of this boot (`earlier`: the sockets of the earlier
        sessions, oldest first); the daemon healthy on the live socket with no reconnection; no failed
        unit; only the live socket left in the runtime directory. Returns the live socket.
        """
        machine.wait_for_unit(f"user@{UID}.service")
        machine.wait_for_unit("sway.service", USER)
        # A target has no start job until `swaysock session` starts it: wait_for_unit would give up.
        machine.wait_until_succeeds(as_user("systemctl --user is-active --quiet sway-session.target"), timeout=120)
        for unit in BOUND:
            machine.wait_for_unit(unit, USER)
        live = live_socket()
        sway_at = entered("sway.service")
        target_at = entered("sway-session.target")
        # sway.service is active once its ExecStartPost= got an answer from Sway's socket.
        assert sway_at < target_at, f"{label}: sway-session.target active at {target_at} us, before Sway answered (sway.service active at {sway_at} us)"
        # The daemon is bound to the target without being ordered after it (docs/units.md): the
        # target's start job, which starts it, completes at once; the daemon reports READY=1 later.
        for unit in BOUND:
            at = entered(unit)
            assert target_at < at, f"{label}: {unit} active at {at} us, not after sway-session.target at {target_at} us"
        for name in ["a", "b"]:
            tries = machine.succeed(f"cat {RUNTIME}/stand-in-{name}.attempts").splitlines()
            expected = [f"ok {s}" for s in earlier + [live]]
            assert tries == expected, f"{label}: stand-in-{name} tried {tries}, expected {expected} (one try per session)"
        health = healthy()
        assert health["socket_path"] == live, f"{label}: daemon on {health['socket_path']}, live Sway on {live}"
        assert health["reconnection_count"] == 0, f"{label}: {health['reconnection_count']} reconnections, expected a fresh daemon"
        assert health["environment_swaysock"] == live, f"{label}: the user manager's SWAYSOCK is {health['environment_swaysock']}"
        assert discover() == live, f"{label}: swaysock discover does not name {live}"
        # The cleanup the target pulls in runs beside the services (ordered after the target only): wait for it.
        machine.wait_until_succeeds(f"test \"$(find {RUNTIME} -maxdepth 1 -name 'sway-ipc.{UID}.*.sock')\" = {live}", timeout=30)
        assert failed_units() == "", f"{label}: failed units: {failed_units()}"
        return live
  '';
}
