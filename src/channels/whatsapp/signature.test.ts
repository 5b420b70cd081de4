import { describe, it, expect } from 'vitest';
import { signPayload, verifySignature } from './signature.ts';

const SECRET = 'app-secret-123';
// As Meta sends it: the emoji and the slash escaped, so re-serialising changes the bytes.
const META_BODY = Buffer.from('{"entry":[{"text":{"body":"Terima kasih \\ud83d\\ude4f https:\\/\\/djpk.go.id"}}]}');

describe('verifySignature', () => {
  it('accepts the signature of the exact bytes', () => {
    expect(verifySignature(META_BODY, signPayload(META_BODY, SECRET), SECRET)).toBe(true);
  });

  it('rejects the same JSON serialised again (emoji bytes differ)', () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(META_BODY.toString('utf8'))));
    expect(reserialised.equals(META_BODY)).toBe(false);
    expect(verifySignature(reserialised, signPayload(META_BODY, SECRET), SECRET)).toBe(false);
  });

  it('signs a string as its UTF-8 bytes', () => {
    const body = '{"text":"Halo 👋"}';
    expect(signPayload(body, SECRET)).toBe(signPayload(Buffer.from(body, 'utf8'), SECRET));
  });

  it('rejects another secret, another body and a changed digit', () => {
    const header = signPayload(META_BODY, SECRET);
    expect(verifySignature(META_BODY, header, 'other-secret')).toBe(false);
    expect(verifySignature(Buffer.from('{}'), header, SECRET)).toBe(false);
    const flipped = header.slice(0, -1) + (header.endsWith('0') ? '1' : '0');
    expect(verifySignature(META_BODY, flipped, SECRET)).toBe(false);
  });

  it.each([
    [undefined],
    [''],
    ['sha256='],
    ['sha1=' + 'a'.repeat(40)],
    ['sha256=' + 'z'.repeat(64)],
    ['sha256=' + 'a'.repeat(63)],
    ['sha256=' + 'a'.repeat(66)],
  ])('returns false for the malformed header %j', (header) => {
    expect(verifySignature(META_BODY, header, SECRET)).toBe(false);
  });

  it('accepts an upper-case hex digest', () => {
    const header = signPayload(META_BODY, SECRET);
    expect(verifySignature(META_BODY, 'sha256=' + header.slice(7).toUpperCase(), SECRET)).toBe(true);
  });
});
