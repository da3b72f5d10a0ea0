import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Message } from '../copilot/message.entity';
import type { StoredCitation } from '../copilot/stored-citation';
import { Workspace } from '../workspace/workspace.entity';
import { ReportCategory, ReportStatus } from './report.enums';

export interface ReportSnapshot {
  question: string;
  answer: string;
  citations: StoredCitation[];
}

/** A user's report about an answer, with a snapshot of it, for the workspace's admins to resolve. */
@ObjectType({ description: 'A report about an answer, for the workspace admins; its reporter sees the outcome.' })
@Entity({ tableName: 'reports' })
@Index({ properties: ['workspace', 'status', 'createdAt', 'id'] })
@Index({ properties: ['message'] })
@Index({ properties: ['reporter'] })
export class Report {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  /** Null once the answer's conversation is deleted: the snapshot keeps what was reported. */
  @ManyToOne(() => Message, { ref: true, nullable: true, deleteRule: 'set null' })
  message: Ref<Message> | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  reporter: Ref<User> | null = null;

  @Field(() => ReportCategory, { description: 'What is wrong.' })
  @Enum({ items: () => ReportCategory, nativeEnumName: 'report_category' })
  category!: ReportCategory;

  @Field(() => String, { nullable: true, description: "The reporter's words." })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Property({ type: 'json' })
  snapshot!: ReportSnapshot;

  @Field(() => ReportStatus, { description: 'OPEN until an admin resolves or dismisses it.' })
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus & Opt = ReportStatus.OPEN;

  @Field(() => String, { nullable: true, description: "The admin's note on the outcome." })
  @Property({ type: 'text', nullable: true })
  resolutionNote: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  resolvedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved or dismissed.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => Date, { description: 'When it was reported.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
