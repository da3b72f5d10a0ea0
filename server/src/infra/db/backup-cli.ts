import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/env';
import { createLogger } from '../logging/logger';
import { BackupError, backupDatabase, restoreDatabase } from './backup';
import { openDatabase } from './database';

/**
 * `npm run db:backup [-- --out FILE]` and `npm run db:restore -- FILE`: pg_dump / pg_restore (custom format) of
 * DATABASE_URL, or of the embedded database (which this starts when the app is not running).
 */
async function main(): Promise<void> {
  // npm runs this from server/; a file named on the command line is relative to where the user typed it.
  const here = process.env.INIT_CWD ?? process.cwd();
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: true });
  if (command !== 'backup' && command !== 'restore') throw new BackupError('Use: backup-cli backup [--out FILE] | restore FILE');
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  try {
    if (command === 'backup') {
      const file = path.resolve(here, values.out ?? `askbase-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
      await backupDatabase(database.url, file);
      logger.info({ file }, 'backup written');
    } else {
      const file = positionals[0];
      if (!file) throw new BackupError('Name the backup to restore: npm run db:restore -- FILE');
      await restoreDatabase(database.url, path.resolve(here, file));
      logger.info({ file }, 'backup restored');
    }
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
