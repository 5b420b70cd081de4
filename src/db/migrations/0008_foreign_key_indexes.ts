import type { Kysely } from 'kysely';
import { runStatements } from '../sql.ts';

/**
 * Indexes on the two foreign keys that had none. Deleting a ticket (or a message) makes
 * PostgreSQL look for rows still pointing at it; without an index every deleted row scanned the
 * whole referencing table: replacing a month of demo data (`sapa demo` run again) took minutes
 * per 100,000 tickets in that check alone. The console also finds a ticket's chatbot session by it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, [
    `create index chatbot_sessions_ticket_idx on chatbot_sessions (ticket_id) where ticket_id is not null`,
    `create index escalations_answer_message_idx on escalations (answer_message_id) where answer_message_id is not null`,
  ]);
}
