import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from '../account/user.entity';
import { Role } from './role';
import { Workspace } from './workspace.entity';

@Entity({ tableName: 'memberships' })
@Unique({ properties: ['workspace', 'user'] })
@Index({ properties: ['user'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => Role, nativeEnumName: 'workspace_role' })
  role!: Role;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
