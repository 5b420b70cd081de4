import { describe, it, expect } from 'vitest';
import { isValidEmail, normaliseEmail, normalisePhone } from './identity.ts';

describe('normalisePhone', () => {
  it.each([
    ['0811-150420-7', '+628111504207'],
    ['0811 1504 207', '+628111504207'],
    ['08111504207', '+628111504207'],
    ['0811.1504.207', '+628111504207'],
    ['+62 811 1504 207', '+628111504207'],
    ['+62 (0) 811 1504 207', '+628111504207'],
    ['  +62 811-1504-207  ', '+628111504207'],
    ['628111504207', '+628111504207'],
    ['(021) 3450 123', '+62213450123'],
    ['021-3450123', '+62213450123'],
  ])('reads the Indonesian form %j as %s', (input, e164) => {
    expect(normalisePhone(input)).toBe(e164);
  });

  it('reads digits starting with 62 as the country code, like a WhatsApp wa_id', () => {
    expect(normalisePhone('62213450123')).toBe('+62213450123');
    expect(normalisePhone('62 21 3450 123')).toBe('+62213450123');
  });

  it('keeps foreign numbers given with a plus', () => {
    expect(normalisePhone('+60 12-345 6789')).toBe('+60123456789');
    expect(normalisePhone('+1 202 555 0143')).toBe('+12025550143');
  });

  it('gives the same string for a WhatsApp wa_id and the number typed in a form', () => {
    const fromWhatsApp = normalisePhone('628111504207');
    expect(fromWhatsApp).not.toBeNull();
    expect(normalisePhone('0811-150420-7')).toBe(fromWhatsApp);
    expect(normalisePhone('+62 811 1504 207')).toBe(fromWhatsApp);
  });

  it.each([
    ['150420', 'a short service number'],
    ['112', 'an emergency number'],
    ['+62811', 'too short'],
    ['0811 ABC 207', 'letters'],
    ['0811-1504-207 (WA)', 'a note'],
    ['tel:+628111504207', 'a URI'],
    ['08111504207/08129999999', 'two numbers'],
    ['', 'empty'],
    ['   ', 'blank'],
    ['+', 'a lone plus'],
  ])('rejects %j (%s)', (input) => {
    expect(normalisePhone(input)).toBeNull();
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['budi@kemenkeu.go.id', 'budi@kemenkeu.go.id'],
    ['  Budi@Kemenkeu.go.id  ', 'budi@kemenkeu.go.id'],
    ['Budi <Budi@Kemenkeu.go.id>', 'budi@kemenkeu.go.id'],
    ['"Budi, S.E." <budi.santoso@kemenkeu.go.id>', 'budi.santoso@kemenkeu.go.id'],
    ['<budi@kemenkeu.go.id>', 'budi@kemenkeu.go.id'],
    ['mailto:Budi@Kemenkeu.go.id', 'budi@kemenkeu.go.id'],
    ['MAILTO:budi@kemenkeu.go.id?subject=Pengaduan', 'budi@kemenkeu.go.id'],
    ['Budi <mailto:budi@kemenkeu.go.id>', 'budi@kemenkeu.go.id'],
    ['budi+pajak@mail.example.co.id', 'budi+pajak@mail.example.co.id'],
  ])('normalises %j to %s', (input, address) => {
    expect(normaliseEmail(input)).toBe(address);
    expect(isValidEmail(input)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['budi', 'no @'],
    ['budi@@kemenkeu.go.id', 'two @'],
    ['budi@kemenkeu@go.id', 'two @ apart'],
    ['@kemenkeu.go.id', 'no local part'],
    ['budi@', 'no domain'],
    ['budi@localhost', 'no dot in the domain'],
    ['budi@kemenkeu..go.id', 'an empty label'],
    ['budi@kemenkeu.go.id.', 'a trailing dot'],
    ['budi@.kemenkeu.go.id', 'a leading dot'],
    ['budi@-kemenkeu.go.id', 'a label starting with a hyphen'],
    ['budi@10.0.0.1', 'an IP address'],
    ['budi santoso@kemenkeu.go.id', 'a space'],
    ['budi@kemenkeu go.id', 'a space in the domain'],
    ['.budi@kemenkeu.go.id', 'a leading dot in the local part'],
    ['budi..santoso@kemenkeu.go.id', 'two dots in the local part'],
    ['Budi <budi>', 'a display name around a non-address'],
    [`${'a'.repeat(65)}@kemenkeu.go.id`, 'a local part over 64 characters'],
  ])('rejects %j (%s)', (input) => {
    expect(normaliseEmail(input)).toBeNull();
    expect(isValidEmail(input)).toBe(false);
  });
});
