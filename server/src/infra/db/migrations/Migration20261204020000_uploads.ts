import { Migration } from '@mikro-orm/migrations';

/**
 * Files received by `POST /uploads`, kept until `addDocument(input: { uploadId })` turns one into a document (in the
 * same transaction that deletes it) or until they expire. In PostgreSQL rather than on a disk: any instance behind
 * the load balancer may receive the upload and another one the `addDocument` that names it.
 */
export class Migration20261204020000_uploads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "uploads" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "uploaded_by_id" uuid not null,
      "filename" varchar(255) not null,
      "mime_type" varchar(100) null,
      "size_bytes" int not null,
      "content" bytea not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      constraint "uploads_pkey" primary key ("id"),
      constraint "uploads_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "uploads_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete cascade
    );`);
    // The purge deletes by expiry.
    this.addSql('create index "uploads_expires_at_index" on "uploads" ("expires_at");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "uploads";');
  }
}
