import { describe, expect, it } from 'vitest';
import { periodRange, slotTime } from './format.ts';

describe('booking periods', () => {
  it('upcoming starts today and has no end', () => {
    expect(periodRange('upcoming', '2026-11-28')).toEqual({ from: '2026-11-28', to: null });
  });
  it('this month and last month are whole calendar months', () => {
    expect(periodRange('this_month', '2026-11-28')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(periodRange('last_month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('last_month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
  it('all has no bounds', () => {
    expect(periodRange('all', '2026-11-28')).toEqual({ from: null, to: null });
  });
});

describe('slot times', () => {
  it('are written the Indonesian way, with the zone', () => {
    expect(slotTime('09:00')).toBe('09.00 WIB');
    expect(slotTime(null)).toBe('');
  });
});
