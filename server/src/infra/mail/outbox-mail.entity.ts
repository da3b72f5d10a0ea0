import { randomUUID } from 'node:crypto';
import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/** A captured message: with no SMTP_URL, mail is stored here and shown at /dev/mail instead of being delivered. */
@Entity({ tableName: 'mail_outbox' })
export class OutboxMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  toAddress!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  html!: string;

  @Property({ type: 'text' })
  text!: string;

  /** Indexed descending (see the migration): the outbox page lists the newest first. */
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
