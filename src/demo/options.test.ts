import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { monthsEnding, parseDemoOptions } from './options.ts';
import { elapsedShare, monthVolume } from './volume.ts';

const NOW = new Date('2025-06-18T10:00:00+07:00');

describe('demo options', () => {
  it('defaults to 13 months of 1,000 tickets ending with the current Jakarta month', () => {
    const options = parseDemoOptions({}, new Date('2025-05-31T17:30:00Z')); // already 1 June in Jakarta
    expect(options).toMatchObject({ months: 13, seed: 1, ticketsPerMonth: 1000, endMonth: '2025-06' });
    expect(monthsEnding(options.endMonth, options.months)).toEqual([
      '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
      '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06',
    ]);
  });

  it('refuses future months, bad numbers and a scale month outside the range', () => {
    const refused = (raw: Parameters<typeof parseDemoOptions>[0]) => expect(() => parseDemoOptions(raw, NOW)).toThrow(AppError);
    refused({ endMonth: '2025-07' });
    refused({ months: 0 });
    refused({ ticketsPerMonth: '12.5' });
    refused({ seed: 'abc' });
    refused({ scaleMonth: '2025-01' });
    refused({ months: 3, scaleMonth: '2025-01', scaleTickets: 100 });
    expect(parseDemoOptions({ months: 3, scaleMonth: '2025-05', scaleTickets: '1000000' }, NOW).scale).toEqual({ month: '2025-05', tickets: 1_000_000 });
  });
});

describe('demo volume', () => {
  it('fills past months, part of the current one and none of the future', () => {
    expect(elapsedShare('2025-05', NOW)).toBe(1);
    expect(elapsedShare('2025-07', NOW)).toBe(0);
    // 17 days and 10 hours of June's 30 days.
    expect(elapsedShare('2025-06', NOW)).toBeCloseTo((17 * 24 + 10) / (30 * 24), 6);
  });

  it('varies months around the average and gives the scale month exactly its tickets', () => {
    const options = { seed: 1, ticketsPerMonth: 1000, now: NOW, scale: { month: '2025-03', tickets: 100_000 } };
    const counts = monthsEnding('2025-05', 12).map((m) => monthVolume(m, options).tickets);
    expect(counts[9]).toBe(100_000);
    const others = counts.filter((_, i) => i !== 9);
    for (const n of others) {
      expect(n).toBeGreaterThanOrEqual(800);
      expect(n).toBeLessThanOrEqual(1200);
    }
    expect(new Set(others).size).toBeGreaterThan(8);
    expect(monthVolume('2025-06', options).tickets).toBeLessThan(700);
  });
});
