# Developer check, not used by the flake or CI: the VM tests' Python test scripts, evaluated with
# stub `pkgs`, `self` and `home-manager` (builtins only, no nixpkgs), so they can be linted and
# type-checked where no VM can run. docs/testing.md shows how.
#   nix-instantiate --eval --strict --json checks/vm/scripts.nix
let
  pkgs = {
    stdenv.hostPlatform.system = "x86_64-linux";
    writeText = name: _text: "/nix/store/stub-${name}";
    writeShellScript = name: _text: "/nix/store/stub-${name}";
    sway = "/nix/store/stub-sway";
    sway-unwrapped = "/nix/store/stub-sway-unwrapped";
    coreutils = "/nix/store/stub-coreutils";
    curl = "/nix/store/stub-curl";
    procps = "/nix/store/stub-procps";
    gawk = "/nix/store/stub-gawk";
    util-linux = "/nix/store/stub-util-linux";
    testers.runNixOSTest = test: test;
  };
  self = {
    packages.x86_64-linux.default = "/nix/store/stub-swaysock";
    homeManagerModules.default = { };
  };
  home-manager.nixosModules.home-manager = { };
in
builtins.mapAttrs (_: test: test.testScript) (import ./. { inherit pkgs self home-manager; })
