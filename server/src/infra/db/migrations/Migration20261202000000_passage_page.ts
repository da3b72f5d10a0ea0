import { Migration } from '@mikro-orm/migrations';

/** The PDF page each passage starts on, so a citation can name it; null for documents without pages. */
export class Migration20261202000000_passage_page extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "passages" add column "page" int null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "passages" drop column if exists "page";');
  }
}
