import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/helpers/db.ts';
import { importFolder, readRejected, whereRejected } from '../../test/fixtures/imports/files.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { createUser } from '../users/service.ts';
import { runImport, type ImportSummary } from './run.ts';

let handle: DatabaseHandle;
let files: Awaited<ReturnType<typeof importFolder>>;
let first: ImportSummary;
let linnaId: number;

const db = () => handle.db;

async function ticket(ref: string) {
  return db().selectFrom('tickets').selectAll().where('source', '=', 'import').where('external_ref', '=', ref).executeTakeFirstOrThrow();
}

async function topicsOf(ticketId: number): Promise<string[]> {
  const rows = await db().selectFrom('ticket_topics').select('topic_code').where('ticket_id', '=', ticketId).orderBy('topic_code').execute();
  return rows.map((r) => r.topic_code);
}

/** Rows in the tables an import of tickets writes to. */
async function tableCounts() {
  const { rows } = await sql<Record<string, number>>`select
    (select count(*) from tickets)::int as tickets, (select count(*) from contacts)::int as contacts,
    (select count(*) from contact_identities)::int as identities, (select count(*) from messages)::int as messages,
    (select count(*) from ticket_topics)::int as topics, (select count(*) from escalations)::int as escalations,
    (select count(*) from csat_ratings)::int as ratings, (select count(*) from users)::int as users,
    (select count(*) from teams)::int as teams`.execute(db());
  return rows[0];
}

beforeAll(async () => {
  handle = await createTestDatabase();
  files = await importFolder();
  linnaId = (await createUser(db(), SYSTEM_ACTOR, { username: 'linna', role: 'agent', password: 'rahasia-sekali-123' })).id;
  // Batches of 2 rows: contacts, duplicates and agents meet across batches.
  first = await runImport(db(), 'tickets', await files.fixture('tickets.csv'), { batchSize: 2 });
});
afterAll(async () => {
  await handle.close();
  await files.remove();
});

