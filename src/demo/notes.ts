import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { formatMonthYear, formatNumber } from '../platform/format.ts';
import { shiftMonth } from './options.ts';

type Db = Kysely<Database>;

/** The supervisor's "Evaluasi dan Saran" in the seed's words (page 38), with the month's guest-limit figure. */
export function evaluationText(month: string, visitsOverLimit: number): string {
  return [
    '1. Koordinasi antara unit eselon II mengenai kebijakan terkini perlu terus ditingkatkan, termasuk terkait agenda kegiatan yang akan dilaksanakan setiap bulannya serta informasi yang perlu disampaikan kepada pengguna layanan, untuk memperkaya knowledge base Contact Center DJPK.',
    '2. Dengan telah ditetapkannya KMK Nomor 374 Tahun 2024 tentang Perubahan atas KMK Nomor 412 Tahun 2023 tentang Pedoman Pengelolaan Program Pusat Kontak Layanan di Lingkungan Kementerian Keuangan, Tim Contact Center perlu terus meningkatkan koordinasi dan kerja sama dengan Agent Layer 2 (L2) yang melibatkan seluruh unit eselon II di lingkungan DJPK.',
    `3. Seiring telah diterbitkannya Surat Edaran Mekanisme Layanan Konsultasi Contact Center Direktorat Jenderal Perimbangan Keuangan, pengguna layanan yang mengajukan permohonan konsultasi tatap muka semakin banyak dan beberapa di antaranya belum memenuhi ketentuan sesuai Surat Edaran dimaksud, khususnya pada kriteria jumlah tamu (${formatNumber(visitsOverLimit)} kunjungan pada ${formatMonthYear(month)}).`,
  ].join('\n');
}

/** Writes the month's evaluation unless a person wrote one (their notes carry updated_by). */
export async function writeDemoNote(db: Db, month: string, maxGuests: number): Promise<void> {
  const existing = await db.selectFrom('report_notes').select('updated_by').where('month', '=', month).executeTakeFirst();
  if (existing && existing.updated_by !== null) return;
  const over = await db.selectFrom('bookings').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source', '=', 'demo').where('kind', '=', 'face_to_face').where('status', '=', 'held').where('guests', '>', maxGuests)
    .where('date', '>=', `${month}-01`).where('date', '<', `${shiftMonth(month, 1)}-01`).executeTakeFirstOrThrow();
  const evaluation = evaluationText(month, Number(over.n));
  await db.insertInto('report_notes').values({ month, evaluation, updated_by: null })
    .onConflict((oc) => oc.column('month').doUpdateSet({ evaluation, updated_at: new Date() }))
    .execute();
}
