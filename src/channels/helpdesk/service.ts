import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Config } from '../../platform/config.ts';
import { zoneOfRegion } from '../../directory/zones.ts';
import { getRegionMatcher } from '../../directory/region-service.ts';
import { receiveInbound, type AttachmentInput } from '../../tickets/ingest.ts';
import type { Consultation, FormOptions } from './form.ts';
import { queueHelpdeskEmail } from './email.ts';

type Db = Kysely<Database>;

// Spam is the agents' verdict, not a requester's choice.
const NOT_OFFERED = new Set(['SPAM']);

/** The choices the public form offers: the active user categories and topics, and the region matcher. */
export async function formOptions(db: Db): Promise<FormOptions> {
  const [categories, topics, matcher] = await Promise.all([
    db.selectFrom('user_categories').select(['code', 'label']).where('active', '=', true).orderBy('sort_order').orderBy('code').execute(),
    db.selectFrom('topics').select(['code', 'label']).where('active', '=', true).orderBy('sort_order').orderBy('code').execute(),
    getRegionMatcher(db),
  ]);
  return { categories, topics: topics.filter((t) => !NOT_OFFERED.has(t.code)), matcher };
}

/** The channel's own id of a submission: a form sent twice is stored once. */
const externalIdOf = (submissionId: string | undefined): string | undefined => (submissionId ? `helpdesk:${submissionId}` : undefined);

export interface Opened {
  ticketId: number;
  number: number;
}

/**
 * Opens a helpdesk ticket from the form, in one transaction: the contact, the ticket with the
 * region, category and topic the requester chose, the question with its attachments, and
 * (when an email was given and a relay is configured) the mail with the follow link.
 */
export async function openHelpdeskTicket(db: Db, config: Config, c: Consultation, attachments: AttachmentInput[], submissionId?: string): Promise<Opened> {
  const opened = await db.transaction().execute(async (trx) => {
    const result = await receiveInbound(trx, {
      channel: 'helpdesk',
      from: { name: c.name, email: c.email, phone: c.phone, institution: c.institution, regionCode: c.regionCode, userCategory: c.userCategory },
      body: c.question,
      topics: [c.topic],
      attachments,
      externalId: externalIdOf(submissionId),
      metadata: { form: { name: c.name, institution: c.institution, user_category: c.userCategory, region_code: c.regionCode, email: c.email, phone: c.phone, topic: c.topic } },
    }, db);
    if (result.created) {
      // What the requester typed now counts for this ticket, even if their contact card says otherwise.
      await trx.updateTable('tickets')
        .set({ region_code: c.regionCode, zone: zoneOfRegion(c.regionCode), user_category: c.userCategory })
        .where('id', '=', result.ticketId).execute();
      if (c.email && config.email.smtp) await queueHelpdeskEmail(trx, { kind: 'received', ticketId: result.ticketId });
    }
    const { number } = await trx.selectFrom('tickets').select('number').where('id', '=', result.ticketId).executeTakeFirstOrThrow();
    return { ticketId: result.ticketId, number };
  });
  return opened;
}

/**
 * The requester's reply from the follow page: threaded onto the same ticket as the same
 * contact (a resolved ticket reopens, as when they write again by email).
 */
export async function addRequesterReply(db: Db, ticketId: number, body: string, attachments: AttachmentInput[], submissionId?: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ticket = await trx.selectFrom('tickets').innerJoin('contacts', 'contacts.id', 'tickets.contact_id')
      .select(['tickets.contact_id', 'contacts.name']).where('tickets.id', '=', ticketId).executeTakeFirstOrThrow();
    const identities = await trx.selectFrom('contact_identities').select(['kind', 'value'])
      .where('contact_id', '=', ticket.contact_id).orderBy('created_at').execute();
    const from = {
      name: ticket.name,
      phone: identities.find((i) => i.kind === 'phone')?.value ?? null,
      email: identities.find((i) => i.kind === 'email')?.value ?? null,
    };
    await receiveInbound(trx, { channel: 'helpdesk', from, body, attachments, ticketId, externalId: externalIdOf(submissionId) }, db);
  });
}
