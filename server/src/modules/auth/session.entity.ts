import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';

/**
 * A signed-in browser or client. The token itself is never stored: only its SHA-256, so a leaked table cannot be
 * replayed as cookies.
 */
@ObjectType({ description: 'A signed-in browser or device of the viewer’s (Settings → Sessions).' })
@Entity({ tableName: 'sessions' })
@Index({ properties: ['user'] })
export class Session {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** Long sessions live 30 days from sign-in; short ones expire after 12 idle hours. */
  @Property()
  rememberMe!: boolean;

  @Field(() => String, { nullable: true, description: 'The User-Agent header it signed in with.' })
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;

  @Field(() => String, { nullable: true, description: 'The IP address it signed in from.' })
  @Property({ length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => Date, { description: 'When it signed in.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'Its latest request (updated at most once a minute).' })
  @Property({ type: 'datetime' })
  lastSeenAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When it ends unless used (short sessions slide; remembered ones do not).' })
  @Property()
  expiresAt!: Date;
}
