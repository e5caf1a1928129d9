# services.swaysock.session: who starts sway-session.target when Sway starts, the Sway config line
# for `swaysock session`, and the warnings when, as far as the configuration shows, nothing or more
# than one thing starts the target, or the starter named cannot. Nix cannot read a Sway config
# written by hand, so the user can say who starts it with `session.starter`; docs/units.md explains
# each starter. With the stable socket, the starter also decides what SWAYSOCK the session's
# services get (docs/stable-socket.md).
#
# Home-manager's NixOS module passes the NixOS configuration as the module argument `osConfig`
# (a special argument); standalone home-manager has none. The module system resolves every named
# argument, defaulted ones too, through `_module.args`, where standalone home-manager has no
# `osConfig`: hence `args.osConfig or null` rather than a named `osConfig ? null`.
{
  config,
  lib,
  options,
  ...
}@args:
let
  inherit (lib)
    concatStringsSep
    elem
    filter
    length
    mkIf
    mkMerge
    mkOption
    optional
    types
    ;

  cfg = config.services.swaysock;
  osConfig = args.osConfig or null;
  hmSway = config.wayland.windowManager.sway;
  swaysockBin = lib.getExe' cfg.package "swaysock";

  # What `swaysock session` imports anyway (ts/session/environment.ts, SESSION_VARIABLES).
  sessionVariables = [
    "SWAYSOCK"
    "I3SOCK"
    "WAYLAND_DISPLAY"
    "DISPLAY"
    "XDG_CURRENT_DESKTOP"
    "XDG_SESSION_TYPE"
  ];
  # wayland.windowManager.sway.systemd.variables as `swaysock session` arguments: `--all` stays,
  # NAME and NAME=VALUE become `--env ...` (a NAME that is imported anyway is left out); entries
  # that are neither are dropped with a warning.
  variableName = "[A-Za-z_][A-Za-z0-9_]*";
  # The stable socket's assignments (below) are `swaysock session --stable-socket`'s business there.
  variableEntries =
    if hmSway.enable then filter (v: !(elem v stableAssignments)) hmSway.systemd.variables else [ ];
  isAll = v: v == "--all";
  isName = v: builtins.match variableName v != null;
  isAssignment = v: builtins.match "${variableName}=.*" v != null;
  envArguments =
    (if builtins.any isAll variableEntries then [ "--all" ] else [ ])
    ++ map (v: "--env ${lib.escapeShellArg v}") (
      lib.unique (filter (v: (isName v && !(elem v sessionVariables)) || isAssignment v) variableEntries)
    );
  badVariables = filter (v: !(isAll v || isName v || isAssignment v)) variableEntries;

  # Home-manager's sway module starts the target from its generated config when both hold.
  hmStarts = hmSway.enable && hmSway.systemd.enable;
  # Our exec line reaches Sway only through home-manager's generated config.
  swaysockStarts = cfg.session.writeSwayConfig && hmSway.enable;
  # NixOS's programs.sway ships /etc/sway/config.d/nixos.conf, which starts the target; it is read
  # by a Sway config that includes /etc/sway/config.d/*: NixOS's default /etc/sway/config (from
  # its Sway package; Sway reads it when the user has no config of their own), or a config of the
  # user's with that include. Of the user's configs Nix sees home-manager's sway module's
  # (extraConfig, extraConfigEarly) and a `sway/config` file home-manager writes from `text`;
  # a file written from `source`, or by hand, is opaque (no inference).
  includesConfigD =
    text: builtins.match "(.*\n)?[[:space:]]*include[[:space:]]+[\"']?/etc/sway/config\\.d/([*]|nixos[.]conf).*" text != null;
  userSwayConfig = config.xdg.configFile."sway/config" or null;
  configIncludesConfigD =
    if hmSway.enable then
      builtins.any includesConfigD [
        hmSway.extraConfig
        hmSway.extraConfigEarly
      ]
    else if userSwayConfig != null then
      (userSwayConfig.text or null) != null && includesConfigD userSwayConfig.text
    else
      (osConfig.programs.sway.package or null) != null;
  nixosStarts = osConfig != null && (osConfig.programs.sway.enable or false) && configIncludesConfigD;

  # uwsm (`uwsm start sway`; NixOS's programs.uwsm) runs Sway as `wayland-wm@ID.service` with its
  # own session targets; its ID is the basename of `uwsm start`'s first argument, and it is ready
  # only once Sway's variables (SWAYSOCK among them, its sway plugin waits for it) reach the
  # user manager. Our target then comes up after that unit and with uwsm's session target, and
  # goes down with graphical-session.target, which uwsm stops when Sway ends (docs/units.md).
  uwsmId = cfg.session.uwsmCompositorId;
  uwsmTarget = {
    Unit.After = [ "wayland-wm@${uwsmId}.service" ];
    Install.WantedBy = [ "wayland-session@${uwsmId}.target" ];
  };
  # What NixOS shows of uwsm: the compositor IDs of its programs.uwsm.waylandCompositors entries.
  osUwsm = if osConfig == null then null else osConfig.programs.uwsm or { enable = false; };
  osUwsmIds = map (c: baseNameOf (toString c.binPath)) (
    builtins.attrValues (if osUwsm == null then { } else osUwsm.waylandCompositors or { })
  );

  inferred =
    optional swaysockStarts "swaysock"
    ++ optional hmStarts "home-manager"
    ++ optional nixosStarts "nixos";
  named = cfg.session.starter;
  # The starter the session has, when one is known: the one named, else the only one inferred.
  starter =
    if named != null then
      named
    else if length inferred == 1 then
      builtins.head inferred
    else
      null;

  # A starter named that, by what this configuration shows, cannot start the target.
  cannotStart = {
    home-manager = lib.optionalString (!hmStarts) (
      if hmSway.enable then
        "wayland.windowManager.sway.systemd.enable = false drops home-manager's exec line, which starts it"
      else
        "home-manager's sway module (wayland.windowManager.sway.enable) is off, so home-manager writes no Sway config"
    );
    nixos = lib.optionalString (osConfig != null && !(osConfig.programs.sway.enable or false)) "NixOS's programs.sway is off, so there is no /etc/sway/config.d/nixos.conf to start it";
    uwsm =
      if osUwsm != null && !(osUwsm.enable or false) then
        "NixOS's programs.uwsm is off, so there are no uwsm units to run Sway"
      else if osUwsmIds != [ ] && !(elem uwsmId osUwsmIds) then
        "NixOS's programs.uwsm.waylandCompositors run compositors as ${concatStringsSep ", " (map (i: "wayland-wm@${i}.service") osUwsmIds)}, not wayland-wm@${uwsmId}.service; set services.swaysock.session.uwsmCompositorId to the one that runs Sway"
      else
        "";
    swaysock = "";
    external = "";
  };
  namedProblem = if named == null then "" else cannotStart.${named};
  # Starters this configuration shows besides the one named.
  othersThanNamed = if named == null then [ ] else filter (s: s != named) inferred;

  describe = {
    swaysock = "services.swaysock.session.writeSwayConfig (`swaysock session` in home-manager's Sway config)";
    home-manager = "home-manager's sway module (wayland.windowManager.sway.systemd.enable)";
    nixos = "NixOS's programs.sway (/etc/sway/config.d/nixos.conf, included by the Sway config)";
  };

  # The stable socket (docs/stable-socket.md). `swaysock session --stable-socket` exports it. With
  # home-manager's exec line it goes into the variables that line imports: its
  # dbus-update-activation-environment takes NAME=VALUE, and the shell Sway runs the line with
  # expands $XDG_RUNTIME_DIR. A name must not come twice (systemd refuses the whole update), so
  # SWAYSOCK and I3SOCK are replaced, not added; and `--all` takes no NAME=VALUE (it fails).
  # systemctl import-environment (dbusImplementation "broker") takes names only.
  stablePath = "$XDG_RUNTIME_DIR/swaysock/sway.sock";
  stableAssignments = [
    "SWAYSOCK=${stablePath}"
    "I3SOCK=${stablePath}"
  ];
  # Home-manager's default list with SWAYSOCK and I3SOCK set, defined just above the option's
  # default priority (1500): a list the user wrote wins, and the warning below asks for the same
  # entries there.
  carryStable = cfg.stableSocket.enable && hmStarts && hmSway.systemd.dbusImplementation == "dbus";
  stableVariables =
    filter (
      v:
      !(elem v [
        "SWAYSOCK"
        "I3SOCK"
      ])
    ) options.wayland.windowManager.sway.systemd.variables.default
    ++ stableAssignments;
  stableCarried =
    {
      swaysock = true;
      external = true;
      home-manager =
        let
          vars = hmSway.systemd.variables;
        in
        lib.all (a: elem a vars) stableAssignments
        && !(lib.any (v: elem v vars) [
          "--all"
          "SWAYSOCK"
          "I3SOCK"
        ])
        && hmSway.systemd.dbusImplementation == "dbus";
      nixos = false;
      uwsm = false;
    }
    .${starter};
  stableHow = {
    home-manager =
      if hmSway.systemd.dbusImplementation != "dbus" then
        "its exec line imports variables with `systemctl --user import-environment` (wayland.windowManager.sway.systemd.dbusImplementation = \"broker\"), which takes names only"
      else
        "wayland.windowManager.sway.systemd.variables is set in this configuration, and only a list without --all can carry it: put ${concatStringsSep " and " (map builtins.toJSON stableAssignments)} in it, in place of SWAYSOCK and I3SOCK (a name given twice makes systemd refuse the whole import)";
    nixos = "/etc/sway/config.d/nixos.conf imports Sway's own SWAYSOCK";
    uwsm = "`uwsm finalize` exports Sway's own SWAYSOCK (its sway plugin asks for it)";
  };
  stableNotCarried = ''
    services.swaysock.stableSocket.enable: the stable socket listens, but the session's services
    get Sway's own SWAYSOCK, not the stable path: the starter of sway-session.target is
    ${starter}, and ${stableHow.${starter}}. Shells and tmux can still take it with
    `eval "$(swaysock env)"` (docs/stable-socket.md); for the services, start the session with
    services.swaysock.session.execLine (`swaysock session --stable-socket`).
  '';

  noStarter = ''
    services.swaysock: nothing in this configuration starts sway-session.target, so swaysock's
    services${
      lib.optionalString (config.wayland.systemd.target == "sway-session.target") ''
        , and home-manager's Wayland services (waybar, swayidle, kanshi, ...) that
        wayland.systemd.target binds to it,''
    } would never start. Put the line of
    services.swaysock.session.execLine into your Sway config (with home-manager's sway module,
    services.swaysock.session.writeSwayConfig = true does it), then say who starts the target with
    services.swaysock.session.starter ("swaysock", "home-manager", "nixos", "uwsm" or "external").
  '';
  dropStarter = {
    swaysock = "services.swaysock.session.writeSwayConfig = false drops `swaysock session`";
    home-manager = "wayland.windowManager.sway.systemd.enable = false drops home-manager's exec line";
    nixos = "removing the include of /etc/sway/config.d/* from home-manager's Sway config drops NixOS's";
  };
  namedCannot = ''
    services.swaysock.session.starter = "${toString named}", but ${namedProblem}: nothing may
    start sway-session.target. Name the starter this configuration has, or enable that one.
  '';
  namedBeside = ''
    services.swaysock.session.starter = "${toString named}", but this configuration shows another
    wiring that starts sway-session.target from Sway's config too:
    ${concatStringsSep "; " (map (s: describe.${s}) othersThanNamed)}. Keep one:
    ${concatStringsSep "; " (map (s: dropStarter.${s}) othersThanNamed)}.
  '';
  twoStarters = ''
    services.swaysock: ${toString (length inferred)} wirings start sway-session.target from Sway's
    config: ${concatStringsSep "; " (map (s: describe.${s}) inferred)}. Keep one:
    ${concatStringsSep "; " (map (s: dropStarter.${s}) inferred)}. Only `swaysock session` also
    unsets SWAYSOCK when Sway ends, crash included; swaysock's services bind to the target
    whichever starts it. Then set services.swaysock.session.starter to the one kept.
  '';
  # Home-manager runs systemd.extraCommands only inside its own exec line (by default its
  # start/stop chain of the target, which `swaysock session` replaces); changed, it is lost.
  changedExtraCommands =
    hmSway.enable
    && !hmSway.systemd.enable
    && hmSway.systemd.extraCommands != options.wayland.windowManager.sway.systemd.extraCommands.default;
