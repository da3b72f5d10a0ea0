import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Each Stripe webhook event, recorded once by its id when it arrives: a repeat delivery finds the row and is
 * acknowledged without effect. The payload is kept so the processing job reads it from here, not from the request.
 */
@Entity({ tableName: 'stripe_events' })
export class StripeEventRecord {
  /** Stripe's event id (evt_…). */
  @PrimaryKey({ length: 255 })
  id!: string;

  @Property({ length: 100 })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime' })
  receivedAt: Date & Opt = new Date();

  /** Set once a handler (or the no-op for an unknown type) has run. */
  @Property({ type: 'datetime', nullable: true })
  processedAt: Date | null = null;

  /** What processing did: "applied", "ignored: …", for support. */
  @Property({ length: 500, nullable: true })
  outcome: string | null = null;
}
