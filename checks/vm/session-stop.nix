# Scenario 5 of docs/testing.md, NixOS VM test: `systemctl --user stop sway-session.target` stops every
# bound service cleanly (inactive, not failed), their processes gone and their cgroups empty; then
# stopping Sway ends `swaysock session` too, with SWAYSOCK unset and no process of the session left.
{
  pkgs,
  self,
  home-manager,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
in
pkgs.testers.runNixOSTest {
  name = "swaysock-session-stop";
  nodes.machine = vm.node { };
  testScript = vm.testLib + ''


    def gone(unit: str, pid: int, cgroup: str) -> None:
        """`unit`'s process `pid` has exited and nothing is left in its cgroup (cgroup v2)."""
        machine.fail(f"test -e /proc/{pid}")
        procs = machine.succeed(f"cat /sys/fs/cgroup{cgroup}/cgroup.procs 2>/dev/null || true").split()
        assert procs == [], f"{unit}: processes {procs} left in {cgroup}"


    machine.start()
    wait_for_session("session", [])
    pids = {unit: main_pid(unit) for unit in BOUND}
    cgroups = {unit: prop(unit, "ControlGroup") for unit in BOUND}

    # Bound services stop before the target does (they are After= it), so this returns after them.
    machine.succeed(as_user("systemctl --user stop sway-session.target"))
    # Our daemon is bound to the target without being ordered after it (docs/units.md): its stop
    # may still be under way when the target's returns.
    machine.wait_until_succeeds(as_user('test "$(systemctl --user show -p ActiveState --value swaysock-healthd.service)" = inactive'), timeout=60)
    for unit in BOUND:
        # A failed unit stays loaded and says "failed"; an inactive one may be unloaded (Result= lost).
        assert prop(unit, "ActiveState") == "inactive", f"{unit} is {prop(unit, 'ActiveState')}, not cleanly stopped"
        gone(unit, pids[unit], cgroups[unit])
    machine.fail(f"pgrep -u {USER} -f swaysock-healthd")

    # Sway is not bound to its own session: it still runs; stopping it ends the session command too.
    sway_pid = main_pid("sway.service")
    sway_cgroup = prop("sway.service", "ControlGroup")
    machine.succeed(as_user("systemctl --user stop sway.service"))
    # Sway ended on its own on the SIGTERM (exit status 0), not killed after the stop timeout.
    ended = (prop("sway.service", "ExecMainCode"), prop("sway.service", "ExecMainStatus"))
    assert ended == ("1", "0"), f"sway.service's main process: code={ended[0]} status={ended[1]} (1/0: exited 0)"
    gone("sway.service", sway_pid, sway_cgroup)
    machine.fail(f"pgrep -u {USER} -f 'swaysock.cjs session'")
    machine.wait_until_fails(as_user("systemctl --user show-environment | grep -q ^SWAYSOCK="), timeout=30)
    assert sway_sockets() == [], f"sockets left after a clean stop: {sway_sockets()}"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