in
{
  options.services.swaysock.session = {
    starter = mkOption {
      type = types.nullOr (
        types.enum [
          "swaysock"
          "home-manager"
          "nixos"
          "uwsm"
          "external"
        ]
      );
      default = null;
      example = "external";
      description = ''
        Who starts `sway-session.target` when Sway starts: `"swaysock"` (the line of
        {option}`services.swaysock.session.execLine` in Sway's config), `"home-manager"`
        (home-manager's sway module, `wayland.windowManager.sway.systemd.enable`), `"nixos"`
        (NixOS's `programs.sway`, whose `/etc/sway/config.d/nixos.conf` a Sway config including
        `/etc/sway/config.d/*` reads), `"uwsm"` (Sway run by `uwsm start sway` as
        `wayland-wm@ID.service`, ID {option}`services.swaysock.session.uwsmCompositorId`: the
        target is then wanted by uwsm's `wayland-session@ID.target` and ordered after that
        unit), or `"external"` (anything else: a display manager's session, a hand-written
        config). While `null`, the module infers the starters it can see and warns when it
        finds none or more than one; a Sway config written by hand is invisible to it, so set
        this to say what it cannot see. A starter named is checked against what the
        configuration shows: a warning says when it cannot start the target, or when another
        wiring starts it too.
      '';
    };
    uwsmCompositorId = mkOption {
      type = types.strMatching "[A-Za-z0-9_.:]+";
      default = "sway";
      example = "sway.desktop";
      description = ''
        With {option}`services.swaysock.session.starter` `"uwsm"`: the compositor ID uwsm runs
        Sway under, the basename of `uwsm start`'s first argument (`sway` for `uwsm start sway`,
        and for NixOS's `programs.uwsm.waylandCompositors.<name>.binPath` ending in `/sway`;
        `sway.desktop` for `uwsm start sway.desktop`), so that Sway runs in
        `wayland-wm@ID.service`. Letters, digits and `_.:`, which systemd takes unescaped.
      '';
    };
    execLine = mkOption {
      type = types.str;
      readOnly = true;
      default = concatStringsSep " " (
        [ "exec ${swaysockBin} session" ] ++ lib.optional cfg.stableSocket.enable "--stable-socket" ++ envArguments
      );
      defaultText = lib.literalMD ''
        `exec …/bin/swaysock session` (with `--stable-socket` when
        {option}`services.swaysock.stableSocket.enable` is set), followed by `--env NAME` (or `--env NAME=VALUE`, or
        `--all`) for each entry of `wayland.windowManager.sway.systemd.variables` that
        `swaysock session` does not import anyway, when home-manager's sway module is enabled
      '';
      description = ''
        The line for Sway's config that starts `sway-session.target` for this Sway and stops
        it when Sway ends, crash included (`swaysock session`). It carries the variables of
        `wayland.windowManager.sway.systemd.variables`, which home-manager's own exec line would
        have imported. Use it in your own Sway config, or set
        {option}`services.swaysock.session.writeSwayConfig`.
      '';
    };
    writeSwayConfig = mkOption {
      type = types.bool;
      default = false;
      example = true;
      description = ''
        Whether to append {option}`services.swaysock.session.execLine` to
        {option}`wayland.windowManager.sway.extraConfig` (home-manager's sway module must be
        enabled). Then turn off home-manager's own exec line with
        `wayland.windowManager.sway.systemd.enable = false` (a warning says so when both would
        start the target).
      '';
    };
  };

  config = mkIf cfg.enable (mkMerge [
    {
      warnings =
        optional (named == null && inferred == [ ]) noStarter
        ++ optional (named == null && length inferred > 1) twoStarters
        ++ optional (namedProblem != "") namedCannot
        ++ optional (othersThanNamed != [ ]) namedBeside
        # (A starter that cannot start the target has its own warning.)
        ++ optional (cfg.stableSocket.enable && starter != null && namedProblem == "" && !stableCarried) stableNotCarried
        ++ optional (cfg.session.writeSwayConfig && !hmSway.enable) ''
          services.swaysock.session.writeSwayConfig = true does nothing: home-manager's sway module
          (wayland.windowManager.sway.enable) is off, so home-manager writes no Sway config. Put the
          line of services.swaysock.session.execLine into your own Sway config instead.
        ''
        ++ optional (badVariables != [ ]) ''
          services.swaysock.session.execLine leaves out ${concatStringsSep ", " (map builtins.toJSON badVariables)} of
          wayland.windowManager.sway.systemd.variables: each entry must be NAME, NAME=VALUE or --all.
        ''
        ++ optional changedExtraCommands ''
          wayland.windowManager.sway.systemd.extraCommands is set, but with
          wayland.windowManager.sway.systemd.enable = false home-manager runs none of it. Run those
          commands from your Sway config (`exec ...`) or from a service bound to sway-session.target.
        '';
    }
    (mkIf cfg.session.writeSwayConfig {
      wayland.windowManager.sway.extraConfig = lib.mkAfter cfg.session.execLine;
    })
    (mkIf carryStable {
      wayland.windowManager.sway.systemd.variables = lib.mkOverride 1400 stableVariables;
    })
    (mkIf (cfg.session.starter == "uwsm") {
      systemd.user.targets.sway-session = uwsmTarget;
    })
  ]);
}
