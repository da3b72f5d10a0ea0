import { Migration } from '@mikro-orm/migrations';

/** `askbase_search_text` of Migration20261201010000_search_statistics, reading `source` instead of its argument. */
const searchTextOf = (source: string) => `
  select ${source} || coalesce(' ' || (
    select string_agg(
      -- its segments ("server allowedHosts"), their camel-case words ("allowed Hosts"), and the joined form
      regexp_replace(m[1], '[._-]+', ' ', 'g')
        || ' ' || regexp_replace(regexp_replace(m[1], '([[:lower:][:digit:]])([[:upper:]])', '\\1 \\2', 'g'), '[._-]+', ' ', 'g')
        || ' ' || lower(regexp_replace(m[1], '[._-]+', '', 'g')),
      ' ')
    from regexp_matches(${source}, '([[:alnum:]]+(?:[._-][[:alnum:]]+)+|[[:lower:]][[:alnum:]]*[[:upper:]][[:alnum:]]*)', 'g') as m
    where m[1] ~ '[[:alpha:]]{2}'
  ), '')`;

/**
 * PostgreSQL's text search parser reads `<...>` as an HTML tag and drops it — and after `<script>` or `<style>` it
 * drops every word up to the closing tag. Passages are plain text already (ingestion removed the markup), so any
 * angle bracket left is the document's own words: `<script>` in a sentence about scripts, `<your-token>` as a
 * placeholder. `askbase_search_words` turns the brackets into spaces before parsing; the index and the question's
 * analysis both read text through it. Stored vectors are recomputed and the workspace term statistics rebuilt.
 */
export class Migration20261208000000_search_words_in_angle_brackets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function askbase_search_words(t text) returns text
      language sql immutable parallel safe strict
      as $$ select translate(askbase_unaccent(t), '<>', '  ') $$;`);
    this.addSql(`create or replace function askbase_search_text(t text) returns text
      language sql immutable parallel safe strict
      as $$ ${searchTextOf("translate(t, '<>', '  ')")} $$;`);
    // Stored generated columns are computed again on update.
    this.addSql('update "passages" set "content" = "content", "heading" = "heading", "document_title" = "document_title";');
    this.addSql('delete from "workspace_search_terms";');
    this.addSql('delete from "workspace_search_stats";');
    this.addSql(`insert into workspace_search_terms ("workspace_id", "lexeme", "in_body", "in_context")
      select workspace_id, lexeme, sum(in_body)::int, sum(in_context)::int from (
        select p.workspace_id, u.lexeme, 1 as in_body, 0 as in_context from passages p, unnest(p.body_vector) u
        union all
        select p.workspace_id, u.lexeme, 0, 1 from passages p, unnest(p.context_vector) u
      ) terms group by workspace_id, lexeme;`);
    this.addSql(`insert into workspace_search_stats ("workspace_id", "passages", "body_length")
      select workspace_id, count(*), sum(length(body_vector)) from passages group by workspace_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function askbase_search_text(t text) returns text
      language sql immutable parallel safe strict
      as $$ ${searchTextOf('t')} $$;`);
    this.addSql('drop function if exists askbase_search_words(text);');
  }
}
