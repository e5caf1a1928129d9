# home-manager module of swaysock (the flake exports it as homeManagerModules.default and
# homeModules.default). Options: services.swaysock.*; reference in docs/units.md.
{
  imports = [
    ./swaysock.nix
    ./session-services.nix
    ./metrics-textfile.nix
  ];
}
