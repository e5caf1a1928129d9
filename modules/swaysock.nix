# services.swaysock: swaysock's systemd user units in home-manager's Unit/Service/Install shape,
# built from units/swaysock-units.json (generated from ts/units/) by ../nix/units.nix.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:
let
  inherit (lib)
    literalMD
    mkDefault
    mkEnableOption
    mkIf
    mkMerge
    mkOption
    types
    ;

  cfg = config.services.swaysock;
  units = import ../nix/units.nix { };
  otherDefinitions = import ./other-definitions.nix lib;

  hmSway = config.wayland.windowManager.sway;

  # The socket units that hand the daemon their fds.
  daemonSockets =
    lib.optional cfg.healthd.socketActivation "swaysock-healthd.socket"
    ++ lib.optional cfg.stableSocket.enable "swaysock-stable.socket";

  hm = units.homeManagerUnits {
    binDir = "${cfg.package}/bin";
    settings = {
      "healthd.interval" = cfg.healthd.interval;
      "cleanup.onStartupSec" = cfg.cleanup.onStartupSec;
      "cleanup.onUnitActiveSec" = cfg.cleanup.onUnitActiveSec;
    };
  };

  # Our sway-session.target: the definitions' target, plus what home-manager's sway module adds
  # for `systemd.xdgAutostart` (carried over when its own target is off).
  xdgAutostart = lib.optionalAttrs hmSway.systemd.xdgAutostart {
    Wants = [ "xdg-desktop-autostart.target" ];
    Before = [ "xdg-desktop-autostart.target" ];
  };
  ourTarget = hm.targets.sway-session // {
    Unit = lib.zipAttrsWith (_: vs: if builtins.length vs == 1 then builtins.head vs else lib.concatMap lib.toList vs) [
      hm.targets.sway-session.Unit
      xdgAutostart
    ];
  };

  # What other modules define for sway-session.target (home-manager's sway module, when its
  # systemd integration is on; the user). We add only the keys and list entries of ours that are
  # missing there, so the merged target carries everything the definitions ask for (e.g. their
  # ordering against shutdown.target) whoever else defines it, and never conflicts with a value
  # set elsewhere: a single value already set to something else is left as it is, and a key
  # another module wrote as a list gets a list (home-manager cannot merge a list with a string).
  theirTarget = (otherDefinitions options.systemd.user.targets ./swaysock.nix "sway-session").value;
  missing =
    theirs: ours:
    lib.filterAttrs (_: v: v != null && v != [ ]) (
      lib.mapAttrs (
        key: value:
        let
          have = theirs.${key} or null;
        in
        if have == null then
          value
        else if builtins.isList have then
          lib.subtractLists have (lib.toList value)
        else
          null
      ) ours
    );
  targetContribution = lib.filterAttrs (_: v: v != { }) (
    lib.mapAttrs (section: keys: missing (theirTarget.${section} or { }) keys) ourTarget
  );
