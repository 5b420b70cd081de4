import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import seedrandom from 'seedrandom';
import { loadRegions } from '../src/directory/regions.ts';

/**
 * A tickets CSV (docs/import.md) shaped like DJPK's traffic: the seed's channel mix, Pemda
 * users, repeat requesters, escalations and ratings. Written a chunk at a time with
 * backpressure, so a million rows never sit in memory. Deterministic for a row count.
 */

const HEADER = 'id,created_at,channel,requester_name,requester_email,requester_phone,region,institution,user_category,topics,agent,status,first_response_at,resolved_at,escalated_team,escalated_at,l2_answered_at,complaint,subject,csat_service,csat_substance';
const CHANNELS: [string, number][] = [['WhatsApp', 0.69], ['Email', 0.22], ['Telepon', 0.06], ['Help Desk', 0.025], ['Live Chat', 0.005]];
const CATEGORIES: [string, number][] = [['pemda', 0.8], ['kl', 0.08], ['akademisi', 0.05], ['lainnya', 0.07]];
const STATUSES: [string, number][] = [['resolved', 0.85], ['closed', 0.05], ['open', 0.04], ['pending', 0.01], ['escalated', 0.05]];
const TOPICS = ['DBH', 'DAU', 'DAK Fisik', 'DAK_NON_FISIK', 'Dana Desa', 'TRANSFER', 'APLIKASI', 'JF AKPD', 'PDRD', 'DID / IF', 'SURAT_MASUK', 'LAINNYA', 'PERMINTAAN_DATA'];
const TEAMS = ['DTU', 'DTK', 'DDIOKK', 'PDRD', 'P2D', 'SIPT', 'Sekretariat'];
const AGENTS = ['linna', 'hanna', 'dian', 'horas', 'ronald', 'sari', 'budi', 'rina'];
const SUBJECTS = ['Penyaluran DAU tahap', 'Alokasi DBH sawit', 'Juknis DAK Fisik', 'Akun SIKD terkunci', 'Formasi JF AKPD', 'Pencairan Dana Desa', 'Perda PDRD', 'Permintaan data TKD'];
const MINUTE = 60_000;
const JAKARTA_MS = 7 * 60 * MINUTE;
const START = Date.UTC(2024, 0, 1) - JAKARTA_MS;
const SPAN_MS = 730 * 24 * 60 * MINUTE;

type Random = () => number;

function pick(random: Random, weighted: [string, number][]): string {
  let r = random();
  for (const [value, weight] of weighted) if ((r -= weight) < 0) return value;
  return weighted[weighted.length - 1]?.[0] ?? '';
}

const oneOf = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD HH:MM:SS`, Jakarta time (the import's offset-less form). */
function jakarta(ms: number): string {
  const d = new Date(ms + JAKARTA_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function ticketLine(i: number, rows: number, random: Random, regions: readonly string[]): string {
  const created = START + Math.floor((i / rows) * SPAN_MS) + Math.floor(random() * 8 * 60) * MINUTE;
  const channel = pick(random, CHANNELS);
  // About three tickets per person: a person is found again by phone or email.
  const person = Math.floor(random() * Math.max(1, rows / 3));
  const phone = channel === 'Email' ? '' : `0812${String(person).padStart(8, '0')}`;
  const email = channel === 'Email' || person % 4 === 0 ? `pengguna${person}@example.go.id` : '';
  const status = pick(random, STATUSES);
  const firstResponse = created + (5 + Math.floor(random() * 120)) * MINUTE;
  const resolved = status === 'resolved' || status === 'closed' ? firstResponse + Math.floor(random() * 2880) * MINUTE : null;
  const escalated = status === 'escalated' || random() < 0.04;
  const answered = escalated && status !== 'escalated' ? firstResponse + (60 + Math.floor(random() * 4000)) * MINUTE : null;
  const topics = random() < 0.3 ? `${oneOf(random, TOPICS)};${oneOf(random, TOPICS)}` : oneOf(random, TOPICS);
  const rated = resolved !== null && random() < 0.4;
  return [
    `T-${i}`, jakarta(created), channel, `Pengguna ${person}`, email, phone,
    random() < 0.1 ? '' : oneOf(random, regions), `Instansi ${person % 500}`, pick(random, CATEGORIES), topics,
    oneOf(random, AGENTS), status, jakarta(firstResponse), resolved === null ? '' : jakarta(resolved),
    escalated ? oneOf(random, TEAMS) : '', escalated ? jakarta(firstResponse + 10 * MINUTE) : '', answered === null ? '' : jakarta(answered),
    random() < 0.02 ? 'ya' : 'tidak', `${oneOf(random, SUBJECTS)} ${i}`,
    rated ? String(3 + Math.floor(random() * 3)) : '', rated ? String(3 + Math.floor(random() * 3)) : '',
  ].join(',');
}

/** Writes `rows` ticket rows to file; resolves with its size in bytes. */
export async function writeTicketsCsv(file: string, rows: number): Promise<number> {
  const random = seedrandom(`sapa-import-bench-${rows}`);
  const regions = loadRegions().filter((r) => r.level === 'regency').map((r) => r.code);
  const out = createWriteStream(file);
  out.write(`${HEADER}\n`);
  for (let start = 0; start < rows; start += 1000) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows, start + 1000); i++) lines.push(ticketLine(i, rows, random, regions));
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return out.bytesWritten;
}
