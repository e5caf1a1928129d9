# Evaluates the swaysock module inside home-manager's REAL modules/systemd.nix,
# modules/wayland.nix and sway module over nixpkgs' lib (unpacked snapshots, never committed),
# with a stub `pkgs` that has only what these evaluations touch. Returns the unit attribute sets
# and unit file texts home-manager would write, the warnings and failed assertions.
# nix/hm-scenarios.nix and tests/nix/hm-module.test.ts run it; docs/nix.md says how.
{
  nixpkgsLib, # path of a nixpkgs.lib (or nixpkgs) tree
  homeManager, # path of a home-manager tree
  modules ? [ ], # extra modules (the scenario)
  # The NixOS configuration, as home-manager's NixOS module passes it (special argument
  # `osConfig`); null evaluates as standalone home-manager, which passes none.
  osConfig ? null,
  system ? "x86_64-linux", # the host platform the stub pkgs claims
  # Leave out home-manager's modules/wayland.nix (a home-manager older than wayland.systemd.target).
  withWayland ? true,
}:
let
  lib = import "${homeManager}/modules/lib/stdlib-extended.nix" (import "${nixpkgsLib}/lib");
  inherit (lib) mkOption types;

  fakePackage = name: {
    type = "derivation";
    inherit name;
    outPath = "/nix/store/00000000000000000000000000000000-${name}";
    meta.mainProgram = name;
  };

  # Only what the evaluated options touch. writeTextFile keeps the text so the unit files
  # home-manager renders (its own toSystemdIni) can be read back below.
  pkgs = {
    stdenv.hostPlatform = {
      isLinux = lib.hasSuffix "-linux" system;
      inherit system;
    };
    swaysock = fakePackage "swaysock";
    # The module's default package is `pkgs.callPackage ../packages { }`; that needs nixpkgs.
    callPackage = _: _: fakePackage "swaysock";
    systemd = fakePackage "systemd";
    # The sway module's onChange of its config file (read with the file).
    procps = fakePackage "procps";
    dbus = fakePackage "dbus";
    # The sway module's default package is `pkgs.sway.override { ... }`.
    sway = fakePackage "sway" // {
      override = _: fakePackage "sway";
    };
    xwayland = fakePackage "xwayland";
    formats.ini = _: {
      type = types.attrs;
      generate = _: _: throw "stub pkgs: formats.ini.generate";
    };
    # home-manager appends "/FILENAME" to the result; files below strips it and reads the text.
    writeTextFile = args: builtins.toFile args.name args.text;
  };

  # Options of home-manager modules not loaded here, declared loosely.
  stubs = {
    config.home.stateVersion = "25.05";
    options = {
      assertions = mkOption {
        type = types.listOf types.unspecified;
        default = [ ];
      };
      warnings = mkOption {
        type = types.listOf types.str;
        default = [ ];
      };
      meta.maintainers = mkOption {
        type = types.anything;
        default = [ ];
      };
      home = mkOption {
        type = types.lazyAttrsOf types.anything;
        default = { };
      };
      xdg = mkOption {
        type = types.lazyAttrsOf types.anything;
        default = { };
      };
      xsession.enable = mkOption {
        type = types.bool;
        default = false;
      };
      xsession.trayTarget = mkOption {
        type = types.anything;
        default = { };
      };
      programs = mkOption {
        type = types.lazyAttrsOf types.anything;
        default = { };
      };
    };
  };

  eval = lib.evalModules {
    specialArgs = lib.optionalAttrs (osConfig != null) { inherit osConfig; };
    modules = [
      "${homeManager}/modules/systemd.nix"
      "${homeManager}/modules/services/window-managers/i3-sway/sway.nix"
      stubs
      ../modules
      { _module.args.pkgs = pkgs; }
    ]
    ++ lib.optional withWayland "${homeManager}/modules/wayland.nix"
    ++ modules;
  };
  inherit (eval) config;
  units = config.systemd.user;
  pick = lib.filterAttrs (n: _: lib.hasPrefix "sway" n);
  unitFiles = lib.filterAttrs (n: _: builtins.match "systemd/user/[^/]+" n != null) (config.xdg.configFile or { });
  wantsLinks = lib.filter (n: builtins.match "systemd/user/[^/]+[.]wants/.*" n != null) (builtins.attrNames (config.xdg.configFile or { }));
in
{
  services = units.services;
  targets = pick units.targets;
  sockets = pick units.sockets;
  timers = pick units.timers;
  inherit (config) warnings;
  # Messages of the assertions that fail.
  failedAssertions = map (a: a.message) (lib.filter (a: !a.assertion) config.assertions);
  # The unit files as home-manager writes them (its own toSystemdIni), by file name.
  files = lib.mapAttrs' (
    n: v: lib.nameValuePair (lib.removePrefix "systemd/user/" n) (builtins.readFile (builtins.dirOf v.source))
  ) unitFiles;
  inherit wantsLinks;
  waylandTarget = config.wayland.systemd.target;
  swayExtraConfig = config.wayland.windowManager.sway.extraConfig;
  # The Sway config home-manager's sway module writes (null when it writes none).
  swayConfig =
    let
      file = config.xdg.configFile."sway/config" or null;
    in
    if config.wayland.windowManager.sway.enable && file != null then builtins.readFile file.source else null;
  swayVariables = config.wayland.windowManager.sway.systemd.variables;
  inherit (config.services.swaysock.session) execLine;
  # What the option documentation shows.
  options = {
    enable = eval.options.services.swaysock.enable.description;
    packageDefault = eval.options.services.swaysock.package.defaultText.text;
    packageDescription = eval.options.services.swaysock.package.description;
    # The enable options of the sub-features: their defaults and descriptions.
    subFeatures = lib.mapAttrs (_: o: { inherit (o) default description; }) {
      healthd = eval.options.services.swaysock.healthd.enable;
      socketActivation = eval.options.services.swaysock.healthd.socketActivation;
      stableSocket = eval.options.services.swaysock.stableSocket.enable;
      cleanup = eval.options.services.swaysock.cleanup.enable;
      metricsTextfile = eval.options.services.swaysock.metrics.textfile.enable;
    };
  };
}
