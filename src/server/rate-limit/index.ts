export {
  openRateLimiter,
  type RateDecision,
  type RateLimiter,
} from './limiter';
export { MemoryRateLimiter } from './memory-limiter';
export {
  RedisRateLimiter,
  type RedisRateLimiterOptions,
} from './redis-limiter';
export {
  loadRateLimitSettings,
  type BucketRule,
  type RateLimitSettings,
  type RateLimitStore,
} from './settings';
