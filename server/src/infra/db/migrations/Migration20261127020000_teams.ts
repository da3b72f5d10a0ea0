import { Migration } from '@mikro-orm/migrations';

/** Invitations and the audit log. */
export class Migration20261127020000_teams extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "invitations" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "email" varchar(254) not null,
      "role" "workspace_role" not null,
      "token_hash" varchar(64) not null,
      "invited_by_id" uuid not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "accepted_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "invitations_pkey" primary key ("id"),
      constraint "invitations_token_hash_unique" unique ("token_hash"),
      constraint "invitations_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "invitations_invited_by_id_foreign" foreign key ("invited_by_id") references "users" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "invitations_workspace_id_created_at_index" on "invitations" ("workspace_id", "created_at");`);
    // One open invitation per address and workspace; accepted and revoked ones are history.
    this.addSql(
      `create unique index "invitations_one_open_per_email" on "invitations" ("workspace_id", "email") where "accepted_at" is null and "revoked_at" is null;`,
    );

    this.addSql(
      `create type "audit_action" as enum ('workspace.created', 'workspace.updated', 'member.invited', 'invitation.resent', 'invitation.revoked', 'member.joined', 'member.role_changed', 'member.removed', 'member.left', 'ownership.transferred');`,
    );
    this.addSql(`create table "audit_events" (
      "id" uuid not null,
      "workspace_id" uuid not null,
      "actor_id" uuid null,
      "action" "audit_action" not null,
      "target_type" varchar(32) not null,
      "target_id" uuid null,
      "target_label" varchar(254) not null,
      "details" jsonb not null,
      "created_at" timestamptz not null,
      constraint "audit_events_pkey" primary key ("id"),
      constraint "audit_events_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade,
      constraint "audit_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null
    );`);
    this.addSql(`create index "audit_events_workspace_id_created_at_id_index" on "audit_events" ("workspace_id", "created_at", "id");`);
    // Memberships are listed by join date.
    this.addSql(`create index "memberships_workspace_id_created_at_index" on "memberships" ("workspace_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "audit_events" cascade;');
    this.addSql('drop type if exists "audit_action";');
    this.addSql('drop table if exists "invitations" cascade;');
    this.addSql('drop index if exists "memberships_workspace_id_created_at_index";');
  }
}
