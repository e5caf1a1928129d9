/**
 * `swaysock migrate UNIT... [--unit-dir DIR] [--system-unit-dir DIR]`: moves user services from
 * graphical-session.target onto sway-session.target (ts/units/migrate.ts), and names the
 * system-wide links it cannot move. Exit 0 when all were migrated, 1 with the offending unit named
 * (nothing written) otherwise, 64 on usage errors.
 */
import { hasCode } from '../../errors/errors.js';
import { defaultUnitDir, SYSTEM_USER_UNIT_DIR } from '../../paths/paths.js';
import { defineCommand } from '../command.js';

/** The options of `swaysock migrate` (option table, ../options.ts). */
export const MIGRATE_OPTIONS = {
  units: { type: 'operands', value: 'UNIT', min: 1, describe: 'Services to migrate, e.g. waybar.service' },
  'unit-dir': { type: 'string', value: 'DIR', describe: 'Where the drop-ins and wants links go (default: ~/.config/systemd/user)' },
  'system-unit-dir': { type: 'string', value: 'DIR', default: SYSTEM_USER_UNIT_DIR, describe: 'Where system-wide enablement links (*.wants/) are looked for' },
} as const;

export const migrateCommand = defineCommand({
  words: ['migrate'],
  describe: 'Bind existing user services to sway-session.target instead of graphical-session.target',
  options: MIGRATE_OPTIONS,
  run: async (args) => {
    // Loaded here, not at start-up (dispatch.ts): the other commands need none of it.
    const { migrateUnits } = await import('../../units/migrate.js');
    try {
      for (const r of await migrateUnits(args.units, args['unit-dir'] ?? defaultUnitDir(), args['system-unit-dir'])) {
        process.stdout.write(
          `${r.unit}: After=/PartOf=sway-session.target (${r.dropIn}); wants link ${r.wants}${r.removedOldLink ? `; removed the old link ${r.removedOldLink}` : ''}\n`,
        );
        for (const link of r.systemLinks) {
          process.stderr.write(
            `swaysock: ${r.unit}: also enabled system-wide by ${link}, which swaysock cannot move: the unit still starts with ${link
              .split('/')
              .at(-2)!
              .replace(/\.wants$/, '')} in every session. ` +
              `Remove it as root (systemctl --global disable ${r.unit}) if only Sway sessions should start it.\n`,
          );
        }
      }
    } catch (err) {
      if (!hasCode(err, 'ERR_SWAYSOCK_MIGRATE')) throw err;
      process.stderr.write(`swaysock: ${err.message}\n`);
      process.exitCode = 1;
    }
  },
});
