/**
 * The chatbot engine: one call per user message, whatever the channel. The channel adapter turns
 * its wire format into UserMessage and sends the replies; on a handoff it opens the ticket.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { getRegionMatcher } from '../directory/region-service.ts';
import { validation } from '../platform/errors.ts';
import { articleReplyText } from '../knowledge/chatbot.ts';
import { continueConversation, startConversation } from './conversation.ts';
import { idleMinutesOf } from './flow.ts';
import { getActiveFlow } from './flow-store.ts';
import { text, type BotReply } from './replies.ts';
import { openSession, saveTurn, type ChatbotChannel } from './sessions.ts';
import { readState, type Handoff, type Known } from './state.ts';

export type { BotReply } from './replies.ts';
export type { Handoff, Known } from './state.ts';
export { closeIdleSessions, linkSessionTicket } from './sessions.ts';
export { chatbotMonthSummary } from './summary.ts';

type Db = Kysely<Database>;

export interface UserMessage {
  channel: ChatbotChannel;
  /** The normalised phone (E.164) for WhatsApp. */
  contactKey: string;
  /** Not used as the name: the bot asks for it, as the seed's form does. */
  profileName?: string;
  /** What the person typed. */
  text?: string;
  /** An interactive reply's id (list row or button). */
  choiceId?: string;
  at: Date;
  /** What Sapa already knows of a returning contact. */
  known?: Known | undefined;
}

export interface EngineResult {
  replies: BotReply[];
  handoff?: Handoff;
  sessionId: number;
}

/**
 * Runs one step of the person's conversation and stores it. `db` may be a transaction (the
 * adapter's, storing the inbound message); `cacheFrom` is then the root database whose cached
 * flow and region matcher to use, as a transaction has no cache of its own.
 */
export async function handleUserMessage(db: Db, input: UserMessage, cacheFrom: Db = db): Promise<EngineResult> {
  if (input.contactKey.trim() === '') throw validation('A chatbot message needs the contact key', [{ field: 'contactKey', message: 'must not be empty' }]);
  const [active, matcher] = await Promise.all([getActiveFlow(cacheFrom), getRegionMatcher(cacheFrom)]);
  const step = async (trx: Db): Promise<EngineResult> => {
    const { session, isNew } = await openSession(trx, input, idleMinutesOf(active.flow), active.version);
    const ctx = { flow: active.flow, matcher, menuPath: session.menu_path };
    const message = { text: input.text ?? '', choiceId: input.choiceId };
    const turn = isNew ? startConversation(ctx, input.known, message) : continueConversation(ctx, readState(session.state), message);
    await saveTurn(trx, session, turn, input.at);
    const replies = turn.article ? [text(await articleReplyText(trx, turn.article)), ...turn.replies] : turn.replies;
    return turn.handoff ? { replies, handoff: turn.handoff, sessionId: session.id } : { replies, sessionId: session.id };
  };
  return db.isTransaction ? step(db) : db.transaction().execute(step);
}
