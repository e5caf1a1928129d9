/**
 * `swaysock migrate UNIT... [--unit-dir DIR]`: moves user services from graphical-session.target
 * onto sway-session.target (ts/units/migrate.ts). Exit 0 when all were migrated, 1 with the
 * offending unit named (nothing written) otherwise, 64 on usage errors.
 */
import type { CommandModule } from 'yargs';
import { defaultUnitDir } from '../../units/install.js';
import { MigrateError, migrateUnits } from '../../units/migrate.js';

interface MigrateArgs {
  units: string[];
  'unit-dir'?: string;
}

export const migrateCommand: CommandModule<object, MigrateArgs> = {
  command: 'migrate <units..>',
  describe: 'Bind existing user services to sway-session.target instead of graphical-session.target',
  builder: (y) =>
    y
      .positional('units', { type: 'string', array: true, describe: 'Services to migrate, e.g. waybar.service' })
      .option('unit-dir', { type: 'string', describe: 'Where the drop-ins and wants links go (default: ~/.config/systemd/user)' }) as never,
  handler: async (args) => {
    try {
      for (const r of await migrateUnits(args.units, args['unit-dir'] ?? defaultUnitDir())) {
        process.stdout.write(`${r.unit}: After=/PartOf=sway-session.target (${r.dropIn}); wants link ${r.wants}\n`);
      }
    } catch (err) {
      if (!(err instanceof MigrateError)) throw err;
      process.stderr.write(`swaysock: ${err.message}\n`);
      process.exitCode = 1;
    }
  },
};
