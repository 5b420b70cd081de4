import type { Kysely } from 'kysely';
import { runStatements } from '../sql.ts';

/**
 * livechat: the widget's visitors (one per browser that filled in the pre-chat form; the
 * signed token in its localStorage names the row) and the spam challenges already used.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table livechat_visitors (
       id text primary key,
       name text not null,
       email text not null,
       institution text not null,
       region_code text references regions (code),
       contact_id bigint references contacts (id),
       ticket_id bigint references tickets (id),
       origin text,
       created_at timestamptz not null default now(),
       last_seen_at timestamptz not null default now()
     )`,
    `create index livechat_visitors_ticket_idx on livechat_visitors (ticket_id) where ticket_id is not null`,
    `create table livechat_challenges (
       nonce text primary key,
       expires_at timestamptz not null
     )`,
    `create index livechat_challenges_expiry_idx on livechat_challenges (expires_at)`,
  ]);
}
