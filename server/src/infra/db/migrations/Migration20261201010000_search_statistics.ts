import { Migration } from '@mikro-orm/migrations';

/**
 * Retrieval that ranks by the body text with the workspace's own term statistics (BM25), titles and headings only
 * breaking near-ties:
 * - `askbase_search_text` adds the segments, words and joined form of identifiers (`server.allowedHosts` →
 *   `server allowedHosts server allowed Hosts serverallowedhosts`), which PostgreSQL's parser keeps whole: a
 *   question that names `allowedHosts` or `allowed hosts` finds them, and one that names the identifier finds it.
 * - `body_vector` (the passage's text, with the heading of its own section, which a reader sees just above it)
 *   decides the rank; `context_vector` (document title and whole heading path) only breaks near-ties. The old `search_vector` gave the title the top weight in every passage, so one question word
 *   in a title pulled in a whole unrelated document.
 * - `workspace_search_terms` (how many passages of a workspace hold each lexeme, in the body and in titles/headings)
 *   and `workspace_search_stats` (passages and their total length) are kept by statement-level triggers on
 *   `passages`, so every way of adding or removing passages (ingestion, document or workspace deletion) keeps them
 *   exact, and a question's rare terms, and the ones the workspace never mentions, are known from one indexed read.
 */
export class Migration20261201010000_search_statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function askbase_search_text(t text) returns text
      language sql immutable parallel safe strict
      as $$
        select t || coalesce(' ' || (
          select string_agg(
            -- its segments ("server allowedHosts"), their camel-case words ("allowed Hosts"), and the joined form
            regexp_replace(m[1], '[._-]+', ' ', 'g')
              || ' ' || regexp_replace(regexp_replace(m[1], '([[:lower:][:digit:]])([[:upper:]])', '\\1 \\2', 'g'), '[._-]+', ' ', 'g')
              || ' ' || lower(regexp_replace(m[1], '[._-]+', '', 'g')),
            ' ')
          from regexp_matches(t, '([[:alnum:]]+(?:[._-][[:alnum:]]+)+|[[:lower:]][[:alnum:]]*[[:upper:]][[:alnum:]]*)', 'g') as m
          where m[1] ~ '[[:alpha:]]{2}'
        ), '')
      $$;`);

    this.addSql('drop index if exists "passages_search";');
    this.addSql('alter table "passages" drop column "search_vector";');
    this.addSql(`alter table "passages" add column "body_vector" tsvector generated always as (
      to_tsvector("language", askbase_search_text(askbase_unaccent(
        coalesce(regexp_replace("heading", '^.* > ', '') || E'\n', '') || "content"
      )))
    ) stored;`);
    this.addSql(`alter table "passages" add column "context_vector" tsvector generated always as (
      to_tsvector("language", askbase_search_text(askbase_unaccent(coalesce("document_title", '') || ' ' || coalesce("heading", ''))))
    ) stored;`);
    this.addSql(`create index "passages_body_search" on "passages" using gin ("workspace_id", "body_vector");`);
    this.addSql(`create index "passages_context_search" on "passages" using gin ("workspace_id", "context_vector");`);

    this.addSql(`create table "workspace_search_terms" (
      "workspace_id" uuid not null references "workspaces" ("id") on delete cascade,
      "lexeme" text not null,
      -- Passages whose text holds the lexeme (document frequency), and whose title or heading path does.
      "in_body" int not null default 0,
      "in_context" int not null default 0,
      constraint "workspace_search_terms_pkey" primary key ("workspace_id", "lexeme")
    );`);
    this.addSql(`create table "workspace_search_stats" (
      "workspace_id" uuid not null references "workspaces" ("id") on delete cascade,
      "passages" int not null default 0,
      -- Sum of the passages' lengths in distinct lexemes, for BM25's average length.
      "body_length" bigint not null default 0,
      constraint "workspace_search_stats_pkey" primary key ("workspace_id")
    );`);

    // Rows are locked in (workspace, lexeme) order, so two ingestions in one workspace cannot deadlock.
    this.addSql(`create or replace function askbase_passages_added() returns trigger language plpgsql as $$
      begin
        insert into workspace_search_terms ("workspace_id", "lexeme", "in_body", "in_context")
          select workspace_id, lexeme, sum(in_body)::int, sum(in_context)::int from (
            select a.workspace_id, u.lexeme, 1 as in_body, 0 as in_context from added a, unnest(a.body_vector) u
            union all
            select a.workspace_id, u.lexeme, 0, 1 from added a, unnest(a.context_vector) u
          ) terms
          group by workspace_id, lexeme
          order by workspace_id, lexeme
        on conflict ("workspace_id", "lexeme") do update
          set "in_body" = workspace_search_terms."in_body" + excluded."in_body",
              "in_context" = workspace_search_terms."in_context" + excluded."in_context";
        insert into workspace_search_stats ("workspace_id", "passages", "body_length")
          select workspace_id, count(*), sum(length(body_vector)) from added group by workspace_id order by workspace_id
        on conflict ("workspace_id") do update
          set "passages" = workspace_search_stats."passages" + excluded."passages",
              "body_length" = workspace_search_stats."body_length" + excluded."body_length";
        return null;
      end $$;`);
    this.addSql(`create or replace function askbase_passages_removed() returns trigger language plpgsql as $$
      begin
        update workspace_search_terms t
          set "in_body" = t."in_body" - r.in_body, "in_context" = t."in_context" - r.in_context
          from (
            select workspace_id, lexeme, sum(in_body)::int as in_body, sum(in_context)::int as in_context from (
              select d.workspace_id, u.lexeme, 1 as in_body, 0 as in_context from removed d, unnest(d.body_vector) u
              union all
              select d.workspace_id, u.lexeme, 0, 1 from removed d, unnest(d.context_vector) u
            ) terms group by workspace_id, lexeme
          ) r
          where t."workspace_id" = r.workspace_id and t."lexeme" = r.lexeme;
        delete from workspace_search_terms t
          where t."workspace_id" in (select distinct workspace_id from removed) and t."in_body" <= 0 and t."in_context" <= 0;
        update workspace_search_stats s
          set "passages" = s."passages" - r.passages, "body_length" = s."body_length" - r.body_length
          from (select workspace_id, count(*) as passages, sum(length(body_vector)) as body_length from removed group by workspace_id) r
          where s."workspace_id" = r.workspace_id;
        return null;
      end $$;`);
    this.addSql(`create trigger "passages_added_search_statistics" after insert on "passages"
      referencing new table as added for each statement execute function askbase_passages_added();`);
    this.addSql(`create trigger "passages_removed_search_statistics" after delete on "passages"
      referencing old table as removed for each statement execute function askbase_passages_removed();`);

    // Passages indexed before this migration.
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
    this.addSql('drop trigger if exists "passages_added_search_statistics" on "passages";');
    this.addSql('drop trigger if exists "passages_removed_search_statistics" on "passages";');
    this.addSql('drop function if exists askbase_passages_added();');
    this.addSql('drop function if exists askbase_passages_removed();');
    this.addSql('drop table if exists "workspace_search_stats";');
    this.addSql('drop table if exists "workspace_search_terms";');
    this.addSql('drop index if exists "passages_body_search";');
    this.addSql('drop index if exists "passages_context_search";');
    this.addSql('alter table "passages" drop column if exists "body_vector";');
    this.addSql('alter table "passages" drop column if exists "context_vector";');
    this.addSql(`alter table "passages" add column "search_vector" tsvector generated always as (
      setweight(to_tsvector("language", askbase_unaccent(coalesce("document_title", ''))), 'A') ||
      setweight(to_tsvector("language", askbase_unaccent(coalesce("heading", ''))), 'B') ||
      setweight(to_tsvector("language", askbase_unaccent("content")), 'C')
    ) stored;`);
    this.addSql(`create index "passages_search" on "passages" using gin ("workspace_id", "search_vector");`);
    this.addSql('drop function if exists askbase_search_text(text);');
  }
}
