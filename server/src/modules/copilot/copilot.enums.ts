import { registerEnumType } from 'type-graphql';

export enum MessageRole {
  USER = 'USER',
  ASSISTANT = 'ASSISTANT',
}

export enum MessageStatus {
  PENDING = 'PENDING',
  STREAMING = 'STREAMING',
  DONE = 'DONE',
  STOPPED = 'STOPPED',
  FAILED = 'FAILED',
}

export const FINAL_STATUSES: ReadonlySet<MessageStatus> = new Set([MessageStatus.DONE, MessageStatus.STOPPED, MessageStatus.FAILED]);

export enum Rating {
  UP = 'UP',
  DOWN = 'DOWN',
}

registerEnumType(MessageRole, {
  name: 'MessageRole',
  description: 'Who wrote a message: the user (a question) or the copilot (an answer).',
});
registerEnumType(MessageStatus, {
  name: 'MessageStatus',
  description: 'PENDING and STREAMING while an answer is produced; DONE, STOPPED or FAILED once it is final.',
});
registerEnumType(Rating, { name: 'Rating', description: 'Thumbs up or down on an answer.' });
