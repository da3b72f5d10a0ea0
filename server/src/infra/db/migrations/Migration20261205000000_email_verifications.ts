import { Migration } from '@mikro-orm/migrations';

/** Email verification links (and pending sign-ups for addresses held by unverified accounts), stored hashed. */
export class Migration20261205000000_email_verifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "email_verifications" (
      "id" uuid not null,
      "token_hash" varchar(64) not null,
      "email" varchar(254) not null,
      "user_id" uuid null,
      "pending_name" varchar(100) null,
      "pending_password_hash" text null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "email_verifications_pkey" primary key ("id"),
      constraint "email_verifications_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql('alter table "email_verifications" add constraint "email_verifications_token_hash_unique" unique ("token_hash");');
    this.addSql('create index "email_verifications_email_index" on "email_verifications" ("email");');
    this.addSql('create index "email_verifications_user_id_index" on "email_verifications" ("user_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "email_verifications";');
  }
}
