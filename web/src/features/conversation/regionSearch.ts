import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import type { Region } from './types.ts';

/** How people type region names: "Kab. Bogor", "kab bogor", "Prov. DKI Jakarta", "Pemprov Jawa Barat". */
export function normaliseRegion(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word === 'kab' ? 'kabupaten' : word))
    .filter((word) => !['prov', 'provinsi', 'pemprov', 'pemkab', 'pemkot'].includes(word));
}

/** "Kabupaten Bogor — Jawa Barat"; a province by its name alone. */
export function regionLabel(region: Region, provinces: Map<string, string>): string {
  return region.level === 'province' ? region.name : `${region.name} — ${provinces.get(region.province_code) ?? region.province_code}`;
}

/** Options whose label holds every typed word (after normalising "Kab." and the like). */
export const regionFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = normaliseRegion(search);
  const found: ComboboxItem[] = [];
  for (const option of options) {
    if (!('value' in option)) continue;
    const label = option.label.toLowerCase();
    if (words.every((w) => label.includes(w))) found.push(option);
    if (found.length >= limit) break;
  }
  return found;
};
