import { loadCalendar } from '../platform/calendar-service.ts';
import { getRegionMatcher } from '../directory/region-service.ts';
import { normaliseEmail, normalisePhone } from '../contacts/identity.ts';
import { loadCodeTables, memo } from './lookups.ts';
import { People } from './people.ts';
import { parseTicket, type TicketRow, type TicketState } from './tickets-parse.ts';
import { writeTickets } from './tickets-write.ts';
import type { KindSpec } from './spec.ts';

/** docs/import.md, tickets: a consultation with its requester, agent, escalation and rating. */
export const TICKETS: KindSpec<TicketRow, TicketState> = {
  required: ['id', 'created_at', 'channel'],
  idColumn: 'id',
  async prepare(db) {
    return {
      calendar: await loadCalendar(db), regions: await getRegionMatcher(db), codes: await loadCodeTables(db), people: await People.load(db),
      phone: memo(normalisePhone), email: memo(normaliseEmail),
    };
  },
  parse: parseTicket,
  write: writeTickets,
};
