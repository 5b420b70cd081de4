import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leadingZeroBits, sha256, solveChallenge } from '../../../web/src/features/livechat/sha256.ts';
import { leadingZeroBits as serverBits } from './challenge.ts';

// The widget hashes in plain script; the server checks with node:crypto: they must agree.
describe("the widget's SHA-256", () => {
  it('matches node:crypto on empty, short, block-boundary and multi-block inputs', () => {
    for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 119, 200]) {
      const text = 'abcdefghijklmnopqrstuvwxyz0123456789:.-_'.repeat(6).slice(0, length);
      const bytes = new TextEncoder().encode(text);
      expect(Buffer.from(sha256(bytes)).toString('hex')).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('solves a challenge the way the server checks it', () => {
    const token = 'AAAAAAAAAAAAAAAAAAAAAA.1767225600000.12.signature';
    const answer = solveChallenge(token, 12);
    const digest = createHash('sha256').update(`${token}:${answer}`).digest();
    expect(serverBits(digest)).toBeGreaterThanOrEqual(12);
    expect(leadingZeroBits(new Uint8Array([0, 0x10, 0xff]))).toBe(11);
    // The first answer: no smaller number passes.
    for (let n = 0; n < Number(answer); n++) expect(serverBits(createHash('sha256').update(`${token}:${n}`).digest())).toBeLessThan(12);
  });
});
