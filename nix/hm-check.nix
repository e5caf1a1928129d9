# Developer check, not used by CI: scenarios of the swaysock module evaluated inside real
# home-manager (see hm-eval.nix and docs/nix.md). Evaluates to a list of scenario names that
# passed; a failing expectation throws with the scenario, what was expected and what was found.
#   nix-instantiate --read-write-mode --eval --strict --json nix/hm-check.nix \
#     --argstr nixpkgsLib /path/to/nixpkgs.lib --argstr homeManager /path/to/home-manager
{ nixpkgsLib, homeManager }:
let
  evalWith = modules: import ./hm-eval.nix { inherit nixpkgsLib homeManager modules; };
  expect =
    scenario: what: found: wanted:
    if found == wanted then
      true
    else
      throw "${scenario}: ${what}: expected ${builtins.toJSON wanted}, found ${builtins.toJSON found}";
  pkg = "/nix/store/00000000000000000000000000000000-swaysock";
  ours = import ./units.nix { };

  # 1. Alone: our units, target ours, home-manager's Wayland modules moved to our target.
  alone = evalWith [
    {
      services.swaysock.enable = true;
      services.swaysock.healthd.interval = 2;
      services.swaysock.cleanup.onStartupSec = "1min";
    }
  ];
  hmSway = evalWith [
    {
      services.swaysock.enable = true;
      services.swaysock.session.writeSwayConfig = true;
      wayland.windowManager.sway.enable = true;
      wayland.windowManager.sway.checkConfig = false;
    }
  ];
  ourSession = evalWith [
    {
      services.swaysock.enable = true;
      services.swaysock.session.writeSwayConfig = true;
      wayland.windowManager.sway.enable = true;
      wayland.windowManager.sway.checkConfig = false;
      wayland.windowManager.sway.systemd.enable = false;
    }
  ];
  migrated = evalWith [
    {
      services.swaysock.enable = true;
      services.swaysock.sessionServices = [
        "listy"
        "stringy"
        "forced"
        "plain"
        "nope"
      ];
    }
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
  ];
  svc = name: migrated.services.${name};
  deps = name: {
    After = (svc name).Unit.After;
    PartOf = (svc name).Unit.PartOf;
    WantedBy = (svc name).Install.WantedBy;
  };
  checks = {
    alone =
      expect "alone" "healthd ExecStart" alone.services.swaysock-healthd.Service.ExecStart [
        "${pkg}/bin/swaysock-healthd --interval 2 --repair-environment"
      ]
      && expect "alone" "timer" alone.timers.swaysock-cleanup.Timer {
        OnStartupSec = "1min";
        OnUnitActiveSec = "5min";
      }
      && expect "alone" "targets" (builtins.attrNames alone.targets) [
        "sway-session"
        "sway-session-shutdown"
      ]
      && expect "alone" "no socket unit by default" alone.sockets { }
      && expect "alone" "wayland.systemd.target" alone.waylandTarget "sway-session.target"
      && expect "alone" "warnings" alone.warnings [ ]
      && expect "alone" "sway-session.target as the pure conversion has it" alone.targets.sway-session
        (ours.homeManagerUnits { binDir = "${pkg}/bin"; }).targets.sway-session;
    # home-manager's sway module defines the target: ours stays out, the file is the same.
    hmSway =
      expect "hmSway" "sway-session.target file" hmSway.files."sway-session.target"
        alone.files."sway-session.target"
      && expect "hmSway" "one warning" (builtins.length hmSway.warnings) 1;
    ourSession =
      expect "ourSession" "warnings" ourSession.warnings [ ]
      && expect "ourSession" "Sway config line" ourSession.swayExtraConfig "exec ${pkg}/bin/swaysock session"
      && expect "ourSession" "target defined" (ourSession.targets ? sway-session) true;
    migrated =
      expect "migrated" "list style" (deps "listy") {
        After = [
          "sway-session.target"
          "network.target"
          "dbus.service"
        ];
        PartOf = [ "sway-session.target" ];
        WantedBy = [ "sway-session.target" ];
      }
      && expect "migrated" "string style" (deps "stringy") {
        After = [
          "sway-session.target"
          "dbus.service"
        ];
        PartOf = [ "sway-session.target" ];
        WantedBy = [ "sway-session.target" ];
      }
      && expect "migrated" "mkForce elsewhere" (deps "forced").After [
        "sway-session.target"
        "x.service"
      ]
      && expect "migrated" "keeps other WantedBy" (deps "plain").WantedBy [
        "default.target"
        "sway-session.target"
      ]
      && expect "migrated" "unknown service skipped" (migrated.services ? nope) false
      && expect "migrated" "warning names it" migrated.warnings [
        "services.swaysock.sessionServices lists \"nope\", but no module defines systemd.user.services.nope; it is skipped."
      ]
      && expect "migrated" "wants links" (builtins.filter (l: builtins.match ".*(listy|stringy|plain).*" l != null) migrated.wantsLinks) [
        "systemd/user/default.target.wants/plain.service"
        "systemd/user/sway-session.target.wants/listy.service"
        "systemd/user/sway-session.target.wants/plain.service"
        "systemd/user/sway-session.target.wants/stringy.service"
      ];
  };
in
builtins.filter (name: checks.${name}) (builtins.attrNames checks)
