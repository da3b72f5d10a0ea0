import pg from 'pg';
import { expect, inject, it } from 'vitest';
import { databaseUrl } from '../../../test/global-setup';
import { runMigrations } from './migrate';
import { migrationsList } from './migrations';

it('migrates a fresh database once when two instances start together', async () => {
  const name = `askbase_migrate_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = databaseUrl(inject('pgAdminUrl'), name);
    const [first, second] = await Promise.all([runMigrations(url), runMigrations(url)]);
    // One instance applied everything; the other waited for the lock and found nothing left to do.
    expect([...first, ...second].sort()).toEqual(migrationsList.map((migration) => migration.name).sort());
    expect(await runMigrations(url)).toEqual([]);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
