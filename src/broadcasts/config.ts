import { AppError } from '../platform/errors.ts';

/** Broadcast settings from the environment (see the README): the email send rate. */
export interface BroadcastConfig {
  /** Blast emails per second through the relay (relays throttle or block bursts). */
  emailRatePerSecond: number;
}

export function loadBroadcastConfig(env: Record<string, string | undefined> = process.env): BroadcastConfig {
  const raw = env.BROADCAST_EMAIL_RATE_PER_SECOND?.trim();
  const rate = raw ? Number(raw) : 10;
  if (!Number.isInteger(rate) || rate < 1 || rate > 1000) {
    throw new AppError('validation', `BROADCAST_EMAIL_RATE_PER_SECOND=${raw} must be a whole number from 1 to 1000`);
  }
  return { emailRatePerSecond: rate };
}
