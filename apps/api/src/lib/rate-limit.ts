import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Config } from '../config.js';

/** What is limited per client address, per minute. */
export type LimitName = 'login' | 'invitation' | 'anonymous' | 'repairReport' | 'repairPhoto' | 'survey';

/** TOO_MANY_REQUESTS with `retryAfter` seconds; Apollo turns `http` into status 429 and Retry-After. */
export function tooManyRequests(
  retryAfterSeconds: number,
  message = '操作过于频繁，请稍后再试',
  extra: Record<string, unknown> = {},
): GraphQLError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfter: seconds,
      ...extra,
      http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
    },
  });
}

/**
 * Per-address limits (rate-limiter-flexible): counted in Redis when REDIS_URL is set, so every
 * instance shares one budget, else in this process. Should Redis fail, each instance falls back to
 * its own memory counters rather than letting everything through or refusing everyone.
 */
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterAbstract>;
  private readonly redis: Redis | undefined;

  constructor(config: Pick<Config, 'redisUrl' | 'rateLimits'>) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
      : undefined;
    const make = (name: LimitName): RateLimiterAbstract => {
      const options = { keyPrefix: `rl:${name}`, points: config.rateLimits[name], duration: 60 };
      if (!this.redis) return new RateLimiterMemory(options);
      return new RateLimiterRedis({
        ...options,
        storeClient: this.redis,
        insuranceLimiter: new RateLimiterMemory(options),
      });
    };
    this.limiters = {
      login: make('login'),
      invitation: make('invitation'),
      anonymous: make('anonymous'),
      // Residents' public repair page: reports and ratings, and photo uploads, per address.
      repairReport: make('repairReport'),
      repairPhoto: make('repairPhoto'),
      survey: make('survey'),
    };
  }

  /** Counts one request of `key` (a client address); throws TOO_MANY_REQUESTS over the limit. */
  async consume(name: LimitName, key: string | undefined): Promise<void> {
    const wait = await this.check(name, key);
    if (wait !== null) throw tooManyRequests(wait);
  }

  /** Counts one request; the seconds to wait when over the limit, else null. */
  async check(name: LimitName, key: string | undefined): Promise<number | null> {
    try {
      await this.limiters[name].consume(key ?? 'unknown');
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  close(): void {
    this.redis?.disconnect();
  }
}
