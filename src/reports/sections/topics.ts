import { CHANNELS, type Channel } from '../../db/schema.ts';
import type { MonthlyReport, TopicCount } from '../types.ts';
import { reportRegionName } from '../region-name.ts';
import { byText, textOrder, ticketsOf, type Db } from './scope.ts';

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

/**
 * Every topic of the month (most first, then by label) and the top 3 of each channel, from one
 * aggregate of the month's tickets by channel and topic.
 */
export async function topicsSections(db: Db, month: string): Promise<Pick<MonthlyReport, 'topics' | 'channel_top_topics'>> {
  const rows = await topicsOf(db, month)
    .select((eb) => ['tickets.channel', 'topics.code', 'topics.label', eb.fn.countAll<number>().as('count')])
    .groupBy(['tickets.channel', 'topics.code', 'topics.label'])
    .execute();
  const counts = rows.map((r) => ({ channel: r.channel, topic: r.code, label: r.label, count: Number(r.count) }));
  const topOf = (channel: Channel) => ranked(counts.filter((c) => c.channel === channel)).slice(0, TOP);
  return {
    topics: ranked(counts),
    channel_top_topics: Object.fromEntries(CHANNELS.map((c) => [c, topOf(c)])) as Record<Channel, TopicCount[]>,
  };
}

/** The 3 regions with most tickets from users of category pemda (ties by name), each with its top 3 topic labels. */
export async function topRegionsSection(db: Db, month: string): Promise<MonthlyReport['top_regions']> {
  const regions = await ticketsOf(db, month)
    .innerJoin('regions', 'regions.code', 'tickets.region_code')
    .where('tickets.user_category', '=', 'pemda')
    .select((eb) => ['regions.code', 'regions.name', 'regions.kind', eb.fn.countAll<number>().as('count')])
    .groupBy(['regions.code', 'regions.name', 'regions.kind'])
    .orderBy('count', 'desc').orderBy(byText('regions.name')).orderBy(byText('regions.code'))
    .limit(TOP)
    .execute();
  if (regions.length === 0) return [];
  const topics = await topicsOf(db, month)
    .where('tickets.user_category', '=', 'pemda')
    .where('tickets.region_code', 'in', regions.map((r) => r.code))
    .select((eb) => ['tickets.region_code', 'topics.code', 'topics.label', eb.fn.countAll<number>().as('count')])
    .groupBy(['tickets.region_code', 'topics.code', 'topics.label'])
    .execute();
  return regions.map((r) => ({
    region_code: r.code,
    region_name: reportRegionName(r.name, r.kind),
    count: Number(r.count),
    topics: ranked(topics.filter((t) => t.region_code === r.code).map((t) => ({ topic: t.code, label: t.label, count: Number(t.count) })))
      .slice(0, TOP).map((t) => t.label),
  }));
}
