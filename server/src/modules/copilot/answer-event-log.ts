import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { answerTopic } from './answer-event.types';
import type { AnswerEventInserter } from './answer-event-inserter';
import type { MessageStatus } from './copilot.enums';
import type { StoredCitation } from './stored-citation';

/** One stored event of an answer, minus the message id: what listeners deliver. */
export interface PublishedAnswerEvent {
  seq: number;
  delta: string | null;
  citations: StoredCitation[] | null;
  status: MessageStatus;
  error: string | null;
}

/** What travels on an answer's topic: events already stored, consecutive, in seq order. */
export interface AnswerEventBatch {
  events: PublishedAnswerEvent[];
}

export function publishAnswerEvents(pubSub: AppPubSub, messageId: string, events: PublishedAnswerEvent[]): void {
  const batch: AnswerEventBatch = { events };
  pubSub.publish(answerTopic(messageId), batch);
}

/** The events of a message on an answer's topic; an instance of an older version publishes one bare event. */
export function eventsOf(message: unknown): PublishedAnswerEvent[] {
  if (typeof message !== 'object' || message === null) return [];
  if ('events' in message && Array.isArray(message.events)) return message.events as PublishedAnswerEvent[];
  return 'seq' in message ? [message as PublishedAnswerEvent] : [];
}

export interface BatchPolicy {
  /** The longest an event waits for its batch to be written: the delay readers see, at most, on top of the INSERT. */
  maxDelayMs: number;
  /** A batch this full is written at once, and the producer waits for it (back-pressure). */
  maxEvents: number;
}

/** 50 ms reads as continuous typing; at model speeds (tens of tokens a second) that is a few tokens per INSERT. */
export const DEFAULT_BATCH_POLICY: BatchPolicy = { maxDelayMs: 50, maxEvents: 32 };

/**
 * Numbers one answer's events and writes them in batches (through the instance's grouped INSERT), then publishes
 * each batch as one message. Publishing only what is stored keeps catch-up exact on every instance: a client can only have seen
 * events the table holds, so a reconnect with its last seq (or a listener that sees a gap) finds the rest there.
 */
export class AnswerEventLog {
  private lastSeq = 0;
  private published = 0;
  private queued: PublishedAnswerEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The write in flight; the next one starts after it, so batches land and publish in seq order. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly inserter: AnswerEventInserter,
    private readonly pubSub: AppPubSub,
    private readonly messageId: string,
    private readonly policy: BatchPolicy = DEFAULT_BATCH_POLICY,
  ) {}

  /**
   * Queues the next event. With `flush`, or when the batch is full, resolves once everything queued is stored and
   * published; otherwise a timer writes the batch within `maxDelayMs`.
   */
  async add(event: Omit<PublishedAnswerEvent, 'seq'>, { flush = false } = {}): Promise<void> {
    this.lastSeq += 1;
    this.queued.push({ seq: this.lastSeq, ...event });
    if (flush || this.queued.length >= this.policy.maxEvents) return this.flush();
    // A failed timed write keeps its events queued for the next write, whose failure the producer does see.
    this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.policy.maxDelayMs);
  }

  /** Writes and publishes whatever is queued. */
  flush(): Promise<void> {
    this.cancelTimer();
    const write = this.writing.catch(() => undefined).then(() => this.writeQueued());
    this.writing = write;
    return write;
  }

  /** The last seq stored and published (0 before the first batch). */
  get publishedSeq(): number {
    return this.published;
  }

  /** Stops the timer (the answer ended without a final write, e.g. the database went away). */
  close(): void {
    this.cancelTimer();
  }

  private async writeQueued(): Promise<void> {
    const batch = this.queued.splice(0);
    if (batch.length === 0) return;
    try {
      await this.inserter.insert(batch.map((event) => ({ message: this.messageId, ...event })));
    } catch (error) {
      // Back in front of the queue: seqs stay gapless, the next write retries them with whatever came since.
      this.queued.unshift(...batch);
      throw error;
    }
    publishAnswerEvents(this.pubSub, this.messageId, batch);
    this.published = batch.at(-1)?.seq ?? this.published;
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
