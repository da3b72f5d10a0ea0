import { Migration } from '@mikro-orm/migrations';

/**
 * The audit log also holds each user's security log: entries about one user's sign-in methods (sessions, API
 * tokens, password, email verification), with no workspace. An entry belongs to a workspace, a user, or both.
 */
export class Migration20261206050000_security_log extends Migration {
  override async up(): Promise<void> {
    for (const value of [
      'session.revoked',
      'session.others_revoked',
      'api_token.created',
      'api_token.revoked',
      'password.changed',
      'password.reset',
      'email.verified',
    ]) {
      this.addSql(`alter type "audit_action" add value if not exists '${value}';`);
    }
    this.addSql('alter table "audit_events" alter column "workspace_id" drop not null;');
    this.addSql('alter table "audit_events" add column "subject_user_id" uuid null;');
    this.addSql(
      'alter table "audit_events" add constraint "audit_events_subject_user_id_foreign" foreign key ("subject_user_id") references "users" ("id") on update cascade on delete cascade;',
    );
    this.addSql(
      'alter table "audit_events" add constraint "audit_events_workspace_or_subject_check" check ("workspace_id" is not null or "subject_user_id" is not null);',
    );
    this.addSql(
      'create index "audit_events_subject_user_id_created_at_id_index" on "audit_events" ("subject_user_id", "created_at", "id");',
    );
  }

  override async down(): Promise<void> {
    this.addSql('delete from "audit_events" where "workspace_id" is null;');
    this.addSql('drop index if exists "audit_events_subject_user_id_created_at_id_index";');
    this.addSql('alter table "audit_events" drop constraint if exists "audit_events_workspace_or_subject_check";');
    this.addSql('alter table "audit_events" drop column if exists "subject_user_id";');
    this.addSql('alter table "audit_events" alter column "workspace_id" set not null;');
    // PostgreSQL cannot drop enum values; the unused ones stay.
  }
}
