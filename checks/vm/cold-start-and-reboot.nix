# The scenarios "cold-boot" and "reboot" of tests/vm/scenarios.json (checks/vm/scenarios.nix), NixOS
# VM test. Cold start: lingering starts alice's user manager at boot, it starts Sway, Sway's
# `exec swaysock session` starts sway-session.target, only after Sway's socket answers, and only
# then the health daemon and the two stand-ins migrated by `sessionServices`, each finding a working
# socket on its first try; no failed unit; `swaysock doctor` exits 0 in the session and reads
# lingering. Reboot: power off, boot again: the same checks, no socket left from the previous boot,
# and `swaysock history` shows the first boot's Sway.
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
    from datetime import datetime


    def system_ok(label: str) -> str:
        """No failed system unit; returns the boot id, which the log shows."""
        failed = machine.succeed("systemctl list-units --failed --plain --no-legend").strip()
        assert failed == "", f"{label}: failed system units: {failed}"
        boot = machine.succeed("cat /proc/sys/kernel/random/boot_id").strip()
        machine.log(f"{label}: boot id {boot}")
        return boot


    def doctor_ok(label: str, socket: str) -> None:
        """swaysock doctor, started by Sway as a terminal of the session would be, exits 0 and reads lingering as on."""
        run = f"{RUNTIME}/doctor.sh"
        machine.succeed(as_user(f"printf '%s' 'swaysock doctor --json > {RUNTIME}/doctor.out; echo $? > {RUNTIME}/doctor.status' > {run}; rm -f {RUNTIME}/doctor.status; {SWAYMSG} -s {socket} exec sh {run}"))
        status = machine.wait_until_succeeds(f"cat {RUNTIME}/doctor.status", timeout=120).strip()
        report = json.loads(machine.succeed(f"cat {RUNTIME}/doctor.out"))
        assert status == "0", f"{label}: swaysock doctor exited {status}: {report}"
        linger = [f for f in report["findings"] if f["check"] == "host" and "Linger=yes" in f["evidence"]]
        assert len(linger) == 1 and linger[0]["severity"] == "ok", f"{label}: doctor did not read lingering as on: {report['findings']}"


    machine.start()
    first = wait_for_session("cold start", [])
    system_ok("cold start")
    doctor_ok("cold start", first)

    # sessionServices rewrote both styles (lists in A, strings in B) onto sway-session.target.
    for unit in ["stand-in-a.service", "stand-in-b.service"]:
        assert prop(unit, "PartOf") == "sway-session.target", f"{unit} PartOf={prop(unit, 'PartOf')}"
        assert prop(unit, "WantedBy") == "sway-session.target", f"{unit} WantedBy={prop(unit, 'WantedBy')}"
        after = prop(unit, "After").split()
        assert "sway-session.target" in after and "graphical-session.target" not in after, f"{unit} After={after}"
    assert "graphical-session-pre.target" in prop("stand-in-b.service", "After").split(), "other After= entries are kept"

    boot_id = machine.succeed("cat /proc/sys/kernel/random/boot_id").strip()
    first_ended = int(machine.succeed("date +%s%3N").strip())
    machine.shutdown()
    machine.start()
    second = wait_for_session("after the reboot", [])
    assert system_ok("after the reboot") != boot_id, "the machine did not reboot"
    # wait_for_session saw only the live socket: the first boot's is gone (a tmpfs), whatever its name.
    assert sway_sockets() == [second], f"sockets after the reboot: {sway_sockets()} (first boot: {first})"
    doctor_ok("after the reboot", second)
    # The history (the state directory persists) shows the first boot's Sway.
    history = json.loads(machine.succeed(as_user("swaysock history --json")))
    connects = [r for r in history if r["type"] == "status" and r["cause"] in ("connect", "reconnect") and r.get("socket_path") == first]
    assert any(datetime.fromisoformat(r["time"].replace("Z", "+00:00")).timestamp() * 1000 < first_ended for r in connects), f"swaysock history does not show the first boot's Sway {first}: {history}"
  '';
}
