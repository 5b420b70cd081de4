import type { BroadcastChannel } from '../../db/schema.ts';
import { jakartaDate } from '../../platform/calendar.ts';
import { jakartaMonthRange } from '../../platform/month.ts';
import type { BroadcastItem, MonthlyReport } from '../types.ts';
import { acrossMonths, comparableOf } from '../comparable.ts';
import type { ReportMonths } from '../month.ts';
import { countMap, type Db } from './scope.ts';

const sentIn = (db: Db, month: string) => {
  const { from, to } = jakartaMonthRange(month);
  return db.selectFrom('broadcasts').where('sent_at', '>=', from).where('sent_at', '<', to);
};

const countsByChannel = async (db: Db, month: string) =>
  countMap(await sentIn(db, month).select((eb) => ['channel as key', eb.fn.countAll<number>().as('count')]).groupBy('channel').execute());

/** Broadcasts sent in the month (email blast, WA blast) per channel, for the three months, and the month's list. */
export async function broadcastsSection(db: Db, months: ReportMonths): Promise<MonthlyReport['broadcasts']> {
  const [counts, sent] = await Promise.all([
    acrossMonths(months, (month) => countsByChannel(db, month)),
    sentIn(db, months.month).select(['channel', 'subject', 'recipients', 'sent_at']).orderBy('sent_at').orderBy('id').execute(),
  ]);
  const items = (channel: BroadcastChannel): BroadcastItem[] =>
    sent.filter((b) => b.channel === channel).map((b) => ({ date: jakartaDate(b.sent_at!), subject: b.subject, recipients: Number(b.recipients) }));
  return {
    email: { count: comparableOf(counts, 'email'), items: items('email') },
    whatsapp: { count: comparableOf(counts, 'whatsapp'), items: items('whatsapp') },
  };
}
