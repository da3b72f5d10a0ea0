import { Migration } from '@mikro-orm/migrations';

/** Password reset links: the SHA-256 of each token, single use (used_at), 30 minutes (expires_at). */
export class Migration20261205000000_password_resets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "password_resets" (
      "id" uuid not null,
      "token_hash" varchar(64) not null,
      "user_id" uuid not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "password_resets_pkey" primary key ("id"),
      constraint "password_resets_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql('alter table "password_resets" add constraint "password_resets_token_hash_unique" unique ("token_hash");');
    this.addSql('create index "password_resets_user_id_index" on "password_resets" ("user_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "password_resets";');
  }
}
