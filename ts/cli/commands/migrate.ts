/**
 * `swaysock migrate UNIT... [--unit-dir DIR] [--system-unit-dir DIR]`: moves user services from
 * graphical-session.target onto sway-session.target (ts/units/migrate.ts), and names the
 * system-wide links it cannot move. Exit 0 when all were migrated, 1 with the offending unit named
 * (nothing written) otherwise, 64 on usage errors.
 */
import type { CommandModule } from 'yargs';
import { hasCode } from '../../errors/errors.js';
import { defaultUnitDir } from '../../units/install.js';
import { migrateUnits, SYSTEM_USER_UNIT_DIR } from '../../units/migrate.js';

interface MigrateArgs {
  units: string[];
  'unit-dir'?: string;
  'system-unit-dir': string;
}

export const migrateCommand: CommandModule<object, MigrateArgs> = {
  command: 'migrate <units..>',
  describe: 'Bind existing user services to sway-session.target instead of graphical-session.target',
  builder: (y) =>
    y
      .positional('units', { type: 'string', array: true, describe: 'Services to migrate, e.g. waybar.service' })
      .option('unit-dir', { type: 'string', describe: 'Where the drop-ins and wants links go (default: ~/.config/systemd/user)' })
      .option('system-unit-dir', { type: 'string', default: SYSTEM_USER_UNIT_DIR, describe: 'Where system-wide enablement links (*.wants/) are looked for' }) as never,
  handler: async (args) => {
    try {
      for (const r of await migrateUnits(args.units, args['unit-dir'] ?? defaultUnitDir(), args['system-unit-dir'])) {
        process.stdout.write(`${r.unit}: After=/PartOf=sway-session.target (${r.dropIn}); wants link ${r.wants}${r.removedOldLink ? `; removed the old link ${r.removedOldLink}` : ''}\n`);
        for (const link of r.systemLinks) {
          process.stderr.write(`swaysock: ${r.unit}: also enabled system-wide by ${link}, which swaysock cannot move: the unit still starts with ${link.split('/').at(-2)!.replace(/\.wants$/, '')} in every session. Remove it as root (systemctl --global disable ${r.unit}) if only Sway sessions should start it.\n`);
        }
      }
    } catch (err) {
      if (!hasCode(err, 'ERR_SWAYSOCK_MIGRATE')) throw err;
      process.stderr.write(`swaysock: ${err.message}\n`);
      process.exitCode = 1;
    }
  },
};
