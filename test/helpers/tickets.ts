import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { receiveInbound, type InboundMessage } from '../../src/tickets/ingest.ts';

/** Delivers a requester's message as a channel would: in its own transaction. */
export function inbound(db: Kysely<Database>, message: Partial<InboundMessage> & Pick<InboundMessage, 'body'>) {
  return db.transaction().execute((trx) =>
    receiveInbound(trx, { channel: 'whatsapp', from: { phone: '0811-150420-7', name: 'Budi' }, ...message }),
  );
}

/** 2025-01-06 is a Monday; 09:00 WIB is inside the default service hours. */
export const MONDAY_MORNING = new Date('2025-01-06T09:00:00+07:00');
export const SATURDAY_NIGHT = new Date('2025-01-11T21:00:00+07:00');
