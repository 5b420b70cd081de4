import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/** The X-Hub-Signature-256 value Meta sends: HMAC-SHA256 of the exact bytes, keyed with the app secret. */
export function signPayload(rawBody: Buffer | string, appSecret: string): string {
  return PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

/**
 * True when the header signs these exact bytes. Verify before parsing: Meta escapes
 * non-ASCII (emoji) as \uXXXX, so JSON parsed and serialised again has other bytes.
 */
export function verifySignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header?.startsWith(PREFIX)) return false;
  const given = header.slice(PREFIX.length);
  if (!HEX_DIGEST.test(given)) return false;
  const expected = createHmac('sha256', appSecret).update(rawBody).digest();
  // Constant time, so the right digest cannot be guessed byte by byte from response times.
  return timingSafeEqual(Buffer.from(given, 'hex'), expected);
}
