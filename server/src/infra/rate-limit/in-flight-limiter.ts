import { TooManyInFlightError } from '../../errors/app-error';

/**
 * Bounds how many operations one key (a user) has running at once on this instance. A request rate limit does not
 * do this: a dozen slow requests fit in any per-minute budget, yet together they hold every pooled connection and
 * stall every other tenant. Per instance on purpose: what it protects is this instance's pool.
 */
export class InFlightLimiter {
  private readonly running = new Map<string, number>();

  constructor(readonly maxPerKey: number) {}

  /** Runs `work` if `key` has a free slot, else refuses at once with RATE_LIMITED (never queues). */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const count = this.running.get(key) ?? 0;
    if (count >= this.maxPerKey) throw new TooManyInFlightError(this.maxPerKey);
    this.running.set(key, count + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(key) ?? 1) - 1;
      if (left === 0) this.running.delete(key);
      else this.running.set(key, left);
    }
  }
}
