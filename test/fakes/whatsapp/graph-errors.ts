import { randomBytes } from 'node:crypto';

/** An error the fake answers with, as Meta's Graph API shapes it. */
export interface FakeError {
  status: number;
  /** Meta's error code; without one the body is plain text, like a proxy's error page. */
  code?: number;
  message?: string;
  type?: string;
  subcode?: number;
  details?: string;
  /** Sent as a Retry-After header (seconds). */
  retryAfterSeconds?: number;
}

// Meta's own wording, so tests and logs read like production.
const MESSAGES: Record<number, string> = {
  1: 'An unknown error occurred',
  2: 'Service temporarily unavailable',
  4: '(#4) Application request limit reached',
  100: '(#100) Invalid parameter',
  190: 'Error validating access token: Session has expired',
  2500: 'Unknown path components',
  130429: '(#130429) Rate limit hit',
  131009: '(#131009) Parameter value is not valid',
  131026: '(#131026) Message undeliverable',
  131047: '(#131047) Re-engagement message',
  131048: '(#131048) Spam rate limit hit',
  131056: '(#131056) (Business Account, Consumer Account) pair rate limit hit',
  132000: '(#132000) Number of parameters does not match the expected number of params',
  132001: '(#132001) Template name does not exist in the translation',
};

export const defaultMessage = (code: number): string => MESSAGES[code] ?? `(#${code}) Error`;

export const fbtraceId = (): string => 'A' + randomBytes(15).toString('base64url');

/** `{error:{message, type, code, error_subcode?, error_data{messaging_product, details}?, fbtrace_id}}`. */
export function errorBody(error: FakeError & { code: number }): Record<string, unknown> {
  return {
    error: {
      message: error.message ?? defaultMessage(error.code),
      type: error.type ?? 'OAuthException',
      code: error.code,
      ...(error.subcode !== undefined ? { error_subcode: error.subcode } : {}),
      ...(error.details !== undefined ? { error_data: { messaging_product: 'whatsapp', details: error.details } } : {}),
      fbtrace_id: fbtraceId(),
    },
  };
}
