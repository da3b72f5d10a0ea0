import { Field, Int, ObjectType } from 'type-graphql';
import { Citation } from './citation.types';
import { MessageStatus } from './copilot.enums';

/** One event of an answer's stream, as `answerStream` delivers it. */
@ObjectType({ description: 'One ordered event of an answer: text to append, the citations, or the final status.' })
export class AnswerEvent {
  @Field(() => Int, { description: 'Position in the stream, from 1; resume with afterSeq set to the last one seen.' })
  seq!: number;

  @Field(() => String, { nullable: true, description: 'Text to append to the answer.' })
  delta!: string | null;

  @Field(() => [Citation], { nullable: true, description: 'The numbered sources, sent once they are known.' })
  citations!: Citation[] | null;

  @Field(() => MessageStatus, { description: 'STREAMING until the final event: DONE, STOPPED or FAILED.' })
  status!: MessageStatus;

  @Field(() => String, { nullable: true, description: 'Why it FAILED, with FAILED.' })
  error!: string | null;
}

export const answerTopic = (messageId: string) => `answer:${messageId}`;
/** Stop requests travel here, so the instance that generates an answer hears a stop sent to any instance. */
export const answerControlTopic = (messageId: string) => `answer-control:${messageId}`;
