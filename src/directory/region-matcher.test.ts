import { describe, it, expect } from 'vitest';
import { createRegionMatcher, normaliseRegionText } from './region-matcher.ts';
import type { RegionMatch } from './region-matcher.ts';
import { loadRegions } from './regions.ts';

const regions = loadRegions();
const matcher = createRegionMatcher(regions);

/** The matched code, "?a,b" for ambiguous candidates, "~code" for approximate, or "unknown". */
function code(input: string): string {
  return describeMatch(matcher.match(input));
}

function describeMatch(result: RegionMatch): string {
  switch (result.status) {
    case 'matched':
      return (result.approximate === true ? '~' : '') + result.region.code;
    case 'ambiguous':
      return '?' + result.candidates.map((region) => region.code).join(',');
    case 'unknown':
      return 'unknown';
  }
}

/** Provinces whose name is also a kota's name. */
const SHARED_WITH_KOTA = new Set(['17', '15', '75']);

describe('normaliseRegionText', () => {
  it('lower-cases, strips accents and punctuation, joins dotted initials', () => {
    expect(normaliseRegionText('  Kab.  BOGOR ')).toBe('kab bogor');
    expect(normaliseRegionText('D.I. Yogyakarta')).toBe('di yogyakarta');
    expect(normaliseRegionText('Tojo Una-Una')).toBe('tojo una una');
    expect(normaliseRegionText('Kab.Bogor')).toBe('kab bogor');
    expect(normaliseRegionText('Bogor\u00a0Baru')).toBe('bogor baru');
    expect(normaliseRegionText('Sérang')).toBe('serang');
  });
});

describe('round trips over the whole data set', () => {
  const regencies = regions.filter((region) => region.level === 'regency');
  const provinces = regions.filter((region) => region.level === 'province');

  it.each(regencies.map((region) => [region.code, region] as const))('regency %s', (regencyCode, region) => {
    const upper = region.name.toUpperCase();
    const short = region.kind === 'kota' ? region.name : region.name.replace(/^Kabupaten /, 'Kab. ');
    expect(code(region.name)).toBe(regencyCode);
    expect(code(upper)).toBe(regencyCode);
    expect(code(short)).toBe(regencyCode);
    expect(code(`  ${short.toLowerCase()}  `)).toBe(regencyCode);
  });

  it('checks the short form of a kabupaten really is abbreviated', () => {
    expect(code('Kab. Pasuruan')).toBe('35.14');
  });

  it.each(provinces.map((region) => [region.code, region] as const))('province %s', (provinceCode, region) => {
    expect(code(`Provinsi ${region.name}`)).toBe(provinceCode);
    expect(code(`PROVINSI ${region.name.toUpperCase()}`)).toBe(provinceCode);
    expect(code(`Prov. ${region.name}`)).toBe(provinceCode);
    if (SHARED_WITH_KOTA.has(provinceCode)) {
      expect(code(region.name)).toMatch(new RegExp(`^\\?${provinceCode},`));
    } else {
      expect(code(region.name)).toBe(provinceCode);
      expect(code(region.name.toUpperCase())).toBe(provinceCode);
    }
  });
});

describe('forms people type', () => {
  it.each([
    ['Kab. Bogor', '32.01'],
    ['kab bogor', '32.01'],
    ['Kabupaten Bogor', '32.01'],
    ['KABUPATEN BOGOR', '32.01'],
    ['Kab.Bogor', '32.01'],
    ['Kota Bogor', '32.71'],
    ['Kota Pasuruan', '35.75'],
    ['Kab. Pasuruan', '35.14'],
    ['Prov. DKI Jakarta', '31'],
    ['Provinsi Jawa Barat', '32'],
    ['Pemprov Jawa Barat', '32'],
    ['Pemkab Bogor', '32.01'],
    ['Pemkot Bogor', '32.71'],
    ['Pemerintah Kabupaten Bogor', '32.01'],
    ['Pemerintah Daerah Kabupaten Bogor', '32.01'],
    ['Pemerintah Kota Bogor', '32.71'],
    ['Pemerintah Provinsi Jawa Timur', '35'],
    ['Pemerintah Provinsi DKI Jakarta', '31'],
    ['Pemerintah Daerah Istimewa Yogyakarta', '34'],
    ['Kota Adm. Jakarta Selatan', '31.74'],
    ['Kota Administrasi Jakarta Selatan', '31.74'],
    ['Kab. Adm. Kepulauan Seribu', '31.01'],
    ['Kab. Adm. Kep. Seribu', '31.01'],
    ['Jakarta Selatan', '31.74'],
    ['jakarta  timur', '31.75'],
    ['Kepulauan Seribu', '31.01'],
    ['Kab. Kep. Aru', '81.07'],
    ['Kep. Riau', '21'],
    ['Lima Puluh Kota', '13.07'],
    ['Kotabaru', '63.02'],
    ['Kota Kotamobagu', '71.74'],
    ['Kota Baubau', '74.72'],
    ['Tojo Una-Una', '72.09'],
    ['Kota Palangka Raya', '62.71'],
    ['Pangkalpinang', '19.71'],
    ['Kotamadya Malang', '35.73'],
  ])('%s → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('province short names and aliases', () => {
  it.each([
    ['Jakarta', '31'],
    ['DKI', '31'],
    ['dki jakarta', '31'],
    ['Jogja', '34'],
    ['DIY', '34'],
    ['D.I. Yogyakarta', '34'],
    ['Provinsi Yogyakarta', '34'],
    ['Pemda DIY', '34'],
    ['Jabar', '32'],
    ['Jateng', '33'],
    ['Jatim', '35'],
    ['Sumut', '12'],
    ['Sumbar', '13'],
    ['Sumsel', '16'],
    ['Sulsel', '73'],
    ['Sulut', '71'],
    ['Sulteng', '72'],
    ['Sultra', '74'],
    ['Sulbar', '76'],
    ['Kalbar', '61'],
    ['Kalteng', '62'],
    ['Kalsel', '63'],
    ['Kaltim', '64'],
    ['Kaltara', '65'],
    ['NTB', '52'],
    ['N.T.T.', '53'],
    ['Babel', '19'],
    ['Bangka Belitung', '19'],
    ['Kepri', '21'],
    ['Malut', '82'],
    ['Papua Selatan', '93'],
    ['Papua Tengah', '94'],
    ['Papua Pegunungan', '95'],
    ['Papua Barat Daya', '96'],
    ['Papua Barat', '92'],
    ['Papua', '91'],
    ['Jaksel', '31.74'],
  ])('%s → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('keeps "Yogyakarta" ambiguous: it is also Kota Yogyakarta', () => {
    expect(code('Yogyakarta')).toBe('?34,34.71');
    expect(code('Kota Yogyakarta')).toBe('34.71');
  });
});

