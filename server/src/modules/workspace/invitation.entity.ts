import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Role } from './role';
import './role.graphql';
import { Workspace } from './workspace.entity';

/**
 * An emailed offer to join a workspace. The link's token is stored only as its SHA-256; an invitation is pending
 * until accepted, revoked or expired, and at most one is pending per workspace and address (a partial unique index).
 */
@ObjectType({ description: 'A pending offer to join a workspace, sent by email.' })
@Entity({ tableName: 'invitations' })
@Index({ properties: ['workspace', 'createdAt'] })
export class Invitation {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @Field({ description: 'The invited address.' })
  /** Lower-cased; the account that accepts must have this address. */
  @Property({ length: 254 })
  email!: string;

  @Field(() => Role, { description: 'The role the invitee gets on accepting.' })
  @Enum({ items: () => Role, nativeEnumName: 'workspace_role' })
  role!: Role;

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  invitedBy!: Ref<User>;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the link stops working (7 days after sending).' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  isPending(now = new Date()): boolean {
    return this.acceptedAt === null && this.revokedAt === null && this.expiresAt > now;
  }
}
