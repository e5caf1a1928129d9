# swaysock as a Nix package: the esbuild bundles COMMITTED in dist/ (one file per program, every
# npm dependency inside, and the bundles the programs load lazily beside them: all of dist/ is
# installed), wrapped with nodejs. No npm access at build time: nixpkgs' importNpmLock
# needs `resolved` URLs in package-lock.json, which npm on our machines does not write, and
# `.ci/run` already proves that the committed bundles equal a fresh build (docs/nix.md).
{
  lib,
  stdenvNoCC,
  runCommand,
  makeWrapper,
  nodejs,
  systemd,
  iproute2,
}:
assert lib.assertMsg (lib ? fileset) "swaysock's package needs a nixpkgs whose lib has lib.fileset (release 23.11 or newer)";
let
  packageJson = lib.importJSON ../package.json;
  # program name -> its bundle, as package.json's `bin` names them (e.g. dist/swaysock.cjs).
  programs = packageJson.bin;
  # program name -> Node's flags for it (package.json `swaysock.nodeFlags`; the bundle's `#!` line
  # carries the same): swaysock-healthd's bounded young generation (docs/healthd.md, "Memory").
  nodeFlags = prog: lib.concatStringsSep " " ((packageJson.swaysock.nodeFlags or { }).${prog} or [ ]);

  # swaysock-healthd sends READY=1/STATUS=/WATCHDOG=1 by running systemd-notify, and relies on one
  # that waits until the manager has read each message (systemd 246 or newer): this one alone
  # comes first on its PATH. Nothing else of nixpkgs' systemd goes ahead of the host's: systemctl
  # should be the host's, the same version as its user manager.
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
  # The wrappers run node on the bundles; the bundles' own `#!` lines serve installs without
  # them (npm). stdenv's patchShebangs would rewrite them, and with no node among the build
  # inputs it turns the daemon's `#!/usr/bin/env -S node --max-semi-space-size=1` into a broken
  # `env -S  --max-semi-space-size=1`: the installed bundles keep their lines as built.
  dontPatchShebangs = true;

  # Every program finds the host's systemctl first and nixpkgs' systemd only as a fallback
  # (--suffix), and iproute2's ss behind it too (swaysock doctor lists the peers of Sway's socket
  # with it); swaysock-healthd also gets systemdNotify first. SWAYSOCK_BIN_DIR tells
  # `swaysock units --install` to name these wrappers in ExecStart= (ts/units/installation.ts).
  installPhase = ''
    runHook preInstall
    mkdir -p $out/bin $out/lib/swaysock $out/share/doc/swaysock
    cp -r dist units package.json $out/lib/swaysock/
    cp -r README.md LICENSE docs $out/share/doc/swaysock/
    wrap() {
      local prog=$1 bundle=$2 node_flags=$3 notify_flag=()
      test -f "$bundle" || { echo "$bundle is missing: run npm run build and commit dist/" >&2; exit 1; }
      [ "$prog" = swaysock-healthd ] && notify_flag=(--prefix PATH : ${lib.makeBinPath [ systemdNotify ]})
      makeWrapper ${lib.getExe nodejs} "$out/bin/$prog" \
        --add-flags "$node_flags $out/lib/swaysock/$bundle" \
        --suffix PATH : ${lib.makeBinPath [ systemd iproute2 ]} "''${notify_flag[@]}" \
        --set SWAYSOCK_BIN_DIR "$out/bin"
    }
    ${lib.concatStrings (lib.mapAttrsToList (prog: bundle: "wrap ${prog} ${bundle} ${lib.escapeShellArg (nodeFlags prog)}\n") programs)}
    runHook postInstall
  '';

  # The shipped unit JSON and rendered unit files (units/) match the definitions compiled into the bundle.
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
