import type { BookingKind, BookingStatus } from '../db/schema.ts';
import { monthName } from '../platform/format.ts';

/** Words the requester reads: the page, the emails and the rule messages. */
export const KIND_LABELS: Readonly<Record<BookingKind, string>> = {
  face_to_face: 'Konsultasi tatap muka',
  video: 'Video conference (Microsoft Teams)',
};

export const STATUS_LABELS: Readonly<Record<BookingStatus, string>> = {
  requested: 'Menunggu persetujuan',
  approved: 'Disetujui',
  rejected: 'Tidak disetujui',
  held: 'Telah dilaksanakan',
  no_show: 'Tidak hadir',
  cancelled: 'Dibatalkan',
};

/** The circular that sets the rules, named in every rule message. */
export const RULES_SOURCE = 'SE-2/PK.1/2024';

const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** '2025-02-12' → 'Rabu, 12 Februari 2025' (fixed words, no ICU: the same on every machine). */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return `${DAY_NAMES[weekday] ?? ''}, ${d ?? ''} ${monthName(m ?? 1)} ${y ?? ''}`;
}

/** 'Rabu, 12 Februari 2025 pukul 09:00 WIB' */
export const slotLabel = (date: string, time: string | null): string => `${dayLabel(date)}${time ? ` pukul ${time} WIB` : ''}`;
