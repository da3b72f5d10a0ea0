import { randomUUID } from 'node:crypto';
import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A team space: its members share documents and ask the copilot.' })
@Entity({ tableName: 'workspaces' })
export class Workspace {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Display name.' })
  @Property({ length: 100 })
  name!: string;

  @Field({ description: 'URL-safe unique name used in links (/w/:slug).' })
  /** URL-safe and unique: routes are /w/:slug so links can be shared. */
  @Property({ length: 48, unique: true })
  slug!: string;

  @Field(() => Date, { description: 'When the workspace was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
