import type { Channel, TicketStatus, Zone } from '../db/schema.ts';
import type { Calendar } from '../platform/calendar.ts';
import type { RegionMatcher } from '../directory/region-matcher.ts';
import { RowProblem, type Cells } from './cells.ts';
import { CHANNEL_HINT, CHANNEL_NAMES, keyed, regionOf, topicCodes, type CodeTables } from './lookups.ts';
import type { Identity } from './contacts.ts';
import type { People } from './people.ts';

export interface TicketState {
  calendar: Calendar;
  phone: (text: string) => string | null;
  email: (text: string) => string | null;
  regions: RegionMatcher;
  codes: CodeTables;
  people: People;
}

export interface TicketRow {
  ref: string;
  createdAt: Date;
  channel: Channel;
  name: string | null;
  institution: string | null;
  identities: Identity[];
  regionCode: string | null;
  zone: Zone | null;
  userCategory: string | null;
  topics: string[];
  agent: string | null;
  status: TicketStatus;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  escalation: { team: string; at: Date; answeredAt: Date | null } | null;
  complaint: boolean;
  spam: boolean;
  subject: string;
  csat: { service: number; substance: number } | null;
  insideServiceHours: boolean;
}

const STATUSES = keyed<TicketStatus>([
  ['open', 'open'], ['terbuka', 'open'], ['baru', 'open'],
  ['pending', 'pending'], ['menunggu', 'pending'],
  ['escalated', 'escalated'], ['dieskalasi', 'escalated'], ['eskalasi', 'escalated'],
  ['resolved', 'resolved'], ['selesai', 'resolved'], ['terjawab', 'resolved'],
  ['closed', 'closed'], ['ditutup', 'closed'],
]);
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,39}$/i;

function identitiesOf(cells: Cells, state: TicketState): Identity[] {
  const out: Identity[] = [];
  const phone = cells.text('requester_phone');
  if (phone) {
    const value = state.phone(phone);
    if (!value) throw new RowProblem('requester_phone', phone, 'bukan nomor telepon yang valid (not a phone number)');
    out.push({ kind: 'phone', value });
  }
  const email = cells.text('requester_email');
  if (email) {
    const value = state.email(email);
    if (!value) throw new RowProblem('requester_email', email, 'bukan alamat email yang valid (not an email address)');
    out.push({ kind: 'email', value });
  }
  return out;
}

function notBefore(cells: Cells, column: string, value: Date | null, earlier: Date | null, earlierColumn: string): void {
  if (value && earlier && value < earlier) {
    throw new RowProblem(column, cells.text(column), `lebih awal dari ${earlierColumn} (earlier than ${earlierColumn})`);
  }
}

function csatOf(cells: Cells): TicketRow['csat'] {
  const service = cells.integer('csat_service', 1, 5);
  const substance = cells.integer('csat_substance', 1, 5);
  if (service === null && substance === null) return null;
  if (service === null || substance === null) {
    const missing = service === null ? 'csat_service' : 'csat_substance';
    throw new RowProblem(missing, '', 'isi kedua nilai kepuasan atau kosongkan keduanya (give both ratings or neither)');
  }
  return { service, substance };
}

function escalationOf(cells: Cells, createdAt: Date): TicketRow['escalation'] {
  const team = cells.text('escalated_team');
  const at = cells.timestamp('escalated_at');
  const answeredAt = cells.timestamp('l2_answered_at');
  if (!team) {
    if (at || answeredAt) throw new RowProblem('escalated_team', '', 'tim Layer 2 wajib diisi bila ada waktu eskalasi (the escalation needs a team)');
    return null;
  }
  notBefore(cells, 'escalated_at', at, createdAt, 'created_at');
  notBefore(cells, 'l2_answered_at', answeredAt, at ?? createdAt, at ? 'escalated_at' : 'created_at');
  return { team, at: at ?? createdAt, answeredAt };
}

function agentOf(cells: Cells): string | null {
  const agent = cells.text('agent');
  if (agent && !USERNAME.test(agent)) {
    throw new RowProblem('agent', agent, 'bukan username (not a username): 2-40 huruf, angka, titik, minus atau garis bawah');
  }
  return agent || null;
}

/** Reads one tickets row (docs/import.md), rejecting it with the first problem found. */
export function parseTicket(cells: Cells, state: TicketState): TicketRow {
  const ref = cells.required('id');
  const createdAt = cells.requiredTimestamp('created_at');
  const channel = cells.code('channel', CHANNEL_NAMES, { id: 'kanal', en: 'channel' }, CHANNEL_HINT);
  if (!channel) throw new RowProblem('channel', '', 'wajib diisi (required)');
  const regionText = cells.text('region');
  const region = regionText ? regionOf(state.regions, regionText, 'region') : null;
  const topics = topicCodes(cells.text('topics'), state.codes.topics, 'topics');
  const firstResponseAt = cells.timestamp('first_response_at');
  const resolvedAt = cells.timestamp('resolved_at');
  notBefore(cells, 'first_response_at', firstResponseAt, createdAt, 'created_at');
  notBefore(cells, 'resolved_at', resolvedAt, createdAt, 'created_at');
  const escalation = escalationOf(cells, createdAt);
  const status = cells.code('status', STATUSES, { id: 'status', en: 'status' }, 'open, pending, escalated, resolved, closed')
    ?? (resolvedAt ? 'resolved' : escalation && !escalation.answeredAt ? 'escalated' : 'open');
  return {
    ref, createdAt, channel, status, firstResponseAt, resolvedAt, escalation, topics,
    name: cells.optional('requester_name'),
    institution: cells.optional('institution'),
    identities: identitiesOf(cells, state),
    regionCode: region?.code ?? null,
    zone: region?.zone ?? null,
    userCategory: cells.code('user_category', state.codes.categories, { id: 'kategori pengguna', en: 'user category' }, state.codes.categoryHint),
    agent: agentOf(cells),
    complaint: cells.boolean('complaint') ?? false,
    spam: topics.includes('SPAM'),
    subject: cells.text('subject').slice(0, 500),
    csat: csatOf(cells),
    insideServiceHours: state.calendar.isInsideServiceHours(createdAt),
  };
}
