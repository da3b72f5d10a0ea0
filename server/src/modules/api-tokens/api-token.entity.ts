import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Workspace } from '../workspace/workspace.entity';

/**
 * A credential for third-party GraphQL clients. Only the SHA-256 of its secret is stored; the secret itself is shown
 * once, when the token is created. Revoking deletes the row.
 */
@ObjectType({ description: 'A token for third-party GraphQL clients (Authorization: Bearer askb_…). The secret is never shown again.' })
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['user'] })
export class ApiToken {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'What the token is for, as its owner named it.' })
  @Property({ length: 100 })
  name!: string;

  @Property({ length: 64, unique: true, hidden: true })
  secretHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** Set: the token sees this workspace only; others do not exist for it. */
  @ManyToOne(() => Workspace, { ref: true, nullable: true, deleteRule: 'cascade' })
  workspace: Ref<Workspace> | null = null;

  @Field(() => Boolean, { description: 'A read-only token runs queries and subscriptions, never mutations.' })
  @Property({ type: 'boolean' })
  readOnly: boolean & Opt = false;

  @Field(() => Date, { nullable: true, description: 'When the token last authenticated a request (updated at most once a minute).' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { description: 'When the token was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the token stops working; null: until revoked.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;
}
