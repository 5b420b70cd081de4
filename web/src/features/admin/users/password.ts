// Letters and digits without look-alikes (0/O, 1/l/I), so a password read aloud is typed right.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
// The largest multiple of the alphabet's length below 256: bytes above it are skipped, so every character is equally likely.
const LIMIT = 256 - (256 % ALPHABET.length);

/** A random password (16 characters by default) from the browser's secure generator. */
export function generatePassword(length = 16): string {
  let password = '';
  while (password.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < LIMIT && password.length < length) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  return password;
}
