import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';

/**
 * A mailed link that proves the owner of an address: 24 hours, single use, stored only as the SHA-256 of its token.
 *
 * Two kinds. With `user`: verifies that account's address (sent at sign-up and by `resendVerificationEmail`).
 * Without `user`: a pending sign-up for an address that an UNVERIFIED account holds; it carries the new account's
 * name and password hash, and following it takes the address over (the unverified holder's address is released).
 */
@Entity({ tableName: 'email_verifications' })
@Index({ properties: ['email'] })
export class EmailVerification {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  /** The address the link was sent to, lower-case. */
  @Property({ length: 254 })
  email!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  user: Ref<User> | null = null;

  @Property({ length: 100, nullable: true })
  pendingName: string | null = null;

  @Property({ type: 'text', nullable: true, hidden: true })
  pendingPasswordHash: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when followed, or when a newer link or another proof of the address made it obsolete. */
  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
