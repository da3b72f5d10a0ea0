import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../logging/logger';
import { ormOptions } from './mikro-orm.config';

// Any fixed 64-bit number: all instances agree on it, so only one migrates at a time.
const MIGRATION_LOCK_ID = 7_311_904_221;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several instances starting together migrate
 * once and the others wait, then find nothing left to do.
 */
export async function runMigrations(databaseUrl: string, logger?: Logger): Promise<string[]> {
  const lockClient = new pg.Client({ connectionString: databaseUrl });
  await lockClient.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const orm = await MikroORM.init(ormOptions(databaseUrl, { pool: { min: 0, max: 2 }, logger: (message) => logger?.debug(message) }));
    try {
      const applied = await orm.getMigrator().up();
      const names = applied.map((migration) => migration.name);
      if (names.length > 0) logger?.info({ migrations: names }, 'migrations applied');
      return names;
    } finally {
      await orm.close();
    }
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lockClient.end();
  }
}
