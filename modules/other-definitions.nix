# What other modules define under one name of an `attrsOf` option (systemd.user.services,
# systemd.user.targets), leaving out the definitions of one file (the caller's own, so that a
# value computed from the result does not depend on itself).
#
#   otherDefinitions lib options.systemd.user.services ./session-services.nix "waybar"
#   => { isDefined = true; value = { Unit = ...; Service = ...; Install = ...; }; }
#
# `isDefined` is false when no definition is live: none at all, or only ones whose `mkIf`
# condition is false (home-manager writes many services as
# `systemd.user.services.foo = mkIf cfg.systemd.enable { ... }`, which leaves the name `foo` among
# the raw definitions with nothing behind it). `value` is the merged value, as the module system
# merges it (overrides and `mkIf` applied), or `{ }` when `isDefined` is false. Nothing is
# evaluated for names that are not asked about.
lib: option: file: name:
let
  inherit (lib) concatMap isAttrs mapAttrs;

  # The module system's own pushing of mkMerge/mkIf/mkOverride from an attribute set down to its
  # attributes (lib.modules keeps its helper private): the result is a list of attribute sets.
  pushDown =
    def:
    let
      mapIfAttrs = f: v: if isAttrs v then mapAttrs f v else v;
    in
    if def._type or "" == "merge" then
      concatMap pushDown def.contents
    else if def._type or "" == "if" then
      map (mapIfAttrs (_: lib.mkIf def.condition)) (pushDown def.content)
    else if def._type or "" == "override" then
      map (mapIfAttrs (_: lib.mkOverride def.priority)) (pushDown def.content)
    else
      [ def ];

  defs = concatMap (
    def:
    if def.file == toString file then
      [ ]
    else
      concatMap (attrs: if attrs ? ${name} then [ (def // { value = attrs.${name}; }) ] else [ ]) (pushDown def.value)
  ) option.definitionsWithLocations;

  merged = lib.modules.mergeDefinitions (option.loc ++ [ name ]) option.type.nestedTypes.elemType defs;
in
{
  inherit (merged) isDefined;
  value = if merged.isDefined then merged.mergedValue else { };
}
