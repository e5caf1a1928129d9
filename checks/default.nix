# checks.<system> of the flake: the package builds (its install check runs `swaysock units --check`),
# home-manager with our module writes the unit files, with ExecStart= pointing into the package,
# the module's scenarios evaluate with the warnings they expect (no VM), every .nix file is
# formatted as `nix fmt` formats it (nix-format.nix), and the NixOS VM tests of
# the session scenarios (docs/testing.md; they need KVM, the others do not: docs/nix.md).
{
  pkgs,
  self,
  nixpkgs,
  home-manager,
}:
let
  package = self.packages.${pkgs.stdenv.hostPlatform.system}.default;
  home = home-manager.lib.homeManagerConfiguration {
    inherit pkgs;
    modules = [
      self.homeManagerModules.default
      {
        home.username = "swaysock-check";
        home.homeDirectory = "/home/swaysock-check";
        home.stateVersion = "25.05";
        services.swaysock.enable = true;
        services.swaysock.package = package;
        services.swaysock.healthd.socketActivation = true;
        services.swaysock.session.starter = "external";
      }
    ];
  };
  units = "${home.config.home-files}/.config/systemd/user";
in
{
  inherit package;

  module-scenarios = import ./module-scenarios.nix { inherit pkgs nixpkgs home-manager; };

  nix-format = import ./nix-format.nix { inherit pkgs self; };

  home-manager-units = pkgs.runCommand "swaysock-home-manager-units" { } ''
    for unit in sway-session.target sway-session-shutdown.target swaysock-healthd.service \
        swaysock-healthd.socket swaysock-cleanup.service swaysock-cleanup.timer \
        sway-session.target.wants/swaysock-healthd.service \
        sway-session.target.wants/swaysock-cleanup.service timers.target.wants/swaysock-cleanup.timer; do
      test -e "${units}/$unit" || { echo "missing $unit" >&2; exit 1; }
    done
    grep -Fx "ExecStart=${package}/bin/swaysock-healthd --interval 5 --repair-environment" \
      "${units}/swaysock-healthd.service"
    test -x "${package}/bin/swaysock-healthd"
    touch $out
  '';
}
# The NixOS VM tests of the session scenarios (docs/testing.md).
// import ./vm { inherit pkgs self home-manager; }
