import { setMaxListeners } from 'node:events';
import { createPubSub } from '@graphql-yoga/subscription';
import type * as RedisSubscriptionsModule from 'graphql-redis-subscriptions';
import type * as IoRedisModule from 'ioredis';
import type { PubSub } from 'type-graphql';

/**
 * ioredis and graphql-redis-subscriptions are required only when REDIS_URL is set: loading them costs every start
 * ≈ 0.1 s, and the default (one instance, no Redis) never uses them.
 */
export function loadRedis(): typeof IoRedisModule.Redis {
  return (require('ioredis') as typeof IoRedisModule).Redis;
}

/** Topic-based events between resolvers and subscriptions, across instances when Redis is configured. */
export interface AppPubSub extends PubSub {
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string): AsyncIterableIterator<unknown>;
  close(): Promise<void>;
}

/** In-process: enough for one instance, and the zero-configuration default. */
export function createMemoryPubSub(): AppPubSub {
  // Many listeners of one topic are expected (every open usage bar of a workspace, every tab following an answer):
  // Node's default of 10 per EventTarget would print a leak warning for them.
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubSub = createPubSub<Record<string, [unknown]>>({ eventTarget });
  return {
    publish: (topic, payload) => pubSub.publish(topic, payload),
    subscribe: (topic) => pubSub.subscribe(topic)[Symbol.asyncIterator]() as AsyncIterableIterator<unknown>,
    close: async () => undefined,
  };
}

/** A pub/sub command whose failure is reported rather than thrown: both are fire-and-forget for their callers. */
export type PubSubCommand = 'publish' | 'unsubscribe';

/**
 * Redis: an event published on instance A reaches subscribers on instance B. A Redis iterator subscribes on its
 * first next(), so streams that must not miss events catch up from the database after subscribing.
 *
 * Publishing is fire-and-forget for the caller, and so is ending a subscription: graphql-redis-subscriptions drops the
 * promises of the subscriber's UNSUBSCRIBE and PUNSUBSCRIBE. Either fails when Redis is unreachable or its connection
 * was closed at shutdown while an answer still streamed (a subscription ended after close rejected twice with
 * "Connection is closed."); the failure goes to `onError`, never to an unhandled rejection, which would end the
 * process. Listeners that missed an event catch up from the database; a closed connection has nothing left to leave.
 */
export function createRedisPubSub(
  redisUrl: string,
  keyPrefix: string,
  onError: (error: unknown, topic: string, command: PubSubCommand) => void,
): AppPubSub {
  const Redis = loadRedis();
  const { RedisPubSub } = require('graphql-redis-subscriptions') as typeof RedisSubscriptionsModule;
  const publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const topicOf = (channel: string) => (channel.startsWith(keyPrefix) ? channel.slice(keyPrefix.length) : channel);
  const unsubscribe = subscriber.unsubscribe.bind(subscriber);
  const punsubscribe = subscriber.punsubscribe.bind(subscriber);
  // The library calls these with one channel and ignores the result.
  subscriber.unsubscribe = ((channel: string) =>
    unsubscribe(channel).catch((error: unknown) => onError(error, topicOf(channel), 'unsubscribe'))) as typeof subscriber.unsubscribe;
  subscriber.punsubscribe = ((pattern: string) =>
    punsubscribe(pattern).catch((error: unknown) => onError(error, topicOf(pattern), 'unsubscribe'))) as typeof subscriber.punsubscribe;
  const pubSub = new RedisPubSub({ publisher, subscriber });
  return {
    publish: (topic, payload) => {
      pubSub.publish(`${keyPrefix}${topic}`, payload).catch((error: unknown) => onError(error, topic, 'publish'));
    },
    subscribe: (topic) => pubSub.asyncIterableIterator(`${keyPrefix}${topic}`) as AsyncIterableIterator<unknown>,
    close: async () => {
      await pubSub.close();
    },
  };
}
