import { Field, ObjectType } from 'type-graphql';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';

@ObjectType({ description: 'What askCopilot returns at once: the stored question and the answer that now streams.' })
export class AskPayload {
  @Field(() => Conversation, { description: 'The conversation (new or continued).' })
  conversation!: Conversation;

  @Field(() => Message, { description: 'The stored question.' })
  question!: Message;

  @Field(() => Message, { description: 'The answer, STREAMING: follow it with answerStream(messageId).' })
  answer!: Message;
}
