import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { AnswerEventRecord } from './answer-event.entity';
import { answerTopic } from './answer-event.types';
import { eventsOf, type PublishedAnswerEvent } from './answer-event-log';
import { FINAL_STATUSES } from './copilot.enums';
import { failIfStale } from './stale-answers';

/** How long a quiet stream waits before it looks at the table: covers a publish missed while subscribing, and dead instances. */
const POLL_MS = 1_000;
/**
 * Each further quiet spell waits twice as long, up to this: an answer is stale only after 30 s without a heartbeat,
 * and a thousand waiting listeners polling every second were two statements each a second on the pool that
 * delivers the events (bench/streaming.ts).
 */
const MAX_POLL_MS = 8_000;

const isFinal = (event: PublishedAnswerEvent) => FINAL_STATUSES.has(event.status);

/** The next live message, or 'quiet' after `quietMs` without one. */
async function nextOrQuiet<T>(pending: Promise<T>, quietMs: number): Promise<T | 'quiet'> {
  let timer: NodeJS.Timeout | undefined;
  const quiet = new Promise<'quiet'>((resolve) => {
    timer = setTimeout(() => resolve('quiet'), quietMs);
  });
  try {
    return await Promise.race([pending, quiet]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An answer's events after `afterSeq`: first the stored ones, then live ones, in seq order, each exactly once,
 * ending after the final status. Subscribing comes first, so nothing published during the replay is lost. Live
 * events come from the published batches themselves; the table is read only at the start, after a gap in the
 * seq numbers (a publish missed: events are published only once stored, so the missing ones are there), and
 * after a quiet spell, unless `producedHere` (the last seq this instance published of an answer it is producing,
 * undefined otherwise) shows that nothing was missed.
 */
export async function* answerEvents(
  em: EntityManager,
  pubSub: AppPubSub,
  messageId: string,
  afterSeq: number,
  producedHere: (messageId: string) => number | undefined = () => undefined,
): AsyncGenerator<PublishedAnswerEvent> {
  const live = pubSub.subscribe(answerTopic(messageId));
  let pending = live.next();
  let last = afterSeq;
  let behind = true;
  let quietMs = POLL_MS;
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
      if (behind) {
        for (const event of await stored()) {
          last = event.seq;
          yield event;
          if (isFinal(event)) return;
        }
        behind = false;
      }
      const next = await nextOrQuiet(pending, quietMs);
      if (next === 'quiet') {
        quietMs = Math.min(quietMs * 2, MAX_POLL_MS);
        // This instance produces the answer and has published nothing past `last`: nothing was missed and it is not
        // stale (its heartbeat runs here), so there is nothing to read. At 1,000 listeners on a busy instance, events
        // more than a second apart made every listener read twice at once, on the pool that writes the events.
        const published = producedHere(messageId);
        if (published !== undefined && published <= last) continue;
        await failIfStale(em, pubSub, messageId);
        behind = true;
        continue;
      }
      if (next.done) return;
      quietMs = POLL_MS;
      pending = live.next();
      for (const event of eventsOf(next.value)) {
        if (event.seq <= last) continue;
        if (event.seq > last + 1) {
          behind = true;
          break;
        }
        last = event.seq;
        yield event;
        if (isFinal(event)) return;
      }
    }
  } finally {
    await live.return?.();
  }
}
