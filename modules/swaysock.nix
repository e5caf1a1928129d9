# services.swaysock: swaysock's systemd user units in home-manager's Unit/Service/Install shape,
# built from units/swaysock-units.json (generated from ts/units/) by ../nix/units.nix.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  inherit (lib)
    literalExpression
    mkDefault
    mkEnableOption
    mkIf
    mkMerge
    mkOption
    optional
    types
    ;

  cfg = config.services.swaysock;
  units = import ../nix/units.nix { };

  # home-manager's own sway module defines sway-session.target (and starts it from Sway's config)
  # when both of these hold; `or false` keeps this module usable without that module.
  hmSway = config.wayland.windowManager.sway or { };
  hmSwayTarget = (hmSway.enable or false) && (hmSway.systemd.enable or false);

  hm = units.homeManagerUnits {
    binDir = "${cfg.package}/bin";
    settings = {
      "healthd.interval" = cfg.healthd.interval;
      "cleanup.onStartupSec" = cfg.cleanup.onStartupSec;
      "cleanup.onUnitActiveSec" = cfg.cleanup.onUnitActiveSec;
    };
  };
in
{
  options.services.swaysock = {
    enable = mkEnableOption ''
      swaysock: `sway-session.target` and the Sway-specific systemd user services (the
      `swaysock-healthd` health daemon, the `swaysock-cleanup` stale-socket cleanup and its
      timer). Also points home-manager's `wayland.systemd.target` at `sway-session.target`'';

    package = lib.mkPackageOption pkgs "swaysock" {
      extraDescription = ''
        The flake's `overlays.default` provides `pkgs.swaysock`; without the overlay the module
        builds ../packages with `pkgs.callPackage`.
      '';
    };

    healthd = {
      enable = mkOption {
        type = types.bool;
        default = true;
        example = false;
        description = ''
          Whether to run the health daemon `swaysock-healthd` (`swaysock-healthd.service`,
          `Type=notify` with a watchdog, `PartOf=` and `WantedBy=sway-session.target`). It answers
          `get_socket_health` (JSON-RPC 2.0) on {file}`$XDG_RUNTIME_DIR/swaysock/healthd.sock` and
          keeps the user manager's `SWAYSOCK` pointing at the live Sway.
        '';
      };
      interval = mkOption {
        type = types.ints.positive;
        default = units.defaultSettings."healthd.interval";
        example = 2;
        description = "Seconds between the daemon's `GET_VERSION` validations of the Sway socket (`--interval`).";
      };
      socketActivation = mkOption {
        type = types.bool;
        default = false;
        example = true;
        description = ''
          Whether to add `swaysock-healthd.socket` (`ListenStream=%t/swaysock/healthd.sock`,
          `SocketMode=0600`, `DirectoryMode=0700`, `WantedBy=sockets.target`), so clients can
          connect, and start the daemon, outside a Sway session too.
        '';
      };
    };

    cleanup = {
      enable = mkOption {
        type = types.bool;
        default = true;
        example = false;
        description = ''
          Whether to remove stale `sway-ipc.UID.PID.sock` files: `swaysock-cleanup.service`
          (`Type=oneshot`, wanted by `sway-session.target`, so every session start clears what a
          crash left) and `swaysock-cleanup.timer`.
        '';
      };
      onStartupSec = mkOption {
        type = types.str;
        default = units.defaultSettings."cleanup.onStartupSec";
        example = "1min";
        description = "The timer's `OnStartupSec=` (systemd.time(7) span, counted from the user manager's start).";
      };
      onUnitActiveSec = mkOption {
        type = types.str;
        default = units.defaultSettings."cleanup.onUnitActiveSec";
        example = "15min";
        description = "The timer's `OnUnitActiveSec=` (systemd.time(7) span since the cleanup last ran).";
      };
    };

    session = {
      execLine = mkOption {
        type = types.str;
        readOnly = true;
        default = "exec ${lib.getExe' cfg.package "swaysock"} session";
        defaultText = literalExpression ''"exec ''${lib.getExe' config.services.swaysock.package "swaysock"} session"'';
        description = ''
          The line for Sway's config that starts `sway-session.target` for this Sway and stops
          it when Sway ends, crash included (`swaysock session`). Use it in your own Sway
          config, or set {option}`services.swaysock.session.writeSwayConfig`.
        '';
      };
      writeSwayConfig = mkOption {
        type = types.bool;
        default = false;
        example = true;
        description = ''
          Whether to append {option}`services.swaysock.session.execLine` to
          {option}`wayland.windowManager.sway.extraConfig`. Then turn off home-manager's own
          exec line with `wayland.windowManager.sway.systemd.enable = false` (a warning says so
          when both would start the target).
        '';
      };
    };
  };

  config = mkIf cfg.enable (mkMerge [
    {
      services.swaysock.package = mkIf (!(pkgs ? swaysock)) (mkDefault (pkgs.callPackage ../packages { }));

      home.packages = [ cfg.package ];

      # About 35 home-manager Wayland modules (waybar, mako, swayidle, kanshi, ...) bind to this.
      wayland.systemd.target = mkDefault "sway-session.target";

      systemd.user.targets = {
        inherit (hm.targets) sway-session-shutdown;
        sway-session = mkIf (!hmSwayTarget) hm.targets.sway-session;
      };

      warnings = optional (hmSwayTarget && cfg.session.writeSwayConfig) ''
        services.swaysock.session.writeSwayConfig and home-manager's
        wayland.windowManager.sway.systemd.enable both start sway-session.target from Sway's
        config. Let one of them do it: set wayland.windowManager.sway.systemd.enable = false to
        let `swaysock session` start the target and stop it when Sway ends, crash included (it
        also unsets SWAYSOCK); or set services.swaysock.session.writeSwayConfig = false to keep
        home-manager's exec line (swaysock's services still bind to the target it starts).
      '';
    }

    (mkIf cfg.healthd.enable {
      systemd.user.services.swaysock-healthd = hm.services.swaysock-healthd;
      systemd.user.sockets = mkIf cfg.healthd.socketActivation { inherit (hm.sockets) swaysock-healthd; };
    })

    (mkIf cfg.cleanup.enable {
      systemd.user.services.swaysock-cleanup = hm.services.swaysock-cleanup;
      systemd.user.timers.swaysock-cleanup = hm.timers.swaysock-cleanup;
    })

    (mkIf cfg.session.writeSwayConfig {
      wayland.windowManager.sway.extraConfig = lib.mkAfter cfg.session.execLine;
    })
  ]);
}
