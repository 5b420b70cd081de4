import { describe, expect, it } from 'vitest';
import { column, table } from './sections/common.ts';
import { fitTables, wrap } from './table-fit.ts';

// One point per character: widths in these tests are character counts.
const monospace = (text: string): number => text.length;

describe('table fitting', () => {
  it('wraps on whole words and cuts the text after the last allowed line', () => {
    expect(wrap('Kab. Bogor', 20, monospace, 2)).toEqual({ text: 'Kab. Bogor', lines: 1 });
    expect(wrap('Kabupaten Bolaang Mongondow', 17, monospace, 2)).toEqual({ text: 'Kabupaten Bolaang Mongondow', lines: 2 });
    expect(wrap('Kabupaten Bolaang Mongondow', 12, monospace, 2)).toEqual({ text: 'Kabupaten Bolaang...', lines: 2 });
    expect(wrap('satu dua tiga empat lima enam', 9, monospace, 2)).toEqual({ text: 'satu dua tiga...', lines: 2 });
  });

  it('takes the largest font at which the tables fit, and shows a long table down to the row limit', () => {
    const long = table('Rincian', [column('No', 'integer'), column('Nama', 'text', 3)], Array.from({ length: 40 }, (_, i) => [i + 1, `Daerah ${i + 1}`]));
    const roomy = fitTables([long], { x: 0, y: 0, w: 300, h: 2000 }, 25, (t, size) => t.length * size * 0.5);
    expect(roomy.fontSize).toBe(10);
    expect(roomy.tables[0]?.rows).toHaveLength(25);
    expect(roomy.tables[0]?.rows.at(-1)).toEqual(['', '... dan 16 baris lainnya (lihat XLSX)']);
    const tight = fitTables([long], { x: 0, y: 0, w: 300, h: 280 }, 25, (t, size) => t.length * size * 0.5);
    expect(tight.fontSize).toBeLessThan(10);
    const used = (tight.tables[0]?.rowHeights ?? []).reduce((a, b) => a + b, 0);
    expect(used).toBeLessThanOrEqual(280);
  });
});
