/**
 * Indonesian provinces and regencies (kabupaten/kota) from the idn-area-data package.
 * The package's own API is async only; the CSVs are small, so they are read synchronously
 * once and cached so that callers (matchers, validators) can stay synchronous.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ianaZoneOfRegion, zoneOfRegion } from './zones.ts';
import type { Zone } from './zones.ts';

export const REGION_DATA_ATTRIBUTION = 'Data wilayah: idn-area-data, ODbL';

export interface Region {
  /** Kemendagri code: `NN` for a province, `NN.NN` for a regency. */
  code: string;
  /** Display name in title case, e.g. "Kabupaten Pasuruan", "DKI Jakarta". */
  name: string;
  level: 'province' | 'regency';
  kind: 'provinsi' | 'kabupaten' | 'kota';
  /** Own code for a province. */
  provinceCode: string;
  zone: Zone;
  timeZone: string;
  /** DKI Jakarta's kabupaten/kota are administrative units, not autonomous governments. */
  administrative?: boolean;
}

/** Acronyms kept upper case and connectives kept lower case in display names. */
const UPPER_WORDS = new Set(['DKI']);
const LOWER_WORDS = new Set(['DAN']);

export function titleCaseRegionName(upper: string): string {
  return upper
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word, index) => {
      if (UPPER_WORDS.has(word)) return word;
      if (index > 0 && LOWER_WORDS.has(word)) return word.toLowerCase();
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Rows of a small CSV without quoting (checked: the data set has no quotes or embedded commas). */
function readCsv(file: string, header: string): string[][] {
  const lines = readFileSync(path.join(dataDir(), file), 'utf8').split(/\r?\n/).filter((line) => line !== '');
  if (lines[0] !== header) throw new Error(`${file}: unexpected header ${lines[0]}`);
  const width = header.split(',').length;
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== width || line.includes('"')) throw new Error(`${file}: cannot parse row ${line}`);
    return cells;
  });
}

function zoneFields(code: string): Pick<Region, 'zone' | 'timeZone'> {
  const zone = zoneOfRegion(code);
  const timeZone = ianaZoneOfRegion(code);
  // Fail loudly if a data update adds a province the zone table does not know.
  if (zone === null || timeZone === null) throw new Error(`No time zone for region ${code}`);
  return { zone, timeZone };
}

function regencyKind(upperName: string): 'kabupaten' | 'kota' {
  if (upperName.startsWith('KABUPATEN ')) return 'kabupaten';
  if (upperName.startsWith('KOTA ')) return 'kota';
  throw new Error(`Regency name without KABUPATEN/KOTA: ${upperName}`);
}

const DKI_JAKARTA = '31';

function provinceRegion([code, name]: string[]): Region {
  if (code === undefined || name === undefined) throw new Error('provinces.csv: short row');
  return { code, name: titleCaseRegionName(name), level: 'province', kind: 'provinsi', provinceCode: code, ...zoneFields(code) };
}

function regencyRegion([code, provinceCode, name]: string[]): Region {
  if (code === undefined || provinceCode === undefined || name === undefined) throw new Error('regencies.csv: short row');
  const region: Region = {
    code,
    name: titleCaseRegionName(name),
    level: 'regency',
    kind: regencyKind(name),
    provinceCode,
    ...zoneFields(code),
  };
  if (provinceCode === DKI_JAKARTA) region.administrative = true;
  return region;
}

let cache: Region[] | undefined;

/**
 * All 38 provinces followed by all 514 regencies, in data-set (code) order.
 * The files are read once; each call returns a fresh array of the shared, cached Region objects.
 */
export function loadRegions(): Region[] {
  cache ??= [
    ...readCsv('provinces.csv', 'code,name').map(provinceRegion),
    ...readCsv('regencies.csv', 'code,province_code,name').map(regencyRegion),
  ];
  return [...cache];
}
