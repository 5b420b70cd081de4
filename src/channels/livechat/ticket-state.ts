import type { Kysely } from 'kysely';
import type { Channel, Database, TicketStatus } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { surveyLinkFor } from '../../surveys/token.ts';
import { helpdeskFollowUrl } from '../helpdesk/link.ts';

type Db = Kysely<Database>;

/** What the widget shows about the visitor's conversation. */
export interface TicketState {
  number: number;
  channel: Channel;
  /** The agent resolved (or closed) it: the chat has ended. */
  ended: boolean;
  /** The private follow link of a help-desk ticket (made when agents were away). */
  followUrl?: string | undefined;
  /** The satisfaction survey of an ended conversation. */
  surveyUrl?: string | undefined;
}

const ENDED: readonly TicketStatus[] = ['resolved', 'closed'];

export async function ticketState(db: Db, config: Config, ticketId: number): Promise<TicketState | undefined> {
  const ticket = await db.selectFrom('tickets').select(['number', 'channel', 'status']).where('id', '=', ticketId).executeTakeFirst();
  if (!ticket) return undefined;
  const ended = ENDED.includes(ticket.status);
  const followUrl = ticket.channel === 'helpdesk' ? await helpdeskFollowUrl(db, config, ticketId) : undefined;
  const surveyUrl = ended ? ((await surveyLinkFor(db, ticketId, config.publicUrl)) ?? undefined) : undefined;
  return { number: ticket.number, channel: ticket.channel, ended, followUrl, surveyUrl };
}
