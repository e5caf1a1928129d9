# Which scenarios of tests/vm/scenarios.json, the list the Debian VM suite runs too, each NixOS VM
# test covers (by its attribute name in checks/vm/default.nix). Evaluating this file fails when the
# tests do not cover the list exactly: an id of the list that no test covers, or an id the list
# does not have. checks/vm/default.nix evaluates it with the tests, so `nix flake check` fails then;
# tests/vm/scenario-list.test.ts evaluates it and compares it with the Debian suite. Builtins only.
let
  list = builtins.fromJSON (builtins.readFile ../../tests/vm/scenarios.json);
  ids = map (s: s.id) list.scenarios;
  covers = {
    vm-cold-start-and-reboot = [
      "cold-boot"
      "reboot"
    ];
    vm-sway-crash-and-cleanup = [
      "sway-crash"
      "stale-socket-cleanup"
    ];
    vm-session-stop = [ "session-stop" ];
    vm-login-logout = [
      "logout"
      "subscriber"
    ];
  };
  covered = builtins.concatLists (builtins.attrValues covers);
  missing = builtins.filter (id: !(builtins.elem id covered)) ids;
  unknown = builtins.filter (id: !(builtins.elem id ids)) covered;
in
if missing != [ ] then
  throw "checks/vm/scenarios.nix: no NixOS VM test covers ${toString missing} of tests/vm/scenarios.json"
else if unknown != [ ] then
  throw "checks/vm/scenarios.nix: ${toString unknown} is not in tests/vm/scenarios.json"
else
  covers
