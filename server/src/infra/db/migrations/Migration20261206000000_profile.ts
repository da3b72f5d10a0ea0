import { Migration } from '@mikro-orm/migrations';

/** Avatars (the re-encoded WebP, one per user) and pending email changes (links stored hashed). */
export class Migration20261206000000_profile extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "user_avatars" (
      "user_id" uuid not null,
      "content_hash" varchar(64) not null,
      "content" bytea not null,
      "created_at" timestamptz not null,
      constraint "user_avatars_pkey" primary key ("user_id"),
      constraint "user_avatars_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create table "email_changes" (
      "id" uuid not null,
      "token_hash" varchar(64) not null,
      "user_id" uuid not null,
      "new_email" varchar(254) not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "email_changes_pkey" primary key ("id"),
      constraint "email_changes_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql('alter table "email_changes" add constraint "email_changes_token_hash_unique" unique ("token_hash");');
    this.addSql('create index "email_changes_user_id_index" on "email_changes" ("user_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "email_changes";');
    this.addSql('drop table if exists "user_avatars";');
  }
}
