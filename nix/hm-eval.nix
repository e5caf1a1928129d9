# Developer check, not used by CI or the flake: evaluates the swaysock module inside
# home-manager's REAL modules/systemd.nix, modules/wayland.nix and sway module over nixpkgs' lib
# (fetched checkouts, never committed), with a stub `pkgs` that has only what these evaluations
# touch. Returns the unit attribute sets and unit file texts home-manager would write, and the
# warnings. How to run: docs/nix.md ("Checking the module against real home-manager").
{
  nixpkgsLib, # path of a nixpkgs.lib (or nixpkgs) checkout
  homeManager, # path of a home-manager checkout
  modules ? [ ], # extra modules (the scenario)
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
      isLinux = true;
      system = "x86_64-linux";
    };
    swaysock = fakePackage "swaysock";
    systemd = fakePackage "systemd";
    sway = fakePackage "sway";
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
    modules = [
      "${homeManager}/modules/systemd.nix"
      "${homeManager}/modules/wayland.nix"
      "${homeManager}/modules/services/window-managers/i3-sway/sway.nix"
      stubs
      ../modules
      { _module.args.pkgs = pkgs; }
    ]
    ++ modules;
  };
  inherit (eval) config;
  units = config.systemd.user;
  pick = lib.filterAttrs (n: _: lib.hasPrefix "sway" n);
  unitFiles = lib.filterAttrs (n: _: builtins.match "systemd/user/[^/]+" n != null) config.xdg.configFile;
  wantsLinks = lib.filter (n: builtins.match "systemd/user/[^/]+[.]wants/.*" n != null) (builtins.attrNames config.xdg.configFile);
in
{
  services = units.services;
  targets = pick units.targets;
  sockets = pick units.sockets;
  timers = pick units.timers;
  inherit (config) warnings;
  # The unit files as home-manager writes them (its own toSystemdIni), by file name.
  files = lib.mapAttrs' (
    n: v: lib.nameValuePair (lib.removePrefix "systemd/user/" n) (builtins.readFile (builtins.dirOf v.source))
  ) unitFiles;
  inherit wantsLinks;
  waylandTarget = config.wayland.systemd.target;
  swayExtraConfig = config.wayland.windowManager.sway.extraConfig;
}
