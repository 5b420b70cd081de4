/**
 * Turns what people type for a region ("Kab. Bogor", "Pemprov Jabar", "32.01",
 * "Bogor, Jawa Barat") into a Region. Never guesses between look-alikes: a name shared by
 * several regions is reported as ambiguous so that the caller can ask which one was meant.
 */
import type { Region } from './regions.ts';

export type RegionMatch =
  | { status: 'matched'; region: Region; approximate?: boolean }
  | { status: 'ambiguous'; candidates: Region[] }
  | { status: 'unknown'; input: string };

export interface RegionMatcher {
  match(input: string): RegionMatch;
}

type Kind = Region['kind'];

/** A parsed name: the kind word if one was given, and the name as a space-free lookup key. */
interface ParsedName {
  kind: Kind | null;
  key: string;
}

interface Query extends ParsedName {
  provinceCode: string | null;
}

/** Leading words that say which kind of region follows (including "Pemkab"-style government names). */
const KIND_WORDS: ReadonlyMap<string, Kind> = new Map([
  ['provinsi', 'provinsi'],
  ['propinsi', 'provinsi'],
  ['prov', 'provinsi'],
  ['pemprov', 'provinsi'],
  ['pemprop', 'provinsi'],
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['pemkab', 'kabupaten'],
  ['kota', 'kota'],
  ['kotamadya', 'kota'],
  ['kodya', 'kota'],
  ['pemkot', 'kota'],
]);

/** "Kota Administrasi Jakarta Selatan": DKI's units carry this word between kind and name. */
const ADMINISTRATIVE_WORDS = new Set(['administrasi', 'adm', 'administratif']);

const WORD_EXPANSIONS: ReadonlyMap<string, string> = new Map([['kep', 'kepulauan']]);

/** Short names in common use. A key that is also a regency name (Yogyakarta) becomes ambiguous. */
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD', 'Nanggroe Aceh Darussalam'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Babel', 'Bangka Belitung'],
  '21': ['Kepri'],
  '31': ['Jakarta', 'DKI', 'DKJ', 'Daerah Khusus Jakarta', 'Daerah Khusus Ibukota Jakarta', 'Jakarta Raya'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['Jogja', 'Jogjakarta', 'Yogya', 'Yogyakarta', 'DIY', 'DI Yogyakarta'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
  '92': ['Pabar', 'Papbar'],
  '93': ['Papsel'],
  '94': ['Papteng'],
  '95': ['Papeg'],
  '96': ['PBD'],
};

const REGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '31.71': ['Jakpus'],
  '31.72': ['Jakut'],
  '31.73': ['Jakbar'],
  '31.74': ['Jaksel'],
  '31.75': ['Jaktim'],
};

/** Below this many characters a one-letter difference is too likely to hit another real name. */
const MIN_APPROXIMATE_LENGTH = 6;

/** Lower case, no accents, punctuation to spaces ("D.I. Yogyakarta" → "di yogyakarta"). */
export function normaliseRegionText(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1') // join dotted initials: "n.t.b." → "ntb."
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Drops "Pemerintah"/"Pemda" (and "Daerah" only before a kind word: "Daerah Istimewa ..." is a name). */
function dropGovernmentWords(words: string[]): string[] {
  let rest = words;
  if (rest[0] === 'pemerintah' || rest[0] === 'pemda') rest = rest.slice(1);
  if (rest[0] === 'daerah' && KIND_WORDS.has(rest[1] ?? '')) rest = rest.slice(1);
  return rest;
}

function parseName(text: string): ParsedName | null {
  const words = normaliseRegionText(text)
    .split(' ')
    .filter((word) => word !== '')
    .map((word) => WORD_EXPANSIONS.get(word) ?? word);
  let rest = dropGovernmentWords(words);
  const kind = KIND_WORDS.get(rest[0] ?? '') ?? null;
  if (kind !== null) rest = rest.slice(1);
  if (kind !== null && kind !== 'provinsi' && ADMINISTRATIVE_WORDS.has(rest[0] ?? '')) rest = rest.slice(1);
  // Spaces are dropped so "Bau Bau"/"Baubau" and "Palangka Raya"/"Palangkaraya" meet.
  return rest.length === 0 ? null : { kind, key: rest.join('') };
}

/** One insertion, deletion or substitution apart (exact equality excluded by the caller). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const skipBoth = short.length === long.length ? 1 : 0;
  return short.slice(i + skipBoth) === long.slice(i + 1);
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

interface Indexes {
  byCode: Map<string, Region>;
  byKey: Map<string, Region[]>;
  /** Province keys only, for the ", Jawa Barat" qualifier. */
  provinceByKey: Map<string, Region>;
  keysByLength: Map<number, string[]>;
}

