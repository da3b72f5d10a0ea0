import type { Verdict } from '../graphql/subscription-access';

const DONE = { done: true, value: undefined } as const;

/**
 * A subscription's events, each delivered only after `check()` allows it; a refusal ends the stream by throwing the
 * refusal, which graphql-ws sends as the operation's error. `onChange` wakes a stream that is waiting for its next
 * event, so lost access ends it at once instead of at the next event.
 *
 * A hand-written iterator rather than an async generator: a generator's return() waits until the generator reaches
 * its next `yield`, so a completed or refused subscription would keep its source open until the next event.
 */
export class GuardedEvents<T> implements AsyncIterableIterator<T> {
  private pending: Promise<IteratorResult<T>> | undefined;
  private wake: (() => void) | undefined;
  private accessChanged = false;
  private finished = false;
  private readonly stopListening: () => void;

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly check: () => Promise<Verdict>,
    onChange?: (listener: () => void) => () => void,
  ) {
    this.stopListening =
      onChange?.(() => {
        this.accessChanged = true;
        this.wake?.();
      }) ?? (() => undefined);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.finished) {
      this.pending ??= this.source.next();
      const outcome = this.accessChanged ? 'changed' : await Promise.race([this.pending, this.changeSignal()]);
      this.wake = undefined;
      this.accessChanged = false;
      if (this.finished) break;
      if (outcome !== 'changed') {
        this.pending = undefined;
        if (outcome.done) break;
      }
      const verdict = await this.check();
      if (this.finished) break;
      if (verdict !== true) {
        this.finish();
        throw verdict;
      }
      if (outcome !== 'changed') return outcome;
    }
    this.finish();
    return DONE;
  }

  async return(): Promise<IteratorResult<T>> {
    this.finish();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    throw error;
  }

  private changeSignal(): Promise<'changed'> {
    return new Promise((resolve) => {
      this.wake = () => resolve('changed');
    });
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.stopListening();
    this.wake?.();
    this.pending?.catch(() => undefined);
    // Not awaited: a source waiting for its next event may only settle then; the stream must end now.
    void this.source.return?.()?.catch(() => undefined);
  }
}
