import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until a request would be allowed again (0 when allowed). */
  retryAfterSeconds: number;
}

/**
 * Counters keyed by what is being protected ("logIn:ip:1.2.3.4", "api:ip:1.2.3.4"): `limit` hits per
 * `windowSeconds`. One instance serves every transport (HTTP and WebSocket count against the same key).
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult>;
  close(): Promise<void>;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** The answer to nearly every hit: one frozen object rather than a new one per request. */
const ALLOWED: RateLimitResult = Object.freeze({ allowed: true, retryAfterSeconds: 0 });

/**
 * rate-limiter-flexible behind the small interface the app uses: one limiter per (limit, window) pair, created on
 * first use. In memory by default (one process: a single instance, tests); in Redis when REDIS_URL is set, shared by
 * every instance behind the load balancer, with an in-memory limiter as insurance while Redis is unreachable.
 */
export class FlexibleRateLimiter implements RateLimiter {
  private readonly limiters = new Map<string, Limiter>();

  constructor(
    private readonly store: { redis: Redis; keyPrefix: string } | null,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    try {
      await this.limiterFor(limit, windowSeconds).consume(key);
      return ALLOWED;
    } catch (rejection) {
      // A refusal comes as a RateLimiterRes; anything else is a failure of the store, and stays one.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  private limiterFor(points: number, duration: number): Limiter {
    const id = `${points}:${duration}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { points, duration, keyPrefix: `ratelimit:${id}` };
      limiter = this.store
        ? new RateLimiterRedis({
            ...options,
            keyPrefix: `${this.store.keyPrefix}${options.keyPrefix}`,
            storeClient: this.store.redis,
            insuranceLimiter: new RateLimiterMemory(options),
          })
        : new RateLimiterMemory(options);
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

export function createRateLimiter(redisUrl: string | undefined, keyPrefix: string, connect: (url: string) => Redis): RateLimiter {
  if (!redisUrl) return new FlexibleRateLimiter(null);
  const redis = connect(redisUrl);
  return new FlexibleRateLimiter({ redis, keyPrefix }, async () => void (await redis.quit()));
}
