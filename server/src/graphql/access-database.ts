import pg from 'pg';
import type { DatabaseLimits } from '../config/env';
import type { Logger } from '../infra/logging/logger';
import type { AccessDatabase } from './access-verdicts';

export interface AccessDatabaseOptions {
  /** The app's DATABASE_URL: the same database, role and TLS settings as the ORM's pool. */
  url: string;
  /** The app's time-outs (statement, connect); the pool size is not used: this pool has one connection. */
  limits?: Pick<DatabaseLimits, 'statementTimeoutMs' | 'acquireTimeoutMs'>;
  /** Each statement as it is sent (the ORM's query log, so debug logging and tests see it like any other). */
  logQuery?: (sql: string, took: number) => void;
}

/**
 * A pool of one connection for the subscriptions' access read (AccessVerdicts), apart from the app's pool. At 1,000
 * streaming clients the app's pool is busy writing answers, and the one statement that refreshes every open
 * subscription's facts queued behind those writes for 0.3–0.9 s: facts expired and events waited for it. Refreshes are
 * single-flight, so one connection is all the read ever uses; it connects on first use and is closed on shutdown.
 */
export function openAccessDatabase(options: AccessDatabaseOptions, logger: Logger): AccessDatabase & { close(): Promise<void> } {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 1,
    statement_timeout: options.limits?.statementTimeoutMs,
    connectionTimeoutMillis: options.limits?.acquireTimeoutMs,
  });
  // An idle connection that the server drops emits here; without a listener that would end the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'the subscriptions access connection failed; the next read reconnects'));
  let closed: Promise<void> | undefined;
  return {
    query: async (sql, params) => {
      const started = performance.now();
      const result = await pool.query(sql, params);
      options.logQuery?.(sql, Math.round(performance.now() - started));
      return result;
    },
    close: () => {
      closed ??= pool.end();
      return closed;
    },
  };
}
