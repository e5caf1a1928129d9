{
  description = "swaysock: Sway's IPC socket and the Sway session's systemd user services, kept reliable";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixpkgs-unstable";
    home-manager = {
      url = "github:nix-community/home-manager";
      inputs.nixpkgs.follows = "nixpkgs";
    };
  };

  outputs =
    {
      self,
      nixpkgs,
      home-manager,
    }:
    let
      systems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});
    in
    {
      overlays.default = final: _prev: { swaysock = final.callPackage ./packages { }; };

      packages = forAllSystems (pkgs: rec {
        swaysock = pkgs.callPackage ./packages { };
        default = swaysock;
      });

      homeManagerModules.default = ./modules;
      homeModules.default = self.homeManagerModules.default;

      checks = forAllSystems (pkgs: import ./checks { inherit pkgs self nixpkgs home-manager; });

      formatter = forAllSystems (pkgs: pkgs.nixfmt-tree);

      devShells = forAllSystems (pkgs: {
        default = pkgs.mkShell {
          packages = [
            pkgs.biome
            pkgs.nodejs
            pkgs.nixfmt-tree
            pkgs.sway
            pkgs.systemd
          ];
          # npm's Biome binary needs /lib64/ld-linux-x86-64.so.2, which NixOS lacks; its wrapper
          # (`npx biome`, `npm run lint`) runs this one instead (docs/design.md, "Formatter and linter").
          BIOME_BINARY = "${pkgs.biome}/bin/biome";
        };
      });
    };
}
