import { sql } from 'kysely';
import type { ChatbotEndReason } from '../db/schema.ts';
import type { RegionMatcher } from '../directory/region-matcher.ts';
import { getRegionMatcher } from '../directory/region-service.ts';
import { normaliseEmail, normalisePhone } from '../contacts/identity.ts';
import { DEFAULT_FLOW } from '../chatbot/default-flow.ts';
import { RowProblem, type Cells } from './cells.ts';
import { keyed, regionOf } from './lookups.ts';
import { matchKey } from './values.ts';
import { countUpserts, recordset, type KindSpec } from './spec.ts';

export interface SessionRow {
  ref: string;
  contact_key: string;
  started_at: Date;
  end_reason: ChatbotEndReason;
  menu: string | null;
  menu_path: string[];
  handed_to_agent: boolean;
  registration_complete: boolean;
  name: string | null;
  region_code: string | null;
  institution: string | null;
  email: string | null;
}

interface SessionState {
  regions: RegionMatcher;
  menus: Map<string, { label: string; handoff: boolean }>;
}

/** The default flow's top-level items by report label and by title ("Info Anggaran TKD"). */
function menuLabels(): Map<string, { label: string; handoff: boolean }> {
  return keyed(DEFAULT_FLOW.menu.flatMap((item) => {
    const value = { label: item.reportLabel ?? item.title, handoff: item.action === 'chat_agent' };
    return [[value.label, value], [item.title, value]] as const;
  }));
}

function phoneOf(cells: Cells): string | null {
  const phone = cells.text('phone');
  if (!phone) return null;
  const value = normalisePhone(phone);
  if (!value) throw new RowProblem('phone', phone, 'bukan nomor telepon yang valid (not a phone number)');
  return value;
}

function emailOf(cells: Cells): string | null {
  const email = cells.text('email');
  if (!email) return null;
  const value = normaliseEmail(email);
  if (!value) throw new RowProblem('email', email, 'bukan alamat email yang valid (not an email address)');
  return value;
}

function parseSession(cells: Cells, state: SessionState): SessionRow {
  const ref = cells.required('id');
  const startedAt = cells.requiredTimestamp('started_at');
  const region = cells.text('region') ? regionOf(state.regions, cells.text('region'), 'region') : null;
  const menuText = cells.text('menu');
  const known = menuText ? state.menus.get(matchKey(menuText)) : undefined;
  const menu = known?.label ?? (menuText || null);
  const handedToAgent = (cells.boolean('handed_to_agent') ?? false) || (known?.handoff ?? false);
  const name = cells.optional('name');
  return {
    ref,
    contact_key: phoneOf(cells) ?? `import:${ref}`,
    started_at: startedAt,
    end_reason: handedToAgent ? 'handoff' : menu ? 'completed' : 'idle',
    menu,
    menu_path: menu ? [menu] : [],
    handed_to_agent: handedToAgent,
    registration_complete: name !== null,
    name,
    region_code: region?.code ?? null,
    institution: cells.optional('institution'),
    email: emailOf(cells),
  };
}

const COLUMNS = {
  ref: 'text', contact_key: 'text', started_at: 'timestamptz', end_reason: 'text', menu: 'text', menu_path: 'jsonb',
  handed_to_agent: 'boolean', registration_complete: 'boolean', name: 'text', region_code: 'text', institution: 'text', email: 'text',
} as const;

/** docs/import.md, chatbot_sessions. Imported sessions are ended at their start, so they never hold a person's open-session slot. */
export const CHATBOT_SESSIONS: KindSpec<SessionRow, SessionState> = {
  required: ['id', 'started_at'],
  idColumn: 'id',
  prepare: async (db) => ({ regions: await getRegionMatcher(db), menus: menuLabels() }),
  parse: parseSession,
  async write(trx, rows) {
    const { rows: upserted } = await sql<{ inserted: boolean }>`
      insert into chatbot_sessions (channel, contact_key, contact_id, started_at, last_activity_at, ended_at, end_reason, menu, menu_path,
        handed_to_agent, registration_complete, name, region_code, institution, email, source, external_ref)
      select 'whatsapp', x.contact_key, ci.contact_id, x.started_at, x.started_at, x.started_at, x.end_reason, x.menu, x.menu_path,
        x.handed_to_agent, x.registration_complete, x.name, x.region_code, x.institution, x.email, 'import', x.ref
      from ${recordset(rows, COLUMNS)}
      left join contact_identities ci on ci.kind = 'phone' and ci.value = x.contact_key
      on conflict (source, external_ref) where external_ref is not null do update set
        contact_key = excluded.contact_key, contact_id = excluded.contact_id, started_at = excluded.started_at,
        last_activity_at = excluded.last_activity_at, ended_at = excluded.ended_at, end_reason = excluded.end_reason,
        menu = excluded.menu, menu_path = excluded.menu_path, handed_to_agent = excluded.handed_to_agent,
        registration_complete = excluded.registration_complete, name = excluded.name, region_code = excluded.region_code,
        institution = excluded.institution, email = excluded.email
      returning (xmax = 0) as inserted`.execute(trx);
    return countUpserts(upserted);
  },
};
