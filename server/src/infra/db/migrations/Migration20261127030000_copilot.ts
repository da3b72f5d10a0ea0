import { Migration } from '@mikro-orm/migrations';

/** Documents and their searchable passages; conversations, messages, answer events, reports. */
export class Migration20261127030000_copilot extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    // GIN indexes that start with a uuid column need btree_gin's operator classes.
    this.addSql('create extension if not exists btree_gin;');
    // unaccent() is only STABLE (its dictionary could change); generated columns need IMMUTABLE. Pinning the
    // dictionary makes this wrapper safe to declare IMMUTABLE, the usual PostgreSQL idiom.
    this.addSql(`create or replace function askbase_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);

    this.addSql(`create type "document_status" as enum ('PROCESSING', 'READY', 'FAILED');`);
    this.addSql(`create table "documents" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "title" varchar(300) not null,
      "mime_type" varchar(100) not null,
      "size_bytes" int not null,
      "chunk_count" int not null default 0,
      "content" text not null,
      "status" "document_status" not null default 'PROCESSING',
      "progress" int not null default 0,
      "error" text null,
      "language" varchar(32) not null default 'english',
      "added_by_id" uuid null,
      "created_at" timestamptz not null,
      constraint "documents_pkey" primary key ("id"),
      constraint "documents_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "documents_added_by_id_foreign" foreign key ("added_by_id") references "users" ("id") on update cascade on delete set null
    );`);
    this.addSql(`create index "documents_workspace_id_created_at_id_index" on "documents" ("workspace_id", "created_at", "id");`);
    this.addSql(
      `create index "documents_title_search" on "documents" using gin ("workspace_id", to_tsvector('simple', askbase_unaccent("title")));`,
    );

    this.addSql(`create table "passages" (
      "id" uuid not null,
      "document_id" uuid not null,
      "workspace_id" uuid not null,
      "position" int not null,
      "heading" text null,
      "content" text not null,
      "document_title" varchar(300) not null,
      -- regconfig, not text: a cast from text would make the generated column's expression non-immutable.
      "language" regconfig not null,
      "search_vector" tsvector generated always as (
        setweight(to_tsvector("language", askbase_unaccent(coalesce("document_title", ''))), 'A') ||
        setweight(to_tsvector("language", askbase_unaccent(coalesce("heading", ''))), 'B') ||
        setweight(to_tsvector("language", askbase_unaccent("content")), 'C')
      ) stored,
      constraint "passages_pkey" primary key ("id"),
      constraint "passages_document_id_foreign" foreign key ("document_id") references "documents" ("id") on update cascade on delete cascade,
      constraint "passages_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "passages_search" on "passages" using gin ("workspace_id", "search_vector");`);
    this.addSql(`create index "passages_document_id_position_index" on "passages" ("document_id", "position");`);

    this.addSql(`create table "conversations" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "user_id" uuid not null,
      "title" varchar(200) not null,
      "favorite" boolean not null default false,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "conversations_pkey" primary key ("id"),
      constraint "conversations_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "conversations_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql(
      `create index "conversations_workspace_id_user_id_updated_at_id_index" on "conversations" ("workspace_id", "user_id", "updated_at", "id");`,
    );

    this.addSql(`create type "message_role" as enum ('USER', 'ASSISTANT');`);
    this.addSql(`create type "message_status" as enum ('PENDING', 'STREAMING', 'DONE', 'STOPPED', 'FAILED');`);
    this.addSql(`create type "answer_rating" as enum ('UP', 'DOWN');`);
    this.addSql(`create table "messages" (
      "id" uuid not null,
      "conversation_id" uuid not null,
      "workspace_id" uuid not null,
      "role" "message_role" not null,
      "content" text not null default '',
      "status" "message_status" not null,
      "error" text null,
      "question_id" uuid null,
      "citations" jsonb not null default '[]',
      "saved" boolean not null default false,
      "rating" "answer_rating" null,
      "rating_comment" text null,
      "created_at" timestamptz not null,
      "heartbeat_at" timestamptz not null,
      constraint "messages_pkey" primary key ("id"),
      constraint "messages_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade,
      constraint "messages_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "messages_question_id_foreign" foreign key ("question_id") references "messages" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "messages_conversation_id_created_at_id_index" on "messages" ("conversation_id", "created_at", "id");`);
    this.addSql(`create index "messages_saved" on "messages" ("workspace_id") where "saved";`);
    this.addSql(`create index "messages_content_search" on "messages" using gin (to_tsvector('simple', askbase_unaccent("content")));`);

    this.addSql(`create table "answer_events" (
      "message_id" uuid not null,
      "seq" int not null,
      "delta" text null,
      "citations" jsonb null,
      "status" "message_status" not null,
      "error" text null,
      constraint "answer_events_pkey" primary key ("message_id", "seq"),
      constraint "answer_events_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete cascade
    );`);

    this.addSql(`create type "report_category" as enum ('INCORRECT_DATA', 'OUTDATED_SOURCE', 'MISSING_ANSWER', 'HARMFUL', 'OTHER');`);
    this.addSql(`create type "report_status" as enum ('OPEN', 'RESOLVED', 'DISMISSED');`);
    this.addSql(`create table "reports" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "message_id" uuid null,
      "reporter_id" uuid null,
      "category" "report_category" not null,
      "comment" text null,
      "snapshot" jsonb not null,
      "status" "report_status" not null default 'OPEN',
      "resolution_note" text null,
      "resolved_by_id" uuid null,
      "resolved_at" timestamptz null,
      "created_at" timestamptz not null,
      constraint "reports_pkey" primary key ("id"),
      constraint "reports_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "reports_message_id_foreign" foreign key ("message_id") references "messages" ("id") on update cascade on delete set null,
      constraint "reports_reporter_id_foreign" foreign key ("reporter_id") references "users" ("id") on update cascade on delete set null,
      constraint "reports_resolved_by_id_foreign" foreign key ("resolved_by_id") references "users" ("id") on update cascade on delete set null
    );`);
    this.addSql(
      `create index "reports_workspace_id_status_created_at_id_index" on "reports" ("workspace_id", "status", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['reports', 'answer_events', 'messages', 'conversations', 'passages', 'documents']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    for (const type of ['report_status', 'report_category', 'answer_rating', 'message_status', 'message_role', 'document_status']) {
      this.addSql(`drop type if exists "${type}";`);
    }
    this.addSql('drop function if exists askbase_unaccent(text);');
  }
}
