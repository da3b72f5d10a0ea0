import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';

/**
 * A signed-in browser or client. The token itself is never stored: only its SHA-256, so a leaked table cannot be
 * replayed as cookies.
 */
@Entity({ tableName: 'sessions' })
@Index({ properties: ['user'] })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** Long sessions live 30 days from sign-in; short ones expire after 12 idle hours. */
  @Property()
  rememberMe!: boolean;

  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Property({ length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  lastSeenAt: Date & Opt = new Date();

  @Property()
  expiresAt!: Date;
}
