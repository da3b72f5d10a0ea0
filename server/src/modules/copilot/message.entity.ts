import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Workspace } from '../workspace/workspace.entity';
import { Conversation } from './conversation.entity';
import { MessageRole, MessageStatus, Rating } from './copilot.enums';
import type { StoredCitation } from './stored-citation';

/** A question (USER) or an answer (ASSISTANT). An answer's text grows while STREAMING and is final afterwards. */
@ObjectType({ description: 'A question or an answer in a conversation.' })
@Entity({ tableName: 'messages' })
@Index({ properties: ['conversation', 'createdAt', 'id'] })
export class Message {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { ref: true, deleteRule: 'cascade' })
  conversation!: Ref<Conversation>;

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @Field(() => MessageRole, { description: 'USER for a question, ASSISTANT for an answer.' })
  @Enum({ items: () => MessageRole, nativeEnumName: 'message_role' })
  role!: MessageRole;

  @Field(() => String, { description: 'The text; Markdown with [n] citation markers for answers.' })
  @Property({ type: 'text' })
  content: string & Opt = '';

  @Field(() => MessageStatus, { description: 'Answers: STREAMING until DONE, STOPPED or FAILED. Questions: DONE.' })
  @Enum({ items: () => MessageStatus, nativeEnumName: 'message_status' })
  status!: MessageStatus;

  @Field(() => String, { nullable: true, description: 'Why the answer FAILED, when it did.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** Answers: the question they answer. */
  @ManyToOne(() => Message, { ref: true, nullable: true, deleteRule: 'cascade' })
  question: Ref<Message> | null = null;

  @Property({ type: 'json', defaultRaw: "'[]'" })
  citations: StoredCitation[] & Opt = [];

  @Field(() => Boolean, { description: 'Questions: kept in the saved queries list.' })
  @Property({ type: 'boolean' })
  saved: boolean & Opt = false;

  @Enum({ items: () => Rating, nativeEnumName: 'answer_rating', nullable: true })
  rating: Rating | null = null;

  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Field(() => Date, { description: 'When it was written.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  /** Touched while streaming: an answer STREAMING with an old heartbeat belongs to an instance that died. */
  @Property({ type: 'datetime' })
  heartbeatAt: Date & Opt = new Date();
}
