import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';

/**
 * A mailed "reset your password" link. Only the SHA-256 of its token is stored; it works once, for 30 minutes, and
 * every link of the user stops working when one is used.
 */
@Entity({ tableName: 'password_resets' })
@Index({ properties: ['user'] })
export class PasswordReset {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