function buildIndexes(regions: Region[]): Indexes {
  const byCode = new Map<string, Region>();
  const byKey = new Map<string, Region[]>();
  const provinceByKey = new Map<string, Region>();
  for (const region of regions) {
    byCode.set(region.code, region);
    const aliases = (region.level === 'province' ? PROVINCE_ALIASES : REGENCY_ALIASES)[region.code] ?? [];
    for (const name of [region.name, ...aliases]) {
      // Regions may come from an editable table; a name that is only a kind word ("Kota") stays reachable by code.
      const key = parseName(name)?.key;
      if (key === undefined) continue;
      addTo(byKey, key, region);
      if (region.level === 'province') provinceByKey.set(key, region);
    }
  }
  const keysByLength = new Map<number, string[]>();
  for (const key of byKey.keys()) addTo(keysByLength, key.length, key);
  return { byCode, byKey, provinceByKey, keysByLength };
}

/** "32", "32.01", "3201", "32 01". */
const CODE_INPUT = /^(\d{2})(?:[.\s]?(\d{2}))?$/;

function codeOf(input: string): string | null {
  const parts = CODE_INPUT.exec(input.trim());
  if (parts === null) return null;
  return parts[2] === undefined ? `${parts[1]}` : `${parts[1]}.${parts[2]}`;
}

/** Qualifier parts after a comma or in brackets must all name the same province ("Indonesia" is ignored). */
function qualifierProvince(parts: string[], indexes: Indexes): string | null | undefined {
  const codes = new Set<string>();
  for (const part of parts) {
    if (normaliseRegionText(part) === 'indonesia') continue;
    const parsed = parseName(part);
    const province = parsed === null || (parsed.kind ?? 'provinsi') !== 'provinsi' ? undefined : indexes.provinceByKey.get(parsed.key);
    if (province === undefined) return undefined;
    codes.add(province.code);
  }
  if (codes.size > 1) return undefined;
  return [...codes][0] ?? null;
}

/** Name plus optional province qualifier; undefined when some part cannot be understood. */
function parseQuery(input: string, indexes: Indexes): Query | undefined {
  const [head, ...qualifiers] = input
    .split(/[,;()]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const name = parseName(head ?? '');
  if (name === null) return undefined;
  const provinceCode = qualifierProvince(qualifiers, indexes);
  return provinceCode === undefined ? undefined : { ...name, provinceCode };
}

function fits(region: Region, query: Query): boolean {
  return (query.kind === null || region.kind === query.kind) && (query.provinceCode === null || region.provinceCode === query.provinceCode);
}

function approximateCandidates(query: Query, indexes: Indexes): Set<Region> {
  const found = new Set<Region>();
  if (query.key.length < MIN_APPROXIMATE_LENGTH) return found;
  for (let length = query.key.length - 1; length <= query.key.length + 1; length++) {
    for (const key of indexes.keysByLength.get(length) ?? []) {
      if (!withinOneEdit(key, query.key)) continue;
      for (const region of indexes.byKey.get(key) ?? []) if (fits(region, query)) found.add(region);
    }
  }
  return found;
}

function matchQuery(input: string, query: Query, indexes: Indexes): RegionMatch {
  const known = indexes.byKey.get(query.key);
  if (known !== undefined) {
    const candidates = known.filter((region) => fits(region, query));
    const [only] = candidates;
    if (candidates.length === 1 && only !== undefined) return { status: 'matched', region: only };
    if (candidates.length > 1) return { status: 'ambiguous', candidates };
    // A real name contradicted by the kind or province ("Kota Sleman"): don't guess.
    return { status: 'unknown', input };
  }
  const near = [...approximateCandidates(query, indexes)];
  const [only] = near;
  if (near.length === 1 && only !== undefined) return { status: 'matched', region: only, approximate: true };
  return { status: 'unknown', input };
}

export function createRegionMatcher(regions: Region[]): RegionMatcher {
  const indexes = buildIndexes(regions);
  return {
    match(input: string): RegionMatch {
      const code = codeOf(input);
      if (code !== null) {
        const region = indexes.byCode.get(code);
        return region === undefined ? { status: 'unknown', input } : { status: 'matched', region };
      }
      const query = parseQuery(input, indexes);
      return query === undefined ? { status: 'unknown', input } : matchQuery(input, query, indexes);
    },
  };
}
