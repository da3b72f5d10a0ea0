import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { AnswerEventRecord } from './answer-event.entity';
import { publishAnswerEvents } from './answer-event-log';
import { MessageStatus } from './copilot.enums';
import { Message } from './message.entity';

/** An answer STREAMING without a heartbeat for this long belongs to an instance that died. */
export const STALE_AFTER_MS = 30_000;
export const INTERRUPTED = 'The answer was interrupted (the server producing it stopped). Regenerate it to try again.';

/**
 * Marks a dead instance's answer FAILED, keeping the text it had streamed (rebuilt from its stored events), and
 * appends the final event so open streams end. The conditional UPDATE makes it safe when two callers find it at
 * once: only one wins.
 */
export async function failIfStale(em: EntityManager, pubSub: AppPubSub, messageId: string, now = new Date()): Promise<boolean> {
  const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
  const claimed = await em.nativeUpdate(
    Message,
    { id: messageId, status: { $in: [MessageStatus.PENDING, MessageStatus.STREAMING] }, heartbeatAt: { $lt: cutoff } },
    { status: MessageStatus.FAILED, error: INTERRUPTED, heartbeatAt: now },
  );
  if (claimed === 0) return false;
  const [row] = await em.execute<Array<{ content: string | null; last: number | null }>>(
    `select string_agg(delta, '' order by seq) as content, max(seq) as last from answer_events where message_id = ?`,
    [messageId],
  );
  await em.nativeUpdate(Message, { id: messageId }, { content: row?.content ?? '' });
  const seq = (row?.last ?? 0) + 1;
  const event = { seq, delta: null, citations: null, status: MessageStatus.FAILED, error: INTERRUPTED };
  await em.insert(AnswerEventRecord, { message: messageId, ...event });
  publishAnswerEvents(pubSub, messageId, [event]);
  return true;
}

/** Sweeps the stale answers of one conversation, before it is shown. */
export async function failStaleInConversation(em: EntityManager, pubSub: AppPubSub, conversationId: string): Promise<void> {
  const stale = await em.find(
    Message,
    {
      conversation: conversationId,
      status: { $in: [MessageStatus.PENDING, MessageStatus.STREAMING] },
      heartbeatAt: { $lt: new Date(Date.now() - STALE_AFTER_MS) },
    },
    { fields: ['id'] },
  );
  for (const message of stale) await failIfStale(em, pubSub, message.id);
}
