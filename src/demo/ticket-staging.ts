import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { below, draw, lit, lookupSql, pgArray, pickSql } from './random.ts';
import {
  ANSWER_DAY_WEIGHTS, CATEGORY_WEIGHTS, CHANNEL_WEIGHTS, DEFAULT_TEAM, ESCALATION_CHANCE, INSIDE_HOURS_SHARE, LETTER_TOPICS,
  SECOND_TOPIC_SHARE, SECOND_TOPIC_WEIGHTS, SINGLE_TOPICS, TEAM_BY_TOPIC, TECHNICAL_TOPICS, TOPIC_WEIGHTS_BY_CHANNEL,
} from './shape.ts';
import { questionCounts, questionRows } from './texts.ts';
import { SHORT_REGION_NAME_SQL } from './names.ts';
import type { ContactPool } from './contacts.ts';

type Db = Kysely<Database>;

export interface MonthBatch {
  month: string;
  /** 202501: with the row number, the key every random draw of a row depends on. */
  monthKey: number;
  tickets: number;
  seed: number;
  now: Date;
  /** First day of the month and of the next, YYYY-MM-DD. */
  firstDay: string;
  nextFirstDay: string;
}

const inList = (values: readonly string[]): string => `(${values.map(lit).join(', ')})`;

/** SQL of the first topic: each channel has its own mix (email is mostly letters). */
function firstTopicSql(u: string): string {
  const byChannel = Object.entries(TOPIC_WEIGHTS_BY_CHANNEL).map(([channel, weights]) => `when ${lit(channel)} then ${pickSql(u, weights)}`);
  return `(case channel ${byChannel.join(' ')} end)`;
}

/** Which template of the topic: complaints mostly repeat the month's main subject (seed page 14). */
function templateIndexSql(batch: MonthBatch, u: (salt: number) => string): string {
  const counts = questionCounts();
  const complaints = counts.PENGADUAN ?? 1;
  return `(case when topic1 = 'PENGADUAN' and ${u(24)} < 0.75 then ${1 + (batch.monthKey % complaints)}
    else 1 + ${below(u(23), lookupSql('topic1', counts, '1'))} end)`;
}

/**
 * One row per ticket of the month in a temporary table demo_t: when it came (inside or outside
 * service hours by the real calendar in demo_cal), channel, requester, topics, what happened
 * to it and when, all drawn from hashes of the row key. Nothing after `now` is kept.
 * Each layer ends with `offset 0`: a fence that makes PostgreSQL compute its columns once per
 * row instead of copying the expressions into every later reference (several times faster).
 */
