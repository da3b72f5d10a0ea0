/**
 * A one-dimensional PostgreSQL array literal (`{"a","b\"c",NULL,1.5}`) to pass as ONE parameter with a cast
 * (`any(?::uuid[])`, `?::text[]`, `?::real[]`).
 *
 * Why a literal and not a JS array: `em.execute` / `getConnection().execute` (MikroORM) inline their parameters into
 * the SQL text and write a JS array as a comma-separated list (`'a', 'b'`), which `?::text[]` cannot take. The literal
 * is one string, which MikroORM then quotes as any other (`E'...'` when it holds backslashes). Where a statement goes
 * through `getKnex().raw(sql, bindings)` instead, node-postgres binds a JS array itself: pass the array there.
 *
 * Every string element is double-quoted, with `\` and `"` escaped, so commas, braces, spaces (leading and trailing
 * included), the empty string and the word NULL stay the text they are. `null` is SQL NULL. Numbers are written as
 * JavaScript prints them (NaN and ±Infinity included, which PostgreSQL's float types read; integer types refuse them).
 */
export function pgArray(values: ReadonlyArray<string | number | null>): string {
  return `{${values.map(element).join(',')}}`;
}

function element(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}
