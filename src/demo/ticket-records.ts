import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { SEARCH_CONFIG } from '../tickets/search.ts';
import { pgArray } from './random.ts';
import { ESCALATED_REPLY, REPLY_CLOSING, REPLY_OPENING, TOPIC_TEXTS } from './texts.ts';

type Db = Kysely<Database>;

/** "Selamat pagi/siang/sore/malam" for a Jakarta time of day given in minutes. */
const greetingSql = (minuteOfDay: string): string =>
  `(case when ${minuteOfDay} < 660 then 'Selamat pagi' when ${minuteOfDay} < 900 then 'Selamat siang' when ${minuteOfDay} < 1080 then 'Selamat sore' else 'Selamat malam' end)`;

/** The requester's first message, worded as each channel delivers it. */
const questionBodySql = `(case
  when channel in ('whatsapp', 'livechat') then ${greetingSql('minute')} || ', saya ' || contact_name || coalesce(' dari ' || institution, '') || '. ' || subject
  when channel = 'phone' then 'Penelepon menanyakan: ' || subject
  else 'Yth. Tim Contact Center DJPK,' || E'\\n\\n' || subject || E'\\n\\nTerima kasih.\\n' || contact_name || coalesce(E'\\n' || institution, '') end)`;

/** Tickets, with the search column filled as ingest fills it. */
export async function insertTickets(trx: Db): Promise<void> {
  await sql`insert into tickets (id, channel, contact_id, subject, status, assignee_id, team_id, user_category, region_code, zone,
      inside_service_hours, complaint, spam, source, external_ref, created_at, updated_at, last_message_at, last_inbound_at,
      first_response_at, resolved_at, closed_at, search)
    select t.id, t.channel, t.contact_id, t.subject, t.status, t.assignee_id, tm.id, t.user_category, t.region_code, t.zone,
      t.inside, t.complaint, t.spam, 'demo', t.external_ref, t.created_at,
      greatest(t.created_at, t.first_response_at, t.escalated_at, t.answered_at, t.resolved_at, t.closed_at),
      coalesce(t.first_response_at, t.created_at), t.created_at, t.first_response_at, t.resolved_at, t.closed_at,
      to_tsvector(${SEARCH_CONFIG}::regconfig, t.subject || ' ' || ${sql.raw(questionBodySql)})
    from demo_t t left join teams tm on tm.code = t.team_code
    order by t.id`.execute(trx);
}

export async function insertTopics(trx: Db): Promise<void> {
  await sql`insert into ticket_topics (ticket_id, topic_code)
    select id, topic1 from demo_t union all select id, topic2 from demo_t where topic2 is not null`.execute(trx);
}

/** The requester's question as the ticket's first message. */
export async function insertQuestions(trx: Db): Promise<void> {
  await sql`insert into messages (ticket_id, direction, kind, body, author_label, created_at)
    select id, 'inbound', 'text', ${sql.raw(questionBodySql)}, contact_name, created_at from demo_t order by id`.execute(trx);
}

/** The agent's answer (or the note that Layer 2 is asked) as the reply to every answered ticket. */
export async function insertReplies(trx: Db): Promise<void> {
  const topics = Object.keys(TOPIC_TEXTS);
  const answers = topics.map((t) => TOPIC_TEXTS[t]?.answer ?? '');
  await sql`insert into messages (ticket_id, direction, kind, body, author_user_id, delivery_status, created_at)
    select t.id, 'outbound', 'text',
      ${sql.raw(greetingSql(`extract(hour from t.first_response_at at time zone 'Asia/Jakarta') * 60`))} || ' Bapak/Ibu ' || t.contact_name || '. '
        || ${REPLY_OPENING}::text || ' ' || case when t.escalate then ${ESCALATED_REPLY}::text else a.answer end || ' ' || ${REPLY_CLOSING}::text,
      t.assignee_id, case when t.channel = 'whatsapp' then 'read' else 'sent' end, t.first_response_at
    from demo_t t
    join unnest(${pgArray(topics)}::text[], ${pgArray(answers)}::text[]) as a(topic, answer) on a.topic = t.topic1
    where t.first_response_at is not null
    order by t.id`.execute(trx);
}

/** Escalations to the Layer 2 team of the topic, answered by the team's account. */
export async function insertEscalations(trx: Db): Promise<void> {
  await sql`insert into escalations (ticket_id, team_id, escalated_by, escalated_at, note, status, answered_at, answered_by)
    select t.id, tm.id, t.assignee_id, t.escalated_at, 'Mohon tanggapan: ' || t.subject,
      case when t.answered_at is null then 'open' else 'answered' end, t.answered_at,
      case when t.answered_at is not null then l2.user_id end
    from demo_t t
    join teams tm on tm.code = t.team_code
    left join (select team_id, min(id) as user_id from users where role = 'l2' and active group by team_id) l2 on l2.team_id = tm.id
    where t.escalated_at is not null
    order by t.id`.execute(trx);
}
