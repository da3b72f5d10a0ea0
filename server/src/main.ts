import './instrument';
import 'reflect-metadata';
import { startApp } from './app';
import { ConfigError, loadConfig } from './config/env';
import { type DatabaseHandle, openDatabase } from './infra/db/database';
import { runMigrations } from './infra/db/migrate';
import { flushErrorReports } from './infra/error-reporting/sentry';
import { createLogger } from './infra/logging/logger';
import { flushTraces, reportTracingProblemsTo } from './infra/tracing/tracing';

// Composition root: config → database → migrations → app → listen; and the reverse on SIGINT/SIGTERM.
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  reportTracingProblemsTo({ warn: (message) => logger.warn(message), error: (message) => logger.error(message) });
  let database: DatabaseHandle;
  try {
    database = await openDatabase(config, logger);
  } catch (error) {
    // Said plainly (what holds the data folder, what PostgreSQL printed), without a stack.
    logger.fatal(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  try {
    await runMigrations(database.url, logger);
    const app = await startApp(config, logger, { databaseUrl: database.url });
    logger.info(
      { url: config.appUrl, embeddedDatabase: database.embedded, stripe: app.stripe.settings.emulator?.url ?? 'api.stripe.com' },
      `Askbase is listening on port ${app.port}`,
    );

    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      // A stuck connection must not keep the process (and the embedded PostgreSQL) alive forever.
      setTimeout(() => process.exit(1), 15_000).unref();
      await app.stop().catch((error) => logger.error({ err: error }, 'error while stopping the app'));
      await database.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
      await Promise.all([flushErrorReports(2_000), flushTraces(2_000)]);
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    await database.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
