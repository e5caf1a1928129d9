# checks.<system>.module-scenarios: the module's scenarios (nix/hm-scenarios.nix) evaluated inside
# the home-manager this flake pins, over nixpkgs' lib, each as standalone home-manager and as
# home-manager's NixOS module calls it; every scenario's warnings and failed assertions must be
# the ones it expects. Pure evaluation: a difference stops the evaluation with the list of them,
# so `nix flake check --no-build` (no KVM, nothing built) catches it as well (docs/nix.md).
{
  pkgs,
  nixpkgs,
  home-manager,
  # The evaluated scenarios; tests pass others.
  results ? import ../nix/hm-scenarios.nix {
    nixpkgsLib = nixpkgs;
    homeManager = home-manager;
  },
}:
let
  inherit (builtins) attrNames concatStringsSep length;
  names = attrNames results.standalone;
in
if results.failures != [ ] then
  throw "swaysock module scenarios: ${toString (length results.failures)} differences from what they expect:\n${concatStringsSep "\n" results.failures}"
else
  pkgs.runCommand "swaysock-module-scenarios" { } ''
    cat > $out <<'EOF'
    ${toString (length names)} scenarios, each standalone and as NixOS's module, with the warnings and failed assertions they expect:
    ${concatStringsSep "\n" names}
    EOF
  ''
