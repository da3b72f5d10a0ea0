import { AnswerAbortedError } from '../engine-errors';

/**
 * A gate that tests open one step at a time. Whoever produces (an engine, a fake model server) awaits `pass()`
 * before each step; the test decides how many steps go through with `release(n)`, or lets everything through with
 * `open()`. "Half-way through an answer" then is a place the test picks, not a race against a timer.
 */
export class Latch {
  private opened: boolean;
  private permits = 0;
  private readonly waiters = new Set<() => void>();
  private readonly arrivalWaiters = new Set<() => void>();

  /** Starts closed unless told otherwise. */
  constructor(options: { open?: boolean } = {}) {
    this.opened = options.open ?? false;
  }

  /** How many producers wait at the gate right now. */
  get waiting(): number {
    return this.waiters.size;
  }

  /** From now on every step waits for a release. Releases not used yet are dropped. */
  close(): void {
    this.opened = false;
    this.permits = 0;
  }

  /** Lets `count` more steps through. */
  release(count = 1): void {
    this.permits += count;
    this.wake();
  }

  /** Lets every step through, now and later, until closed again. */
  open(): void {
    this.opened = true;
    this.wake();
  }

  /** Resolves once a producer waits at the gate (at once if one does already). */
  async arrival(): Promise<void> {
    if (this.waiters.size > 0) return;
    await new Promise<void>((resolve) => this.arrivalWaiters.add(resolve));
  }

  /** Waits for a release (or an open gate). Rejects with AnswerAbortedError as soon as `signal` aborts. */
  pass(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new AnswerAbortedError());
    if (this.take()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        this.waiters.delete(tryPass);
        reject(new AnswerAbortedError());
      };
      const tryPass = () => {
        if (!this.take()) return;
        this.waiters.delete(tryPass);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      this.waiters.add(tryPass);
      signal?.addEventListener('abort', onAbort, { once: true });
      for (const arrived of this.arrivalWaiters) arrived();
      this.arrivalWaiters.clear();
    });
  }

  private take(): boolean {
    if (this.opened) return true;
    if (this.permits === 0) return false;
    this.permits -= 1;
    return true;
  }

  private wake(): void {
    // In arrival order; each waiter takes a permit or stays.
    for (const tryPass of [...this.waiters]) tryPass();
  }
}
