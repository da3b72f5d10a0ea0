import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedisPubSub } from './pubsub/pubsub';
import { createRateLimiter } from './rate-limit/rate-limiter';

// These run in the external-services configuration (CI's second pass sets REDIS_URL); the in-process drivers are
// exercised by every other test in the first pass.
describe.runIf(process.env.REDIS_URL)('Redis drivers', () => {
  const url = process.env.REDIS_URL ?? '';
  const prefix = `askbase-test:${randomBytes(4).toString('hex')}:`;
  const redis = new Redis(url);
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts hits across limiter instances (as across app instances) and reports the wait', async () => {
    const a = createRateLimiter(url, prefix, (redisUrl) => new Redis(redisUrl));
    const b = createRateLimiter(url, prefix, (redisUrl) => new Redis(redisUrl));
    expect(await a.hit('k', 2, 60)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect(await b.hit('k', 2, 60)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    const third = await a.hit('k', 2, 60);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterSeconds).toBeGreaterThan(55);
    const [key] = await redis.keys(`${prefix}ratelimit:*k`);
    expect(await redis.pttl(key ?? 'missing')).toBeGreaterThan(0);
    await Promise.all([a.close(), b.close()]);
  });

  it('delivers an event published by one pub/sub instance to a subscriber of another', async () => {
    const publisher = createRedisPubSub(url, prefix, noPublishError);
    const subscriber = createRedisPubSub(url, prefix, noPublishError);
    const events = subscriber.subscribe('topic');
    const first = events.next();
    // The Redis iterator subscribes on its first next(): wait until Redis has the subscriber before publishing.
    for (let i = 0; i < 100; i += 1) {
      const [, subscribers] = (await redis.pubsub('NUMSUB', `${prefix}topic`)) as [string, number];
      if (subscribers > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    publisher.publish('topic', { hello: 'world' });
    expect(await first).toEqual({ done: false, value: { hello: 'world' } });
    await events.return?.();
    await Promise.all([publisher.close(), subscriber.close()]);
  });

  // An answer can still be streaming when its instance shuts down: a publish on the closed connection must be
  // reported, not left as an unhandled rejection (which failed a test run, and would end a server).
  it('reports a publish that fails, once the connection is closed, instead of rejecting unhandled', async () => {
    const failures: Failure[] = [];
    const pubSub = createRedisPubSub(url, prefix, (error, topic, command) => failures.push({ error, topic, command }));
    await pubSub.close();
    pubSub.publish('answer:1', { delta: 'late' });
    for (let i = 0; i < 100 && failures.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ topic: 'answer:1', command: 'publish' });
    expect(String(failures[0]?.error)).toMatch(/closed/i);
  });

  // The same for a stream that ends after its instance closed the connection: graphql-redis-subscriptions leaves its
  // UNSUBSCRIBE and PUNSUBSCRIBE promises unhandled, which failed CI's external-services pass twice.
  it('reports a subscription that ends after the connection is closed, instead of rejecting unhandled', async () => {
    const failures: Failure[] = [];
    const pubSub = createRedisPubSub(url, prefix, (error, topic, command) => failures.push({ error, topic, command }));
    const events = pubSub.subscribe('answer:2');
    const pending = events.next();
    for (let i = 0; i < 100; i += 1) {
      const [, subscribers] = (await redis.pubsub('NUMSUB', `${prefix}answer:2`)) as [string, number];
      if (subscribers > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await pubSub.close();
    await events.return?.();
    await pending;
    for (let i = 0; i < 100 && failures.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failures.map(({ topic, command }) => [topic, command])).toEqual([
      ['answer:2', 'unsubscribe'],
      ['answer:2', 'unsubscribe'],
    ]);
    expect(String(failures[0]?.error)).toMatch(/closed/i);
  });
});

interface Failure {
  error: unknown;
  topic: string;
  command: string;
}

const noPublishError = (error: unknown) => {
  throw error;
};
