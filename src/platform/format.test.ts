import { describe, it, expect } from 'vitest';
import { AppError } from './errors.ts';
import {
  describeChange,
  formatDate,
  formatDateLong,
  formatDateTime,
  formatDecimal,
  formatMonthShort,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatShare,
  monthName,
  MONTH_NAMES,
  percentChange,
  roundHalfUp,
} from './format.ts';

describe('numbers', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumber(1010)).toBe('1.010');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-1234.5, 1)).toBe('-1.234,5');
    expect(formatNumber(118.7, 2)).toBe('118,70');
  });

  it('formatDecimal uses a decimal comma and drops trailing zeros', () => {
    expect(formatDecimal(118.7, 1)).toBe('118,7');
    expect(formatDecimal(118.7, 2)).toBe('118,7');
    expect(formatDecimal(118.74, 1)).toBe('118,7');
    expect(formatDecimal(100, 1)).toBe('100');
  });

  it('formats shares and percentages', () => {
    expect(formatShare(0.8158)).toBe('81,58%');
    expect(formatShare(1)).toBe('100,00%');
    expect(formatPercent(16)).toBe('16%');
    expect(formatPercent(1010)).toBe('1.010%');
  });

  it('never emits non-breaking spaces', () => {
    const all = [formatNumber(1e6), formatShare(0.5), formatDateTime(new Date('2025-01-05T01:15:00Z'))].join('');
    expect(all).not.toMatch(/[\u00a0\u202f]/);
  });
});

describe('roundHalfUp (half away from zero)', () => {
  it.each([
    [71.43, 71],
    [16.5, 17],
    [0.5, 1],
    [-0.5, -1],
    [-22.5, -23],
    [2.4999, 2],
    [-2.4999, -2],
    [0, 0],
  ])('%d → %d', (x, expected) => {
    expect(roundHalfUp(x)).toBe(expected);
  });

  it('does not return -0', () => {
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });
});

describe('percentChange', () => {
  it('15 vs 7 is +114% (the seed report page 2 wrongly said 71%)', () => {
    expect(percentChange(15, 7)).toBe(114);
  });

  it('24 vs 25 is -4% (the seed report wrongly said "turun 1%")', () => {
    expect(percentChange(24, 25)).toBe(-4);
  });

  it('has no value against a base of 0', () => {
    expect(percentChange(5, 0)).toBeNull();
    expect(percentChange(0, 0)).toBeNull();
  });

  it('rounds an exact half away from zero', () => {
    expect(percentChange(9, 8)).toBe(13); // 12.5
    expect(percentChange(7, 8)).toBe(-13); // -12.5
    expect(percentChange(229, 200)).toBe(15); // 14.5, inexact as 0.145 * 100
  });
});

describe('describeChange', () => {
  it('says naik / turun with a whole percentage', () => {
    expect(describeChange(29, 25)).toBe('naik 16%');
    expect(describeChange(77, 100)).toBe('turun 23%');
    expect(describeChange(15, 7)).toBe('naik 114%');
    expect(describeChange(0, 4)).toBe('turun 100%');
  });

  it('says sama for equal values, including both zero', () => {
    expect(describeChange(12, 12)).toBe('sama');
    expect(describeChange(0, 0)).toBe('sama');
  });

  it('puts a change from zero in words, not a percentage', () => {
    expect(describeChange(5, 0)).toBe('naik dari 0');
    expect(describeChange(5, 0, 'pengaduan')).toBe('naik dari 0 menjadi 5 pengaduan');
  });

  it('does not call a tiny change "sama"', () => {
    expect(describeChange(1001, 1000)).toBe('naik kurang dari 1%');
    expect(describeChange(999, 1000)).toBe('turun kurang dari 1%');
  });
});

describe('dates (Asia/Jakarta unless told)', () => {
  it('formatDate', () => {
    expect(formatDate(new Date('2025-01-05T10:00:00+07:00'))).toBe('05/01/2025');
    expect(formatDate(new Date('2025-01-04T20:00:00Z'))).toBe('05/01/2025'); // 03:00 on 5 Jan in Jakarta
    expect(formatDate(new Date('2025-01-04T20:00:00Z'), 'UTC')).toBe('04/01/2025');
  });

  it('formatDateLong', () => {
    expect(formatDateLong(new Date('2025-01-05T10:00:00+07:00'))).toBe('5 Januari 2025');
    expect(formatDateLong(new Date('2025-08-16T18:00:00Z'))).toBe('17 Agustus 2025');
  });

  it('formatDateTime', () => {
    expect(formatDateTime(new Date('2025-01-05T01:15:00Z'))).toBe('05/01/2025 08.15');
    expect(formatDateTime(new Date('2025-01-05T16:05:00Z'))).toBe('05/01/2025 23.05');
    expect(formatDateTime(new Date('2025-01-05T17:00:00Z'))).toBe('06/01/2025 00.00');
    expect(formatDateTime(new Date('2025-01-05T01:15:00Z'), 'Asia/Jayapura')).toBe('05/01/2025 10.15');
  });

  it('rejects an invalid Date', () => {
    expect(() => formatDate(new Date('nope'))).toThrow(AppError);
  });
});

describe('months', () => {
  it('names months in Indonesian', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(monthName(1)).toBe('Januari');
    expect(monthName(8)).toBe('Agustus');
    expect(monthName(12)).toBe('Desember');
    expect(() => monthName(0)).toThrow(AppError);
    expect(() => monthName(13)).toThrow(AppError);
    expect(() => monthName(1.5)).toThrow(AppError);
  });

  it('formatMonthYear', () => {
    expect(formatMonthYear('2025-01')).toBe('Januari 2025');
    expect(formatMonthYear('2024-12')).toBe('Desember 2024');
  });

  it('formatMonthShort gives the chart labels', () => {
    expect(formatMonthShort('2024-12')).toBe('Des-24');
    expect(formatMonthShort('2025-01')).toBe('Jan-25');
    expect(formatMonthShort('2024-01')).toBe('Jan-24');
    expect(formatMonthShort('2025-05')).toBe('Mei-25');
    expect(formatMonthShort('2025-08')).toBe('Agu-25');
    expect(formatMonthShort('2025-10')).toBe('Okt-25');
  });

  it('rejects a malformed month naming it', () => {
    expect(() => formatMonthYear('2025-13')).toThrow("'2025-13'");
    expect(() => formatMonthShort('2025-1')).toThrow(AppError);
  });
});
