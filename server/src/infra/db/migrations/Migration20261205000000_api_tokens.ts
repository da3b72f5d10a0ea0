import { Migration } from '@mikro-orm/migrations';

/** API tokens for third-party GraphQL clients: only the SHA-256 of each secret is stored. */
export class Migration20261205000000_api_tokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_tokens" (
      "id" uuid not null,
      "name" varchar(100) not null,
      "secret_hash" varchar(64) not null,
      "user_id" uuid not null,
      "workspace_id" uuid null,
      "read_only" boolean not null default false,
      "last_used_at" timestamptz null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz null,
      constraint "api_tokens_pkey" primary key ("id"),
      constraint "api_tokens_secret_hash_unique" unique ("secret_hash"),
      constraint "api_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade,
      constraint "api_tokens_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade
    );`);
    this.addSql('create index "api_tokens_user_id_index" on "api_tokens" ("user_id");');
    this.addSql('create index "api_tokens_workspace_id_index" on "api_tokens" ("workspace_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "api_tokens";');
  }
}
