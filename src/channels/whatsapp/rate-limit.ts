import { setTimeout as sleep } from 'node:timers/promises';

export interface RateLimiter {
  /** Resolves when one more send may start. */
  take(): Promise<void>;
}

const WINDOW_MS = 1000;

/**
 * At most `perSecond` sends start in any one-second window (a burst of up to `perSecond`).
 * It remembers the start times of the last `perSecond` sends rather than refilling tokens
 * continuously: a refilling bucket lets up to twice the rate start within one second.
 * One limiter per phone number id, since Meta's throughput limit is per number.
 */
export function createRateLimiter(perSecond: number, now: () => number = () => performance.now()): RateLimiter {
  if (!Number.isInteger(perSecond) || perSecond < 1) throw new RangeError(`perSecond must be a whole number above 0, not ${perSecond}`);
  // starts[next] is the oldest of the last perSecond reserved start times (a ring).
  const starts: number[] = new Array<number>(perSecond).fill(-Infinity);
  let next = 0;
  return {
    async take() {
      const current = now();
      // Reserving the slot before waiting keeps concurrent callers in order without a queue.
      const at = Math.max(current, starts[next]! + WINDOW_MS);
      starts[next] = at;
      next = (next + 1) % perSecond;
      if (at > current) await sleep(Math.ceil(at - current));
    },
  };
}
