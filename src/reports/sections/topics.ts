import { sql } from 'kysely';
import { CHANNELS, type Channel } from '../../db/schema.ts';
import type { MonthlyReport, TopicCount } from '../types.ts';
import { reportRegionName } from '../region-name.ts';
import { textOrder, ticketsOf, type Db } from './scope.ts';
import type { TicketCount } from './ticket-counts.ts';

const TOP = 3;

/** The month's tickets joined to their topics (a ticket with several topics counts once for each). */
const topicsOf = (db: Db, month: string) =>
  ticketsOf(db, month)
    .innerJoin('ticket_topics', 'ticket_topics.ticket_id', 'tickets.id')
    .innerJoin('topics', 'topics.code', 'ticket_topics.topic_code');

/** Most first, then by label, then by code. */
const byCountThenLabel = (a: TopicCount, b: TopicCount): number => b.count - a.count || textOrder(a.label, b.label) || textOrder(a.topic, b.topic);

/** Adds up topic counts of several groups (channels, regions) into one list, ranked. */
function ranked(counts: readonly TopicCount[]): TopicCount[] {
  const byTopic = new Map<string, TopicCount>();
  for (const c of counts) {
    const seen = byTopic.get(c.topic);
    byTopic.set(c.topic, seen ? { ...seen, count: seen.count + c.count } : { ...c });
  }
  return [...byTopic.values()].sort(byCountThenLabel);
}

/** A topic count of the month, either for one channel (pemda_region null) or for one Pemda region (channel null). */
export interface TopicRow {
  channel: Channel | null;
  topic: string;
  label: string;
  pemda_region: string | null;
  count: number;
}

/**
 * One pass over the month's tickets and topics, counted two ways at once (grouping sets): by
 * channel and topic, and by the region of Pemda users' tickets and topic. The topic list, each
 * channel's top 3 and the top regions' topics all come from it.
 */
export async function topicCounts(db: Db, month: string): Promise<TopicRow[]> {
  const pemdaRegion = sql`case when tickets.user_category = 'pemda' then tickets.region_code end`;
  const rows = await topicsOf(db, month)
    .select((eb) => [
      'tickets.channel', 'topics.code', 'topics.label', sql<string | null>`${pemdaRegion}`.as('pemda_region'),
      sql<number>`grouping(tickets.channel)`.as('by_region'), eb.fn.countAll<number>().as('count'),
    ])
    .groupBy(sql`grouping sets ((tickets.channel, topics.code, topics.label), (${pemdaRegion}, topics.code, topics.label))`)
    .execute();
  return rows.map((r) => Number(r.by_region) === 1
    ? { channel: null, topic: r.code, label: r.label, pemda_region: r.pemda_region, count: Number(r.count) }
    : { channel: r.channel, topic: r.code, label: r.label, pemda_region: null, count: Number(r.count) });
}

/** Every topic of the month (most first, then by label) and the top 3 of each channel. */
export function topicsSections(rows: readonly TopicRow[]): Pick<MonthlyReport, 'topics' | 'channel_top_topics'> {
  const byChannel = rows.filter((r) => r.channel !== null);
  const counts = byChannel.map((r) => ({ topic: r.topic, label: r.label, count: r.count }));
  const topOf = (channel: Channel) => ranked(counts.filter((_, i) => byChannel[i]?.channel === channel)).slice(0, TOP);
  return {
    topics: ranked(counts),
    channel_top_topics: Object.fromEntries(CHANNELS.map((c) => [c, topOf(c)])) as Record<Channel, TopicCount[]>,
  };
}

/** The 3 regions with most tickets from users of category pemda (ties by name, then code), each with its top 3 topic labels. */
export async function topRegionsSection(db: Db, counts: readonly TicketCount[], topics: readonly TopicRow[]): Promise<MonthlyReport['top_regions']> {
  const byRegion = new Map<string, number>();
  for (const c of counts) if (c.pemda_region !== null) byRegion.set(c.pemda_region, (byRegion.get(c.pemda_region) ?? 0) + c.count);
  if (byRegion.size === 0) return [];
  const regions = await db.selectFrom('regions').select(['code', 'name', 'kind']).where('code', 'in', [...byRegion.keys()]).execute();
  const count = (code: string): number => byRegion.get(code) ?? 0;
  const top = regions.sort((a, b) => count(b.code) - count(a.code) || textOrder(a.name, b.name) || textOrder(a.code, b.code)).slice(0, TOP);
  return top.map((r) => ({
    region_code: r.code,
    region_name: reportRegionName(r.name, r.kind),
    count: count(r.code),
    topics: ranked(topics.filter((t) => t.channel === null && t.pemda_region === r.code).map((t) => ({ topic: t.topic, label: t.label, count: t.count })))
      .slice(0, TOP).map((t) => t.label),
  }));
}
