import { sql } from 'kysely';
import type { BroadcastChannel } from '../db/schema.ts';
import { RowProblem, type Cells } from './cells.ts';
import { keyed } from './lookups.ts';
import { countUpserts, recordset, type KindSpec } from './spec.ts';

export interface BroadcastRow {
  ref: string;
  channel: BroadcastChannel;
  sent_at: Date | null;
  subject: string;
  recipients: number;
  status: 'sent' | 'draft';
}

const CHANNELS = keyed<BroadcastChannel>([['email', 'email'], ['surel', 'email'], ['whatsapp', 'whatsapp'], ['WA', 'whatsapp']]);

function parseBroadcast(cells: Cells): BroadcastRow {
  const ref = cells.required('id');
  const channel = cells.code('channel', CHANNELS, { id: 'kanal', en: 'channel' }, 'email, whatsapp');
  if (!channel) throw new RowProblem('channel', '', 'wajib diisi (required)');
  const sentAt = cells.timestamp('sent_at');
  return {
    ref, channel,
    sent_at: sentAt,
    subject: cells.required('subject'),
    recipients: cells.integer('recipients', 0, 100_000_000) ?? 0,
    status: sentAt ? 'sent' : 'draft',
  };
}

const COLUMNS = { ref: 'text', channel: 'text', sent_at: 'timestamptz', subject: 'text', recipients: 'integer', status: 'text' } as const;

/** docs/import.md, broadcasts: mass emails and WhatsApp messages; sent when sent_at is given. */
export const BROADCASTS: KindSpec<BroadcastRow, null> = {
  required: ['id', 'channel', 'subject'],
  idColumn: 'id',
  prepare: () => Promise.resolve(null),
  parse: parseBroadcast,
  async write(trx, rows) {
    const { rows: upserted } = await sql<{ inserted: boolean }>`
      insert into broadcasts (channel, subject, status, sent_at, recipients, source, external_ref, created_at)
      select x.channel, x.subject, x.status, x.sent_at, x.recipients, 'import', x.ref, coalesce(x.sent_at, now())
      from ${recordset(rows, COLUMNS)}
      on conflict (source, external_ref) where external_ref is not null do update set
        channel = excluded.channel, subject = excluded.subject, status = excluded.status, sent_at = excluded.sent_at,
        recipients = excluded.recipients, updated_at = now()
      returning (xmax = 0) as inserted`.execute(trx);
    return countUpserts(upserted);
  },
};
