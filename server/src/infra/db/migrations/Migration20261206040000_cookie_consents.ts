import { Migration } from '@mikro-orm/migrations';

/** Cookie choices of signed-in users, append-only: which optional categories, which policy version, when. */
export class Migration20261206040000_cookie_consents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "cookie_consents" (
      "id" uuid not null,
      "user_id" uuid not null,
      "policy_version" varchar(32) not null,
      "categories" jsonb not null,
      "decided_at" timestamptz not null,
      constraint "cookie_consents_pkey" primary key ("id"),
      constraint "cookie_consents_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql('create index "cookie_consents_user_id_decided_at_index" on "cookie_consents" ("user_id", "decided_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "cookie_consents";');
  }
}
