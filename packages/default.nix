# swaysock as a Nix package: the esbuild bundles COMMITTED in dist/ (one file per program, every
# npm dependency inside), wrapped with nodejs. No npm access at build time: nixpkgs' importNpmLock
# needs `resolved` URLs in package-lock.json, which npm on our machines does not write, and
# `.ci/run` already proves that the committed bundles equal a fresh build (docs/nix.md).
{
  lib,
  stdenvNoCC,
  makeWrapper,
  nodejs,
  systemd,
}:
let
  packageJson = lib.importJSON ../package.json;
  programs = builtins.attrNames packageJson.bin;
in
stdenvNoCC.mkDerivation {
  pname = "swaysock";
  inherit (packageJson) version;

  src = lib.fileset.toSource {
    root = ../.;
    fileset = lib.fileset.unions [
      ../dist
      ../units
      ../package.json
    ];
  };

  nativeBuildInputs = [ makeWrapper ];
  dontConfigure = true;
  dontBuild = true;

  # swaysock-healthd sends READY=1/STATUS=/WATCHDOG=1 by running systemd-notify (and repairs the
  # user manager's environment with systemctl): systemd comes first on its PATH. The CLI finds the
  # system's systemctl/busctl first and this systemd's only as a fallback.
  installPhase = ''
    runHook preInstall
    mkdir -p $out/bin $out/lib/swaysock
    cp -r dist units package.json $out/lib/swaysock/
    for prog in ${lib.escapeShellArgs programs}; do
      test -f "dist/$prog.js" || { echo "dist/$prog.js is missing: run npm run build and commit dist/" >&2; exit 1; }
      path_flag=(--suffix PATH : ${lib.makeBinPath [ systemd ]})
      [ "$prog" = swaysock-healthd ] && path_flag=(--prefix PATH : ${lib.makeBinPath [ systemd ]})
      makeWrapper ${lib.getExe nodejs} "$out/bin/$prog" \
        --add-flags "$out/lib/swaysock/dist/$prog.js" "''${path_flag[@]}"
    done
    runHook postInstall
  '';

  # The shipped unit JSON matches the definitions compiled into the bundle.
  doInstallCheck = true;
  installCheckPhase = ''
    runHook preInstallCheck
    $out/bin/swaysock units --check
    runHook postInstallCheck
  '';

  meta = {
    description = "Keeps Sway's IPC socket and the Sway session's systemd user services reliable";
    license = lib.licenses.mit;
    platforms = lib.platforms.linux;
    mainProgram = "swaysock";
  };
}
