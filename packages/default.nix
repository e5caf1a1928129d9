# swaysock as a Nix package: the esbuild bundles COMMITTED in dist/ (one file per program, every
# npm dependency inside), wrapped with nodejs. No npm access at build time: nixpkgs' importNpmLock
# needs `resolved` URLs in package-lock.json, which npm on our machines does not write, and
# `.ci/run` already proves that the committed bundles equal a fresh build (docs/nix.md).
{
  lib,
  stdenvNoCC,
  runCommand,
  makeWrapper,
  nodejs,
  systemd,
}:
assert lib.assertMsg (lib ? fileset) "swaysock's package needs a nixpkgs whose lib has lib.fileset (release 23.11 or newer)";
let
  packageJson = lib.importJSON ../package.json;
  programs = builtins.attrNames packageJson.bin;

  # swaysock-healthd sends READY=1/STATUS=/WATCHDOG=1 by running systemd-notify, and relies on one
  # that waits until the manager has read each message (systemd 246 or newer): this one alone
  # comes first on its PATH. Nothing else of nixpkgs' systemd goes ahead of the host's: systemctl
  # and busctl should be the host's, the same version as its user manager.
  systemdNotify = runCommand "swaysock-systemd-notify" { } ''
    mkdir -p $out/bin
    ln -s ${systemd}/bin/systemd-notify $out/bin/systemd-notify
  '';
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
      ../README.md
      ../LICENSE
      ../docs
    ];
  };

  nativeBuildInputs = [ makeWrapper ];
  dontConfigure = true;
  dontBuild = true;

  # Every program finds the host's systemctl/busctl first and nixpkgs' systemd only as a fallback
  # (--suffix); swaysock-healthd also gets systemdNotify first. SWAYSOCK_BIN_DIR tells
  # `swaysock units --install` to name these wrappers in ExecStart= (ts/units/installation.ts).
  installPhase = ''
    runHook preInstall
    mkdir -p $out/bin $out/lib/swaysock $out/share/doc/swaysock
    cp -r dist units package.json $out/lib/swaysock/
    cp -r README.md LICENSE docs $out/share/doc/swaysock/
    for prog in ${lib.escapeShellArgs programs}; do
      test -f "dist/$prog.js" || { echo "dist/$prog.js is missing: run npm run build and commit dist/" >&2; exit 1; }
      notify_flag=()
      [ "$prog" = swaysock-healthd ] && notify_flag=(--prefix PATH : ${lib.makeBinPath [ systemdNotify ]})
      makeWrapper ${lib.getExe nodejs} "$out/bin/$prog" \
        --add-flags "$out/lib/swaysock/dist/$prog.js" \
        --suffix PATH : ${lib.makeBinPath [ systemd ]} "''${notify_flag[@]}" \
        --set SWAYSOCK_BIN_DIR "$out/bin"
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

  # No homepage: the repository records no public address of its own.
  meta = {
    description = "Keeps Sway's IPC socket and the Sway session's systemd user services reliable";
    license = lib.licenses.mit;
    platforms = lib.platforms.linux;
    mainProgram = "swaysock";
  };
}
