# Scenarios of the swaysock module evaluated inside real home-manager (hm-eval.nix), each both as
# standalone home-manager (no osConfig) and as home-manager's NixOS module calls it (osConfig
# set: the scenario's own NixOS configuration, else one without programs.sway). Evaluates to
#   { standalone.<scenario> = RESULT; nixos.<scenario> = RESULT; failures = [ "MODE.SCENARIO: ..." ]; }
# with RESULT = { files; wantsLinks; warnings; failedAssertions; execLine; swayExtraConfig;
# swayConfig; swayVariables; waylandTarget; options }. Each scenario says which warnings and
# failed assertions it expects (`expect`, or `expectNixos`/`expectStandalone` where the modes
# differ: extended regular expressions, one per message, in order, matched anywhere in the message
# with its line breaks read as spaces); `failures` lists every difference. The flake's check
# `module-scenarios` fails on any (checks/module-scenarios.nix); tests/nix/hm-module.test.ts
# asserts that and more on the results; by hand:
#   nix-instantiate --read-write-mode --eval --strict --json nix/hm-scenarios.nix \
#     --arg nixpkgsLib /path/to/nixpkgs.lib --arg homeManager /path/to/home-manager
{
  nixpkgsLib,
  homeManager,
  only ? null, # a list of scenario names, or null for all
}:
let
  lib = import "${nixpkgsLib}/lib";

  # Home-manager's sway module; without its default keybindings and bar (`config = null`), whose
  # packages the stub pkgs lacks: the Sway config it writes is then the extra config and its exec line.
  sway = extra: {
    wayland.windowManager.sway = {
      enable = true;
      checkConfig = false;
      config = null;
    }
    // extra;
  };
  swaysock = extra: { services.swaysock = { enable = true; } // extra; };
  nixosSway = {
    programs.sway = {
      enable = true;
      package = "/nix/store/00000000000000000000000000000000-sway";
    };
    systemd.user.services = { };
  };
  noTextfileDirectory = "needs services[.]swaysock[.]metrics[.]textfile[.]directory";
  # Our units with the metrics textfile on and these of its options; the user names the starter.
  textfile =
    options:
    swaysock {
      metrics.textfile = {
        enable = true;
      }
      // options;
      session.starter = "external";
    };
  # NixOS's node exporter, enabled, with these options over its defaults (the textfile collector on).
  nodeExporter = node: {
    programs.sway.enable = false;
    systemd.user.services = { };
    services.prometheus.exporters.node = {
      enable = true;
      extraFlags = [ ];
      disabledCollectors = [ ];
    }
    // node;
  };
  # A user unit the NixOS configuration enables for graphical-session.target (a wants link under
  # /etc/systemd/user), as NixOS's programs.waybar does.
  nixosWaybar = {
    programs.sway = {
      enable = true;
      package = "/nix/store/00000000000000000000000000000000-sway";
    };
    systemd.user.services.waybar = {
      enable = true;
      wantedBy = [ "graphical-session.target" ];
      partOf = [ "graphical-session.target" ];
      after = [ "graphical-session.target" ];
    };
  };
  # NixOS's programs.uwsm, with Sway among its compositors as its documentation shows it.
  nixosUwsm = {
    programs.sway.enable = false;
    programs.uwsm = {
      enable = true;
      waylandCompositors.sway = {
        prettyName = "Sway";
        binPath = "/run/current-system/sw/bin/sway";
      };
    };
    systemd.user.services = { };
  };
  # Expected messages (see the header).
  nothingStarts = "nothing in this configuration starts sway-session[.]target";
  stableNotCarried = "the stable socket listens, but the session's services get Sway's own SWAYSOCK";
  hmWaybar =
    { config, ... }:
    {
      systemd.user.services.waybar = {
        Unit.After = [ config.wayland.systemd.target ];
        Unit.PartOf = [ config.wayland.systemd.target ];
        Install.WantedBy = [ config.wayland.systemd.target ];
        Service.ExecStart = "/bin/waybar";
      };
    };

  scenarios = {
    # Our units with other settings; the user says who starts the target.
    alone.modules = [
      (swaysock {
        healthd.interval = 2;
        cleanup.onStartupSec = "1min";
        session.starter = "external";
      })
    ];
    # The stable socket: its socket unit, and no other socket unit.
    stableSocket.modules = [
      (swaysock {
        stableSocket.enable = true;
        session.starter = "external";
      })
    ];
    # The stable socket without the daemon that serves it: refused.
    stableWithoutDaemon = {
      modules = [
        (swaysock {
          stableSocket.enable = true;
          healthd.enable = false;
          session.starter = "external";
        })
      ];
      expect.failedAssertions = [ "stableSocket[.]enable needs services[.]swaysock[.]healthd[.]enable" ];
    };
    # Socket activation of the daemon: its socket unit, named by the daemon's Sockets=.
    socketActivation.modules = [
      (swaysock {
        healthd.socketActivation = true;
        session.starter = "external";
      })
    ];
    # The metrics textfile units, writing into a directory given here.
    textfile.modules = [
      (textfile {
        directory = "/run/prometheus-textfile";
        interval = "15s";
      })
    ];
    # ... without a directory, and this configuration cannot see one: refused.
    textfileNoDirectory = {
      modules = [ (textfile { }) ];
      expect.failedAssertions = [ noTextfileDirectory ];
    };
    # NixOS's node exporter with its textfile collector: its directory is the default.
    textfileNodeExporter = {
      modules = [ (textfile { }) ];
      osConfig = nodeExporter { extraFlags = [ "--collector.textfile.directory=/run/node-textfile" ]; };
      expectStandalone.failedAssertions = [ noTextfileDirectory ];
    };
    # ... reading another directory than the one set here (its flag as two words): a warning.
    textfileOtherDirectory = {
      modules = [ (textfile { directory = "/var/lib/elsewhere"; }) ];
      osConfig = nodeExporter {
        extraFlags = [
          "--collector.textfile.directory"
          "/run/node-textfile"
        ];
      };
      expectNixos.warnings = [ "but NixOS's node exporter reads /run/node-textfile" ];
    };
    # ... with its textfile collector off: a warning.
    textfileCollectorOff = {
      modules = [ (textfile { directory = "/run/node-textfile"; }) ];
      osConfig = nodeExporter {
        extraFlags = [ "--collector.textfile.directory=/run/node-textfile" ];
        disabledCollectors = [ "textfile" ];
      };
      expectNixos.warnings = [ "node exporter reads no textfile directory" ];
    };
    # A directory the unit files cannot carry unquoted, and no daemon to ask: refused.
    textfileBadDirectory = {
      modules = [
        (textfile { directory = "run/my metrics"; })
        { services.swaysock.healthd.enable = false; }
      ];
      expect.failedAssertions = [
        "textfile[.]directory must be an absolute path"
        "metrics[.]textfile[.]enable needs services[.]swaysock[.]healthd[.]enable"
      ];
    };
    # Home-manager's sway module starts and defines the target, and writeSwayConfig too: two starters.
    hmSway = {
      modules = [
        (swaysock { session.writeSwayConfig = true; })
        (sway { })
      ];
      expect.warnings = [ "2 wirings start sway-session[.]target" ];
    };
    # Home-manager's sway module alone starts the target: one starter, no warning.
    hmSwayOnly.modules = [
      (swaysock { })
      (sway { })
    ];
    # `swaysock session` from home-manager's Sway config; home-manager's wiring off.
    ourSession.modules = [
      (swaysock { session.writeSwayConfig = true; })
      (sway { systemd.enable = false; })
    ];
    # Nothing that the configuration shows starts the target.
    noStarter = {
      modules = [ (swaysock { }) ];
      expect.warnings = [ nothingStarts ];
    };
    noStarterSwayOff = {
      modules = [
        (swaysock { })
        (sway { systemd.enable = false; })
      ];
      expect.warnings = [ nothingStarts ];
    };
    # The user says what the module cannot see.
    explicitStarter.modules = [ (swaysock { session.starter = "external"; }) ];
    # writeSwayConfig without home-manager's sway module writes no Sway config.
    writeWithoutSway = {
      modules = [ (swaysock { session.writeSwayConfig = true; }) ];
      expect.warnings = [
        nothingStarts
        "writeSwayConfig = true does nothing"
      ];
    };
    # NixOS programs.sway with NixOS's default Sway config (home-manager's sway module off).
    nixosSway = {
      modules = [ (swaysock { }) ];
      osConfig = nixosSway;
      expectStandalone.warnings = [ nothingStarts ];
    };
    # NixOS programs.sway, home-manager's Sway config without the config.d include.
    nixosSwayHmConfig = {
      modules = [
        (swaysock { })
        (sway { systemd.enable = false; })
      ];
      osConfig = nixosSway;
      expect.warnings = [ nothingStarts ];
    };
    # ... and with it.
    nixosSwayHmInclude = {
      modules = [
        (swaysock { })
        (sway {
          systemd.enable = false;
          extraConfig = "bindsym Mod4+Return exec foot\n  include /etc/sway/config.d/*\n";
        })
      ];
      osConfig = nixosSway;
      expectStandalone.warnings = [ nothingStarts ];
    };
    # NixOS programs.sway, a Sway config file of the user's written by home-manager from text.
    nixosSwayOwnFile = {
      modules = [
        (swaysock { })
        { xdg.configFile."sway/config".text = "exec foot\n"; }
      ];
      osConfig = nixosSway;
      expect.warnings = [ nothingStarts ];
    };
    nixosSwayOwnFileInclude = {
      modules = [
        (swaysock { })
        { xdg.configFile."sway/config".text = "exec foot\ninclude /etc/sway/config.d/*\n"; }
      ];
      osConfig = nixosSway;
      expectStandalone.warnings = [ nothingStarts ];
    };
    # NixOS programs.sway without a Sway package: no /etc/sway/config.
    nixosSwayNoPackage = {
      modules = [ (swaysock { }) ];
      osConfig = nixosSway // {
        programs.sway = {
          enable = true;
          package = null;
        };
      };
      expect.warnings = [ nothingStarts ];
    };
    # A NixOS-level waybar enabled for graphical-session.target, redefined by home-manager on our target.
    nixosWaybar = {
      modules = [
        (swaysock { session.starter = "nixos"; })
        hmWaybar
      ];
      osConfig = nixosWaybar;
    };
    # sessionServices naming a unit of the NixOS configuration only.
    nixosUnitListed = {
      modules = [
        (swaysock {
          session.starter = "nixos";
          sessionServices = [ "waybar" ];
        })
      ];
      osConfig = nixosWaybar;
      expectNixos.warnings = [ "\"waybar\", a user unit of the NixOS configuration" ];
      expectStandalone.warnings = [ "lists \"waybar\", but no module defines" ];
    };
    # What home-manager's sway integration carried, with the integration off.
    carried.expect.warnings = [
      "leaves out \"not a name\""
      "extraCommands is set"
    ];
    carried.modules = [
      (swaysock { session.writeSwayConfig = true; })
      (sway {
        systemd = {
          enable = false;
          xdgAutostart = true;
          variables = [
            "DISPLAY"
            "WAYLAND_DISPLAY"
            "SWAYSOCK"
            "XDG_CURRENT_DESKTOP"
            "XDG_SESSION_TYPE"
            "NIXOS_OZONE_WL"
            "XCURSOR_THEME"
            "XCURSOR_SIZE"
            "I3SOCK"
            "MY_VAR"
            "GREETING=hello world"
            "--all"
            "not a name"
          ];
          extraCommands = [ "systemctl --user start my.target" ];
        };
      })
    ];
    # The same with home-manager's defaults.
    carriedDefaults.modules = [
      (swaysock { session.writeSwayConfig = true; })
      (sway { systemd.enable = false; })
    ];
    # Home-manager's target with xdgAutostart: ours adds only what it lacks.
    hmSwayXdg.modules = [
      (swaysock { })
      (sway { systemd.xdgAutostart = true; })
    ];
    migrated.expect.warnings = map (n: "lists \"${n}\", but no module defines") [
      "nope"
      "disabled"
      "disabledOuter"
    ];
    migrated.modules = [
      (swaysock {
        session.starter = "external";
        sessionServices = [
          "listy"
          "stringy"
          "forced"
          "plain"
          "nope"
          "disabled"
          "disabledOuter"
        ];
      })
      {
        systemd.user.services.listy = {
          Unit.After = [
            "graphical-session.target"
            "network.target"
          ];
          Unit.PartOf = [ "graphical-session.target" ];
          Install.WantedBy = [ "graphical-session.target" ];
          Service.ExecStart = "/bin/true";
        };
      }
      { systemd.user.services.listy.Unit.After = [ "dbus.service" ]; }
      {
        systemd.user.services.stringy = {
          Unit.After = "graphical-session.target dbus.service";
          Unit.PartOf = "graphical-session.target";
          Install.WantedBy = "graphical-session.target";
          Service.ExecStart = "/bin/true";
        };
      }
      (
        { lib, ... }:
        {
          systemd.user.services.forced = lib.mkIf true {
            Unit.After = lib.mkForce [
              "graphical-session.target"
              "x.service"
            ];
            Service.ExecStart = "/bin/true";
          };
        }
      )
      {
        systemd.user.services.plain = {
          Service.ExecStart = "/bin/true";
          Install.WantedBy = [ "default.target" ];
        };
      }
      # As home-manager writes many services: `mkIf cfg.systemd.enable { ... }`, here off.
      (
        { lib, ... }:
        {
          systemd.user.services.disabled = lib.mkIf false {
            Unit.PartOf = [ "graphical-session.target" ];
            Service.ExecStart = "/bin/true";
          };
        }
      )
      (
        { lib, ... }:
        {
          config = lib.mkIf false { systemd.user.services.disabledOuter.Service.ExecStart = "/bin/true"; };
        }
      )
    ];
    # Not Linux.
    darwin = {
      modules = [ (swaysock { session.starter = "external"; }) ];
      system = "aarch64-darwin";
      expect.failedAssertions = [ "does not support your platform" ];
    };

    # The stable socket with home-manager's exec line as the starter: its variables carry the
    # stable path in place of Sway's own.
    hmStarterStable.modules = [
      (swaysock { stableSocket.enable = true; })
      (sway { })
    ];
    # ... unless the user wrote the list (a warning names the entries to put in it), ...
    hmStarterStableOwnList = {
      modules = [
        (swaysock { stableSocket.enable = true; })
        (sway {
          systemd.variables = [
            "DISPLAY"
            "WAYLAND_DISPLAY"
            "SWAYSOCK"
          ];
        })
      ];
      expect.warnings = [ "${stableNotCarried}.*only a list without --all can carry it" ];
    };
    # ... or written it with the stable path already,
    hmStarterStableOwnListCarried.modules = [
      (swaysock { stableSocket.enable = true; })
      (sway {
        systemd.variables = [
          "DISPLAY"
          "WAYLAND_DISPLAY"
          "SWAYSOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock"
          "I3SOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock"
        ];
      })
    ];
    # ... or both the name and the stable path (systemd would refuse the import);
    hmStarterStableOwnListBoth = {
      modules = [
        (swaysock { stableSocket.enable = true; })
        (sway {
          systemd.variables = [
            "WAYLAND_DISPLAY"
            "SWAYSOCK"
            "SWAYSOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock"
            "I3SOCK=$XDG_RUNTIME_DIR/swaysock/sway.sock"
          ];
        })
      ];
      expect.warnings = [ "${stableNotCarried}.*in place of SWAYSOCK and I3SOCK" ];
    };
    # ... or imports with systemctl import-environment (names only).
    hmStarterStableBroker = {
      modules = [
        (swaysock { stableSocket.enable = true; })
        (sway { systemd.dbusImplementation = "broker"; })
      ];
      expect.warnings = [ "${stableNotCarried}.*takes names only" ];
    };
    # NixOS's exec line imports Sway's own SWAYSOCK.
    nixosStarterStable = {
      modules = [
        (swaysock {
          stableSocket.enable = true;
          session.starter = "nixos";
        })
      ];
      osConfig = nixosSway;
      expect.warnings = [ "${stableNotCarried}.*nixos[.]conf imports Sway's own SWAYSOCK" ];
    };
    # A starter named that cannot start the target, as far as the configuration shows.
    namedHmIntegrationOff = {
      modules = [
        (swaysock { session.starter = "home-manager"; })
        (sway { systemd.enable = false; })
      ];
      expect.warnings = [ "starter = \"home-manager\", but wayland[.]windowManager[.]sway[.]systemd[.]enable = false" ];
    };
    namedHmSwayOff = {
      # With the stable socket too: one warning, that the starter named cannot start the target.
      modules = [
        (swaysock {
          session.starter = "home-manager";
          stableSocket.enable = true;
        })
      ];
      expect.warnings = [ "starter = \"home-manager\", but home-manager's sway module .* is off" ];
    };
    namedNixosSwayOff = {
      modules = [ (swaysock { session.starter = "nixos"; }) ];
      expectNixos.warnings = [ "starter = \"nixos\", but NixOS's programs[.]sway is off" ];
    };
    # A starter named beside another the configuration shows.
    namedBeside = {
      modules = [
        (swaysock { session.starter = "swaysock"; })
        (sway { })
      ];
      expect.warnings = [ "starter = \"swaysock\", but this configuration shows another wiring.*home-manager's sway module" ];
    };
    # uwsm: our target wanted by uwsm's session target, after its Sway unit.
    uwsm = {
      modules = [ (swaysock { session.starter = "uwsm"; }) ];
      osConfig = nixosUwsm;
    };
    uwsmOtherId = {
      modules = [
        (swaysock {
          session.starter = "uwsm";
          session.uwsmCompositorId = "sway.desktop";
        })
      ];
      osConfig = nixosUwsm;
      expectNixos.warnings = [ "run compositors as wayland-wm@sway[.]service, not wayland-wm@sway[.]desktop[.]service" ];
    };
    uwsmOff = {
      modules = [ (swaysock { session.starter = "uwsm"; }) ];
      osConfig = nixosUwsm // {
        programs.uwsm.enable = false;
      };
      expectNixos.warnings = [ "starter = \"uwsm\", but NixOS's programs[.]uwsm is off" ];
    };
    uwsmHmSway = {
      modules = [
        (swaysock { session.starter = "uwsm"; })
        (sway { })
      ];
      osConfig = nixosUwsm;
      expect.warnings = [ "starter = \"uwsm\", but this configuration shows another wiring" ];
    };
    uwsmStable = {
      modules = [
        (swaysock {
          session.starter = "uwsm";
          stableSocket.enable = true;
        })
      ];
      osConfig = nixosUwsm;
      expect.warnings = [ "${stableNotCarried}.*uwsm finalize" ];
    };
  };

  evaluate =
    withOs: name: s:
    let
      r = import ./hm-eval.nix {
        inherit nixpkgsLib homeManager;
        inherit (s) modules;
        system = s.system or "x86_64-linux";
        osConfig =
          if withOs then
            s.osConfig or {
              programs.sway.enable = false;
              systemd.user.services = { };
            }
          else
            null;
      };
    in
    {
      inherit (r)
        files
        wantsLinks
        warnings
        failedAssertions
        execLine
        swayExtraConfig
        swayConfig
        swayVariables
        waylandTarget
        options
        ;
    };

  # What is expected of a scenario in a mode: `expect`, with `expectNixos`/`expectStandalone` over it.
  expected =
    withOs: s:
    {
      warnings = [ ];
      failedAssertions = [ ];
    }
    // s.expect or { }
    // (if withOs then s.expectNixos or { } else s.expectStandalone or { });
  # The differences between messages and the patterns for them, as sentences.
  compare =
    what: messages: patterns:
    let
      flat = m: builtins.replaceStrings [ "\n" ] [ " " ] m;
      matches = p: m: builtins.match ".*(${p}).*" (flat m) != null;
    in
    if builtins.length messages != builtins.length patterns then
      [
        "${toString (builtins.length messages)} ${what}, expected ${toString (builtins.length patterns)}: ${builtins.toJSON messages}"
      ]
    else
      lib.concatLists (
        lib.zipListsWith (
          m: p: lib.optional (!matches p m) "${what}: ${builtins.toJSON m} does not match ${builtins.toJSON p}"
        ) messages patterns
      );
  check =
    withOs: name: s: r:
    let
      e = expected withOs s;
    in
    map (problem: "${if withOs then "nixos" else "standalone"}.${name}: ${problem}") (
      compare "warnings" r.warnings e.warnings ++ compare "failed assertions" r.failedAssertions e.failedAssertions
    );

  chosen = if only == null then scenarios else lib.getAttrs only scenarios;
  results = {
    standalone = lib.mapAttrs (evaluate false) chosen;
    nixos = lib.mapAttrs (evaluate true) chosen;
  };
in
results
// {
  failures = lib.concatLists (
    lib.mapAttrsToList (name: s: check false name s results.standalone.${name} ++ check true name s results.nixos.${name}) chosen
  );
}
