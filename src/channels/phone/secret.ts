import { createHash, timingSafeEqual } from 'node:crypto';

export const PBX_SECRET_HEADER = 'x-pbx-secret';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Constant time whatever the lengths: both sides are hashed to 32 bytes before comparing. */
export function pbxSecretMatches(sent: string | string[] | undefined, configured: string): boolean {
  if (typeof sent !== 'string' || sent === '') return false;
  return timingSafeEqual(digest(sent), digest(configured));
}
