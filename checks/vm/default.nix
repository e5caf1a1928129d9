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
in
{
  vm-cold-start-and-reboot = test ./cold-start-and-reboot.nix;
  vm-sway-crash-and-cleanup = test ./sway-crash-and-cleanup.nix;
  vm-session-stop = test ./session-stop.nix;
  vm-metrics-textfile = test ./metrics-textfile.nix;
  vm-home-manager-starter = import ./starter.nix {
    inherit pkgs self home-manager;
    starter = "home-manager";
  };
  vm-nixos-sway-starter = import ./starter.nix {
    inherit pkgs self home-manager;
    starter = "nixos";
  };
  vm-switch = test ./switch.nix;
}
