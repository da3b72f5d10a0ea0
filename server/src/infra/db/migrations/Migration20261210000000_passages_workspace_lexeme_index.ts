import { Migration } from '@mikro-orm/migrations';

/**
 * Retrieval at scale (1,000,000 passages in 1,000 workspaces, issue 13), measured with `npm run bench -- scale`:
 *
 * - An inverted index whose keys are (workspace, lexeme) pairs. The composite GIN index on
 *   ("workspace_id", "body_vector") keeps one posting list per lexeme across every workspace and one per workspace
 *   across every lexeme, and intersects them at query time: a question with a common word ("config", "file") walked
 *   the passages of every workspace that use it. Here a key is the workspace's whole id (its 16 bytes in base64, 22
 *   characters) joined to a lexeme, so a probe reads exactly the passages of that workspace that hold the word, and
 *   the statement needs no other condition: with "workspace_id" = … beside it, the planner multiplied two estimates
 *   of the same thing, expected a couple of rows, and chose nested loops that ran the ranking 400 times over.
 * - The stored vectors stay in the row (storage MAIN: compressed only if the row is too long, moved out of line only
 *   as a last resort). Ranking reads each candidate's body vector several times (the cheap first pass, BM25, the
 *   document's coverage); out of line (TOAST), each read fetched it again from the TOAST table, 20+ buffer reads per
 *   candidate. The passage's text, read only for the few passages returned, is what moves out of line instead.
 *   This applies to rows written from now on; older rows move when they are next written.
 */
export class Migration20261210000000_passages_workspace_lexeme_index extends Migration {
  override async up(): Promise<void> {
    // Built-in functions only, no subquery: PostgreSQL inlines it, so a plan that tests it row by row (a sequential
    // scan of a workspace that is most of the table, a lossy bitmap) pays microseconds a row, not a function call.
    // Lexemes never hold control characters, so chr(1) can separate them.
    this.addSql(`create or replace function askbase_workspace_lexemes(workspace uuid, vector tsvector) returns text[]
      language sql immutable parallel safe strict
      as $$
        select case when length(vector) = 0 then '{}'::text[] else string_to_array(
          rtrim(encode(uuid_send(workspace), 'base64'), '=') || ' '
            || array_to_string(tsvector_to_array(vector), chr(1) || rtrim(encode(uuid_send(workspace), 'base64'), '=') || ' '),
          chr(1)
        ) end
      $$;`);
    this.addSql(
      `create index "passages_workspace_lexemes" on "passages" using gin (askbase_workspace_lexemes("workspace_id", "body_vector"));`,
    );
    this.addSql('drop index if exists "passages_body_search";');
    this.addSql(`alter table "passages"
      alter column "body_vector" set storage main,
      alter column "context_vector" set storage main,
      alter column "heading_vector" set storage main;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "passages"
      alter column "body_vector" set storage extended,
      alter column "context_vector" set storage extended,
      alter column "heading_vector" set storage extended;`);
    this.addSql(`create index "passages_body_search" on "passages" using gin ("workspace_id", "body_vector");`);
    this.addSql('drop index if exists "passages_workspace_lexemes";');
    this.addSql('drop function if exists askbase_workspace_lexemes(uuid, tsvector);');
  }
}
