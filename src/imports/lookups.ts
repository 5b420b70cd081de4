import type { Channel } from '../db/schema.ts';
import type { Region } from '../directory/regions.ts';
import type { RegionMatcher } from '../directory/region-matcher.ts';
import { RowProblem } from './cells.ts';
import { matchKey } from './values.ts';
import type { Db } from './spec.ts';

/** Codes and labels by their match key ("Help Desk", "helpdesk" and "help-desk" meet). */
export function keyed<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [text, value] of entries) if (!map.has(matchKey(text))) map.set(matchKey(text), value);
  return map;
}

export const CHANNEL_NAMES = keyed<Channel>([
  ['whatsapp', 'whatsapp'], ['WA', 'whatsapp'],
  ['email', 'email'], ['surel', 'email'],
  ['phone', 'phone'], ['Telepon', 'phone'], ['telp', 'phone'],
  ['helpdesk', 'helpdesk'], ['Help Desk', 'helpdesk'],
  ['livechat', 'livechat'], ['Live Chat', 'livechat'],
]);
export const CHANNEL_HINT = 'whatsapp, email, phone, helpdesk, livechat (WhatsApp, Email, Telepon, Help Desk, Live Chat)';

export interface CodeTables {
  categories: Map<string, string>;
  categoryHint: string;
  topics: Map<string, string>;
}

/** User categories and topics, by code or label, as the database has them now. */
export async function loadCodeTables(db: Db): Promise<CodeTables> {
  const categories = await db.selectFrom('user_categories').select(['code', 'label']).orderBy('sort_order').execute();
  const topics = await db.selectFrom('topics').select(['code', 'label']).orderBy('sort_order').execute();
  return {
    categories: keyed([...categories.map((c) => [c.code, c.code] as const), ...categories.map((c) => [c.label, c.code] as const)]),
    categoryHint: categories.map((c) => `${c.code} (${c.label})`).join(', '),
    topics: keyed([...topics.map((t) => [t.code, t.code] as const), ...topics.map((t) => [t.label, t.code] as const)]),
  };
}

export const TOPIC_HINT = 'topik tidak dikenal (unknown topic); gunakan kode atau label topik, misalnya DBH, DAK Fisik, JF AKPD';

/** Topic codes from `DBH;DAK Fisik`; an unknown one rejects the row. */
export function topicCodes(text: string, topics: ReadonlyMap<string, string>, column: string): string[] {
  const codes = new Set<string>();
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const code = topics.get(matchKey(part));
    if (!code) throw new RowProblem(column, part, TOPIC_HINT);
    codes.add(code);
  }
  return [...codes];
}

/** A Kemendagri code or a typed name; ambiguous and unknown names reject the row, naming the candidates. */
export function regionOf(matcher: RegionMatcher, text: string, column: string): Region {
  const result = matcher.match(text);
  switch (result.status) {
    case 'matched':
      return result.region;
    case 'ambiguous': {
      const candidates = result.candidates.map((c) => `${c.name} (${c.code})`).join(' atau ');
      throw new RowProblem(column, text, `wilayah ambigu (ambiguous region): ${candidates}; tulis kode Kemendagri atau nama lengkap`);
    }
    case 'unknown':
      throw new RowProblem(column, text, 'wilayah tidak dikenal (unknown region); tulis kode Kemendagri (32.01) atau nama seperti "Kab. Bogor"');
  }
}

/** Remembers a pure function's answers (requesters write more than once); forgets all at max entries, so memory stays bounded. */
export function memo<T>(compute: (text: string) => T, max = 50_000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= max) cache = new Map();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
