import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MessageStatus } from './copilot.enums';
import { Message } from './message.entity';
import type { StoredCitation } from './stored-citation';

/**
 * One numbered event of an answer's stream, stored before it is published: a client that reconnects replays
 * everything after the last seq it saw, so nothing is lost or repeated.
 */
@Entity({ tableName: 'answer_events' })
export class AnswerEventRecord {
  @ManyToOne(() => Message, { ref: true, primary: true, deleteRule: 'cascade' })
  message!: Ref<Message>;

  @PrimaryKey()
  seq!: number;

  @Property({ type: 'text', nullable: true })
  delta: string | null = null;

  @Property({ type: 'json', nullable: true })
  citations: StoredCitation[] | null = null;

  @Enum({ items: () => MessageStatus, nativeEnumName: 'message_status' })
  status!: MessageStatus;

  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
