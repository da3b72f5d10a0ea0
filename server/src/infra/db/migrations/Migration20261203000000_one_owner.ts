import { Migration } from '@mikro-orm/migrations';

/**
 * A workspace has exactly one OWNER: the service transfers ownership under a lock on the workspace row, and this
 * index makes a second owner impossible whatever code path tries (issue 8: two parallel transfers made two).
 */
export class Migration20261203000000_one_owner extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unique index "memberships_one_owner_per_workspace" on "memberships" ("workspace_id") where "role" = 'OWNER';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "memberships_one_owner_per_workspace";');
  }
}
