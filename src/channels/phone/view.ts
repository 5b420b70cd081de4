import type { Kysely, Selectable } from 'kysely';
import type { CallsTable, Database } from '../../db/schema.ts';
import { notFound } from '../../platform/errors.ts';
import { formatDuration } from './duration.ts';

type Db = Kysely<Database>;

/** The columns every call answer shows, with the ticket's number for the console's link. */
export const callQuery = (db: Db) =>
  db.selectFrom('calls').leftJoin('tickets', 'tickets.id', 'calls.ticket_id').select([
    'calls.id', 'calls.source', 'calls.direction', 'calls.status', 'calls.caller_number', 'calls.caller_phone', 'calls.contact_id',
    'calls.extension', 'calls.agent_id', 'calls.ringing_at', 'calls.answered_at', 'calls.ended_at', 'calls.duration_seconds',
    'calls.ticket_id', 'tickets.number as ticket_number', 'calls.completed_at', 'calls.created_at',
  ]);

type CallRow = Pick<Selectable<CallsTable>, 'duration_seconds'> & Record<string, unknown>;

export const withDuration = <T extends CallRow>(row: T) => ({ ...row, duration: row.duration_seconds === null ? null : formatDuration(row.duration_seconds) });

export async function getCall(db: Db, id: number) {
  const row = await callQuery(db).where('calls.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(`Call ${id}`);
  return withDuration(row);
}
