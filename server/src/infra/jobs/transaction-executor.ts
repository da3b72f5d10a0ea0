import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type PgBoss from 'pg-boss';

/**
 * A pg-boss executor that runs its SQL in the entity manager's open transaction, so a job is inserted only if that
 * transaction commits. Returns undefined outside a transaction: then pg-boss's own pool is just as good.
 *
 * Why not `em.execute(text, values)`: MikroORM interpolates parameters into the SQL text and expects `?`
 * placeholders, while pg-boss writes `$1`...`$n`, reuses some of them and relies on PostgreSQL inferring each
 * parameter's type once (`$5` is both `right($5, 1)` and `CAST($5 AS timestamptz)` in one CASE). Renumbering or
 * inlining them changes the SQL's meaning. So the text goes to the driver untouched, with the values passed as the
 * pg query's own `values` (knex hands `.options()` through to `pg`), on the transaction's connection, through knex's
 * transaction checks (a query on a finished transaction fails instead of running on a pooled connection).
 */
export function transactionExecutor(em: EntityManager): PgBoss.Db | undefined {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) return undefined;
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      // knex would read a `?` as a binding placeholder; `\?` is its escape for a literal question mark.
      const result = await trx.raw(text.replace(/\?/g, '\\?')).options({ values });
      return result as { rows: unknown[] };
    },
  };
}
