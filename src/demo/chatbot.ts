import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { below, draw, lookupSql, pgArray, pickSql } from './random.ts';
import { CHATBOT_MENU_WEIGHTS } from './shape.ts';
import { FIRST_NAMES, LAST_NAMES, SHORT_REGION_NAME_SQL } from './names.ts';
import { menuItems } from './ticket-followups.ts';
import type { MonthBatch } from './ticket-staging.ts';

type Db = Kysely<Database>;

/** Keys of bot sessions sit apart from ticket keys of the same month. */
const SESSION_KEY_OFFSET = 90_000_000;

/**
 * Chatbot sessions that stayed with the bot (seed page 20): a menu item chosen, or none
 * ("Tidak Dilanjutkan"). A third are people of the contact pool, the rest new numbers.
 * Every session is ended, so that none holds a real person's open conversation.
 */
export async function insertBotSessions(trx: Db, batch: MonthBatch, count: number, poolIds: number[], flowVersion: number | null): Promise<void> {
  if (count === 0) return;
  const u = (salt: number): string => draw(batch.seed, salt, 'b.key');
  const items = menuItems();
  const ids = [...items.keys()];
  const labels = Object.fromEntries(ids.map((id) => [id, items.get(id)!.label]));
  const titles = Object.fromEntries(ids.map((id) => [id, items.get(id)!.title]));
  const childCounts = Object.fromEntries(ids.map((id) => [id, Math.max(1, items.get(id)!.children.length)]));
  const children = ids.flatMap((id) => items.get(id)!.children.map((title, i) => [id, String(i + 1), title]));
  const now = sql`${batch.now.toISOString()}::timestamptz`;
  await sql`insert into chatbot_sessions (channel, contact_key, contact_id, started_at, last_activity_at, registration_complete, menu,
      menu_path, handed_to_agent, ended_at, end_reason, name, region_code, institution, email, flow_version, source, external_ref)
    with days as (select row_number() over (order by day) as k, * from demo_cal
        where day >= ${batch.firstDay}::date and day < ${batch.nextFirstDay}::date and limit_min > 0),
      sizes as (select count(*) as n from days),
      children as (select * from unnest(${pgArray(children.map((c) => c[0]!))}::text[], ${pgArray(children.map((c) => Number(c[1])))}::int[],
        ${pgArray(children.map((c) => c[2]!))}::text[]) as c(menu_id, k, title)),
      people as (select c.id, c.name, c.institution, c.region_code, ids.phone, ids.email, row_number() over (order by o.ord) as k
        from unnest(${pgArray(poolIds)}::bigint[]) with ordinality as o(id, ord) join contacts c on c.id = o.id
        join (select contact_id, min(value) filter (where kind = 'phone') as phone, min(value) filter (where kind = 'email') as email
              from contact_identities where contact_id = any(${pgArray(poolIds)}::bigint[]) group by contact_id) ids on ids.contact_id = c.id and ids.phone is not null),
      regencies as (select row_number() over (order by code) as k, code, ${sql.raw(SHORT_REGION_NAME_SQL)} as short_name
        from regions where level = 'regency' and not administrative),
      names as (select ${pgArray(FIRST_NAMES)}::text[] as first, ${pgArray(LAST_NAMES)}::text[] as last),
      b as (select g, ${batch.monthKey}::bigint * 100000000 + ${SESSION_KEY_OFFSET} + g as key from generate_series(1, ${count}::int) g),
      s as (
        select b.g, b.key, ${sql.raw(pickSql(u(51), CHATBOT_MENU_WEIGHTS))} as menu_id, ${sql.raw(u(53))} < 0.35 as known,
          d.start + make_interval(mins => greatest(0, least(d.limit_min - 1, 360 + ${sql.raw(below(u(57), 1020))})), secs => floor(${sql.raw(u(56))} * 60)) as started_at,
          ${sql.raw(u(59))} < 0.65 as completes
        from b cross join sizes z join days d on d.k = (1 + floor(${sql.raw(u(50))} * z.n))::bigint offset 0),
      timed as (
        select s.*, case when menu_id <> '' and completes then started_at + make_interval(mins => 2 + ${sql.raw(below(draw(batch.seed, 58, 's.key'), 12))})
          else started_at + make_interval(mins => 30 + ${sql.raw(below(draw(batch.seed, 58, 's.key'), 10))}) end as ended_calc
        from s)
    select 'whatsapp', coalesce(p.phone, '+62857' || lpad(${sql.raw(below(draw(batch.seed, 54, 't.key'), 100000000))}::text, 8, '0')), p.id,
      t.started_at, greatest(t.started_at, least(case when t.menu_id <> '' and t.completes then t.ended_calc else t.ended_calc - interval '30 minutes' end, ${now})),
      t.menu_id <> '' or ${sql.raw(draw(batch.seed, 55, 't.key'))} < 0.5,
      nullif(${sql.raw(lookupSql('t.menu_id', labels, "''"))}, ''),
      case when t.menu_id = '' then '[]'::jsonb else jsonb_build_array(${sql.raw(lookupSql('t.menu_id', titles, "''"))}, ch.title) end,
      false, least(t.ended_calc, ${now}), case when t.menu_id <> '' and t.completes then 'completed' else 'idle' end,
      coalesce(p.name, n.first[1 + ${sql.raw(below(draw(batch.seed, 60, 't.key'), 'cardinality(n.first)'))}] || ' ' || n.last[1 + ${sql.raw(below(draw(batch.seed, 61, 't.key'), 'cardinality(n.last)'))}]),
      coalesce(p.region_code, r.code), coalesce(p.institution, 'BPKAD ' || r.short_name),
      coalesce(p.email, 'pengguna' || t.g || '@umum.example'), ${flowVersion}::int, 'demo', ${batch.month}::text || '-c' || lpad(t.g::text, 6, '0')
    from timed t cross join names n
    left join people p on t.known and p.k = (1 + floor(power(${sql.raw(draw(batch.seed, 52, 't.key'))}, 1.3) * (select count(*) from people)))::bigint
    left join regencies r on r.k = (1 + floor(${sql.raw(draw(batch.seed, 62, 't.key'))} * (select count(*) from regencies)))::bigint
    left join children ch on ch.menu_id = t.menu_id and ch.k = 1 + ${sql.raw(below(draw(batch.seed, 63, 't.key'), lookupSql('t.menu_id', childCounts, '1')))}
    order by t.started_at, t.g`.execute(trx);
}
