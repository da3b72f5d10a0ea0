import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An invoice as the last invoice event described it, for the billing page (which never calls Stripe). */
@Entity({ tableName: 'billing_invoices' })
@Index({ properties: ['workspaceId', 'createdAt'] })
export class BillingInvoice {
  /** Stripe's invoice id (in_…). */
  @PrimaryKey({ length: 255 })
  id!: string;

  @Property({ type: 'uuid' })
  workspaceId!: string;

  /** In the currency's smallest unit (cents). */
  @Property({ type: 'integer' })
  amountDue!: number;

  @Property({ type: 'integer' })
  amountPaid!: number;

  @Property({ length: 3 })
  currency!: string;

  /** Stripe's status: draft, open, paid, uncollectible, void. */
  @Property({ length: 32 })
  status!: string;

  @Property({ length: 2000, nullable: true })
  hostedInvoiceUrl: string | null = null;

  /** When Stripe created the invoice. */
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
