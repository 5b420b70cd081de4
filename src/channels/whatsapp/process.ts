import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { enqueue } from '../../jobs/outbox.ts';
import { receiveInbound } from '../../tickets/ingest.ts';
import { normalisePhone } from '../../contacts/identity.ts';
import { guessUserCategory } from '../../contacts/category.ts';
import { handleUserMessage, linkSessionTicket, type BotReply, type Handoff } from '../../chatbot/engine.ts';
import { getActiveFlow } from '../../chatbot/flow-store.ts';
import { getRegionMatcher } from '../../directory/region-service.ts';
import { loadCalendar } from '../../platform/calendar-service.ts';
import { answerSurvey } from '../../surveys/whatsapp-dialogue.ts';
import { handleBroadcastKeyword } from '../../broadcasts/opt-outs.ts';
import { normaliseMessage, type NormalisedMessage } from './normalise.ts';
import { recordStatus } from './statuses.ts';
import type { WebhookEnvelope, WebhookValue } from './webhook-types.ts';

type Db = Kysely<Database>;

export const SEND_JOB = 'whatsapp.send';
export const READ_JOB = 'whatsapp.read';
export const MEDIA_JOB = 'whatsapp.media';

/** Takes a message id once: Meta redelivers, and a retried job must not act twice. */
async function firstTime(db: Db, message: NormalisedMessage): Promise<boolean> {
  const inserted = await db
    .insertInto('whatsapp_inbound')
    .values({ wamid: message.wamid, wa_id: message.waId, received_at: message.at })
    .onConflict((oc) => oc.column('wamid').doNothing())
    .returning('wamid')
    .executeTakeFirst();
  return inserted !== undefined;
}

async function openTicketOf(db: Db, phone: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('tickets')
    .innerJoin('contact_identities', 'contact_identities.contact_id', 'tickets.contact_id')
    .select('tickets.id')
    .where('contact_identities.kind', '=', 'phone')
    .where('contact_identities.value', '=', phone)
    .where('tickets.channel', '=', 'whatsapp')
    .where('tickets.status', 'in', ['open', 'pending', 'escalated'])
    .orderBy('tickets.id', 'desc')
    .executeTakeFirst();
  return row?.id;
}

async function knownContact(db: Db, phone: string) {
  const row = await db
    .selectFrom('contact_identities as phone')
    .innerJoin('contacts', 'contacts.id', 'phone.contact_id')
    .leftJoin('contact_identities as email', (join) => join.onRef('email.contact_id', '=', 'contacts.id').on('email.kind', '=', 'email'))
    .select(['contacts.name', 'contacts.region_code', 'contacts.institution', 'email.value as email'])
    .where('phone.kind', '=', 'phone')
    .where('phone.value', '=', phone)
    .executeTakeFirst();
  if (!row) return undefined;
  return { name: row.name || undefined, regionCode: row.region_code ?? undefined, institution: row.institution ?? undefined, email: row.email ?? undefined };
}

async function queueReplies(db: Db, to: string, replies: BotReply[]): Promise<void> {
  // The bot's messages to one person arrive in order, even when one of them is retried.
  for (const message of replies) await enqueue(db, { type: SEND_JOB, payload: { to, message }, orderingKey: `wa:${to}` });
}

/** The registration the bot collected becomes the contact's data and the ticket's first message. */
async function handOver(db: Db, phone: string, handoff: Handoff, at: Date, sessionId: number, cacheFrom: Db): Promise<void> {
  const stored = await receiveInbound(db, {
    channel: 'whatsapp',
    from: { phone, name: handoff.name, email: handoff.email, institution: handoff.institution, regionCode: handoff.regionCode, userCategory: guessUserCategory(handoff.institution) },
    body: handoff.question,
    receivedAt: at,
    topics: handoff.topic ? [handoff.topic] : undefined,
    metadata: { chatbot: { session_id: sessionId, menu_path: handoff.menuPath } },
  }, cacheFrom);
  const ticket = await db.selectFrom('tickets').select('contact_id').where('id', '=', stored.ticketId).executeTakeFirstOrThrow();
  await linkSessionTicket(db, sessionId, { ticketId: stored.ticketId, contactId: ticket.contact_id });
}

async function toTicket(db: Db, phone: string, message: NormalisedMessage, profileName: string | undefined, ticketId: number): Promise<void> {
  const stored = await receiveInbound(db, {
    channel: 'whatsapp', from: { phone, name: profileName }, ticketId, body: message.text, kind: message.kind, externalId: `wa:${message.wamid}`, receivedAt: message.at,
    attachments: message.media ? [{ filename: message.media.filename ?? `${message.media.kind}-${message.media.id}`, mimeType: message.media.mime_type ?? 'application/octet-stream', sha256: message.media.sha256, storageKey: `wa-media:${message.media.id}` }] : undefined,
  });
  if (message.media) await enqueue(db, { type: MEDIA_JOB, payload: { messageId: stored.messageId, mediaId: message.media.id } });
}

/** One message: to the requester's open ticket, or else to the chatbot (which may hand over). */
async function processMessage(db: Db, message: NormalisedMessage, profileName: string | undefined): Promise<void> {
  // Warm the caches outside the transaction: the embedded database has one connection.
  await Promise.all([getActiveFlow(db), getRegionMatcher(db), loadCalendar(db)]);
  await db.transaction().execute(async (trx) => {
    if (!(await firstTime(trx, message))) return;
    const phone = normalisePhone(message.waId) ?? `+${message.waId}`;
    await enqueue(trx, { type: READ_JOB, payload: { wamid: message.wamid } });
    // "BERHENTI"/"STOP" (and "MULAI" after it) is about blasts: recorded and confirmed here.
    const optOutReply = await handleBroadcastKeyword(trx, phone, message.text);
    if (optOutReply) return queueReplies(trx, message.waId, [optOutReply]);
    const ticketId = await openTicketOf(trx, phone);
    if (ticketId !== undefined) return toTicket(trx, phone, message, profileName, ticketId);
    // An answer to the requester's satisfaction survey goes to the survey, not the chatbot.
    const surveyReplies = await answerSurvey(trx, { phone, text: message.text, kind: message.kind, choiceId: message.choiceId, at: message.at });
    if (surveyReplies) return queueReplies(trx, message.waId, surveyReplies);
    const turn = await handleUserMessage(trx, {
      channel: 'whatsapp', contactKey: phone, profileName, text: message.text, choiceId: message.choiceId, at: message.at, known: await knownContact(trx, phone),
    }, db);
    await queueReplies(trx, message.waId, turn.replies);
    if (turn.handoff) await handOver(trx, phone, turn.handoff, message.at, turn.sessionId, db);
  });
}

async function processValue(db: Db, value: WebhookValue): Promise<void> {
  const names = new Map((value.contacts ?? []).map((c) => [c.wa_id, c.profile?.name]));
  for (const raw of value.messages ?? []) await processMessage(db, normaliseMessage(raw), names.get(raw.from));
  for (const status of value.statuses ?? []) await recordStatus(db, status);
}

/** Every entry, change, message and status of one webhook delivery (never only [0]). */
export async function processWebhook(db: Db, envelope: WebhookEnvelope): Promise<void> {
  for (const entry of envelope.entry ?? []) {
    for (const change of entry.changes ?? []) {
      if (change.field === 'messages' && change.value) await processValue(db, change.value);
    }
  }
}
