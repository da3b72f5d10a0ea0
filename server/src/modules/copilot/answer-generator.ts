import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerEngine, Citation, RetrievedPassage } from '../../copilot/engine/answer-engine';
import { EngineFailedError } from '../../copilot/engine/engine-errors';
import type { Embedder } from '../../infra/embeddings/openai-compatible-embedder';
import { reportUnexpectedError } from '../../infra/error-reporting/sentry';
import type { Logger } from '../../infra/logging/logger';
import type { AppMetrics } from '../../infra/metrics/app-metrics';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { inSpan, type TraceSpan } from '../../infra/tracing/tracing';
import { searchPassages } from '../knowledge/search/passage-search';
import { answerControlTopic } from './answer-event.types';
import { AnswerEventInserter } from './answer-event-inserter';
import { AnswerEventLog } from './answer-event-log';
import { AnswerHeartbeats } from './answer-heartbeats';
import { MessageRole, MessageStatus } from './copilot.enums';
import { Message } from './message.entity';
import type { StoredCitation } from './stored-citation';

export interface GeneratorDeps {
  rootEm: EntityManager;
  pubSub: AppPubSub;
  engine: AnswerEngine;
  searchLanguage: string;
  /** Set when an embeddings endpoint is configured: retrieval fuses the lexical and the semantic ranking. */
  embedder?: Embedder;
  logger: Logger;
  /** Time to first chunk and answers by outcome; absent in tools that produce answers outside a server. */
  metrics?: Pick<AppMetrics, 'copilotFirstChunkSeconds' | 'answers'>;
}

const HEARTBEAT_MS = 2_000;
/** The abort reason of answers cut short because this instance is shutting down (unlike a user's stop). */
const SHUTTING_DOWN = Symbol('shutting down');
const INTERRUPTED_BY_SHUTDOWN = 'The server restarted before the answer was finished. Ask again.';
/**
 * Passages the engine may quote. The built-in engine weighs each sentence of them against the question: with 6, the
 * passage holding the answer was sometimes 7th or 8th by BM25 and never read (dev questions: top 3 86.3 → 87.9 %,
 * false refusals 2.4 → 1.6 % with 8; 10 changed nothing more). A model's prompt grows by two passages.
 */
const PASSAGES_PER_ANSWER = 8;
const HISTORY_MESSAGES = 6;

/**
 * Produces answers in the background of the instance that received the question: retrieve passages, run the
 * engine, store its events in small batches, then publish each batch (store first: a subscriber that misses the
 * publish catches up from the table). Stop requests arrive over pub/sub from whichever instance received them.
 */
export class AnswerGenerator {
  private readonly running = new Map<string, Promise<void>>();
  private readonly controllers = new Map<string, AbortController>();
  /** The event logs of the answers this instance is producing now. */
  private readonly logs = new Map<string, AnswerEventLog>();
  /** One for all the answers of this instance: their batches share INSERTs. */
  private readonly inserter: AnswerEventInserter;
  /** Likewise their heartbeats: one UPDATE for all. */
  private readonly heartbeats: AnswerHeartbeats;

  constructor(private readonly deps: GeneratorDeps) {
    this.inserter = new AnswerEventInserter(deps.rootEm.fork());
    this.heartbeats = new AnswerHeartbeats(deps.rootEm, deps.logger, HEARTBEAT_MS);
  }

  start(messageId: string): void {
    // A span of its own under the askCopilot request's trace (it outlives the request): engine and outcome, no text.
    const run = inSpan('copilot.answer', { 'askbase.copilot.engine': this.deps.engine.name }, (span) => this.run(messageId, span))
      .catch((error) => {
        this.deps.logger.error({ err: error, messageId }, 'answer generation crashed');
        reportUnexpectedError(error);
      })
      .finally(() => this.running.delete(messageId));
    this.running.set(messageId, run);
  }

  /**
   * The last seq this instance stored and published of an answer it is producing now; undefined when it is not
   * producing it (another instance is, or it ended). A listener here that has that seq has missed nothing, and the
   * answer is not stale: its heartbeat runs here.
   */
  publishedSeq(messageId: string): number | undefined {
    return this.logs.get(messageId)?.publishedSeq;
  }

  requestStop(messageId: string): void {
    this.deps.pubSub.publish(answerControlTopic(messageId), { stop: true });
  }

