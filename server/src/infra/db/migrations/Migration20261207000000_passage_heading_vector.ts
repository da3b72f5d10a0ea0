import { Migration } from '@mikro-orm/migrations';

/**
 * The passage's own section heading (the last of its path) as a stored vector, read the way `body_vector` reads it.
 * Retrieval lifts a passage whose own heading names the question's subject; computing this vector per candidate at
 * query time doubled the search time. Generated, so passages stored before this migration get it when it runs.
 */
export class Migration20261207000000_passage_heading_vector extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "passages" add column "heading_vector" tsvector generated always as (
      to_tsvector("language", askbase_search_text(askbase_unaccent(coalesce(regexp_replace("heading", '^.* > ', ''), ''))))
    ) stored;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "passages" drop column if exists "heading_vector";');
  }
}
