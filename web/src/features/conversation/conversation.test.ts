import { describe, expect, it } from 'vitest';
import { normaliseRegion, regionFilter, regionLabel } from './regionSearch.ts';
import { parameterCount, renderTemplate, sentTemplateText } from './templateText.ts';
import type { Region } from './types.ts';

const regions: Region[] = [
  { code: '35', name: 'Jawa Timur', level: 'province', province_code: '35', zone: 'WIB' },
  { code: '35.14', name: 'Kabupaten Pasuruan', level: 'regency', province_code: '35', zone: 'WIB' },
  { code: '35.75', name: 'Kota Pasuruan', level: 'regency', province_code: '35', zone: 'WIB' },
];
const provinces = new Map([['35', 'Jawa Timur']]);
const options = regions.map((r) => ({ value: r.code, label: regionLabel(r, provinces) }));
const found = (search: string) => regionFilter({ options, search, limit: 10 }).map((o) => ('value' in o ? o.value : ''));

describe('region search', () => {
  it('reads names as people type them', () => {
    expect(normaliseRegion('Kab. Bogor')).toEqual(['kabupaten', 'bogor']);
    expect(normaliseRegion('Prov. DKI Jakarta')).toEqual(['dki', 'jakarta']);
    expect(normaliseRegion('Pemprov Jawa Barat')).toEqual(['jawa', 'barat']);
  });

  it('finds the kabupaten, the kota, or both', () => {
    expect(found('kab pasuruan')).toEqual(['35.14']);
    expect(found('Kota Pasuruan')).toEqual(['35.75']);
    expect(found('pasuruan')).toEqual(['35.14', '35.75']);
    expect(found('Prov. Jawa Timur')).toEqual(['35', '35.14', '35.75']);
  });

  it('labels a regency with its province', () => {
    expect(options[1]?.label).toBe('Kabupaten Pasuruan — Jawa Timur');
  });
});

describe('WhatsApp templates', () => {
  const body = 'Yth. {{1}}, pertanyaan Anda tentang {{2}} sudah dijawab.';
  it('counts and fills the parameters', () => {
    expect(parameterCount(body)).toBe(2);
    expect(parameterCount('Tanpa parameter')).toBe(0);
    expect(renderTemplate(body, ['Budi'])).toBe('Yth. Budi, pertanyaan Anda tentang {{2}} sudah dijawab.');
  });

  it('shows a sent template as the requester read it', () => {
    const catalogue = [{ name: 'jawaban', language: 'id', body }];
    const metadata = { template: { name: 'jawaban', language: 'id', parameters: ['Budi', 'DAU'] } };
    expect(sentTemplateText(metadata, catalogue)).toBe('Yth. Budi, pertanyaan Anda tentang DAU sudah dijawab.');
    expect(sentTemplateText({}, catalogue)).toBeUndefined();
    expect(sentTemplateText(metadata, [])).toBeUndefined();
  });
});
