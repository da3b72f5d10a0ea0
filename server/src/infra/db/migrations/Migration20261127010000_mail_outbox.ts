import { Migration } from '@mikro-orm/migrations';

/** Captured mail: where messages go when no SMTP_URL is set, listed newest first at /dev/mail. */
export class Migration20261127010000_mail_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "mail_outbox" (
      "id" uuid not null,
      "to_address" text not null,
      "subject" text not null,
      "html" text not null,
      "text" text not null,
      "created_at" timestamptz not null,
      constraint "mail_outbox_pkey" primary key ("id")
    );`);
    this.addSql(`create index "mail_outbox_created_at_index" on "mail_outbox" ("created_at" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "mail_outbox" cascade;');
  }
}
