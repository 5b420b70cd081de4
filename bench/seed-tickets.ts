import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';

/**
 * Fills a database with `count` tickets shaped like DJPK's traffic (channel mix, statuses,
 * zones, topics), set-based in SQL so that a million rows take seconds, not hours.
 */
export async function seedTickets(db: Kysely<Database>, count: number, agents: number[]): Promise<void> {
  const contacts = Math.max(1, Math.floor(count / 5));
  await sql`insert into contacts (name, region_code, user_category)
    select 'Kontak ' || g, (select code from regions where level = 'regency' order by code offset (g % 514) limit 1), 'pemda'
    from generate_series(1, ${contacts}) g`.execute(db);
  const [{ first } = { first: 1 }] = (await sql<{ first: number }>`select min(id) as first from contacts`.execute(db)).rows;
  const agentArray = `{${agents.join(',')}}`;
  await sql`insert into tickets (channel, contact_id, subject, status, assignee_id, zone, inside_service_hours, complaint, created_at, updated_at, last_message_at, search)
    select
      (array['whatsapp','whatsapp','whatsapp','whatsapp','whatsapp','whatsapp','whatsapp','email','email','phone'])[1 + (g % 10)],
      ${first} + (g % ${contacts}),
      'Pertanyaan nomor ' || g,
      case when g % 100 < 3 then 'open' when g % 100 < 5 then 'pending' when g % 100 < 6 then 'escalated' when g % 100 < 60 then 'closed' else 'resolved' end,
      (${agentArray}::int[])[1 + (g % ${agents.length})],
      (array['WIB','WIB','WIB','WITA','WIT'])[1 + (g % 5)],
      g % 20 <> 0,
      g % 250 = 0,
      ts, ts, ts,
      to_tsvector('indonesian', 'Pertanyaan nomor ' || g || case when g % 1000 = 0 then ' penyaluran dana desa' else ' alokasi umum' end)
    from generate_series(1, ${count}) g,
         lateral (select timestamptz '2024-01-01 00:00+07' + (g * (interval '730 days' / ${count}))) t(ts)`.execute(db);
  await sql`insert into ticket_topics (ticket_id, topic_code)
    select id, (array['DBH','DAU','DAK_FISIK','DANA_DESA','TRANSFER','APLIKASI','PDRD','LAINNYA'])[1 + (id % 8)] from tickets`.execute(db);
  // Steady state: autovacuum would have set the visibility map that index-only scans need.
  await sql`vacuum analyze`.execute(db);
}
