import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Role } from './role';
import './role.graphql';
import { Workspace } from './workspace.entity';

@ObjectType({ description: 'A user’s place in a workspace, with their role.' })
@Entity({ tableName: 'memberships' })
@Unique({ properties: ['workspace', 'user'] })
@Index({ properties: ['user'] })
export class Membership {
  [OptionalProps]?: 'joinedAt';

  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => Role, { description: 'What the member may do here.' })
  @Enum({ items: () => Role, nativeEnumName: 'workspace_role' })
  role!: Role;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the user joined the workspace.' })
  get joinedAt(): Date {
    return this.createdAt;
  }
}
