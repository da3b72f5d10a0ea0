import 'reflect-metadata';
import path from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import type { DatabaseLimits } from '../../config/env';
import { serverRoot } from '../../config/paths';
import { entities } from './entities';
import { migrationsList } from './migrations';

/** ORM options for one database URL; shared by the app, the migrate script, the CLI and the test harness. */
export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    // The default reflect-metadata provider: decorators' emitted types are enough and cost nothing at start-up.
    forceUtcTimezone: true,
    // A request must never share an identity map with another: contexts fork explicitly.
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: path.join(serverRoot, 'dist/src/infra/db/migrations'),
      pathTs: path.join(serverRoot, 'src/infra/db/migrations'),
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    ...overrides,
  });
}

/**
 * The app's pool and time-outs. Without them a full pool makes a request wait 60 s (knex's default) and a stalled
 * statement holds its connection forever; with them both fail in seconds with an error that says what happened
 * (mapped to SERVICE_UNAVAILABLE). Migrations and the CLI keep PostgreSQL's defaults: index builds may be long.
 */
export function poolOptions(limits: DatabaseLimits): Partial<Options> {
  return {
    pool: { min: 0, max: limits.poolSize, acquireTimeoutMillis: limits.acquireTimeoutMs },
    driverOptions: {
      connection: {
        // Sent by pg as start-up parameters: every session of the pool has them, no extra round trip.
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
        // A server that accepts TCP but never answers (paused, overloaded) must not hang the connect either.
        connectionTimeoutMillis: limits.acquireTimeoutMs,
      },
    },
  };
}

// The CLI (`mikro-orm migration:create`) reads this default export from the compiled file.
export default ormOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/askbase');
