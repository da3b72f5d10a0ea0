import 'reflect-metadata';
import { loadConfig } from '../../config/env';
import { createLogger } from '../logging/logger';
import { openDatabase } from './database';
import { runMigrations } from './migrate';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) and exits.
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  try {
    const applied = await runMigrations(database.url, logger);
    logger.info({ applied }, applied.length ? 'migrations applied' : 'database already up to date');
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
