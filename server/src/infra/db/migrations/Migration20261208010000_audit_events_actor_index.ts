import { Migration } from '@mikro-orm/migrations';

/**
 * Entries by actor: deleting an account sets `actor_id` to null on its entries (the foreign key's action), and the
 * data export reads them; without an index each of these scanned the whole audit log.
 */
export class Migration20261208010000_audit_events_actor_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "audit_events_actor_id_index" on "audit_events" ("actor_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "audit_events_actor_id_index";');
  }
}
