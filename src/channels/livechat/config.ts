import { AppError } from '../../platform/errors.ts';

/** The live-chat widget's settings, from the environment (see README, "Live chat"). */
export interface LivechatConfig {
  /**
   * Sites whose pages may run the widget (exact origins, e.g. https://contact-djpk.kemenkeu.go.id);
   * 'any' allows every site.
   */
  allowedOrigins: readonly string[] | 'any';
  /** Chat starts per address per minute; the other public endpoints allow a multiple of it. */
  startsPerMinute: number;
  /** Leading zero bits the browser's proof of work must find (about 2^bits hashes). */
  challengeBits: number;
}

type Env = Record<string, string | undefined>;

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new AppError('validation', `${name}=${raw} must be a whole number from ${min} to ${max}`);
  return value;
}

function originOf(text: string, name: string): string {
  try {
    const url = new URL(text);
    if (url.origin === 'null' || !/^https?:$/.test(url.protocol)) throw new Error('not http(s)');
    return url.origin;
  } catch {
    throw new AppError('validation', `${name} lists "${text}", which is not an origin such as https://contact-djpk.kemenkeu.go.id`);
  }
}

const isLocal = (publicUrl: string): boolean => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i.test(publicUrl);

/**
 * LIVECHAT_ALLOWED_ORIGINS: a comma-separated list of origins, or `*` for any. Unset, a
 * development server (SAPA_PUBLIC_URL on localhost) allows any site, and a production one only
 * its own origin: embedding the widget elsewhere must be allowed on purpose.
 */
export function loadLivechatConfig(env: Env, publicUrl: string): LivechatConfig {
  const listed = (env.LIVECHAT_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  let allowedOrigins: LivechatConfig['allowedOrigins'];
  if (listed.includes('*')) allowedOrigins = 'any';
  else if (listed.length) allowedOrigins = listed.map((o) => originOf(o, 'LIVECHAT_ALLOWED_ORIGINS'));
  else allowedOrigins = isLocal(publicUrl) ? 'any' : [originOf(publicUrl, 'SAPA_PUBLIC_URL')];
  return {
    allowedOrigins,
    startsPerMinute: whole(env, 'LIVECHAT_RATE_LIMIT', 10, 1, 10_000),
    challengeBits: whole(env, 'LIVECHAT_CHALLENGE_BITS', 14, 4, 24),
  };
}