describe(`importing tickets (${testDatabaseKind()})`, () => {
  it('imports the good rows and counts every row once', () => {
    expect(first).toMatchObject({ kind: 'tickets', read: 13, inserted: 6, updated: 0, rejected: 7, createdAgents: ['rudi'], createdTeams: ['Tim Pajak Daerah Baru'] });
    expect(first.read).toBe(first.inserted + first.updated + first.rejected);
    expect(first.rejectedFile).toBe(`${first.file}.rejected.csv`);
  });

  it('writes each bad row beside the input with its line, column, value and reason', async () => {
    const rejected = await readRejected(first.rejectedFile ?? '');
    expect(whereRejected(rejected)).toEqual([
      [7, 'channel', 'Fax'],
      [8, 'created_at', '31/02/2025 10:00'],
      [9, 'region', 'Atlantis'],
      [10, 'csat_service', '7'],
      [11, 'id', 'T-1'],
      [12, 'region', 'Bogor'],
      // Line 13 holds a subject over two lines, so the next row starts on line 15.
      [15, 'topics', 'XYZ'],
    ]);
    const reasons = rejected.map((r) => r.reason);
    expect(reasons[0]).toMatch(/kanal tidak dikenal \(unknown channel\)/);
    expect(reasons[1]).toMatch(/not a timestamp/);
    expect(reasons[2]).toMatch(/wilayah tidak dikenal \(unknown region\)/);
    expect(reasons[3]).toMatch(/from 1 to 5/);
    expect(reasons[4]).toBe('id ganda dalam berkas ini, pertama di baris 2 (duplicate id in this file, first at line 2)');
    expect(reasons[5]).toMatch(/ambiguous region\): Kabupaten Bogor \(32\.01\) atau Kota Bogor \(32\.71\)/);
    expect(reasons[6]).toMatch(/unknown topic/);
    // The original cells come first, unchanged.
    expect(rejected[0]).toMatchObject({ id: 'T-6', channel: 'Fax', requester_name: 'Joko', subject: 'Kirim fax' });
  });

  it('sets zone, service hours, topics and flags from the row', async () => {
    const monday = await ticket('T-1');
    expect(monday).toMatchObject({ channel: 'whatsapp', region_code: '32.01', zone: 'WIB', inside_service_hours: true, status: 'resolved', user_category: 'pemda', assignee_id: linnaId, spam: false, complaint: false });
    expect(monday.created_at.toISOString()).toBe('2025-01-06T02:15:00.000Z');
    expect(await topicsOf(monday.id)).toEqual(['DAU', 'DBH']);
    const saturday = await ticket('T-2');
    expect(saturday).toMatchObject({ zone: 'WITA', region_code: '73.71', inside_service_hours: false, user_category: 'kl', complaint: true });
    const holiday = await ticket('T-3');
    expect(holiday).toMatchObject({ zone: 'WIB', region_code: '31', inside_service_hours: false, status: 'escalated' });
    expect(await topicsOf(holiday.id)).toEqual(['JF_AKPD']);
    const spam = await ticket('T-4');
    expect(spam).toMatchObject({ zone: 'WIT', spam: true, status: 'closed' });
    expect(spam.closed_at?.toISOString()).toBe('2025-01-08T06:05:00.000Z');
    // 16:59:59 on a Thursday is still inside 08:00-17:00.
    expect(await ticket('T-5')).toMatchObject({ zone: null, region_code: null, inside_service_hours: true, channel: 'livechat' });
  });

  it('recognises the same phone or email as the same contact', async () => {
    const [t1, t2, t3, t4, t5] = await Promise.all(['T-1', 'T-2', 'T-3', 'T-4', 'T-5'].map(ticket));
    expect(t3?.contact_id).toBe(t1?.contact_id);
    expect(t4?.contact_id).toBe(t2?.contact_id);
    expect(new Set([t1?.contact_id, t2?.contact_id, t5?.contact_id]).size).toBe(3);
    const budi = await db().selectFrom('contacts').selectAll().where('id', '=', t1?.contact_id ?? 0).executeTakeFirstOrThrow();
    expect(budi).toMatchObject({ name: 'Budi Santoso', region_code: '32.01', institution: 'BPKAD Kab. Bogor', user_category: 'pemda' });
    expect(budi.created_at.toISOString()).toBe('2025-01-06T02:15:00.000Z');
    const identities = await db().selectFrom('contact_identities').select(['kind', 'value', 'contact_id']).orderBy('value').execute();
    const t11 = await ticket('T-11');
    expect(identities).toEqual([
      { kind: 'phone', value: '+6281211110001', contact_id: t1?.contact_id },
      { kind: 'phone', value: '+6281211110011', contact_id: t11.contact_id },
      { kind: 'email', value: 'sari@example.go.id', contact_id: t2?.contact_id },
    ]);
  });

  it('stores the escalations, with unknown teams created without members', async () => {
    const escalations = await db().selectFrom('escalations').innerJoin('teams', 'teams.id', 'escalations.team_id').innerJoin('tickets', 'tickets.id', 'escalations.ticket_id')
      .select(['tickets.external_ref', 'tickets.team_id', 'escalations.team_id as escalation_team', 'teams.code', 'teams.unit_code', 'escalations.status', 'escalations.escalated_at', 'escalations.answered_at'])
      .orderBy('tickets.external_ref').execute();
    expect(escalations.map(({ escalation_team: _, team_id: __, ...e }) => e)).toEqual([
      { external_ref: 'T-2', code: 'DTK', unit_code: 'DTK', status: 'answered', escalated_at: new Date('2025-01-13T01:10:00Z'), answered_at: new Date('2025-01-14T03:00:00Z') },
      { external_ref: 'T-3', code: 'TIM_PAJAK_DAERAH_BARU', unit_code: 'LAINNYA', status: 'open', escalated_at: new Date('2025-01-27T02:30:00Z'), answered_at: null },
    ]);
    // The ticket belongs to the team it was escalated to.
    for (const e of escalations) expect(e.team_id).toBe(e.escalation_team);
    const members = await db().selectFrom('users').select('id').where('team_id', '=', escalations[1]?.escalation_team ?? 0).execute();
    expect(members).toEqual([]);
    expect(await db().selectFrom('units').select('name').where('code', '=', 'LAINNYA').executeTakeFirst()).toEqual({ name: 'Lainnya' });
  });

  it('stores the ratings with the ticket\'s agent; a new agent has no password', async () => {
    const rudi = await db().selectFrom('users').selectAll().where('username', '=', 'rudi').executeTakeFirstOrThrow();
    expect(rudi).toMatchObject({ role: 'agent', password_hash: null, team_id: null });
    const ratings = await db().selectFrom('csat_ratings').innerJoin('tickets', 'tickets.id', 'csat_ratings.ticket_id')
      .select(['tickets.external_ref', 'csat_ratings.agent_id', 'csat_ratings.contact_id', 'tickets.contact_id as ticket_contact', 'service', 'substance', 'rated_at', 'csat_ratings.source'])
      .orderBy('tickets.external_ref').execute();
    expect(ratings.map((r) => [r.external_ref, r.agent_id, r.service, r.substance, r.rated_at.toISOString(), r.source, r.contact_id === r.ticket_contact])).toEqual([
      ['T-1', linnaId, 5, 4, '2025-01-06T03:00:00.000Z', 'import', true],
      ['T-11', linnaId, 3, 2, '2025-01-10T08:00:00.000Z', 'import', true],
      ['T-2', rudi.id, 4, 4, '2025-01-14T04:00:00.000Z', 'import', true],
    ]);
    const audit = await db().selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'in', ['user.create', 'team.create']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.create', 'team.create']);
  });

  it('shows the subject as the first message and finds the ticket by search', async () => {
    const t11 = await ticket('T-11');
    const messages = await db().selectFrom('messages').select(['direction', 'body', 'author_label']).where('ticket_id', '=', t11.id).execute();
    expect(messages).toEqual([{ direction: 'inbound', body: 'Surat permohonan data\nbaris kedua', author_label: 'Rina' }]);
    const { rows } = await sql<{ external_ref: string }>`select external_ref from tickets where search @@ websearch_to_tsquery('indonesian', 'juknis')`.execute(db());
    expect(rows).toEqual([{ external_ref: 'T-2' }]);
  });

  it('updates the same records when the file is imported again', async () => {
    const before = await tableCounts();
    expect(before).toMatchObject({ tickets: 6, contacts: 4, identities: 3, messages: 6, topics: 6, escalations: 2, ratings: 3, users: 2 });
    const numbers = await db().selectFrom('tickets').select(['external_ref', 'number']).orderBy('id').execute();
    const again = await runImport(db(), 'tickets', first.file);
    expect(again).toMatchObject({ read: 13, inserted: 0, updated: 6, rejected: 7, createdAgents: [], createdTeams: [] });
    expect(await tableCounts()).toEqual(before);
    expect(await db().selectFrom('tickets').select(['external_ref', 'number']).orderBy('id').execute()).toEqual(numbers);
  });

  it('replaces topics, rating and escalation with what a later file says', async () => {
    const file = await files.write('update.csv', 'id,created_at,channel,requester_phone,topics,status\nT-1,2025-01-06 09:15,whatsapp,081211110001,PDRD,open\nT-2,2025-01-11 10:00,email,,DAU,open\n');
    expect(await runImport(db(), 'tickets', file)).toMatchObject({ read: 2, inserted: 0, updated: 2, rejected: 0, rejectedFile: null });
    const t1 = await ticket('T-1');
    expect(t1).toMatchObject({ status: 'open', assignee_id: null, region_code: null, zone: null });
    expect(await topicsOf(t1.id)).toEqual(['PDRD']);
    const t2 = await ticket('T-2');
    expect(await db().selectFrom('escalations').select('id').where('ticket_id', '=', t2.id).execute()).toEqual([]);
    expect(await db().selectFrom('csat_ratings').select('ticket_id').where('ticket_id', 'in', [t1.id, t2.id]).execute()).toEqual([]);
    // T-2 has no phone or email in this file: it keeps its contact.
    expect(t2.contact_id).toBe((await ticket('T-4')).contact_id);
  });

  it('stops before importing anything when a required column is missing, and says which', async () => {
    const file = await files.write('no-created.csv', 'id,channel,subject\nT-99,whatsapp,Tanpa tanggal\n');
    await expect(runImport(db(), 'tickets', file)).rejects.toThrow('Kolom wajib tidak ada: created_at (missing required column: created_at)');
    expect(await db().selectFrom('tickets').select('id').where('external_ref', '=', 'T-99').execute()).toEqual([]);
  });
});
