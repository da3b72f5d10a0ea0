import { randomUUID } from 'node:crypto';
import { Entity, type Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person with an Askbase account.' })
@Entity({ tableName: 'users' })
export class User {
  // Derived, never set by callers of em.create().
  [OptionalProps]?: 'emailVerified';

  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: 'Login and contact address, lower-case.' })
  /** Stored lower-cased and trimmed: addresses are compared case-insensitively. */
  @Property({ length: 254, unique: true })
  email!: string;

  @Field({ description: 'Display name.' })
  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => String, { nullable: true, description: 'Picture shown beside the name, if any.' })
  @Property({ type: 'text', nullable: true })
  avatarUrl: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt: Date | null = null;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Field(() => Boolean, { description: 'Whether the user has proved they own the email address.' })
  get emailVerified(): boolean {
    return this.emailVerifiedAt !== null;
  }
}
