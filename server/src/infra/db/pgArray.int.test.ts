import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pgArray } from './pgArray';

// Values that broke or would break a hand-written `{${values.join(',')}}`: separators, quotes, escapes, blanks, the
// word NULL, and text beyond ASCII.
const HOSTILE = [
  'plain',
  'with "double" quotes',
  "with 'single' quotes",
  'back\\slash',
  'trailing backslash\\',
  '\\"',
  'a,b',
  '{braces}',
  '}',
  ' leading and trailing spaces ',
  '',
  'NULL',
  'null',
  'tab\there\nnewline',
  'ünïcödé ✓ 日本語 🙂',
  '$1 ? ?? :name',
];

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

/** The statement as `em.execute` sends it: MikroORM inlines the parameters with its platform's quoting. */
async function viaMikroOrm(sql: string, params: unknown[]): Promise<unknown> {
  const result = await client.query(new PostgreSqlPlatform().formatQuery(sql, params));
  return result.rows[0].value;
}

describe('pgArray', () => {
  it('round-trips hostile text through PostgreSQL as a bound parameter', async () => {
    const result = await client.query('select $1::text[] as value', [pgArray(HOSTILE)]);
    expect(result.rows[0].value).toEqual(HOSTILE);
  });

  it('round-trips hostile text as em.execute inlines it (?::text[])', async () => {
    expect(await viaMikroOrm('select ?::text[] as value', [pgArray(HOSTILE)])).toEqual(HOSTILE);
  });

  it('keeps each value one element: an element-wise comparison finds every one and nothing else', async () => {
    const result = await client.query('select cardinality($1::text[]) as n, $2::text = any($1::text[]) as found', [
      pgArray(HOSTILE),
      'a,b',
    ]);
    expect(result.rows[0]).toEqual({ n: HOSTILE.length, found: true });
    const split = await client.query(`select 'a' = any($1::text[]) as found`, [pgArray(HOSTILE)]);
    expect(split.rows[0].found).toBe(false);
  });

  it('writes null as SQL NULL, and the empty list as the empty array', async () => {
    expect(await viaMikroOrm('select ?::text[] as value', [pgArray(['a', null, 'NULL'])])).toEqual(['a', null, 'NULL']);
    expect(await viaMikroOrm('select ?::uuid[] as value', [pgArray([])])).toEqual([]);
  });

  it('writes uuids and numbers their array types read back', async () => {
    const ids = ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '00000000-0000-0000-0000-000000000000'];
    expect(await viaMikroOrm('select ?::uuid[] as value', [pgArray(ids)])).toEqual(ids);
    const numbers = [0.1, -0.2, 1e-7, 123456.5, 0];
    expect(await viaMikroOrm('select ?::float8[] as value', [pgArray(numbers)])).toEqual(numbers);
  });
});
