/**
 * MikroORM sends its statements with the values written into the SQL (`where "u0"."email" = 'ann@example.com'`),
 * not as $1 parameters, so the statement text pg's instrumentation records would carry emails, password hashes and
 * token hashes. This keeps the statement's shape and replaces every literal with `?`.
 */
const LITERALS = [
  // Dollar-quoted strings: $$…$$ and $tag$…$tag$.
  /\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g,
  // 'strings' (with '' inside), E'escapes', X'hex' and B'bits'.
  /(?:\b[EeXxBb])?'(?:[^']|'')*'/g,
  // Numbers, but not $1 placeholders nor digits inside names (u0, int4).
  /(?<![\w$."])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g,
];

export function sqlWithoutValues(sql: string): string {
  return LITERALS.reduce((text, literal) => text.replace(literal, '?'), sql);
}
