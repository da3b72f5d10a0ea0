import { describe, expect, it, vi } from 'vitest';
import { ForbiddenError } from '../errors/app-error';
import { GuardedEvents } from '../permissions/guarded-events';
import { ConnectionAccess, type Verdict } from './subscription-access';

function connection(ttlMs = 1_000) {
  let now = 0;
  const access = new ConnectionAccess(
    { id: 'session', kind: 'session', userId: 'user' },
    ttlMs,
    () => undefined,
    undefined,
    () => now,
  );
  return { access, advance: (ms: number) => (now += ms) };
}

/** A source whose next() waits until the test pushes an event. */
function manualSource<T>() {
  const waiting: Array<(result: IteratorResult<T>) => void> = [];
  const returned = vi.fn(async () => ({ done: true as const, value: undefined }));
  const source: AsyncIterator<T> = { next: () => new Promise((resolve) => waiting.push(resolve)), return: returned };
  return { source, push: (value: T) => waiting.shift()?.({ value, done: false }), returned };
}

describe('ConnectionAccess', () => {
  it('reuses a verdict within the TTL and checks again after it', async () => {
    const { access, advance } = connection(1_000);
    const check = vi.fn(async (): Promise<Verdict> => true);
    for (let i = 0; i < 200; i += 1) await access.verify('k', check);
    expect(check).toHaveBeenCalledTimes(1);
    advance(1_000);
    await access.verify('k', check);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('forgets verdicts on change, and checks again when access changed while a check ran', async () => {
    const { access } = connection();
    let release: (verdict: Verdict) => void = () => undefined;
    const verdicts: Verdict[] = [new ForbiddenError()];
    const check = vi.fn(() =>
      check.mock.calls.length === 1 ? new Promise<Verdict>((resolve) => (release = resolve)) : Promise.resolve(verdicts[0] as Verdict),
    );
    const pending = access.verify('k', check);
    access.changed();
    release(true); // the answer from before the change must not count
    expect(await pending).toBeInstanceOf(ForbiddenError);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('forgets expired verdicts: a socket that follows answer after answer does not keep one entry per answer', async () => {
    // Found by the soak (npm run bench -- soak): every answerStream has its own key (its messageId), so a tab that
    // stays open while its user asks question after question kept every verdict it had ever cached.
    const { access, advance } = connection(1_000);
    for (let answer = 0; answer < 500; answer += 1) {
      await access.verify(`answerStream:{"messageId":"${answer}"}`, async () => true);
      advance(100);
    }
    // Verdicts younger than the TTL (10 of them at one every 100 ms) are all that is left.
    expect(access.cachedVerdicts).toBeLessThanOrEqual(11);
  });

  it('does not remember a check that failed (a database error is no verdict)', async () => {
    const { access } = connection();
    await expect(access.verify('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await access.verify('k', async () => true)).toBe(true);
  });
});

describe('GuardedEvents', () => {
  it('delivers events while allowed, then throws the refusal and returns the source', async () => {
    const { source, push, returned } = manualSource<number>();
    const verdicts: Verdict[] = [true, new ForbiddenError()];
    const events = new GuardedEvents(source, async () => verdicts.shift() ?? true);
    const first = events.next();
    push(1);
    expect(await first).toEqual({ value: 1, done: false });
    const second = events.next();
    push(2);
    await expect(second).rejects.toBeInstanceOf(ForbiddenError);
    expect(returned).toHaveBeenCalled();
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it('checks at once when access changes while waiting for an event', async () => {
    const { access } = connection();
    const { source, returned } = manualSource<number>();
    let allowed = true;
    const events = new GuardedEvents(
      source,
      () => access.verify('k', async () => (allowed ? true : new ForbiddenError())),
      (listener) => access.onChange(listener),
    );
    const next = events.next();
    allowed = false;
    access.changed();
    await expect(next).rejects.toBeInstanceOf(ForbiddenError);
    expect(returned).toHaveBeenCalled();
  });

  it('ends at once when the client completes, even with no event on the way', async () => {
    const { source, returned } = manualSource<number>();
    const events = new GuardedEvents(source, async () => true);
    const next = events.next();
    await events.return();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(returned).toHaveBeenCalled();
  });
});
