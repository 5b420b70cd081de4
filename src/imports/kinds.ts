import type { ImportKind } from './run.ts';
import { anyKind, type AnyKindSpec } from './spec.ts';
import { TICKETS } from './tickets.ts';
import { CHATBOT_SESSIONS } from './chatbot-sessions.ts';
import { BOOKINGS } from './bookings.ts';
import { BROADCASTS } from './broadcasts.ts';
import { OUTREACH } from './outreach.ts';
import { KB_ARTICLES } from './kb-articles.ts';

/** Every kind of docs/import.md with its reader and writer. */
export const KIND_SPECS: Readonly<Record<ImportKind, AnyKindSpec>> = {
  tickets: anyKind(TICKETS),
  chatbot_sessions: anyKind(CHATBOT_SESSIONS),
  bookings: anyKind(BOOKINGS),
  broadcasts: anyKind(BROADCASTS),
  outreach: anyKind(OUTREACH),
  kb_articles: anyKind(KB_ARTICLES),
};
