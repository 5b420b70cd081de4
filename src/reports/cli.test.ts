import { describe, expect, it } from 'vitest';
import { checkReportOptions, describePeriod } from '../cli/report.ts';

describe('sapa report options', () => {
  it('writes JSON to stdout by default and files only with --out', () => {
    expect(checkReportOptions({ month: '2025-01', format: 'json' })).toEqual({ month: '2025-01', format: 'json' });
    expect(checkReportOptions({ month: '2025-01', format: 'PPTX', out: 'x.pptx' })).toEqual({ month: '2025-01', format: 'pptx', out: 'x.pptx' });
    expect(() => checkReportOptions({ month: '2025-01', format: 'pdf' })).toThrow('--format pdf writes a file: give --out FILE');
    expect(() => checkReportOptions({ month: '2025-01', format: 'docx', out: 'x' })).toThrow("Unknown format 'docx'");
    expect(() => checkReportOptions({ month: '2025-1', format: 'json' })).toThrow('expected YYYY-MM');
  });

  it('states the period with its comparison months', () => {
    expect(describePeriod('2025-01')).toBe('Januari 2025 (Asia/Jakarta), compared with Desember 2024 and Januari 2024');
  });
});
