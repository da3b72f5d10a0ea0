import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from './config/env';
import { openDatabase } from './infra/db/database';
import { ormOptions } from './infra/db/mikro-orm.config';
import { createLogger } from './infra/logging/logger';
import { createMemoryPubSub, createRedisPubSub } from './infra/pubsub/pubsub';
import { AuditService } from './modules/audit/audit.service';
import { CompGrantService } from './modules/billing/comp-grant.service';
import { PlanId } from './modules/billing/plans';
import { UsageService } from './modules/billing/usage.service';

const USAGE = `Usage: npm run admin -- plan <workspace id or slug> <FREE|PRO> [--until YYYY-MM-DD] [--note "who and why"]
  Grants a plan without Stripe (a comped account) until the end of the given day (UTC), or for good without --until.
  FREE withdraws a grant.`;

class UsageError extends Error {}

/** The end of the given day, UTC: "--until 2027-01-31" includes the 31st. */
export function parseUntil(value: string | undefined): Date | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--until must be a date like 2027-01-31 (got "${value}")`);
  const date = new Date(`${value}T23:59:59.999Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--until is not a date: "${value}"`);
  return date;
}

async function grantPlan(args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { until: { type: 'string' }, note: { type: 'string' } },
  });
  const [workspaceRef, planName] = positionals;
  if (!workspaceRef || !planName || positionals.length > 2) throw new UsageError(USAGE);
  const plan = Object.values(PlanId).find((id) => id === planName.toUpperCase());
  if (!plan) throw new UsageError(`Unknown plan "${planName}": use ${Object.values(PlanId).join(' or ')}.`);
  const until = parseUntil(values.until);
  if (until && until <= new Date()) throw new UsageError('--until must be in the future.');

  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  const orm = await MikroORM.init(ormOptions(database.url));
  // With Redis, the running servers hear of it and open billing pages update at once.
  const pubSub = config.redisUrl
    ? createRedisPubSub(config.redisUrl, config.redisKeyPrefix, (err, topic, command) =>
        logger.warn({ err, topic, command }, 'a Redis pub/sub command failed; the running servers read the change when next asked'),
      )
    : createMemoryPubSub();
  try {
    const em = orm.em.fork();
    const usage = new UsageService(em, pubSub);
    const note = values.note ?? `granted by ${process.env.USER ?? 'an operator'} with the admin command`;
    const result = await new CompGrantService(em, new AuditService(em), usage, () => new Date()).grant(workspaceRef, plan, until, note);
    const what = plan === PlanId.FREE ? 'grant withdrawn' : `${plan} granted ${until ? `until ${until.toISOString()}` : 'with no end'}`;
    process.stdout.write(
      `${result.workspace.name} (${result.workspace.slug}): ${what}; the plan in force is now ${result.effectivePlan}.\n`,
    );
  } finally {
    await pubSub.close();
    await orm.close();
    await database.stop();
  }
}

// `npm run admin -- <command> …`: support's operations on the database (DATABASE_URL, or the embedded one).
async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'plan') return grantPlan(rest);
  throw new UsageError(USAGE);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
