# A switch in the middle of a session, NixOS VM test: the machine's specialisation `stable-socket`
# turns services.swaysock.stableSocket.enable on for alice, and `switch-to-configuration test`
# activates it (home-manager's NixOS module runs alice's activation, which applies her user units
# with sd-switch) while her Sway session runs. The switch restarts the daemon (its unit names
# the new socket unit in Sockets=), which takes the stable socket; a client reaches the live Sway
# through it; the session's other services and the target are left alone (docs/nix.md).
{
  pkgs,
  self,
  home-manager,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
in
pkgs.testers.runNixOSTest {
  name = "swaysock-switch";
  nodes.machine = {
    imports = [ (vm.node { }) ];
    specialisation.stable-socket.configuration = {
      home-manager.users.${vm.user}.services.swaysock.stableSocket.enable = true;
    };
  };
  testScript = vm.testLib + ''

    STABLE = f"{RUNTIME}/swaysock/sway.sock"
    STAND_INS = ["stand-in-a.service", "stand-in-b.service"]


    def status() -> dict:
        return json.loads(machine.succeed(as_user("swaysock status --json")))


    machine.start()
    live = wait_for_session("before the switch", [])
    daemon_pid = main_pid("swaysock-healthd.service")
    stand_in_pids = {unit: main_pid(unit) for unit in STAND_INS}
    target_at = entered("sway-session.target")
    machine.fail(f"test -e {STABLE}")
    assert status()["stable_socket"] is None, "no stable socket before the switch"

    machine.succeed("/run/current-system/specialisation/stable-socket/bin/switch-to-configuration test")

    assert prop("swaysock-stable.socket", "ActiveState") == "active", "the switch started the socket unit"
    assert main_pid("swaysock-healthd.service") != daemon_pid, "the switch restarted the daemon"
    served = status()
    assert served["stable_socket"] == STABLE, f"the daemon serves {served['stable_socket']}, not {STABLE}"
    through = json.loads(machine.succeed(as_user(f"{SWAYMSG} -s {STABLE} -t get_version")))
    direct = json.loads(machine.succeed(as_user(f"{SWAYMSG} -s {live} -t get_version")))
    assert through["loaded_config_file_name"] == direct["loaded_config_file_name"], "the live Sway answers through the stable socket"
    exported = machine.succeed(as_user("eval \"$(swaysock env)\" && echo \"$SWAYSOCK\" && " + SWAYMSG + " -t get_version >/dev/null"))
    assert exported.strip() == STABLE, f"swaysock env exported {exported.strip()}"

    # The rest of the session went on: the target and the stand-ins were not restarted.
    assert entered("sway-session.target") == target_at, "the switch restarted sway-session.target"
    for unit, pid in stand_in_pids.items():
        assert main_pid(unit) == pid, f"the switch restarted {unit}"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
