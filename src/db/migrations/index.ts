import type { Migration } from 'kysely';
import * as foundation from './0001_foundation.ts';
import * as referenceData from './0002_reference_data.ts';
import * as tickets from './0003_tickets.ts';
import * as outbox from './0004_outbox.ts';
import * as chatbot from './0005_chatbot.ts';
import * as whatsapp from './0006_whatsapp.ts';
import * as records from './0007_records.ts';
import * as foreignKeyIndexes from './0008_foreign_key_indexes.ts';
import * as surveys from './0009_surveys.ts';
import * as knowledge from './0010_knowledge.ts';
import * as broadcasts from './0011_broadcasts.ts';
import * as bookings from './0012_bookings.ts';
import * as helpdesk from './0013_helpdesk.ts';
import * as phone from './0014_phone.ts';
import * as livechat from './0015_livechat.ts';

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_reference_data': referenceData,
  '0003_tickets': tickets,
  '0004_outbox': outbox,
  '0005_chatbot': chatbot,
  '0006_whatsapp': whatsapp,
  '0007_records': records,
  '0008_foreign_key_indexes': foreignKeyIndexes,
  '0009_surveys': surveys,
  '0010_knowledge': knowledge,
  '0011_broadcasts': broadcasts,
  '0012_bookings': bookings,
  '0013_helpdesk': helpdesk,
  '0014_phone': phone,
  '0015_livechat': livechat,
};
