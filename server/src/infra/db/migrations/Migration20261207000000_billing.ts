import { Migration } from '@mikro-orm/migrations';

/**
 * Billing: a mirror of each workspace's Stripe subscription (and an operator's comp grant), the invoices invoice
 * events described, and every Stripe webhook event id recorded once.
 */
export class Migration20261207000000_billing extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "subscription_status" as enum ('NONE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE', 'UNPAID');`,
    );
    this.addSql(`create type "plan_id" as enum ('FREE', 'PRO');`);
    this.addSql(`create type "billing_interval" as enum ('MONTH', 'YEAR');`);
    this.addSql(`create table "workspace_billing" (
      "workspace_id" uuid not null,
      "stripe_customer_id" varchar(255) null,
      "stripe_subscription_id" varchar(255) null,
      "status" "subscription_status" not null default 'NONE',
      "plan" "plan_id" not null default 'FREE',
      "interval" "billing_interval" null,
      "current_period_start" timestamptz null,
      "current_period_end" timestamptz null,
      "cancel_at_period_end" boolean not null default false,
      "past_due_since" timestamptz null,
      "state_observed_at" timestamptz null,
      "comp_plan" "plan_id" null,
      "comp_until" timestamptz null,
      "comp_note" varchar(500) null,
      "updated_at" timestamptz not null default now(),
      constraint "workspace_billing_pkey" primary key ("workspace_id"),
      constraint "workspace_billing_stripe_customer_id_unique" unique ("stripe_customer_id"),
      constraint "workspace_billing_stripe_subscription_id_unique" unique ("stripe_subscription_id"),
      constraint "workspace_billing_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade
    );`);
    this.addSql(
      'create index "workspace_billing_status_current_period_end_index" on "workspace_billing" ("status", "current_period_end");',
    );
    // Workspaces created before billing get their (FREE, customer-less) mirror; the reconcile job creates customers.
    this.addSql(`insert into "workspace_billing" ("workspace_id") select "id" from "workspaces";`);

    this.addSql(`create table "billing_invoices" (
      "id" varchar(255) not null,
      "workspace_id" uuid not null,
      "amount_due" integer not null,
      "amount_paid" integer not null,
      "currency" varchar(3) not null,
      "status" varchar(32) not null,
      "hosted_invoice_url" varchar(2000) null,
      "created_at" timestamptz not null,
      constraint "billing_invoices_pkey" primary key ("id"),
      constraint "billing_invoices_workspace_id_foreign" foreign key ("workspace_id") references "workspaces" ("id") on update cascade on delete cascade
    );`);
    this.addSql('create index "billing_invoices_workspace_id_created_at_index" on "billing_invoices" ("workspace_id", "created_at");');

    this.addSql(`create table "stripe_events" (
      "id" varchar(255) not null,
      "type" varchar(100) not null,
      "payload" jsonb not null,
      "received_at" timestamptz not null,
      "processed_at" timestamptz null,
      "outcome" varchar(500) null,
      constraint "stripe_events_pkey" primary key ("id")
    );`);

    for (const action of [
      'billing.customer_created',
      'billing.checkout_started',
      'billing.subscription_changed',
      'billing.invoice_paid',
      'billing.payment_failed',
      'billing.plan_comped',
      'billing.subscription_canceled',
    ]) {
      this.addSql(`alter type "audit_action" add value if not exists '${action}';`);
    }
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "stripe_events";');
    this.addSql('drop table if exists "billing_invoices";');
    this.addSql('drop table if exists "workspace_billing";');
    this.addSql('drop type if exists "billing_interval";');
    this.addSql('drop type if exists "plan_id";');
    this.addSql('drop type if exists "subscription_status";');
  }
}
