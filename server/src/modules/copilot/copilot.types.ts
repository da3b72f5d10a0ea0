import { connectionType } from '../../graphql/connection';
import { Conversation } from './conversation.entity';
import { Message } from './message.entity';

export const ConversationConnection = connectionType(
  'Conversation',
  Conversation,
  "A page of the viewer's conversations, most recently active first.",
);
export const MessageConnection = connectionType('Message', Message, 'A page of messages, oldest first.');
