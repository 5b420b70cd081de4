/**
 * Time zone of each province, keyed by Kemendagri province code.
 * A regency always shares its province's zone, so only the two-digit prefix matters.
 */

export type Zone = 'WIB' | 'WITA' | 'WIT';

interface ZoneInfo {
  zone: Zone;
  timeZone: string;
}

const WIB: ZoneInfo = { zone: 'WIB', timeZone: 'Asia/Jakarta' };
// Same UTC+7 offset, but IANA keeps a separate zone for West and Central Kalimantan.
const WIB_KALIMANTAN: ZoneInfo = { zone: 'WIB', timeZone: 'Asia/Pontianak' };
const WITA: ZoneInfo = { zone: 'WITA', timeZone: 'Asia/Makassar' };
const WIT: ZoneInfo = { zone: 'WIT', timeZone: 'Asia/Jayapura' };

function entries(codes: string, info: ZoneInfo): [string, ZoneInfo][] {
  return codes.split(' ').map((code) => [code, info]);
}

const PROVINCE_ZONES: ReadonlyMap<string, ZoneInfo> = new Map([
  ...entries('11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36', WIB),
  ...entries('61 62', WIB_KALIMANTAN),
  ...entries('51 52 53 63 64 65 71 72 73 74 75 76', WITA),
  ...entries('81 82 91 92 93 94 95 96', WIT),
]);

/** Province (`NN`) or regency (`NN.NN`) code. */
const REGION_CODE = /^(\d{2})(?:\.\d{2})?$/;

function zoneInfo(code: string): ZoneInfo | null {
  const province = REGION_CODE.exec(code.trim())?.[1];
  if (province === undefined) return null;
  return PROVINCE_ZONES.get(province) ?? null;
}

/** WIB/WITA/WIT for a province or regency code; null for a malformed code or unknown province. */
export function zoneOfRegion(code: string): Zone | null {
  return zoneInfo(code)?.zone ?? null;
}

/** IANA time zone name (for Intl/Date formatting) of a province or regency code; null when unknown. */
export function ianaZoneOfRegion(code: string): string | null {
  return zoneInfo(code)?.timeZone ?? null;
}
