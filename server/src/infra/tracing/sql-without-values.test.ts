import { describe, expect, it } from 'vitest';
import { sqlWithoutValues } from './sql-without-values';

describe('sqlWithoutValues', () => {
  it('keeps the shape of a statement and drops every value written into it', () => {
    expect(
      sqlWithoutValues(
        `select "u0".* from "users" as "u0" where "u0"."email" = 'ann@example.com' and "u0"."age" > 41 and "u0"."id" in ('a1', 'b2') limit 1`,
      ),
    ).toBe(`select "u0".* from "users" as "u0" where "u0"."email" = ? and "u0"."age" > ? and "u0"."id" in (?, ?) limit ?`);
  });

  it("handles quotes inside strings, E'' escapes, dollar quoting and negative or decimal numbers", () => {
    expect(sqlWithoutValues(`insert into "notes" ("body", "score") values ('it''s mine', -3.5e2)`)).toBe(
      `insert into "notes" ("body", "score") values (?, ?)`,
    );
    expect(sqlWithoutValues(`select E'line\\nbreak', $$secret body$$, $t$also 'secret'$t$`)).toBe('select ?, ?, ?');
  });

  it('leaves $1 placeholders, casts and names with digits alone', () => {
    expect(sqlWithoutValues('select "t0"."col2"::int4 from "t0" where "id" = $1 and "n" = $12')).toBe(
      'select "t0"."col2"::int4 from "t0" where "id" = $1 and "n" = $12',
    );
  });
});
