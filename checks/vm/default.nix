# The NixOS VM tests of the session scenarios (docs/testing.md), one derivation each, for
# `checks.<system>` (checks/default.nix). They need KVM and the nixpkgs tree: `nix flake check`
# runs them; docs/testing.md says where.
{
  pkgs,
  self,
  home-manager,
}:
let
  test = file: import file { inherit pkgs self home-manager; };
  tests = {
    vm-cold-start-and-reboot = test ./cold-start-and-reboot.nix;
    vm-sway-crash-and-cleanup = test ./sway-crash-and-cleanup.nix;
    vm-session-stop = test ./session-stop.nix;
    vm-metrics-textfile = test ./metrics-textfile.nix;
    vm-login-logout = test ./login-logout.nix;
    vm-home-manager-starter = import ./starter.nix {
      inherit pkgs self home-manager;
      starter = "home-manager";
    };
    vm-nixos-sway-starter = import ./starter.nix {
      inherit pkgs self home-manager;
      starter = "nixos";
    };
    vm-switch = test ./switch.nix;
  };
  # The scenario list both VM suites run (tests/vm/scenarios.json): scenarios.nix fails to evaluate
  # unless these tests cover it exactly, and every test it names must be one of the above.
  covers = import ./scenarios.nix;
  strangers = builtins.filter (name: !(builtins.hasAttr name tests)) (builtins.attrNames covers);
in
if strangers != [ ] then
  throw "checks/vm/scenarios.nix names ${toString strangers}, which checks/vm/default.nix does not define"
else
  tests