in
{
  imports = [ ./session.nix ];

  options.services.swaysock = {
    enable = mkEnableOption "swaysock, the Sway session's systemd user units";
    # With it the module also defines `sway-session.target` and `sway-session-shutdown.target` and
    # points home-manager's `wayland.systemd.target` at the first (docs/units.md).

    package = mkOption {
      type = types.package;
      default = pkgs.callPackage ../packages { };
      defaultText = literalMD "swaysock built from this module's own source (`pkgs.callPackage` of the flake's `packages/`), whatever `pkgs` holds";
      example = lib.literalExpression "pkgs.swaysock";
      description = ''
        The swaysock package: the `swaysock` command (session, discovery, doctor, metrics, ...),
        the health daemon `swaysock-healthd` and the stale-socket cleanup `swaysock-cleanup`,
        each wrapped with Node.js, and the unit definitions. The units run its programs, and it
        is added to {option}`home.packages`. The default is built from the same source as this
        module, so the units it writes and the programs they run come from one version; the
        flake's `overlays.default` provides the same package as `pkgs.swaysock`.
      '';
    };

    healthd = {
      enable =
        mkEnableOption ''
          the health daemon `swaysock-healthd` (`swaysock-healthd.service`, `Type=notify` with a
          watchdog, `PartOf=` and `WantedBy=sway-session.target`). It answers `get_socket_health`
          (JSON-RPC 2.0) on {file}`$XDG_RUNTIME_DIR/swaysock/healthd.sock` and keeps the user
          manager's `SWAYSOCK` pointing at the live Sway''
        // {
          default = true;
        };
      interval = mkOption {
        type = types.ints.positive;
        default = units.defaultSettings."healthd.interval";
        example = 2;
        description = "Seconds between the daemon's `GET_VERSION` validations of the Sway socket (`--interval`).";
      };
      socketActivation = mkEnableOption ''
        socket activation of the health daemon: `swaysock-healthd.socket`
        (`ListenStream=%t/swaysock/healthd.sock`, `SocketMode=0600`, `DirectoryMode=0700`,
        `WantedBy=sockets.target`), so clients can connect, and start the daemon, outside a Sway
        session too. The daemon's unit then names it in `Sockets=`, so a switch that turns this
        on or off restarts the daemon (docs/nix.md)'';
    };

    stableSocket.enable = mkEnableOption ''
      the stable socket `swaysock-stable.socket`: a `SWAYSOCK` path that always reaches the live
      Sway (`ListenStream=%t/swaysock/sway.sock`, `SocketMode=0600`, `DirectoryMode=0700`,
      `WantedBy=sockets.target`), served by the health daemon, which a connection starts
      (docs/stable-socket.md). The daemon's unit names it in `Sockets=`, so a switch that turns
      this on or off restarts the daemon. The session's services get the stable path as
      `SWAYSOCK` when `swaysock session` or home-manager's exec line starts the target (a
      warning says when the starter cannot carry it). Needs
      {option}`services.swaysock.healthd.enable`'';

    cleanup = {
      enable =
        mkEnableOption ''
          the removal of stale `sway-ipc.UID.PID.sock` files: `swaysock-cleanup.service`
          (`Type=oneshot`, wanted by `sway-session.target`, so every session start clears what a
          crash left) and `swaysock-cleanup.timer`''
        // {
          default = true;
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

  };

  config = mkIf cfg.enable (mkMerge [
    {
      assertions = [
        (lib.hm.assertions.assertPlatform "services.swaysock" pkgs lib.platforms.linux)
        {
          # The socket unit hands its connections to the health daemon, which serves them.
          assertion = cfg.stableSocket.enable -> cfg.healthd.enable;
          message = "services.swaysock.stableSocket.enable needs services.swaysock.healthd.enable: the health daemon serves the stable socket.";
        }
      ];

      home.packages = [ cfg.package ];

      systemd.user.targets = {
        inherit (hm.targets) sway-session-shutdown;
        sway-session = targetContribution;
      };
    }

    # About 35 home-manager Wayland modules (waybar, swayidle, kanshi, swaync, ...) bind to this.
    # Whether anything starts the target is the business of session.nix's warnings.
    (
      if options ? wayland.systemd.target then
        { wayland.systemd.target = mkDefault "sway-session.target"; }
      else
        throw "services.swaysock needs a home-manager that has the option wayland.systemd.target (release 25.05 or newer); this one lacks it."
    )

    (mkIf cfg.healthd.enable {
      # Sockets= names the socket units whose fds the daemon inherits (systemd.service(5)); it
      # also pulls them in and orders the daemon after them. And it makes the unit's text change
      # with the socket options, so a switch (sd-switch) restarts the daemon when they change,
      # and the restart brings the new socket up first (docs/nix.md, "What a switch does").
      systemd.user.services.swaysock-healthd = lib.recursiveUpdate hm.services.swaysock-healthd (
        lib.optionalAttrs (daemonSockets != [ ]) { Service.Sockets = daemonSockets; }
      );
      systemd.user.sockets = lib.mkMerge [
        (mkIf cfg.healthd.socketActivation { inherit (hm.sockets) swaysock-healthd; })
        (mkIf cfg.stableSocket.enable { inherit (hm.sockets) swaysock-stable; })
      ];
    })

    (mkIf cfg.cleanup.enable {
      systemd.user.services.swaysock-cleanup = hm.services.swaysock-cleanup;
      systemd.user.timers.swaysock-cleanup = hm.timers.swaysock-cleanup;
    })
  ]);
}
