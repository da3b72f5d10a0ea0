import { Migration } from '@mikro-orm/migrations';

/**
 * Reports by message and by reporter: a conversation's messages read the viewer's reports on them in one query
 * (`message_id in (…)`), deleting a conversation or an account sets these keys to null (the foreign keys' actions),
 * and the data export reads a user's reports; without indexes each of these scanned every workspace's reports.
 */
export class Migration20261209000000_reports_message_reporter_index extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index "reports_message_id_index" on "reports" ("message_id");');
    this.addSql('create index "reports_reporter_id_index" on "reports" ("reporter_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "reports_message_id_index";');
    this.addSql('drop index if exists "reports_reporter_id_index";');
  }
}
