import { MikroORM } from '@mikro-orm/postgresql';
import { expect, inject, it } from 'vitest';
import { databaseUrl } from '../../../test/global-setup';
import { ormOptions } from './mikro-orm.config';

/**
 * What the migrations make that the entities do not declare, so a schema diff from the entities would drop it:
 * indexes for search, keyset pagination and partial uniqueness, CHECK constraints, foreign keys on plain id columns,
 * and generated search vectors and embeddings written by SQL. The migrations are the source of truth for these.
 */
const MADE_BY_MIGRATIONS_ONLY =
  /^(drop index "[a-z0-9_]+";|alter table "[a-z_]+" drop constraint "?[a-z0-9_]+"?;|alter table "[a-z_]+" (drop column "[a-z_]+"(, )?)+;)$/;

it('the entities and the migrations agree: the migrated schema needs nothing more for the entities', async () => {
  // The template every test database is cloned from: migrated by global-setup, exactly as a deployment is.
  const orm = await MikroORM.init(ormOptions(databaseUrl(inject('pgAdminUrl'), inject('pgTemplateDb')), { pool: { min: 0, max: 1 } }));
  try {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: false });
    const statements = diff
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    // Anything else (a table, a column, a type, a default, a nullability the entities need) is a missing or wrong
    // migration, or an entity that says something the database does not do.
    expect(statements.filter((statement) => !MADE_BY_MIGRATIONS_ONLY.test(statement))).toEqual([]);
  } finally {
    await orm.close(true);
  }
});
