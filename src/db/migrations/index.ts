import type { Migration } from 'kysely';
import * as foundation from './0001_foundation.ts';
import * as referenceData from './0002_reference_data.ts';
import * as tickets from './0003_tickets.ts';
import * as outbox from './0004_outbox.ts';
import * as chatbot from './0005_chatbot.ts';
import * as whatsapp from './0006_whatsapp.ts';
import * as records from './0007_records.ts';

/** Every migration, in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_reference_data': referenceData,
  '0003_tickets': tickets,
  '0004_outbox': outbox,
  '0005_chatbot': chatbot,
  '0006_whatsapp': whatsapp,
  '0007_records': records,
};
