import type { Kysely } from 'kysely';
import { runStatements } from '../sql.ts';

/** Every WhatsApp message id taken in, so that Meta's redeliveries are recognised (bot turns have no ticket message). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create table whatsapp_inbound (
       wamid text primary key,
       wa_id text not null,
       received_at timestamptz not null default now())`,
    `create index whatsapp_inbound_wa_id_idx on whatsapp_inbound (wa_id, received_at desc)`,
  ]);
}
