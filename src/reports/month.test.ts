import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { monthDays, nextMonth, previousMonth, reportMonths, sameMonthLastYear } from './month.ts';

describe('report months', () => {
  it('steps back across the year boundary', () => {
    expect(previousMonth('2025-01')).toBe('2024-12');
    expect(previousMonth('2025-03')).toBe('2025-02');
    expect(sameMonthLastYear('2025-01')).toBe('2024-01');
    expect(nextMonth('2024-12')).toBe('2025-01');
    expect(reportMonths('2025-01')).toEqual({ month: '2025-01', previous: '2024-12', lastYear: '2024-01' });
  });

  it('gives the calendar days of a month for date columns', () => {
    expect(monthDays('2024-12')).toEqual({ from: '2024-12-01', to: '2025-01-01' });
  });

  it('rejects what is not YYYY-MM', () => {
    for (const bad of ['2025-13', '2025-1', '202501', 'Januari', '2025-00']) {
      expect(() => previousMonth(bad)).toThrow(AppError);
    }
    expect(() => reportMonths('2025-13')).toThrow(/expected YYYY-MM/);
  });
});
