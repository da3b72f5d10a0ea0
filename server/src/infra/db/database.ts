import type { Config } from '../../config/env';
import type { Logger } from '../logging/logger';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external database. */
  stop(): Promise<void>;
}

/** The external PostgreSQL from DATABASE_URL, or an embedded one whose data lives in EMBEDDED_PG_DIR. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'embeddedPgDir'>, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  logger.info({ dataDir: config.embeddedPgDir }, 'DATABASE_URL is not set: starting the embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres({ dataDir: config.embeddedPgDir, database: 'askbase', logger });
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}
