# Pure Nix (builtins only, no nixpkgs) that turns the committed unit definitions
# (units/swaysock-units.json, generated from ts/units/) into home-manager's attribute sets:
# `systemd.user.<services|sockets|targets|timers>.<name> = { Unit = ...; Service = ...; Install = ...; }`.
# A list value means the key repeated, as home-manager writes it (listsAsDuplicateKeys).
# tests/unit/nix-units.test.ts evaluates this with `nix-instantiate --eval --strict` and compares
# the result with the TypeScript definitions.
{
  json ? builtins.fromJSON (builtins.readFile ../units/swaysock-units.json),
}:
let
  inherit (builtins)
    attrNames
    concatStringsSep
    elemAt
    filter
    foldl'
    head
    isAttrs
    listToAttrs
    mapAttrs
    match
    tail
    throw
    toString
    ;

  # "swaysock-healthd.service" -> { name = "swaysock-healthd"; group = "services"; }
  splitName =
    file:
    let
      m = match "(.+)\\.(service|socket|target|timer)" file;
    in
    if m == null then
      throw "swaysock units: unsupported unit file name ${file}"
    else
      {
        name = elemAt m 0;
        group = "${elemAt m 1}s";
      };

  # One value of the unit file `file`: a string, a list of strings, { setting = NAME; } or
  # { command = [ bin arg... ]; }. A setting comes from `settings` only, never from a default: a
  # setting the caller does not pass fails the evaluation, so a module cannot forget one.
  resolveValue =
    binDir: settings: file: value:
    let
      # A null (the textfile's path has no default) must be filled in before its units are asked for.
      setting =
        ref:
        if !(json.settings ? ${ref.setting}) then
          throw "swaysock units: unknown setting ${ref.setting}"
        else if !(settings ? ${ref.setting}) then
          throw "swaysock units: ${file} uses the setting ${ref.setting}, which the caller does not pass"
        else if settings.${ref.setting} == null then
          throw "swaysock units: setting ${ref.setting} has no value"
        else
          toString settings.${ref.setting};
      word = w: if isAttrs w then setting w else w;
    in
    if isAttrs value && value ? command then
      concatStringsSep " " ([ "${binDir}/${head value.command}" ] ++ map word (tail value.command))
    else if isAttrs value && value ? setting then
      setting value
    else
      value;
in
rec {
  # The setting defaults ({ "healthd.interval" = 5; ... }), as in the TypeScript definitions;
  # "metrics.textfile.path" is null (no default).
  defaultSettings = json.settings;

  # Unit file names installed only on request (the daemon's sockets, the metrics textfile units).
  optionalUnits = json.optional;

  # Every unit file name.
  unitFiles = attrNames json.units;

  # Home-manager attribute sets of the units named in `files` (default: all), programs under
  # `binDir` (e.g. "${pkg}/bin"), with `settings`: every setting the units asked for use, by the
  # name of `defaultSettings` (a unit using one that is not passed fails the evaluation, naming
  # both; the check is per unit and lazy, so a caller passes only what its own units use; a name
  # that is no setting fails too):
  # { services.swaysock-healthd = { Unit = ...; Service = ...; Install = ...; }; targets = ...; ... }
  homeManagerUnits =
    {
      binDir,
      settings,
      files ? unitFiles,
    }:
    let
      unknown = filter (name: !(defaultSettings ? ${name})) (attrNames settings);
      unit = file: mapAttrs (_: mapAttrs (_: resolveValue binDir settings file)) json.units.${file};
      add =
        acc: file:
        let
          n = splitName file;
        in
        acc // { ${n.group} = (acc.${n.group} or { }) // { ${n.name} = unit file; }; };
    in
    if unknown != [ ] then
      throw "swaysock units: unknown settings ${concatStringsSep ", " unknown} (known: ${concatStringsSep ", " (attrNames defaultSettings)})"
    else
      foldl' add { } files;

}
