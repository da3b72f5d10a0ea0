import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Workspace } from '../workspace/workspace.entity';

/** A chat thread: private to its author, inside one workspace. */
@ObjectType({ description: 'A chat with the copilot; private to its author.' })
@Entity({ tableName: 'conversations' })
@Index({ properties: ['workspace', 'user', 'updatedAt', 'id'] })
export class Conversation {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field({ description: 'Title: the first question, until renamed.' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => Boolean, { description: 'Pinned by its author.' })
  @Property({ type: 'boolean' })
  favorite: boolean & Opt = false;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the last message was added or the conversation was renamed.' })
  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();
}
