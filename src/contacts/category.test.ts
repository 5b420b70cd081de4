import { describe, expect, it } from 'vitest';
import { guessUserCategory } from './category.ts';

describe('guessUserCategory', () => {
  it.each([
    ['BPKAD Kab. Bogor', 'pemda'],
    ['Dinas Kesehatan Provinsi Jawa Barat', 'pemda'],
    ['Sekretariat DPRD Kota Pasuruan', 'pemda'],
    ['Pemerintah Desa Sukamaju', 'pemda'],
    ['KPPN Jakarta II', 'kl'],
    ['Kementerian Dalam Negeri', 'kl'],
    ['Universitas Gadjah Mada', 'akademisi'],
    ['Politeknik Keuangan Negara STAN', 'akademisi'],
    ['Harian Kompas', 'lainnya'],
    ['', 'lainnya'],
  ])('%s → %s', (institution, category) => {
    expect(guessUserCategory(institution)).toBe(category);
  });
});
