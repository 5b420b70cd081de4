import { describe, expect, it } from 'vitest';
import { attachmentName, formatBytes } from './fetchWithProgress.ts';
import { currentMonth, isMonth, lastCompleteMonth, monthName, shiftMonth } from './month.ts';

describe('report months', () => {
  it('opens the last complete month, judged in Asia/Jakarta', () => {
    // 1 November 2026 00:30 in Jakarta is still 31 October in UTC.
    const now = new Date('2026-10-31T17:30:00Z');
    expect(currentMonth(now)).toBe('2026-11');
    expect(lastCompleteMonth(now)).toBe('2026-10');
    expect(lastCompleteMonth(new Date('2026-01-15T05:00:00Z'))).toBe('2025-12');
  });

  it('shifts across years and checks the address', () => {
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2025-01', -12)).toBe('2024-01');
    expect([isMonth('2025-01'), isMonth('2025-13'), isMonth('2025-1'), isMonth(undefined)]).toEqual([true, false, false, false]);
  });

  it('names months in Indonesian or English', () => {
    expect(monthName('2026-10', 'id')).toBe('Oktober 2026');
    expect(monthName('2026-10', 'en')).toBe('October 2026');
  });
});

describe('downloads', () => {
  it('keeps the server\'s file name', () => {
    const headers = new Headers({ 'content-disposition': 'attachment; filename="laporan-contact-center-2026-10.pptx"' });
    expect(attachmentName(headers, 'x.pptx')).toBe('laporan-contact-center-2026-10.pptx');
    expect(attachmentName(new Headers(), 'laporan-contact-center-2026-10.json')).toBe('laporan-contact-center-2026-10.json');
  });

  it('shows sizes in id-ID', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(344_458)).toBe('336 KB');
    expect(formatBytes(1_300_000)).toBe('1,2 MB');
  });
});
