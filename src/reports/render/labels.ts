import type { Channel, TicketStatus } from '../../db/schema.ts';
import { TOPICS, USER_CATEGORIES } from '../../directory/reference-data.ts';
import type { TopicCount, ZoneKey } from '../types.ts';

/** Indonesian labels the renderings share (slides, pages, sheets). */

export const CHANNEL_LABELS: Record<Channel, string> = {
  whatsapp: 'WhatsApp',
  email: 'Email',
  phone: 'Telepon',
  helpdesk: 'Help Desk',
  livechat: 'Live Chat',
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  open: 'Terbuka',
  pending: 'Menunggu',
  escalated: 'Dieskalasi',
  resolved: 'Selesai',
  closed: 'Ditutup',
};

export const ZONE_LABELS: Record<ZoneKey, string> = {
  WIB: 'WIB',
  WITA: 'WITA',
  WIT: 'WIT',
  unidentified: 'Tidak teridentifikasi',
};

export type UserCategoryKey = 'pemda' | 'kl' | 'akademisi' | 'lainnya';

const categoryLabels = new Map<string, string>(USER_CATEGORIES.map((c) => [c.code, c.label]));
export const userCategoryLabel = (code: string): string => categoryLabels.get(code) ?? code;

export const EMPTY_MESSAGE = 'Tidak ada data pada bulan ini';
export const REGION_ATTRIBUTION = 'Data wilayah: idn-area-data, ODbL';
export const ORGANISATION = 'Direktorat Jenderal Perimbangan Keuangan - Kementerian Keuangan';

const topicKinds = new Map<string, 'technical' | 'other'>(TOPICS.map((t) => [t.code, t.kind]));

/**
 * Whether a topic is technical (seed page 12) or "other" (page 13). The report carries no kind
 * yet, so the seeded reference data decides; a topic added later by an admin counts as technical
 * unless the report says otherwise.
 */
export function topicKind(topic: TopicCount): 'technical' | 'other' {
  const declared = (topic as TopicCount & { kind?: unknown }).kind;
  if (declared === 'technical' || declared === 'other') return declared;
  return topicKinds.get(topic.topic) ?? 'technical';
}

const seededTopicLabels = new Map<string, string>(TOPICS.map((t) => [t.code, t.label]));

/** Topic codes ('DAK_FISIK') as labels ('DAK Fisik'): the report's own labels first, then the seeded ones. */
export function topicLabeller(topics: readonly TopicCount[]): (codes: readonly string[]) => string {
  const labels = new Map(seededTopicLabels);
  for (const t of topics) labels.set(t.topic, t.label);
  return (codes) => codes.map((code) => labels.get(code) ?? code).join(', ');
}
