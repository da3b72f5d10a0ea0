import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions, workspaces and memberships: the walking skeleton. */
export class Migration20261127000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "workspace_role" as enum ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER');`);
    this.addSql(`create table "users" (
      "id" uuid not null,
      "email" varchar(254) not null,
      "name" varchar(100) not null,
      "password_hash" text not null,
      "avatar_url" text null,
      "email_verified_at" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "users_pkey" primary key ("id"),
      constraint "users_email_unique" unique ("email"),
      constraint "users_email_lowercase" check ("email" = lower("email"))
    );`);
    this.addSql(`create table "sessions" (
      "id" uuid not null,
      "token_hash" varchar(64) not null,
      "user_id" uuid not null,
      "remember_me" boolean not null,
      "user_agent" text null,
      "ip" varchar(64) null,
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      constraint "sessions_pkey" primary key ("id"),
      constraint "sessions_token_hash_unique" unique ("token_hash"),
      constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`create table "workspaces" (
      "id" uuid not null,
      "name" varchar(100) not null,
      "slug" varchar(48) not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "workspaces_pkey" primary key ("id"),
      constraint "workspaces_slug_unique" unique ("slug")
    );`);
    this.addSql(`create table "memberships" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "user_id" uuid not null,
      "role" "workspace_role" not null,
      "created_at" timestamptz not null,
      constraint "memberships_pkey" primary key ("id"),
      constraint "memberships_workspace_id_user_id_unique" unique ("workspace_id", "user_id"),
      constraint "memberships_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "memberships" cascade;');
    this.addSql('drop table if exists "workspaces" cascade;');
    this.addSql('drop table if exists "sessions" cascade;');
    this.addSql('drop table if exists "users" cascade;');
    this.addSql('drop type if exists "workspace_role";');
  }
}
