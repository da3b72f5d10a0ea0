import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { AnswerEventRecord } from './answer-event.entity';
import { answerTopic } from './answer-event.types';
import type { PublishedAnswerEvent } from './answer-generator';
import { FINAL_STATUSES } from './copilot.enums';
import { failIfStale } from './stale-answers';

/** How often a quiet stream looks at the table: covers a publish missed while subscribing, and dead instances. */
const POLL_MS = 1_000;

const isFinal = (event: PublishedAnswerEvent) => FINAL_STATUSES.has(event.status);

/**
 * An answer's events after `afterSeq`: first the stored ones, then live ones, in seq order, each exactly once,
 * ending after the final status. Subscribing comes first, so nothing published during the replay is lost; a gap
 * in the live seq numbers (a publish missed) is filled from the table, and so is a quiet spell.
 */
export async function* answerEvents(
  em: EntityManager,
  pubSub: AppPubSub,
  messageId: string,
  afterSeq: number,
): AsyncGenerator<PublishedAnswerEvent> {
  const live = pubSub.subscribe(answerTopic(messageId));
  let pending = live.next();
  let last = afterSeq;
  const stored = async () => {
    const rows = await em.find(
      AnswerEventRecord,
      { message: messageId, seq: { $gt: last } },
      { orderBy: { seq: 'asc' }, disableIdentityMap: true },
    );
    return rows.map(({ seq, delta, citations, status, error }) => ({ seq, delta, citations, status, error }));
  };
  try {
    for (;;) {
      for (const event of await stored()) {
        last = event.seq;
        yield event;
        if (isFinal(event)) return;
      }
      const next = await Promise.race([pending, new Promise<'quiet'>((resolve) => setTimeout(() => resolve('quiet'), POLL_MS))]);
      if (next === 'quiet') {
        await failIfStale(em, pubSub, messageId);
        continue;
      }
      if (next.done) return;
      pending = live.next();
      const event = next.value as PublishedAnswerEvent;
      if (event.seq <= last) continue;
      // In order: take it directly; after a gap, the loop's table read fetches the missing ones first.
      if (event.seq === last + 1) {
        last = event.seq;
        yield event;
        if (isFinal(event)) return;
      }
    }
  } finally {
    await live.return?.();
  }
}
