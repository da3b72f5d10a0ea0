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

/**
 * Redis: an event published on instance A reaches subscribers on instance B. A Redis iterator subscribes on its
 * first next(), so streams that must not miss events catch up from the database after subscribing.
 *
 * Publishing is fire-and-forget for the caller, so a failed publish (Redis unreachable, or the connection closed at
 * shutdown while an answer still streams) goes to `onPublishError`, never to an unhandled rejection, which would end
 * the process: the listeners that missed the event catch up from the database.
 */
export function createRedisPubSub(redisUrl: string, keyPrefix: string, onPublishError: (error: unknown, topic: string) => void): AppPubSub {
  const Redis = loadRedis();
  const { RedisPubSub } = require('graphql-redis-subscriptions') as typeof RedisSubscriptionsModule;
  const publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const pubSub = new RedisPubSub({ publisher, subscriber });
  return {
    publish: (topic, payload) => {
      pubSub.publish(`${keyPrefix}${topic}`, payload).catch((error: unknown) => onPublishError(error, topic));
    },
    subscribe: (topic) => pubSub.asyncIterableIterator(`${keyPrefix}${topic}`) as AsyncIterableIterator<unknown>,
    close: async () => {
      await pubSub.close();
    },
  };
}
