import { CHANNELS, type Channel } from '../../db/schema.ts';
import type { ChannelComparable, MonthlyReport } from '../types.ts';
import { comparable, shareOf, type PerMonth } from '../comparable.ts';
import { countWhere, type TicketCount } from './ticket-counts.ts';

/** Tickets per channel for M, M-1 and M-12, with each channel's share of the month. */
export function consultationsSection(counts: PerMonth<readonly TicketCount[]>): MonthlyReport['consultations'] {
  const of = (rows: readonly TicketCount[], channel?: Channel) => countWhere(rows, (r) => channel === undefined || r.channel === channel);
  const compare = (channel?: Channel) => comparable(of(counts.month, channel), of(counts.previous, channel), of(counts.lastYear, channel));
  const total = compare();
  const byChannel = Object.fromEntries(
    CHANNELS.map((channel): [Channel, ChannelComparable] => {
      const figure = compare(channel);
      return [channel, { ...figure, share: shareOf(figure.value, total.value) }];
    }),
  ) as Record<Channel, ChannelComparable>;
  return { total, by_channel: byChannel };
}

const CATEGORIES = ['pemda', 'kl', 'akademisi', 'lainnya'] as const;
type CategoryKey = (typeof CATEGORIES)[number];

/** Tickets by the requester's category; no category ("pengguna tanpa identitas") or another code counts as lainnya. */
export function userCategoriesSection(rows: readonly TicketCount[]): MonthlyReport['user_categories'] {
  const categoryOf = (row: TicketCount): CategoryKey =>
    (CATEGORIES as readonly (string | null)[]).includes(row.user_category) ? (row.user_category as CategoryKey) : 'lainnya';
  const total = countWhere(rows);
  return Object.fromEntries(CATEGORIES.map((c) => {
    const count = countWhere(rows, (r) => categoryOf(r) === c);
    return [c, { count, share: shareOf(count, total) }];
  })) as MonthlyReport['user_categories'];
}
