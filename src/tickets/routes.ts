import { Type } from '@sinclair/typebox';
import type { App, AppContext } from '../server/context.ts';
import { requireActor, requireRole } from '../auth/guard.ts';
import { AppError, validation } from '../platform/errors.ts';
import { getRegionMatcher } from '../directory/region-service.ts';
import { countTickets, listTickets } from './inbox.ts';
import { parseInboxQuery } from './filters.ts';
import { getTicketDetail } from './detail.ts';
import { updateTicket } from './update.ts';
import { addAgentMessage } from './replies.ts';
import { receiveInbound } from './ingest.ts';
import { visibleTicket } from './access.ts';
import { InboxQuerySchema, MessageSchema, NewTicketSchema, TicketChangesSchema, TicketListSchema } from './schemas.ts';

const tags = ['tickets'];
const IdParams = Type.Object({ id: Type.Integer() });

async function regionCode(ctx: AppContext, typed: string | undefined): Promise<string | undefined> {
  if (!typed?.trim()) return undefined;
  const result = (await getRegionMatcher(ctx.db)).match(typed);
  switch (result.status) {
    case 'matched': return result.region.code;
    case 'ambiguous':
      throw validation(`The region "${typed}" is ambiguous`, [{ field: 'requester.region', message: `Did you mean ${result.candidates.map((c) => `${c.name} (${c.code})`).join(' or ')}?`, value: typed }]);
    case 'unknown':
      throw validation(`Unknown region "${typed}"`, [{ field: 'requester.region', message: 'Use a Kemendagri code or a name such as "Kab. Bogor"', value: typed }]);
  }
}

export function ticketRoutes(app: App, ctx: AppContext): void {
  app.get('/api/tickets', { schema: { tags, summary: 'The inbox: filtered, newest activity first, keyset-paged', querystring: InboxQuerySchema, response: { 200: TicketListSchema } } }, async (request) => {
    const actor = requireActor(request);
    const filters = await parseInboxQuery(ctx.db, request.query);
    return listTickets(ctx.db, actor, filters, { limit: request.query.limit, cursor: request.query.cursor, sort: request.query.sort });
  });

  app.get('/api/tickets/counts', {
    schema: { tags, summary: 'Tickets per status under the same filters (status is ignored); a count that reached 1,000 stops there and is listed in at_least', querystring: Type.Omit(InboxQuerySchema, ['limit', 'cursor', 'sort']) },
  }, async (request) => {
    const actor = requireActor(request);
    return countTickets(ctx.db, actor, await parseInboxQuery(ctx.db, { ...request.query, status: undefined, limit: 1 }));
  });

  app.get('/api/tickets/:id', { schema: { tags, summary: 'A ticket with its requester, whole conversation, topics and escalations', params: IdParams } }, async (request) =>
    getTicketDetail(ctx.db, requireActor(request), request.params.id));

  app.post('/api/tickets', { schema: { tags, summary: 'Open a ticket on behalf of a requester (e.g. a phone call)', body: NewTicketSchema } }, async (request, reply) => {
    const actor = requireRole(request, 'admin', 'supervisor', 'agent');
    const b = request.body;
    if (!b.requester.phone && !b.requester.email && !b.requester.name) {
      throw validation('Say who is asking', [{ field: 'requester', message: 'Give at least a name, a phone number or an email address' }]);
    }
    const code = await regionCode(ctx, b.requester.region);
    const result = await ctx.db.transaction().execute(async (trx) => {
      const ingested = await receiveInbound(trx, {
        channel: b.channel,
        from: { ...b.requester, regionCode: code, userCategory: b.requester.user_category },
        subject: b.subject, body: b.body, topics: b.topics,
        receivedAt: b.received_at ? new Date(b.received_at) : undefined,
        metadata: { created_by: actor.username },
      }, ctx.db);
      await trx.updateTable('tickets').set({ assignee_id: actor.userId }).where('id', '=', ingested.ticketId).where('assignee_id', 'is', null).execute();
      return ingested;
    });
    return reply.status(201).send(await getTicketDetail(ctx.db, actor, result.ticketId));
  });

  app.patch('/api/tickets/:id', { schema: { tags, summary: 'Change status, assignee, topics, category, region, complaint or spam flag', params: IdParams, body: TicketChangesSchema } }, async (request) => {
    const actor = requireActor(request);
    await updateTicket(ctx.db, actor, request.params.id, request.body, request.ip);
    return getTicketDetail(ctx.db, actor, request.params.id);
  });

  app.post('/api/tickets/:id/messages', {
    schema: {
      tags, summary: 'Reply on the ticket\'s channel (through the outbox), add an internal note, or send a WhatsApp template (outside the 24-hour window)', params: IdParams,
      body: Type.Object({
        body: Type.Optional(Type.String({ maxLength: 20_000 })),
        internal: Type.Boolean({ default: false }),
        template: Type.Optional(Type.Object({ name: Type.String({ minLength: 1, maxLength: 512 }), language: Type.String({ default: 'id', maxLength: 20 }), parameters: Type.Optional(Type.Array(Type.String({ maxLength: 1024 }), { maxItems: 20 })) })),
      }),
      response: { 201: Type.Omit(MessageSchema, ['attachments', 'author', 'author_name']) },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const message = await addAgentMessage(ctx.db, actor, request.params.id, request.body);
    ctx.pokeWorker?.();
    return reply.status(201).send({ ...message, delivery_error: message.delivery_error });
  });

  app.get('/api/attachments/:id', { schema: { tags, summary: 'Download an attachment', params: IdParams } }, async (request, reply) => {
    const actor = requireActor(request);
    const attachment = await ctx.db
      .selectFrom('attachments')
      .innerJoin('messages', 'messages.id', 'attachments.message_id')
      .select(['attachments.filename', 'attachments.mime_type', 'attachments.content', 'messages.ticket_id'])
      .where('attachments.id', '=', request.params.id)
      .executeTakeFirst();
    if (!attachment) throw new AppError('not_found', `Attachment ${request.params.id} not found`);
    await visibleTicket(ctx.db, actor, attachment.ticket_id);
    if (!attachment.content) throw new AppError('not_found', 'The file of this attachment has not been downloaded yet');
    return reply
      .header('content-type', attachment.mime_type)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(attachment.content);
  });

}
