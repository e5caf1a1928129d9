# services.swaysock.metrics.textfile: the daemon's Prometheus metrics written, during the Sway
# session, into the directory node_exporter's textfile collector reads, and removed when the
# session ends (docs/metrics.md; the units come from units/swaysock-units.json like the others).
#
# When home-manager runs as a NixOS module it passes the NixOS configuration as `osConfig` (see
# session.nix for why it is read as `args.osConfig or null`): if NixOS's node exporter is enabled
# with its textfile collector and a `--collector.textfile.directory`, that directory is the
# default, and a directory that differs from it is warned about.
{
  config,
  lib,
  ...
}@args:
let
  inherit (lib)
    concatStringsSep
    elem
    literalMD
    mkEnableOption
    mkIf
    mkMerge
    mkOption
    optional
    types
    ;

  cfg = config.services.swaysock;
  textfile = cfg.metrics.textfile;
  units = import ../nix/units.nix { };
  osConfig = args.osConfig or null;

  # The file in the directory; ts/units/definitions.ts TEXTFILE_NAME (node_exporter reads *.prom).
  path = if textfile.directory == null then null else "${textfile.directory}/swaysock.prom";

  # Words the unit files can carry unquoted (the definitions join command words with spaces).
  plainPath = d: builtins.match "/[A-Za-z0-9._/=:+,@-]*" d != null;

  # NixOS's node exporter, when this configuration can see it and it is enabled.
  node =
    let
      n = if osConfig == null then null else osConfig.services.prometheus.exporters.node or null;
    in
    if n != null && (n.enable or false) then n else null;
  # The directory its textfile collector reads: the last --collector.textfile.directory of its
  # extraFlags (`=DIR` or ` DIR`), or null when the collector is off or no directory is given.
  nodeDirectory =
    let
      m = builtins.match ".*--collector[.]textfile[.]directory[= ]+([^ ]+).*" (
        concatStringsSep " " (node.extraFlags or [ ])
      );
    in
    if node == null || elem "textfile" (node.disabledCollectors or [ ]) || m == null then
      null
    else
      builtins.head m;

  hm = units.homeManagerUnits {
    binDir = "${cfg.package}/bin";
    settings = {
      "metrics.textfile.path" = path;
      "metrics.textfile.interval" = textfile.interval;
    };
  };
in
{
  options.services.swaysock.metrics.textfile = {
    enable = mkEnableOption ''
      writing the health daemon's Prometheus metrics into node_exporter's textfile collector
      directory during the Sway session: `swaysock-metrics-textfile.timer` runs
      `swaysock metrics --output DIR/swaysock.prom` at the session's start and every
      {option}`services.swaysock.metrics.textfile.interval`, and the file is removed when the
      session ends or no daemon answers, so no stale figures are exported'';

    directory = mkOption {
      type = types.nullOr types.str;
      default = nodeDirectory;
      defaultText = literalMD ''
        the `--collector.textfile.directory` of NixOS's `services.prometheus.exporters.node.extraFlags`
        when home-manager runs as a NixOS module and that exporter is enabled with its textfile
        collector; otherwise `null`, and it must be set
      '';
      example = "/run/prometheus-textfile";
      description = ''
        The directory node_exporter's textfile collector reads (its
        `--collector.textfile.directory`); the units write {file}`swaysock.prom` there. It must
        exist and be writable by this user; docs/metrics.md shows a NixOS setup with
        `systemd.tmpfiles.rules`. An absolute path of letters, digits and `._/=:+,@-`.
      '';
    };

    interval = mkOption {
      type = types.str;
      default = units.defaultSettings."metrics.textfile.interval";
      example = "15s";
      description = "The timer's `OnUnitActiveSec=` (systemd.time(7) span): how often the file is rewritten during the session.";
    };
  };

  config = mkIf (cfg.enable && textfile.enable) (mkMerge [
    {
      assertions = [
        {
          assertion = textfile.directory != null;
          message = "services.swaysock.metrics.textfile.enable needs services.swaysock.metrics.textfile.directory: set it to the directory node_exporter's textfile collector reads (its --collector.textfile.directory), writable by this user (docs/metrics.md).";
        }
        {
          assertion = textfile.directory == null || plainPath textfile.directory;
          message = "services.swaysock.metrics.textfile.directory must be an absolute path of letters, digits and ._/=:+,@- (got ${builtins.toJSON textfile.directory}).";
        }
        {
          assertion = cfg.healthd.enable;
          message = "services.swaysock.metrics.textfile.enable needs services.swaysock.healthd.enable: the metrics come from the health daemon.";
        }
      ];

      warnings = optional (node != null && textfile.directory != null && nodeDirectory != textfile.directory) (
        if nodeDirectory == null then
          "services.swaysock.metrics.textfile writes ${path}, but NixOS's node exporter reads no textfile directory (its textfile collector is disabled, or services.prometheus.exporters.node.extraFlags has no --collector.textfile.directory): the file will not be exported."
        else
          "services.swaysock.metrics.textfile writes ${path}, but NixOS's node exporter reads ${nodeDirectory} (--collector.textfile.directory in services.prometheus.exporters.node.extraFlags): the file will not be exported."
      );
    }

    # Without a directory the assertion above stops the build; no unit is defined then.
    (mkIf (textfile.directory != null) {
      systemd.user.services = {
        inherit (hm.services) swaysock-metrics-textfile swaysock-metrics-textfile-remove;
      };
      systemd.user.timers = {
        inherit (hm.timers) swaysock-metrics-textfile;
      };
    })
  ]);
}
