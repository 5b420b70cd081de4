/**
 * A small factory for the report's database tests: rows inserted directly, as an import would,
 * so that each test states exactly what the month holds.
 */
import type { Kysely } from 'kysely';
import type { BookingKind, BroadcastChannel, Channel, Database, KbArticleStatus, Role, Zone } from '../db/schema.ts';
import { json } from '../db/sql.ts';
import { loadCalendar } from '../platform/calendar-service.ts';

type Db = Kysely<Database>;

export interface TicketSpec {
  /** When it was created (ISO 8601 with offset). */
  at: string;
  channel?: Channel;
  category?: string | null;
  region?: string | null;
  /** Defaults to the region's zone. */
  zone?: Zone | null;
  /** Defaults to the service-hours calendar at `at`, as the live path stores it. */
  inside?: boolean;
  complaint?: boolean;
  subject?: string;
  topics?: string[];
  contact?: number;
}

export function reportFactory(db: Db) {
  let sequence = 0;
  const next = () => ++sequence;

  async function contact(name = `Kontak ${next()}`): Promise<number> {
    return (await db.insertInto('contacts').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
  }

  async function zoneOf(region: string | null | undefined): Promise<Zone | null> {
    if (!region) return null;
    return (await db.selectFrom('regions').select('zone').where('code', '=', region).executeTakeFirstOrThrow()).zone;
  }

  async function ticket(spec: TicketSpec): Promise<{ id: number; number: number; contact: number }> {
    const contactId = spec.contact ?? (await contact());
    const inside = spec.inside ?? (await loadCalendar(db)).isInsideServiceHours(new Date(spec.at));
    const row = await db.insertInto('tickets').values({
      channel: spec.channel ?? 'whatsapp', contact_id: contactId, subject: spec.subject ?? '',
      user_category: spec.category ?? null, region_code: spec.region ?? null,
      zone: spec.zone === undefined ? await zoneOf(spec.region) : spec.zone,
      inside_service_hours: inside, complaint: spec.complaint ?? false,
      created_at: spec.at, updated_at: spec.at, last_message_at: spec.at,
    }).returning(['id', 'number']).executeTakeFirstOrThrow();
    if (spec.topics?.length) {
      await db.insertInto('ticket_topics').values(spec.topics.map((topic_code) => ({ ticket_id: row.id, topic_code }))).execute();
    }
    return { id: Number(row.id), number: Number(row.number), contact: contactId };
  }

  /** `count` tickets alike. */
  async function tickets(count: number, spec: TicketSpec): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) ids.push((await ticket(spec)).id);
    return ids;
  }

  async function escalation(ticketId: number, team: string, escalatedAt: string, answeredAt: string | null = null): Promise<void> {
    const teamId = (await db.selectFrom('teams').select('id').where('code', '=', team).executeTakeFirstOrThrow()).id;
    await db.insertInto('escalations').values({ ticket_id: ticketId, team_id: teamId, escalated_at: escalatedAt, answered_at: answeredAt, status: answeredAt ? 'answered' : 'open' }).execute();
  }

  async function user(username: string, name: string, role: Role = 'agent', active = true): Promise<number> {
    return (await db.insertInto('users').values({ username, name, role, active }).returning('id').executeTakeFirstOrThrow()).id;
  }

  /** One rating on a new ticket of the rater; `rater` is the contact who rates. */
  async function rating(agent: number, rater: number, service: number, substance: number, at: string): Promise<void> {
    const t = await ticket({ at, contact: rater, inside: true });
    await db.insertInto('csat_ratings').values({ ticket_id: t.id, agent_id: agent, contact_id: rater, service, substance, rated_at: at }).execute();
  }

  async function session(spec: { at: string; menu?: string | null; handed?: boolean; ended?: boolean }): Promise<void> {
    const ended = spec.ended ?? true;
    await db.insertInto('chatbot_sessions').values({
      channel: 'whatsapp', contact_key: `+62811${String(next()).padStart(7, '0')}`, started_at: spec.at, last_activity_at: spec.at,
      menu: spec.menu ?? null, handed_to_agent: spec.handed ?? false,
      ended_at: ended ? spec.at : null, end_reason: ended ? (spec.handed ? 'handoff' : 'idle') : null,
    }).execute();
  }

  async function booking(spec: { kind: BookingKind; date: string; visitor?: string; region?: string | null; status?: 'held' | 'approved' | 'cancelled' | 'no_show'; topics?: string[]; guests?: number | null; actualGuests?: number | null }): Promise<void> {
    await db.insertInto('bookings').values({
      reference: `BK-${next()}`, kind: spec.kind, date: spec.date, visitor: spec.visitor ?? 'Tamu', region_code: spec.region ?? null,
      status: spec.status ?? 'held', topics: json(spec.topics ?? []), guests: spec.guests ?? null, actual_guests: spec.actualGuests ?? null,
    }).execute();
  }

  async function broadcast(channel: BroadcastChannel, sentAt: string | null, subject: string, recipients = 100): Promise<void> {
    await db.insertInto('broadcasts').values({ channel, subject, sent_at: sentAt, recipients, status: sentAt ? 'sent' : 'draft' }).execute();
  }

  async function figure(month: string, metric: string, value: number): Promise<void> {
    await db.insertInto('outreach_figures').values({ month, metric, value }).execute();
  }

  async function item(month: string, list: string, date: string | null, title: string, type = ''): Promise<void> {
    await db.insertInto('outreach_items').values({ month, list, date, title, type }).execute();
  }

  async function article(topic: string | null, status: KbArticleStatus, flaggedAt: string | null = null): Promise<void> {
    await db.insertInto('kb_articles').values({ topic_code: topic, question: `Pertanyaan ${next()}`, status, flagged_at: flaggedAt }).execute();
  }

  return { contact, ticket, tickets, escalation, user, rating, session, booking, broadcast, figure, item, article };
}
