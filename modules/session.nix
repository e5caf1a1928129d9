# services.swaysock.session: who starts sway-session.target when Sway starts, the Sway config line
# for `swaysock session`, and the warnings when, as far as the configuration shows, nothing or more
# than one thing starts the target. Nix cannot read a Sway config written by hand, so the user can
# say who starts it with `session.starter`; docs/units.md explains each starter.
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
  variableEntries = if hmSway.enable then hmSway.systemd.variables else [ ];
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

  inferred =
    optional swaysockStarts "swaysock"
    ++ optional hmStarts "home-manager"
    ++ optional nixosStarts "nixos";

  describe = {
    swaysock = "services.swaysock.session.writeSwayConfig (`swaysock session` in home-manager's Sway config)";
    home-manager = "home-manager's sway module (wayland.windowManager.sway.systemd.enable)";
    nixos = "NixOS's programs.sway (/etc/sway/config.d/nixos.conf, included by the Sway config)";
  };

  noStarter = ''
    services.swaysock: nothing in this configuration starts sway-session.target, so swaysock's
    services${
      lib.optionalString (config.wayland.systemd.target == "sway-session.target") ''
        , and home-manager's Wayland services (waybar, mako, swayidle, ...) that
        wayland.systemd.target binds to it,''
    } would never start. Put the line of
    services.swaysock.session.execLine into your Sway config (with home-manager's sway module,
    services.swaysock.session.writeSwayConfig = true does it), then say who starts the target with
    services.swaysock.session.starter ("swaysock", "home-manager", "nixos" or "external").
  '';
  dropStarter = {
    swaysock = "services.swaysock.session.writeSwayConfig = false drops `swaysock session`";
    home-manager = "wayland.windowManager.sway.systemd.enable = false drops home-manager's exec line";
    nixos = "removing the include of /etc/sway/config.d/* from home-manager's Sway config drops NixOS's";
  };
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
        `/etc/sway/config.d/*` reads), or `"external"` (anything else: a display manager's
        session, a hand-written config). While `null`, the module infers the starters it can see
        and warns when it finds none or more than one; a Sway config written by hand is invisible
        to it, so set this to say what it cannot see. Setting it silences those warnings.
      '';
    };
    execLine = mkOption {
      type = types.str;
      readOnly = true;
      default = concatStringsSep " " ([ "exec ${swaysockBin} session" ] ++ envArguments);
      defaultText = lib.literalMD ''
        `exec …/bin/swaysock session`, followed by `--env NAME` (or `--env NAME=VALUE`, or
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
        optional (cfg.session.starter == null && inferred == [ ]) noStarter
        ++ optional (cfg.session.starter == null && length inferred > 1) twoStarters
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
  ]);
}
