# services.swaysock.sessionServices: move existing user services (defined by other modules) from
# graphical-session.target onto sway-session.target. In Unit.After, Unit.PartOf and
# Install.WantedBy, graphical-session.target becomes sway-session.target (added when absent);
# every other entry stays. Other modules may have written these keys as lists or as plain strings
# ("a.target b.target"); the merged value of their definitions is read from the option's
# definitions (excluding this file's, so nothing depends on itself) and replaced with
# mkOverride 40, which beats mkForce (50): the value written is computed from every other
# definition, forced ones included.
{
  config,
  lib,
  options,
  ...
}@args:
let
  inherit (lib)
    concatMap
    elem
    filter
    genAttrs
    isList
    isString
    mkIf
    mkOverride
    optional
    unique
    ;

  cfg = config.services.swaysock;
  # See session.nix for why osConfig is read this way.
  osConfig = args.osConfig or null;
  others = import ./other-definitions.nix lib options.systemd.user.services ./session-services.nix;

  # Unit names in a value written as a list, a string, or absent (null).
  words =
    value:
    let
      entries = if value == null then [ ] else if isList value then value else [ value ];
    in
    concatMap (e: filter (w: isString w && w != "") (builtins.split "[[:space:]]+" e)) entries;

  retarget =
    value:
    unique (
      map (u: if u == "graphical-session.target" then "sway-session.target" else u) (words value)
      ++ [ "sway-session.target" ]
    );

  migrate =
    name:
    let
      old = (others name).value;
    in
    {
      Unit.After = mkOverride 40 (retarget (old.Unit.After or null));
      Unit.PartOf = mkOverride 40 (retarget (old.Unit.PartOf or null));
      Install.WantedBy = mkOverride 40 (retarget (old.Install.WantedBy or null));
    };

  undefined = filter (name: !(others name).isDefined) cfg.sessionServices;

  # User units of the NixOS configuration (home-manager's NixOS module only).
  osUnits = if osConfig == null then { } else osConfig.systemd.user.services or { };
  osEnabled = name: osUnits ? ${name} && (osUnits.${name}.enable or true);

  skipped =
    name:
    if osEnabled name then
      ''
        services.swaysock.sessionServices lists "${name}", a user unit of the NixOS configuration,
        which home-manager cannot change (nor can `swaysock migrate` move the wants links under
        /etc/systemd/user). Set it in the NixOS configuration instead:
        systemd.user.services.${name}.partOf, .after and .wantedBy = lib.mkForce [ "sway-session.target" ]
        (mkForce, so that graphical-session.target does not stay among them).''
    else
      "services.swaysock.sessionServices lists \"${name}\", but no module defines systemd.user.services.${name} (or only under a false mkIf); it is skipped.";

  # The ordering cycle a system-wide wants link makes (docs/units.md): the system enables NAME for
  # graphical-session.target, so graphical-session.target is ordered after NAME; home-manager's
  # NAME (it replaces the system's file, not the link) is ordered after sway-session.target; and
  # sway-session.target is ordered after graphical-session.target when it has default dependencies
  # (from its BindsTo=), or when NAME itself is ordered after graphical-session.target. systemd
  # then deletes NAME's start job and it never runs.
  target = config.systemd.user.targets.sway-session or { };
  targetAfterGraphical =
    !(elem (target.Unit.DefaultDependencies or true) [
      false
      "no"
      "false"
      "off"
      "0"
    ])
    || elem "graphical-session.target" (words (target.Unit.After or null));
  hmUnits = config.systemd.user.services;
  cycles = filter (
    name:
    let
      after = words (hmUnits.${name}.Unit.After or null);
    in
    osEnabled name
    && elem "graphical-session.target" (osUnits.${name}.wantedBy or [ ])
    && elem "sway-session.target" after
    && (targetAfterGraphical || elem "graphical-session.target" after)
  ) (builtins.attrNames hmUnits);
  cycleWarning = name: ''
    systemd.user.services.${name}: the NixOS configuration enables ${name}.service for
    graphical-session.target (a wants link under /etc/systemd/user), and home-manager writes
    ${name}.service ordered after sway-session.target, while sway-session.target (through its
    default dependencies) or ${name}.service itself is ordered after graphical-session.target: an
    ordering cycle, and systemd deletes ${name}'s start job ("Job
    ${name}.service/start deleted to break ordering cycle"). Keep one of the two: in the NixOS
    configuration, systemd.user.services.${name}.wantedBy = lib.mkForce [ ] (or turn off the NixOS
    module that enables it), or drop the home-manager definition.'';
in
{
  options.services.swaysock.sessionServices = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
    example = [
      "i3-project-daemon"
      "eww-monitoring-panel"
      "sway-config-manager"
      "i3wsr"
    ];
    description = ''
      User services (names in {option}`systemd.user.services`, without `.service`) defined by
      other home-manager modules to move onto `sway-session.target`: in their `Unit.After`,
      `Unit.PartOf` and `Install.WantedBy`, `graphical-session.target` is replaced by
      `sway-session.target` (which is added when absent) and every other entry is kept. Services
      that follow {option}`wayland.systemd.target` need no entry here. A name with no live
      definition (none, or only under a false `mkIf`) writes nothing and is skipped with a
      warning; so is a user unit of the NixOS configuration, which the warning says how to move.
    '';
  };

  config = mkIf cfg.enable {
    systemd.user.services = genAttrs cfg.sessionServices (name: mkIf (others name).isDefined (migrate name));

    warnings = map skipped undefined ++ map cycleWarning cycles;
  };
}
