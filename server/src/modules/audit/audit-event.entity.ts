import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';
import { Workspace } from '../workspace/workspace.entity';
import { AuditAction } from './audit-action';

/**
 * One change: who did what to which record, when. Append-only. The target's label is copied at the time (an email,
 * a name) so the log still reads right after the target is renamed or gone. An entry belongs to a workspace (its
 * audit log), or to a user (their security log: sessions, API tokens, password), or both.
 */
@Entity({ tableName: 'audit_events' })
@Index({ properties: ['workspace', 'createdAt', 'id'] })
@Index({ properties: ['subjectUser', 'createdAt', 'id'] })
// An account's deletion sets its entries' actor to null, and its data export reads them: both look entries up by actor.
@Index({ properties: ['actor'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null for entries of a user's security log that concern no workspace. */
  @ManyToOne(() => Workspace, { ref: true, nullable: true, deleteRule: 'cascade' })
  workspace: Ref<Workspace> | null = null;

  /** The user the entry is about, for their security log; deleted with their account (it is their data). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'cascade' })
  subjectUser: Ref<User> | null = null;

  /** Null once the acting user's account is deleted. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<User> | null = null;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Property({ length: 32 })
  targetType!: string;

  @Property({ type: 'uuid', nullable: true })
  targetId: string | null = null;

  @Property({ length: 254 })
  targetLabel!: string;

  /** Before/after values and other facts about the change. */
  @Property({ type: 'json' })
  details: Record<string, unknown> & Opt = {};

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
