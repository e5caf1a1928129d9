# checks.<system>.nix-format: every .nix file of the repository is as the flake's formatter
# (`nix fmt`, nixfmt-tree: treefmt running the official nixfmt) writes it. treefmt formats in
# place, so it runs on a writable copy of the source; `--ci` turns off its cache and fails when a
# file would change, naming it. Fix with `nix fmt` and commit the result.
{
  pkgs,
  self,
}:
let
  formatter = self.formatter.${pkgs.stdenv.hostPlatform.system};
in
pkgs.runCommand "swaysock-nix-format" { nativeBuildInputs = [ formatter ]; } ''
  cp -r ${self} src
  chmod -R u+w src
  cd src
  # The build sandbox's HOME cannot be written.
  export HOME=$TMPDIR
  treefmt --ci --tree-root .
  touch $out
''
