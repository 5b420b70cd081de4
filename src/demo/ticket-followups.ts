import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DEFAULT_FLOW } from '../chatbot/default-flow.ts';
import { below, draw, lit, lookupSql, pickSql } from './random.ts';
import { HANDOFF_SHARE, MENU_BY_TOPIC, RATED_SHARE, SCORE_WEIGHTS } from './shape.ts';

type Db = Kysely<Database>;

/** The default flow's top-level items by id: the label the report counts and the title shown. */
export function menuItems(): Map<string, { label: string; title: string; children: string[] }> {
  return new Map(DEFAULT_FLOW.menu.map((node) => [node.id, {
    label: node.reportLabel ?? node.title, title: node.title, children: (node.children ?? []).map((c) => c.title),
  }]));
}

/**
 * Satisfaction ratings for about 30% of resolved tickets, mostly 4-5. In the month given by
 * `fewRatingsAgent` that agent keeps only 3 ratings, so the report shows one agent below the
 * "5 ratings from 5 users" rule.
 */
export async function insertRatings(trx: Db, seed: number, now: Date, fewRatingsAgent: number | null): Promise<void> {
  const u = (salt: number): string => draw(seed, salt, 't.key');
  await sql`insert into csat_ratings (ticket_id, agent_id, contact_id, service, substance, rated_at, source)
    select id, assignee_id, contact_id, service, least(5, greatest(1, service + delta)), rated_at, 'demo'
    from (
      select t.id, t.assignee_id, t.contact_id, ${sql.raw(pickSql(u(30), SCORE_WEIGHTS))}::int as service,
        case when ${sql.raw(u(31))} < 0.7 then 0 when ${sql.raw(u(31))} < 0.85 then -1 else 1 end as delta,
        t.resolved_at + make_interval(mins => 5 + ${sql.raw(below(u(32), 300))}) as rated_at,
        row_number() over (partition by t.assignee_id order by t.created_at, t.id) as nth
      from demo_t t
      where t.resolved_at is not null and not t.spam and ${sql.raw(u(33))} < ${RATED_SHARE}) r
    where rated_at <= ${now.toISOString()}::timestamptz and (assignee_id is distinct from ${fewRatingsAgent ?? -1}::int or nth <= 3)
    order by id`.execute(trx);
}

/** WhatsApp tickets that began in the chatbot: the session chose "Chat Agent" (or a menu, then the agent). */
export async function insertHandoffSessions(trx: Db, seed: number, monthStart: Date, flowVersion: number | null): Promise<void> {
  const u = (salt: number): string => draw(seed, salt, 't.key');
  const items = menuItems();
  const agent = items.get('agent') ?? { label: 'Chat Agent', title: 'Chat Agent', children: [] };
  const labelByTopic = Object.fromEntries(Object.entries(MENU_BY_TOPIC).map(([topic, id]) => [topic, items.get(id)?.label ?? agent.label]));
  const titleByTopic = Object.fromEntries(Object.entries(MENU_BY_TOPIC).map(([topic, id]) => [topic, items.get(id)?.title ?? agent.title]));
  const viaMenu = `(${u(42)} < 0.3 and t.topic1 in (${Object.keys(MENU_BY_TOPIC).map(lit).join(', ')}))`;
  await sql`insert into chatbot_sessions (channel, contact_key, contact_id, started_at, last_activity_at, registration_complete,
      menu, menu_path, handed_to_agent, ticket_id, ended_at, end_reason, name, region_code, institution, email, question,
      flow_version, source, external_ref)
    select 'whatsapp', ids.phone, t.contact_id, greatest(${monthStart.toISOString()}::timestamptz, t.created_at - make_interval(mins => 2 + ${sql.raw(below(u(40), 5))})),
      t.created_at, true,
      case when ${sql.raw(viaMenu)} then ${sql.raw(lookupSql('t.topic1', labelByTopic, lit(agent.label)))} else ${agent.label}::text end,
      case when ${sql.raw(viaMenu)} then jsonb_build_array(${sql.raw(lookupSql('t.topic1', titleByTopic, lit(agent.title)))}, ${agent.title}::text)
        else jsonb_build_array(${agent.title}::text) end,
      true, t.id, t.created_at, 'handoff', t.contact_name, t.region_code, t.institution, ids.email, t.subject,
      ${flowVersion}::int, 'demo', t.external_ref
    from demo_t t
    join (select contact_id, min(value) filter (where kind = 'phone') as phone, min(value) filter (where kind = 'email') as email
          from contact_identities where contact_id in (select distinct contact_id from demo_t) group by contact_id) ids
      on ids.contact_id = t.contact_id and ids.phone is not null
    where t.channel = 'whatsapp' and ${sql.raw(u(41))} < ${HANDOFF_SHARE}
    order by t.id`.execute(trx);
}
