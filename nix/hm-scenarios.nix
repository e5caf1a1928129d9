# Scenarios of the swaysock module evaluated inside real home-manager (hm-eval.nix), each both as
# standalone home-manager (no osConfig) and as home-manager's NixOS module calls it (osConfig
# set: the scenario's own NixOS configuration, else one without programs.sway). Evaluates to
#   { standalone.<scenario> = RESULT; nixos.<scenario> = RESULT; }
# with RESULT = { files; wantsLinks; warnings; failedAssertions; execLine; swayExtraConfig;
# waylandTarget; options }. tests/nix/hm-module.test.ts asserts on them; by hand:
#   nix-instantiate --read-write-mode --eval --strict --json nix/hm-scenarios.nix \
#     --arg nixpkgsLib /path/to/nixpkgs.lib --arg homeManager /path/to/home-manager
{
  nixpkgsLib,
  homeManager,
  only ? null, # a list of scenario names, or null for all
}:
let
  lib = import "${nixpkgsLib}/lib";

  sway = extra: {
    wayland.windowManager.sway = {
      enable = true;
      checkConfig = false;
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
    stableWithoutDaemon.modules = [
      (swaysock {
        stableSocket.enable = true;
        healthd.enable = false;
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
    textfileNoDirectory.modules = [ (textfile { }) ];
    # NixOS's node exporter with its textfile collector: its directory is the default.
    textfileNodeExporter = {
      modules = [ (textfile { }) ];
      osConfig = nodeExporter { extraFlags = [ "--collector.textfile.directory=/run/node-textfile" ]; };
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
    };
    # ... with its textfile collector off: a warning.
    textfileCollectorOff = {
      modules = [ (textfile { directory = "/run/node-textfile"; }) ];
      osConfig = nodeExporter {
        extraFlags = [ "--collector.textfile.directory=/run/node-textfile" ];
        disabledCollectors = [ "textfile" ];
      };
    };
    # A directory the unit files cannot carry unquoted, and no daemon to ask: refused.
    textfileBadDirectory.modules = [
      (textfile { directory = "run/my metrics"; })
      { services.swaysock.healthd.enable = false; }
    ];
    # Home-manager's sway module starts and defines the target, and writeSwayConfig too: two starters.
    hmSway.modules = [
      (swaysock { session.writeSwayConfig = true; })
      (sway { })
    ];
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
    noStarter.modules = [ (swaysock { }) ];
    noStarterSwayOff.modules = [
      (swaysock { })
      (sway { systemd.enable = false; })
    ];
    # The user says what the module cannot see.
    explicitStarter.modules = [ (swaysock { session.starter = "external"; }) ];
    # writeSwayConfig without home-manager's sway module writes no Sway config.
    writeWithoutSway.modules = [ (swaysock { session.writeSwayConfig = true; }) ];
    # NixOS programs.sway with NixOS's default Sway config (home-manager's sway module off).
    nixosSway = {
      modules = [ (swaysock { }) ];
      osConfig = nixosSway;
    };
    # NixOS programs.sway, home-manager's Sway config without the config.d include.
    nixosSwayHmConfig = {
      modules = [
        (swaysock { })
        (sway { systemd.enable = false; })
      ];
      osConfig = nixosSway;
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
    };
    # NixOS programs.sway, a Sway config file of the user's written by home-manager from text.
    nixosSwayOwnFile = {
      modules = [
        (swaysock { })
        { xdg.configFile."sway/config".text = "exec foot\n"; }
      ];
      osConfig = nixosSway;
    };
    nixosSwayOwnFileInclude = {
      modules = [
        (swaysock { })
        { xdg.configFile."sway/config".text = "exec foot\ninclude /etc/sway/config.d/*\n"; }
      ];
      osConfig = nixosSway;
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
    };
    # What home-manager's sway integration carried, with the integration off.
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
        waylandTarget
        options
        ;
    };
  chosen = if only == null then scenarios else lib.getAttrs only scenarios;
in
{
  standalone = lib.mapAttrs (evaluate false) chosen;
  nixos = lib.mapAttrs (evaluate true) chosen;
}
