import { describe, it, expect } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets at most perSecond sends start in any one-second window', async () => {
    const limiter = createRateLimiter(20);
    const started: number[] = [];
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 60 }, () => limiter.take().then(() => started.push(performance.now() - t0))));
    started.sort((a, b) => a - b);

    // A start is seen a little after it happens (a busy event loop only delays), so the
    // fixed windows allow 2 ms of timer rounding and the sliding check 50 ms of lag.
    const within = (ms: number): number => started.filter((t) => t < ms).length;
    expect(within(998)).toBe(20);
    expect(within(1998)).toBe(40);
    expect(within(2998 + 500)).toBe(60);
    for (let i = 0; i + 20 < started.length; i++) expect(started[i + 20]! - started[i]!).toBeGreaterThan(950);
    expect(started[59]).toBeGreaterThanOrEqual(1998);
  });

  it('does not wait while under the rate', async () => {
    const limiter = createRateLimiter(5);
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) await limiter.take();
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('refuses a rate that is not a whole number above 0', () => {
    expect(() => createRateLimiter(0)).toThrow(RangeError);
    expect(() => createRateLimiter(2.5)).toThrow(RangeError);
  });

  it('spaces sends by the clock it is given', async () => {
    let clock = 0;
    const limiter = createRateLimiter(2, () => clock);
    await limiter.take();
    await limiter.take();
    clock = 1000; // a second later both slots are free again
    const t0 = performance.now();
    await limiter.take();
    await limiter.take();
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
