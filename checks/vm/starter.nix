# The session under the other starters of sway-session.target, NixOS VM test: home-manager's sway
# module (its exec line in the Sway config it writes) or NixOS's programs.sway
# (/etc/sway/config.d/nixos.conf, included by alice's config). The session comes up in order (Sway,
# the target, then the daemon and the stand-ins, each finding a working socket on its first
# try), the daemon is healthy with no reconnection, and when Sway exits (`swaymsg exit`) the
# starter stops the target and every service bound to it.
{
  pkgs,
  self,
  home-manager,
  starter,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
in
pkgs.testers.runNixOSTest {
  name = "swaysock-${starter}-starter";
  nodes.machine = vm.node { inherit starter; };
  testScript = vm.testLib + ''

    machine.start()
    live = wait_for_session("session", [])

    machine.succeed(as_user(f"{SWAYMSG} -s {live} exit"))
    machine.wait_until_fails(as_user("systemctl --user is-active --quiet sway-session.target"), timeout=60)
    for unit in BOUND:
        machine.wait_until_succeeds(as_user(f"test \"$(systemctl --user show -p ActiveState --value {unit})\" = inactive"), timeout=60)
    assert prop("sway.service", "ActiveState") == "inactive", "Sway exited and was not restarted"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
