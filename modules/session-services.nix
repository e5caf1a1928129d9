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
}:
let
  inherit (lib)
    filter
    genAttrs
    isList
    isString
    mkIf
    mkOverride
    unique
    ;

  cfg = config.services.swaysock;
  self = toString ./session-services.nix;

  servicesOption = options.systemd.user.services;
  others = lib.modules.mergeAttrDefinitionsWithPrio (
    servicesOption
    // {
      definitionsWithLocations = filter (d: d.file != self) servicesOption.definitionsWithLocations;
    }
  );

  # Unit names in a value written as a list, a string, or absent (null).
  words =
    value:
    let
      entries = if value == null then [ ] else if isList value then value else [ value ];
    in
    lib.concatMap (e: filter (w: isString w && w != "") (builtins.split "[[:space:]]+" e)) entries;

  retarget =
    value:
    unique (
      map (u: if u == "graphical-session.target" then "sway-session.target" else u) (words value)
      ++ [ "sway-session.target" ]
    );

  migrate =
    name:
    let
      old = others.${name}.value;
    in
    {
      Unit.After = mkOverride 40 (retarget (old.Unit.After or null));
      Unit.PartOf = mkOverride 40 (retarget (old.Unit.PartOf or null));
      Install.WantedBy = mkOverride 40 (retarget (old.Install.WantedBy or null));
    };

  undefined = filter (name: !(others ? ${name})) cfg.sessionServices;
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
      other modules to move onto `sway-session.target`: in their `Unit.After`, `Unit.PartOf` and
      `Install.WantedBy`, `graphical-session.target` is replaced by `sway-session.target` (which
      is added when absent) and every other entry is kept. Services that follow
      {option}`wayland.systemd.target` need no entry here. A name that no module defines is
      skipped with a warning.
    '';
  };

  config = mkIf cfg.enable {
    systemd.user.services = genAttrs cfg.sessionServices (name: mkIf (others ? ${name}) (migrate name));

    warnings = map (
      name:
      "services.swaysock.sessionServices lists \"${name}\", but no module defines systemd.user.services.${name}; it is skipped."
    ) undefined;
  };
}
