# The metrics textfile under NixOS, VM test: NixOS's node exporter reads a textfile directory that
# systemd-tmpfiles gives alice; home-manager's `services.swaysock.metrics.textfile` takes that
# directory from the NixOS configuration (osConfig). During the session node_exporter serves our
# series on its /metrics; when the session ends the file is removed and the series are gone.
{
  pkgs,
  self,
  home-manager,
}:
let
  vm = import ./lib.nix { inherit pkgs self home-manager; };
  # A tmpfs directory: a reboot leaves no file of an earlier boot behind.
  textfileDir = "/run/prometheus-textfile";
in
pkgs.testers.runNixOSTest {
  name = "swaysock-metrics-textfile";
  nodes.machine = {
    imports = [
      (vm.node {
        # The directory is not set here: the module reads it from the node exporter below.
        metrics.textfile = {
          enable = true;
          interval = "5s";
        };
      })
    ];
    services.prometheus.exporters.node = {
      enable = true;
      listenAddress = "127.0.0.1";
      extraFlags = [ "--collector.textfile.directory=${textfileDir}" ];
    };
    systemd.tmpfiles.rules = [ "d ${textfileDir} 0755 ${vm.user} users -" ];
  };
  testScript = vm.testLib + ''

    TEXTFILE = "${textfileDir}/swaysock.prom"
    SCRAPE = "${pkgs.curl}/bin/curl --silent --fail http://127.0.0.1:9100/metrics"


    def scrape() -> str:
        return machine.succeed(SCRAPE)


    machine.start()
    wait_for_session("session", [])
    machine.wait_for_unit("prometheus-node-exporter.service")
    machine.wait_for_file(TEXTFILE)
    machine.wait_until_succeeds(f"{SCRAPE} | grep -qx 'swaysock_status{{state=\"healthy\"}} 1'", timeout=60)
    served = scrape()
    assert "node_textfile_scrape_error 0" in served, "node_exporter read the textfile without an error"
    assert "swaysock_validations_total" in served, "our counters are served"

    # The session's end: the file goes, and node_exporter serves none of our series.
    machine.succeed(as_user("systemctl --user stop sway-session.target"))
    machine.fail(f"test -e {TEXTFILE}")
    assert "swaysock_" not in scrape(), "no swaysock_ series once the session has ended"
    assert failed_units() == "", f"failed units: {failed_units()}"
  '';
}
