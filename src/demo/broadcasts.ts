import type { Insertable, Kysely } from 'kysely';
import type { BroadcastsTable, Database } from '../db/schema.ts';
import type { CalendarDay } from './calendar-table.ts';
import { createRng, type Rng } from './random.ts';

type Db = Kysely<Database>;

const ROMAN = ['XXXV', 'XXXVI', 'XXXVII', 'XXXVIII', 'XXXIX', 'XL', 'XLI', 'XLII', 'XLIII', 'XLIV', 'XLV', 'XLVI'];

/** Email blasts as on seed page 4: magazines, decrees, letters, invitations to technical guidance. */
const EMAIL_SUBJECTS: readonly ((rng: Rng, year: string) => string)[] = [
  (rng) => `Penyampaian Majalah Media Defis Edisi ${rng.pick(ROMAN)}`,
  (rng, year) => `Penyampaian Keputusan Menteri Keuangan Nomor ${rng.int(1, 60)}/KM.7/${year} tentang Penyaluran Dana Transfer ke Daerah`,
  (rng, year) => `Penyampaian Surat Nomor S-${rng.int(2, 90)}/PK.4/${year} hal Permintaan Data Pengelola Laporan Dana Insentif Fiskal`,
  () => 'Undangan Bimbingan Teknis Dana Transfer Umum dalam Rangka Implementasi PMK Nomor 67 Tahun 2024',
  (rng, year) => `Penyampaian S-${rng.int(10, 99)}/PK/PK.2/${year} (Pemberitahuan Syarat Salur DBH)`,
  () => 'Pemberitahuan Kegiatan Bimtek PMK Nomor 67 Tahun 2024 secara Daring via Ms Teams',
  (rng, year) => `Penyampaian Rincian Alokasi Dana Desa Tahun Anggaran ${year}`,
  (rng, year) => `Undangan Sosialisasi Kebijakan Transfer ke Daerah Tahun ${year}`,
  () => 'Penyampaian Jurnal Defis Edisi Terbaru',
];

const WHATSAPP_SUBJECTS = [
  'Pengingat batas waktu penyampaian syarat salur DAK Fisik',
  'Informasi jadwal layanan Contact Center DJPK selama cuti bersama',
  'Pengumuman rincian alokasi TKD telah terbit di laman DJPK',
];

function sentAt(rng: Rng, working: CalendarDay[]): Date {
  const day = rng.pick(working);
  return new Date(day.start.getTime() + (9 * 60 + rng.int(0, 360)) * 60_000);
}

/**
 * Email blasts (4-8 a month) and, in some months, a WhatsApp blast; only those sent by `now`.
 * Returns how many were written.
 */
export async function insertBroadcasts(trx: Db, month: string, seed: number, now: Date, days: CalendarDay[], supervisor: number | null): Promise<number> {
  const working = days.filter((d) => d.working);
  if (working.length === 0) return 0;
  const rng = createRng(seed, 'broadcasts', month);
  const year = month.slice(0, 4);
  const plan: { channel: 'email' | 'whatsapp'; subject: string }[] = [
    ...Array.from({ length: rng.int(4, 8) }, () => ({ channel: 'email' as const, subject: rng.pick(EMAIL_SUBJECTS)(rng, year) })),
    ...(rng.chance(0.35) ? Array.from({ length: rng.int(1, 2) }, () => ({ channel: 'whatsapp' as const, subject: rng.pick(WHATSAPP_SUBJECTS) })) : []),
  ];
  const rows: Insertable<BroadcastsTable>[] = plan.map((p, i) => {
    const sent = sentAt(rng, working);
    const created = new Date(Math.max(sent.getTime() - rng.int(30, 180) * 60_000, working[0]!.start.getTime()));
    const recipients = p.channel === 'email' ? rng.int(480, 560) : rng.int(1500, 3000);
    return {
      channel: p.channel, subject: p.subject, body: `${p.subject}.\n\nSelengkapnya dapat dilihat pada laman djpk.kemenkeu.go.id.`,
      status: 'sent', scheduled_at: null, sent_at: sent, recipients, created_by: supervisor, source: 'demo',
      external_ref: `${month}-${p.channel === 'email' ? 'E' : 'W'}${i + 1}`, created_at: created, updated_at: sent,
    };
  });
  const sent = rows.filter((r) => (r.sent_at as Date).getTime() <= now.getTime()).sort((a, b) => (a.sent_at as Date).getTime() - (b.sent_at as Date).getTime());
  if (sent.length > 0) await trx.insertInto('broadcasts').values(sent).execute();
  return sent.length;
}
