/**
 * The emulator's time: real time plus an offset that tests (and Playwright, over HTTP) move forward to make
 * subscription periods end. Every timestamp the emulator writes comes from here, in Unix seconds like Stripe's.
 */
export class EmulatorClock {
  private offsetSeconds = 0;

  constructor(private readonly realNowMs: () => number = Date.now) {}

  now(): number {
    return Math.floor(this.realNowMs() / 1000) + this.offsetSeconds;
  }

  /** How far the clock runs ahead of real time; kept in the state file so a restart does not turn time back. */
  get offset(): number {
    return this.offsetSeconds;
  }

  restoreOffset(seconds: number): void {
    this.offsetSeconds = Math.max(0, Math.floor(seconds));
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('the clock only moves forward');
    this.offsetSeconds += Math.floor(seconds);
  }
}

export type BillingInterval = 'month' | 'year';

/**
 * `anchor` plus `count` intervals, on the calendar in UTC, clamped to the month's last day the way Stripe bills
 * a subscription anchored on the 31st (Jan 31 → Feb 28 → Mar 31): always computed from the anchor, never chained.
 */
export function addIntervals(anchorSeconds: number, interval: BillingInterval, count: number): number {
  const anchor = new Date(anchorSeconds * 1000);
  const months = interval === 'year' ? 12 * count : count;
  const targetMonthIndex = anchor.getUTCMonth() + months;
  const year = anchor.getUTCFullYear() + Math.floor(targetMonthIndex / 12);
  const month = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(anchor.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, anchor.getUTCHours(), anchor.getUTCMinutes(), anchor.getUTCSeconds()) / 1000;
}
