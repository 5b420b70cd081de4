import { describe, it, expect } from 'vitest';
import { loadRegions, REGION_DATA_ATTRIBUTION, titleCaseRegionName } from './regions.ts';
import { ianaZoneOfRegion, zoneOfRegion } from './zones.ts';

const regions = loadRegions();
const provinces = regions.filter((region) => region.level === 'province');
const regencies = regions.filter((region) => region.level === 'regency');
const byCode = new Map(regions.map((region) => [region.code, region]));

function region(code: string) {
  const found = byCode.get(code);
  if (found === undefined) throw new Error(`no region ${code}`);
  return found;
}

describe('loadRegions', () => {
  it('has 38 provinces and 514 regencies with unique codes', () => {
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);
    expect(byCode.size).toBe(552);
  });

  it('uses NN codes for provinces and NN.NN codes under an existing province for regencies', () => {
    for (const province of provinces) {
      expect(province.code).toMatch(/^\d{2}$/);
      expect(province.provinceCode).toBe(province.code);
      expect(province.kind).toBe('provinsi');
    }
    for (const regency of regencies) {
      expect(regency.code).toMatch(/^\d{2}\.\d{2}$/);
      expect(regency.code.slice(0, 2)).toBe(regency.provinceCode);
      expect(byCode.get(regency.provinceCode)?.level).toBe('province');
    }
  });

  it('gives every region a zone and an IANA time zone', () => {
    for (const item of regions) {
      expect(['WIB', 'WITA', 'WIT']).toContain(item.zone);
      expect(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']).toContain(item.timeZone);
    }
  });

  it('derives kabupaten/kota from the name, matching the code convention (kota from .71 up)', () => {
    expect(regencies.filter((item) => item.kind === 'kota')).toHaveLength(98);
    for (const regency of regencies) {
      expect(regency.kind).toBe(Number(regency.code.slice(3)) >= 71 ? 'kota' : 'kabupaten');
    }
  });

  it('shows names in title case, keeping DKI and lower-case "dan"', () => {
    expect(region('31').name).toBe('DKI Jakarta');
    expect(region('34').name).toBe('Daerah Istimewa Yogyakarta');
    expect(region('35.14').name).toBe('Kabupaten Pasuruan');
    expect(region('35.75').name).toBe('Kota Pasuruan');
    expect(region('73.10').name).toBe('Kabupaten Pangkajene dan Kepulauan');
    expect(region('31.74').name).toBe('Kota Administrasi Jakarta Selatan');
    expect(titleCaseRegionName('KABUPATEN  LIMA PULUH KOTA')).toBe('Kabupaten Lima Puluh Kota');
  });

  it('flags exactly the six DKI Jakarta units as administrative', () => {
    const administrative = regions.filter((item) => item.administrative === true).map((item) => item.code);
    expect(administrative).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    expect(region('32.01').administrative).toBeUndefined();
    expect(region('31').administrative).toBeUndefined();
  });

  it('caches the data but hands out a fresh array', () => {
    const again = loadRegions();
    expect(again).not.toBe(regions);
    expect(again[0]).toBe(regions[0]);
  });

  it('exports the ODbL attribution', () => {
    expect(REGION_DATA_ATTRIBUTION).toBe('Data wilayah: idn-area-data, ODbL');
  });
});

describe('zones', () => {
  it('spot checks', () => {
    expect(region('31')).toMatchObject({ zone: 'WIB', timeZone: 'Asia/Jakarta' });
    expect(region('61')).toMatchObject({ zone: 'WIB', timeZone: 'Asia/Pontianak' });
    expect(region('62.71')).toMatchObject({ zone: 'WIB', timeZone: 'Asia/Pontianak' });
    expect(region('51.71')).toMatchObject({ zone: 'WITA', timeZone: 'Asia/Makassar' });
    expect(region('64')).toMatchObject({ zone: 'WITA', timeZone: 'Asia/Makassar' });
    expect(region('81.71')).toMatchObject({ zone: 'WIT', timeZone: 'Asia/Jayapura' });
    const papuaTengah = regencies.filter((item) => item.provinceCode === '94');
    expect(papuaTengah.length).toBeGreaterThan(0);
    for (const item of papuaTengah) expect(item).toMatchObject({ zone: 'WIT', timeZone: 'Asia/Jayapura' });
  });

  it('counts provinces per zone', () => {
    const count = (zone: string) => provinces.filter((item) => item.zone === zone).length;
    expect([count('WIB'), count('WITA'), count('WIT')]).toEqual([18, 12, 8]);
  });

  it('looks up codes directly and rejects unknown or malformed ones', () => {
    expect(zoneOfRegion('35.14')).toBe('WIB');
    expect(zoneOfRegion(' 96 ')).toBe('WIT');
    expect(ianaZoneOfRegion('61.01')).toBe('Asia/Pontianak');
    expect(zoneOfRegion('99')).toBeNull();
    expect(zoneOfRegion('20.01')).toBeNull();
    expect(zoneOfRegion('3201')).toBeNull();
    expect(zoneOfRegion('32.01.01')).toBeNull();
    expect(ianaZoneOfRegion('')).toBeNull();
  });
});