  /**
   * Waits for the answers this instance is producing (graceful shutdown, tests). Those still running after
   * `graceMs` are cut short and marked FAILED, so none stays STREAMING after the process is gone.
   */
  async drain(graceMs = Number.POSITIVE_INFINITY): Promise<void> {
    const all = Promise.allSettled([...this.running.values()]);
    if (Number.isFinite(graceMs)) {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), graceMs);
      });
      const outcome = await Promise.race([all, expired]);
      clearTimeout(timer);
      if (outcome === 'expired') for (const controller of this.controllers.values()) controller.abort(SHUTTING_DOWN);
    }
    await all;
  }

  private async run(messageId: string, span: TraceSpan): Promise<void> {
    // start() calls run() in the same tick as askCopilot accepts the question: the clock starts here.
    const acceptedAt = performance.now();
    let firstChunkStored = false;
    const em = this.deps.rootEm.fork();
    const controller = new AbortController();
    this.controllers.set(messageId, controller);
    const control = this.deps.pubSub.subscribe(answerControlTopic(messageId));
    void control.next().then((event) => {
      if (!event.done) controller.abort();
    });
    const log = new AnswerEventLog(this.inserter, this.deps.pubSub, messageId);
    this.logs.set(messageId, log);
    const answer = new AnswerWriter(em, log, messageId);
    // Touched on a timer for as long as this instance produces it, also while the engine is silent (retrieval, a
    // slow first token, a long pause): the stale check must see a live answer as live, not mark it FAILED under a
    // running generator. The partial text goes with it: if this instance dies, what was said so far is kept.
    const stopHeartbeat = this.heartbeats.keep(messageId, answer);
    const end = async (status: MessageStatus, error?: string) => {
      await answer.finish(status, error);
      this.deps.metrics?.answers.inc({ outcome: status });
      span.setAttribute('askbase.copilot.outcome', status);
    };
    try {
      const message = await em.findOneOrFail(Message, messageId, { populate: ['question'] });
      const question = message.question?.getEntity();
      if (!question) throw new Error(`Answer ${messageId} has no question`);
      const searched = await searchPassages(
        { em, language: this.deps.searchLanguage, embedder: this.deps.embedder, logger: this.deps.logger },
        message.workspace.id,
        question.content,
        PASSAGES_PER_ANSWER,
      );
      const history = await this.history(em, message);
      const { passages, terms } = searched;
      for await (const chunk of this.deps.engine.answer({
        // As searched: in the workspace's spelling, so the engine reads the words the passages use.
        question: searched.question,
        passages,
        terms,
        history,
        signal: controller.signal,
      })) {
        if (controller.signal.aborted) break;
        if (chunk.type === 'delta') {
          await answer.append(chunk.text);
          if (!firstChunkStored) {
            firstChunkStored = true;
            this.deps.metrics?.copilotFirstChunkSeconds.observe((performance.now() - acceptedAt) / 1000);
          }
        } else await answer.cite(chunk.citations, passages);
      }
      if (controller.signal.reason === SHUTTING_DOWN) await end(MessageStatus.FAILED, INTERRUPTED_BY_SHUTDOWN);
      else await end(controller.signal.aborted ? MessageStatus.STOPPED : MessageStatus.DONE);
    } catch (error) {
      if (controller.signal.reason === SHUTTING_DOWN) await end(MessageStatus.FAILED, INTERRUPTED_BY_SHUTDOWN);
      else if (controller.signal.aborted) await end(MessageStatus.STOPPED);
      else {
        this.deps.logger.warn({ err: error, messageId }, 'answer failed');
        await end(MessageStatus.FAILED, failureReason(error));
      }
    } finally {
      stopHeartbeat();
      answer.close();
      if (this.logs.get(messageId) === log) this.logs.delete(messageId);
      this.controllers.delete(messageId);
      await control.return?.();
    }
  }

  /** Earlier turns of the conversation, oldest first, for engines that use them. */
  private async history(em: EntityManager, answer: Message) {
    const earlier = await em.find(
      Message,
      { conversation: answer.conversation, createdAt: { $lt: answer.createdAt }, status: { $in: [MessageStatus.DONE] } },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: HISTORY_MESSAGES },
    );
    return earlier
      .reverse()
      .map((m) => ({ role: m.role === MessageRole.USER ? ('user' as const) : ('assistant' as const), content: m.content }));
  }
}

function failureReason(error: unknown): string {
  // Engine errors are written for users ("The language model did not answer within 30 s"); others are not.
  return error instanceof EngineFailedError ? error.message : 'The answer could not be produced. Try again.';
}

/** Accumulates one answer and writes its events in order. */
class AnswerWriter {
  private content = '';
  private citations: StoredCitation[] = [];

  /** The text so far: the heartbeat saves it. */
  get text(): string {
    return this.content;
  }

  constructor(
    private readonly em: EntityManager,
    private readonly events: AnswerEventLog,
    private readonly messageId: string,
  ) {}

  async append(text: string): Promise<void> {
    // The first words go out at once: batching must not add to the time to first chunk.
    const first = this.content === '';
    this.content += text;
    await this.events.add({ delta: text, citations: null, status: MessageStatus.STREAMING, error: null }, { flush: first });
  }

  async cite(citations: Citation[], passages: RetrievedPassage[]): Promise<void> {
    const byId = new Map(passages.map((passage) => [passage.id, passage]));
    this.citations = citations.flatMap(({ index, passageId, quotes }) => {
      const passage = byId.get(passageId);
      return passage
        ? [
            {
              index,
              passageId,
              documentId: passage.documentId,
              documentTitle: passage.documentTitle,
              heading: passage.heading,
              passage: passage.content,
              quotes: quotes ?? [],
              page: passage.page ?? null,
              position: passage.position ?? null,
            },
          ]
        : [];
    });
    await this.events.add({ delta: null, citations: this.citations, status: MessageStatus.STREAMING, error: null });
  }

  /** The final status goes out with whatever is still queued, in the same batch. */
  async finish(status: MessageStatus, error: string | null = null): Promise<void> {
    await this.em.nativeUpdate(
      Message,
      { id: this.messageId },
      { content: this.content, citations: this.citations, status, error, heartbeatAt: new Date() },
    );
    await this.events.add({ delta: null, citations: null, status, error }, { flush: true });
  }

  close(): void {
    this.events.close();
  }
}
