# Scenarios 1 and 2 of docs/testing.md, NixOS VM test. Cold start: lingering starts alice's user manager
# at boot, it starts Sway, Sway's `exec swaysock session` starts sway-session.target, and only then
# the health daemon and the two stand-ins migrated by `sessionServices`, each finding a working
# socket on its first try. Reboot: power off, boot again: the same order, no failed unit, no
# socket left from the previous boot.
{
  pkgs,
  self,
  home-manager,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
in
pkgs.testers.runNixOSTest {
  name = "swaysock-cold-start-and-reboot";
  nodes.machine = vm.node { };
  testScript = vm.testLib + ''

    machine.start()
    first = wait_for_session("cold start", [])

    # sessionServices rewrote both styles (lists in A, strings in B) onto sway-session.target.
    for unit in ["stand-in-a.service", "stand-in-b.service"]:
        assert prop(unit, "PartOf") == "sway-session.target", f"{unit} PartOf={prop(unit, 'PartOf')}"
        assert prop(unit, "WantedBy") == "sway-session.target", f"{unit} WantedBy={prop(unit, 'WantedBy')}"
        after = prop(unit, "After").split()
        assert "sway-session.target" in after and "graphical-session.target" not in after, f"{unit} After={after}"
    assert "graphical-session-pre.target" in prop("stand-in-b.service", "After").split(), "other After= entries are kept"

    boot_id = machine.succeed("cat /proc/sys/kernel/random/boot_id").strip()
    machine.shutdown()
    machine.start()
    second = wait_for_session("after the reboot", [])
    assert machine.succeed("cat /proc/sys/kernel/random/boot_id").strip() != boot_id, "the machine did not reboot"
    # wait_for_session saw only the live socket: the first boot's is gone (a tmpfs), whatever its name.
    assert sway_sockets() == [second], f"sockets after the reboot: {sway_sockets()} (first boot: {first})"
  '';
}
