import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';

/**
 * A pending change of a user's address: the link mailed to the new address confirms it. 24 hours, single use,
 * only the SHA-256 of its token stored (as email verification links); a newer request retires older links.
 */
@Entity({ tableName: 'email_changes' })
@Index({ properties: ['user'] })
export class EmailChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** Lower-case, like `User.email`. */
  @Property({ length: 254 })
  newEmail!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** Set when confirmed, or when a newer request or the change itself made it obsolete. */
  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
