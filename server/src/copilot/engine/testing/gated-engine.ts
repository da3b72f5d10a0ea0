import type { AnswerChunk, AnswerEngine, AnswerRequest } from '../answer-engine';
import { Latch } from './latch';

/**
 * For tests that act while an answer streams (stop it, regenerate it, reconnect to it): a real engine whose chunks
 * go out only through `latch`. Open by default, so answers flow as usual; a test closes the latch, asks, releases
 * exactly the chunks it wants, and acts while the rest wait. It keeps the engine contract: an abort while a chunk
 * waits throws AnswerAbortedError at once and ends the inner engine's iteration.
 */
export class GatedEngine implements AnswerEngine {
  readonly name: string;
  readonly latch = new Latch({ open: true });

  constructor(private readonly inner: AnswerEngine) {
    this.name = `gated:${inner.name}`;
  }

  async *answer(request: AnswerRequest): AsyncGenerator<AnswerChunk> {
    for await (const chunk of this.inner.answer(request)) {
      await this.latch.pass(request.signal);
      yield chunk;
    }
  }
}
