# Scenarios 3 and 4 of docs/testing.md, NixOS VM test. Sway crash: SIGKILL Sway; the bound services stop
# (PartOf, through `swaysock session`'s teardown), the stale socket stays; sway.service restarts it
# as a session would; the services come back once, each finding the new socket on its first try, a
# fresh health daemon reports `healthy` on it within 30 s with no reconnection, and the cleanup the
# new session's target pulls in removes the stale socket. Stale-socket removal: a stale socket
# beside the live one goes on `systemctl --user start swaysock-cleanup.service` and, another one,
# on the (shortened) timer; the live one stays and `swaysock discover` names it throughout.
{
  pkgs,
  self,
  home-manager,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
in
pkgs.testers.runNixOSTest {
  name = "swaysock-sway-crash-and-cleanup";
  nodes.machine = vm.node {
    cleanup = {
      onStartupSec = "30s";
      onUnitActiveSec = "30s";
    };
  };
  testScript = vm.testLib + ''


    def stale_socket(unit: str, live: str) -> str:
        """Starts a second headless Sway as a transient user service and SIGKILLs it: a real stale socket."""
        machine.succeed(as_user(f"systemd-run --user --unit={unit} --setenv=WLR_BACKENDS=headless --setenv=WLR_RENDERER=pixman --setenv=WLR_LIBINPUT_NO_DEVICES=1 {EXTRA_SWAY}"))
        pid = main_pid(f"{unit}.service")
        stale = f"{RUNTIME}/sway-ipc.{UID}.{pid}.sock"
        machine.wait_until_succeeds(as_user(f"{SWAYMSG} -s {stale} -t get_version"), timeout=30)
        assert discover() == live, "with two live Sways, discover names the session's (the manager's SWAYSOCK)"
        machine.succeed(f"kill -KILL {pid}")
        machine.wait_until_succeeds(as_user(f"! {SWAYMSG} -s {stale} -t get_version"), timeout=30)
        machine.succeed(f"test -S {stale}")
        assert discover() == live, f"discover names {discover()} beside a stale socket, not {live}"
        machine.succeed(as_user(f"systemctl --user reset-failed {unit}.service"))
        return stale


    machine.start()
    first = wait_for_session("first session", [])
    old_pids = {unit: main_pid(unit) for unit in BOUND}
    # The timer is held until its own part, so each removal below has one known cause.
    machine.succeed(as_user("systemctl --user stop swaysock-cleanup.timer"))

    # 3. Sway crash. The stale socket can go only when the next session's cleanup runs, which is
    # after RestartSec=3s: right after the kill it is there, and discover never names it.
    machine.succeed(f"kill -KILL {main_pid('sway.service')}", f"test -S {first}")
    assert discover() != first, "swaysock discover named the dead Sway's socket"
    machine.wait_until_succeeds(as_user("test \"$(systemctl --user show -p NRestarts --value sway.service)\" = 1"), timeout=60)
    second = wait_for_session("after the crash", [first])
    assert second != first
    # Stopped between the sessions (PartOf): a service still running would have kept its process
    # when the new target started. (Inactive units may be unloaded, timestamps and all: no
    # InactiveEnterTimestamp here.)
    for unit in BOUND:
        assert main_pid(unit) != old_pids[unit], f"{unit} kept its process across the crash"
        machine.fail(f"test -e /proc/{old_pids[unit]}")
    assert prop("sway.service", "NRestarts") == "1", "Sway restarted more than once"

    # 4. Stale-socket removal: by an explicit run of the cleanup service...
    stale = stale_socket("extra-sway-1", second)
    machine.succeed(as_user("systemctl --user start swaysock-cleanup.service"))
    machine.succeed(f"test ! -e {stale}", f"test -S {second}")
    assert discover() == second, "discover after the cleanup"

    # ... and by the timer (OnUnitActiveSec=30s), started again after the stale socket is made.
    stale = stale_socket("extra-sway-2", second)
    ran = int(prop("swaysock-cleanup.service", "ExecMainStartTimestampMonotonic"))
    machine.succeed(as_user("systemctl --user start swaysock-cleanup.timer"))
    machine.wait_until_succeeds(f"test ! -e {stale}", timeout=120)
    # Nothing else starts the cleanup here (the session target stays up).
    assert int(prop("swaysock-cleanup.service", "ExecMainStartTimestampMonotonic")) > ran, "the timer did not run the cleanup"
    machine.succeed(f"test -S {second}")
    assert discover() == second, "discover after the timer's cleanup"
    assert sway_sockets() == [second], f"sockets left: {sway_sockets()}"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