describe('ambiguity', () => {
  it('reports a kabupaten/kota pair named alike', () => {
    expect(code('Pasuruan')).toBe('?35.14,35.75');
    expect(code('Bogor')).toBe('?32.01,32.71');
    expect(code('PASURUAN')).toBe('?35.14,35.75');
  });

  it('returns the candidates themselves', () => {
    const result = matcher.match('Bogor');
    expect(result.status).toBe('ambiguous');
    if (result.status !== 'ambiguous') return;
    expect(result.candidates.map((region) => region.name)).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
  });

  it('reports a province sharing its name with a kota, unless a kind word decides', () => {
    expect(code('Bengkulu')).toBe('?17,17.71');
    expect(code('Jambi')).toBe('?15,15.71');
    expect(code('Gorontalo')).toBe('?75,75.01,75.71');
    expect(code('Provinsi Bengkulu')).toBe('17');
    expect(code('Kota Bengkulu')).toBe('17.71');
    expect(code('Kab. Gorontalo')).toBe('75.01');
  });

  it('narrows by a province after a comma or in brackets', () => {
    expect(code('Bogor, Jawa Barat')).toBe('?32.01,32.71');
    expect(code('Kab. Bogor, Jawa Barat')).toBe('32.01');
    expect(code('Kota Bogor, Provinsi Jawa Barat, Indonesia')).toBe('32.71');
    expect(code('Banjar')).toBe('?32.79,63.03');
    expect(code('Banjar, Jawa Barat')).toBe('32.79');
    expect(code('Banjar (Kalsel)')).toBe('63.03');
    expect(code('Sorong, Papua Barat Daya')).toBe('?96.01,96.71');
    expect(code('Bengkulu, Bengkulu')).toBe('?17,17.71');
  });

  it('does not guess when the kind or province contradicts a real name', () => {
    expect(code('Kota Sleman')).toBe('unknown');
    expect(code('Bogor, Jawa Timur')).toBe('unknown');
    expect(code('Bogor, Atlantis')).toBe('unknown');
    expect(code('Kota Jakarta')).toBe('unknown');
  });
});

describe('codes typed directly', () => {
  it.each([
    ['32.01', '32.01'],
    ['32', '32'],
    ['3201', '32.01'],
    [' 35.75 ', '35.75'],
    ['32 01', '32.01'],
    ['96', '96'],
    ['99', 'unknown'],
    ['32.99', 'unknown'],
    ['320', 'unknown'],
  ])('%s → %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });
});

describe('typo tolerance', () => {
  it('accepts one edit in a long enough name and marks it approximate', () => {
    expect(code('Kab. Bogorr')).toBe('~32.01');
    expect(code('Kabupaten Pasurun')).toBe('~35.14');
    expect(code('Kota Surabya')).toBe('~35.78');
    expect(code('Jawa Barad')).toBe('~32');
  });

  it('never returns approximate for an exact name', () => {
    expect(matcher.match('Kab. Bogor')).not.toHaveProperty('approximate');
  });

  it('refuses short names, two edits and non-unique neighbours', () => {
    expect(code('Kab. Bogr')).toBe('unknown');
    expect(code('Kab. Bgorr')).toBe('unknown');
    expect(code('Bogorr')).toBe('unknown');
    expect(code('Kota Surabyaa')).toBe('unknown');
  });
});

describe('garbage', () => {
  it.each(['asdfgh', '', '   ', 'Kota', 'Kab.', 'Provinsi', ',', '!!!'])('%j is unknown', (input) => {
    expect(matcher.match(input)).toEqual({ status: 'unknown', input });
  });
});

describe('regions from an edited table', () => {
  it('skips a name that is only a kind word instead of failing, and still matches its code', () => {
    const [first] = regions;
    if (first === undefined) throw new Error('no regions');
    const edited = createRegionMatcher([{ ...first, name: 'Kota' }]);
    expect(describeMatch(edited.match('11'))).toBe('11');
    expect(describeMatch(edited.match('Kota'))).toBe('unknown');
  });
});
