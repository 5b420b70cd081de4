import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api.ts';
import { fieldErrorsOf } from './shared/errors.ts';
import { sayFieldMessage } from './shared/schema-messages.ts';
import { formatLongDate, shiftTime, WEEK } from './calendar/time.ts';
import { generatePassword } from './users/password.ts';
import { initialValue } from './directory/fields.ts';

describe('server field messages', () => {
  it('names schema and service fields alike, and required properties by their name', () => {
    const error = new ApiError(400, 'validation', 'bad', [
      { field: 'body.username', message: 'must NOT have fewer than 2 characters' },
      { field: 'password', message: 'A password needs at least 10 characters' },
      { field: 'body', message: "must have required property 'role'" },
      { field: 'params.extension', message: 'must match pattern "^[0-9]+$"' },
      { field: 'password', message: 'a second message for the same field' },
      { message: 'no field at all' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      username: 'must NOT have fewer than 2 characters',
      password: 'A password needs at least 10 characters',
      role: "must have required property 'role'",
      extension: 'must match pattern "^[0-9]+$"',
    });
    expect(fieldErrorsOf(new Error('network'))).toEqual({});
  });

  it('says the schema validator\'s messages in Indonesian and English, and leaves Sapa\'s own alone', () => {
    expect(sayFieldMessage('must NOT have fewer than 1 characters', 'id')).toBe('Wajib diisi.');
    expect(sayFieldMessage('must NOT have fewer than 2 characters', 'id')).toBe('Minimal 2 karakter.');
    expect(sayFieldMessage('must match format "email"', 'id')).toBe('Alamat email tidak valid.');
    expect(sayFieldMessage('must be <= 90', 'en')).toBe('At most 90.');
    expect(sayFieldMessage('Required for the l2 role', 'id')).toBe('Required for the l2 role');
  });
});

describe('service hours and holidays', () => {
  it('shows WIB hours in WITA and WIT, Monday first', () => {
    expect(WEEK[0]).toBe('1');
    expect(WEEK[6]).toBe('0');
    expect(shiftTime('08:00', 1)).toBe('09:00');
    expect(shiftTime('17:30', 2)).toBe('19:30');
    expect(shiftTime('23:15', 2)).toBe('01:15');
  });

  it('writes a holiday date the Indonesian way, whatever the machine\'s zone', () => {
    expect(formatLongDate('2026-08-17', 'id-ID')).toBe('Senin, 17 Agustus 2026');
    expect(formatLongDate('2026-01-01', 'en-GB')).toMatch(/^Thursday,? 1 January 2026$/);
  });
});

describe('initial passwords', () => {
  it('are 16 unambiguous characters, different each time', () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{16}$/);
    expect(a).not.toBe(b);
    expect(generatePassword(24)).toHaveLength(24);
  });
});

describe('code-table forms', () => {
  it('start from the row, or from empty values of the right type', () => {
    const kind = { key: 'kind', label: 'Jenis', kind: 'select' as const, options: [{ value: 'technical', label: 'Teknis' }] };
    expect(initialValue(kind, null)).toBe('technical');
    expect(initialValue({ key: 'active', label: 'Aktif', kind: 'switch' }, null)).toBe(true);
    expect(initialValue({ key: 'sort_order', label: 'Urutan', kind: 'number' }, { code: 'DBH', sort_order: 3 })).toBe(3);
    expect(initialValue({ key: 'label', label: 'Label', kind: 'text' }, { code: 'DBH', label: 'DBH' })).toBe('DBH');
  });
});