export async function stageTickets(trx: Db, batch: MonthBatch, pool: ContactPool, agents: number[]): Promise<void> {
  const u = (salt: number): string => draw(batch.seed, salt);
  const [texts, questions] = [questionRows().map(([t]) => t), questionRows().map(([, q]) => q)];
  const now = sql`${batch.now.toISOString()}::timestamptz`;
  const escalates = `(topic1 in ${inList(TECHNICAL_TOPICS)} and ${u(13)} < ${ESCALATION_CHANCE.technical}
    or topic1 in ${inList(LETTER_TOPICS)} and ${u(13)} < ${ESCALATION_CHANCE.letters})`;
  const contactOf = (category: string): string => `p.${category}[1 + floor(power(${u(9)}, 1.3) * cardinality(p.${category}))::int]`;
  await sql`create temporary table demo_t on commit drop as
    with pool as (
      select ${pgArray(pool.byCategory.pemda ?? [])}::bigint[] as pemda, ${pgArray(pool.byCategory.kl ?? [])}::bigint[] as kl,
             ${pgArray(pool.byCategory.akademisi ?? [])}::bigint[] as akademisi, ${pgArray(pool.byCategory.lainnya ?? [])}::bigint[] as lainnya,
             ${pgArray(agents)}::int[] as agents),
    templates as (
      select topic, row_number() over (partition by topic order by ord) as k, question
      from unnest(${pgArray(texts)}::text[], ${pgArray(questions)}::text[]) with ordinality as q(topic, question, ord)),
    days as (
      select row_number() over (order by day) as k, * from demo_cal
      where day >= ${batch.firstDay}::date and day < ${batch.nextFirstDay}::date and limit_min > 0),
    inside_days as (select row_number() over (order by day) as k, day, start, working, open_min, close_min, limit_min, next_open_at
      from days where working and least(close_min, limit_min) > open_min),
    sizes as (select (select count(*) from days) as n_all, (select count(*) from inside_days) as n_in),
    base as (
      select b.g, b.key, w.wanted_inside,
        (case when w.wanted_inside then 1 + floor(${sql.raw(u(2))} * s.n_in) else 1 + floor(${sql.raw(u(2))} * s.n_all) end)::bigint as k
      from (select g, ${batch.monthKey}::bigint * 100000000 + g as key from generate_series(1, ${batch.tickets}::int) g) b
      cross join sizes s
      cross join lateral (select ${sql.raw(u(1))} < ${INSIDE_HOURS_SHARE} and s.n_in > 0 as wanted_inside) w),
    timed as (
      select b.g, b.key, b.wanted_inside,
        coalesce(i.day, a.day) as day, coalesce(i.start, a.start) as start, coalesce(i.working, a.working) as working,
        coalesce(i.open_min, a.open_min) as open_min, coalesce(i.close_min, a.close_min) as close_min,
        coalesce(i.limit_min, a.limit_min) as limit_min, coalesce(i.next_open_at, a.next_open_at) as next_open_at
      from base b
      left join inside_days i on b.wanted_inside and i.k = b.k
      left join days a on not b.wanted_inside and a.k = b.k),
    minuted as (
      select t.*, greatest(0, least(limit_min - 1, case
          when wanted_inside then open_min + ${sql.raw(below(u(3), '(least(close_min, limit_min) - open_min)'))}
          when working then case when ${sql.raw(u(4))} < 0.3 then open_min - 1 - ${sql.raw(below(u(3), 120))} else close_min + ${sql.raw(below(u(3), 300))} end
          else 420 + ${sql.raw(below(u(3), 840))} end)) as minute
      from timed t offset 0),
    drawn as (
      select m.*, m.start + make_interval(mins => m.minute, secs => floor(${sql.raw(u(5))} * 60)) as created_at,
        m.working and m.minute >= m.open_min and m.minute < m.close_min as inside,
        ${sql.raw(pickSql(u(6), CHANNEL_WEIGHTS))} as channel, ${sql.raw(pickSql(u(7), CATEGORY_WEIGHTS))} as category
      from minuted m offset 0),
    topiced as (
      select d.*, ${sql.raw(firstTopicSql(u(8)))} as topic1,
        (case d.category when 'pemda' then ${sql.raw(contactOf('pemda'))} when 'kl' then ${sql.raw(contactOf('kl'))}
          when 'akademisi' then ${sql.raw(contactOf('akademisi'))} else ${sql.raw(contactOf('lainnya'))} end) as contact_id
      from drawn d cross join pool p offset 0),
    contacted as (
      select x.*, nullif(case when topic1 not in ${sql.raw(inList(SINGLE_TOPICS))} and ${sql.raw(u(10))} < ${SECOND_TOPIC_SHARE}
          then ${sql.raw(pickSql(u(11), SECOND_TOPIC_WEIGHTS))} end, topic1) as topic2,
        c.name as contact_name, c.institution, c.region_code, c.user_category, r.zone, r.short_name,
        ${sql.raw(escalates)} as escalate, to_char(x.created_at at time zone 'Asia/Jakarta', 'YYYY') as year
      from topiced x join contacts c on c.id = x.contact_id
      left join (select code, zone, ${sql.raw(SHORT_REGION_NAME_SQL)} as short_name from regions) r on r.code = c.region_code offset 0),
    responded as (
      select c.*, (case when inside then created_at when working and minute < open_min then start + make_interval(mins => open_min) else next_open_at end)
        + make_interval(mins => case when inside then 2 + ${sql.raw(below(`power(${u(12)}, 2)`, 120))} else 5 + ${sql.raw(below(u(12), 120))} end) as response_calc
      from contacted c offset 0),
    escalated as (
      select r.*, case when escalate then r.response_calc + make_interval(mins => 5 + ${sql.raw(below(u(14), 55))}) end as escalated_calc
      from responded r offset 0),
    answered as (
      select e.*, case when e.escalate then greatest(e.escalated_calc + interval '20 minutes',
          w.start + make_interval(mins => w.open_min + ${sql.raw(below(u(16), 'greatest(w.close_min - w.open_min - 30, 30)'))})) end as answered_calc
      from escalated e
      left join demo_cal ec on e.escalate and ec.day = (e.escalated_calc at time zone 'Asia/Jakarta')::date
      left join demo_wd w on w.n = ec.wd_index + ${sql.raw(pickSql(u(15), ANSWER_DAY_WEIGHTS))}::int offset 0),
    resolved as (
      select a.*, case
          when topic1 = 'SPAM' then created_at + make_interval(mins => 10 + ${sql.raw(below(u(17), 50))})
          when escalate then answered_calc + make_interval(mins => 10 + ${sql.raw(below(u(17), 230))})
          when ${sql.raw(u(18))} < 0.7 then response_calc + make_interval(mins => ${sql.raw(below(u(17), 30))})
          else response_calc + make_interval(mins => 60 + ${sql.raw(below(u(17), 2820))}) end as resolved_calc
      from answered a offset 0),
    closing as (
      select r.*, case when topic1 = 'SPAM' then resolved_calc
          when ${sql.raw(u(19))} < 0.7 then resolved_calc + make_interval(days => 1 + ${sql.raw(below(u(20), 3))}, mins => ${sql.raw(below(u(21), 480))}) end as closed_calc
      from resolved r offset 0)
    select nextval(pg_get_serial_sequence('tickets', 'id')) as id, f.g, f.key,
      ${batch.month}::text || '-' || lpad(f.g::text, 7, '0') as external_ref,
      f.channel, f.contact_id, f.contact_name, f.institution, f.region_code, f.user_category, f.zone, f.created_at, f.inside,
      f.minute, f.topic1, f.topic2, f.topic1 = 'SPAM' as spam, f.topic1 = 'PENGADUAN' as complaint, f.escalate,
      p.agents[1 + f.g % cardinality(p.agents)] as assignee_id,
      case when f.topic1 <> 'SPAM' and f.response_calc <= ${now} then f.response_calc end as first_response_at,
      case when f.escalated_calc <= ${now} then ${sql.raw(lookupSql('f.topic1', TEAM_BY_TOPIC, lit(DEFAULT_TEAM)))} end as team_code,
      case when f.escalated_calc <= ${now} then f.escalated_calc end as escalated_at,
      case when f.answered_calc <= ${now} then f.answered_calc end as answered_at,
      case when f.resolved_calc <= ${now} then f.resolved_calc end as resolved_at,
      case when f.closed_calc <= ${now} then f.closed_calc end as closed_at,
      case when f.closed_calc <= ${now} then 'closed' when f.resolved_calc <= ${now} then 'resolved'
        when f.escalated_calc <= ${now} and not coalesce(f.answered_calc <= ${now}, false) then 'escalated'
        when f.topic1 = 'SPAM' or f.response_calc > ${now} then 'open'
        when ${sql.raw(draw(batch.seed, 22, 'f.key'))} < 0.5 then 'pending' else 'open' end as status,
      replace(replace(replace(tp.question, '{wilayah}', coalesce(f.short_name, 'daerah kami')), '{tahun}', f.year),
        '{nomor}', '900/' || (100 + ${sql.raw(below(draw(batch.seed, 25, 'f.key'), 900))}) || '/' || f.year) as subject
    from closing f
    cross join pool p
    join templates tp on tp.topic = f.topic1 and tp.k = ${sql.raw(templateIndexSql(batch, (salt) => draw(batch.seed, salt, 'f.key')))}
    order by f.created_at, f.g`.execute(trx);
  await sql`analyze demo_t`.execute(trx);
}
