import { Migration } from '@mikro-orm/migrations';

/**
 * Data exports (issue 10, item 8): one row per requested archive, and the archive itself in 1 MiB bytea chunks
 * written while the zip streams out of the builder, so it is never whole in memory and any instance can serve it.
 */
export class Migration20261206000000_data_exports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "data_export_status" as enum ('PENDING', 'RUNNING', 'READY', 'FAILED', 'EXPIRED');`);
    this.addSql(`create table "data_exports" (
      "id" uuid not null,
      "user_id" uuid not null,
      "status" "data_export_status" not null default 'PENDING',
      "progress" double precision not null default 0,
      "size_bytes" int null,
      "created_at" timestamptz not null,
      "completed_at" timestamptz null,
      "expires_at" timestamptz null,
      constraint "data_exports_pkey" primary key ("id"),
      constraint "data_exports_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql('create index "data_exports_user_id_created_at_index" on "data_exports" ("user_id", "created_at");');
    this.addSql(`create table "data_export_chunks" (
      "export_id" uuid not null references "data_exports" ("id") on delete cascade,
      "seq" int not null,
      "content" bytea not null,
      constraint "data_export_chunks_pkey" primary key ("export_id", "seq")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "data_export_chunks";');
    this.addSql('drop table if exists "data_exports";');
    this.addSql('drop type if exists "data_export_status";');
  }
}
