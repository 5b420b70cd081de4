import { describe, expect, it } from 'vitest';
import { matchKey, parseBoolean, parseDate, parseDecimal, parseInteger, parseMonth, parseTime, parseTimestamp } from './values.ts';

const iso = (text: string) => parseTimestamp(text)?.toISOString();

describe('import values', () => {
  it('reads ISO 8601 timestamps with their offset', () => {
    expect(iso('2025-01-02T08:15:00+07:00')).toBe('2025-01-02T01:15:00.000Z');
    expect(iso('2025-01-02T08:15:00Z')).toBe('2025-01-02T08:15:00.000Z');
    expect(iso('2025-01-02T08:15:00.250+0800')).toBe('2025-01-02T00:15:00.250Z');
    expect(iso('2025-01-02 08:15-05:00')).toBe('2025-01-02T13:15:00.000Z');
  });

  it('takes timestamps without an offset as Jakarta time (UTC+7), also day-first', () => {
    expect(iso('2025-01-02 08:15')).toBe('2025-01-02T01:15:00.000Z');
    expect(iso('2025-01-02 08:15:30')).toBe('2025-01-02T01:15:30.000Z');
    expect(iso('2025-01-01 03:00')).toBe('2024-12-31T20:00:00.000Z');
    expect(iso('02/01/2025 08:15')).toBe('2025-01-02T01:15:00.000Z');
    expect(iso('2/1/2025 8.15')).toBe('2025-01-02T01:15:00.000Z');
  });

  it('rejects impossible or unreadable timestamps', () => {
    for (const bad of ['31/02/2025 10:00', '2025-02-29 10:00', '2025-01-02 24:00', '2025-13-01 10:00', 'kemarin', '2025-01-02', '1735780500']) {
      expect(parseTimestamp(bad), bad).toBeUndefined();
    }
    expect(iso('2024-02-29 10:00')).toBe('2024-02-29T03:00:00.000Z');
  });

  it('reads dates as YYYY-MM-DD or DD/MM/YYYY, ignoring a spreadsheet midnight', () => {
    expect(parseDate('2025-01-31')).toBe('2025-01-31');
    expect(parseDate('31/01/2025')).toBe('2025-01-31');
    expect(parseDate('1/2/2025')).toBe('2025-02-01');
    expect(parseDate('2025-01-31 00:00:00')).toBe('2025-01-31');
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('01/31/2025')).toBeUndefined();
    expect(parseDate('2025-01-31 09:00:00')).toBeUndefined();
  });

  it('reads times of day and months', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('13.30')).toBe('13:30');
    expect(parseTime('1899-12-30 08:30:00')).toBe('08:30');
    expect(parseTime('25:00')).toBeUndefined();
    expect(parseMonth('2025-01')).toBe('2025-01');
    expect(parseMonth('2025-01-01 00:00:00')).toBe('2025-01');
    expect(parseMonth('2025-13')).toBeUndefined();
  });

  it('reads booleans in English and Indonesian', () => {
    for (const yes of ['true', 'TRUE', '1', 'ya', 'Y']) expect(parseBoolean(yes), yes).toBe(true);
    for (const no of ['false', '0', 'tidak', 'n', 'Tidak']) expect(parseBoolean(no), no).toBe(false);
    expect(parseBoolean('mungkin')).toBeUndefined();
  });

  it('reads whole numbers and decimals without guessing thousands separators', () => {
    expect(parseInteger('7')).toBe(7);
    expect(parseInteger('5.0')).toBe(5);
    expect(parseInteger('4.5')).toBeUndefined();
    expect(parseDecimal('104000')).toBe(104000);
    expect(parseDecimal('81,58')).toBe(81.58);
    expect(parseDecimal('81.58')).toBe(81.58);
    expect(parseDecimal('104.000,5')).toBeUndefined();
    expect(parseDecimal('1.234.567')).toBeUndefined();
  });

  it('compares codes and labels ignoring case, spaces and punctuation', () => {
    expect(matchKey('JF AKPD')).toBe('jfakpd');
    expect(matchKey('JFAKPD')).toBe(matchKey('jf-akpd'));
    expect(matchKey('DID / IF')).toBe(matchKey('did_if'));
    expect(matchKey('Kementerian/Lembaga')).toBe('kementerianlembaga');
  });
});
