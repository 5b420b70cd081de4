import type { RegionsTable } from '../db/schema.ts';

/**
 * A region as the seed report writes it: "Kab. Bogor", "Kota Samarinda", "Prov. DKI Jakarta"
 * (the regions table holds "Kabupaten Bogor" and "DKI Jakarta").
 */
export function reportRegionName(name: string, kind: RegionsTable['kind']): string {
  if (kind === 'kabupaten') return name.replace(/^Kabupaten\s+/i, 'Kab. ');
  if (kind === 'provinsi') return /^Prov(\.|insi)\s/i.test(name) ? name : `Prov. ${name}`;
  return name;
}
