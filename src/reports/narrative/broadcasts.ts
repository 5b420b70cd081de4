/** Email blast and WA blast (seed page 4). */
import { compared, monthNames, n, versus, type ReportFigures } from './words.ts';

export function broadcastsNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const email = r.broadcasts.email.count;
  const whatsapp = r.broadcasts.whatsapp.count;
  const sentences = [
    ...compared(email, { what: 'Jumlah email blast', noun: 'email blast' }, names, () => [
      `Pada bulan ${names.month}, Contact Center DJPK mengirimkan ${n(email.value)} email blast, ${versus(email.value, email.previous)} bulan sebelumnya (${n(email.previous)}) dan ${versus(email.value, email.last_year)} bulan ${names.lastYear} (${n(email.last_year)}).`,
    ]),
    ...compared(whatsapp, { what: 'Jumlah pesan siaran WhatsApp (WA Blast)', noun: 'pesan siaran WhatsApp (WA Blast)' }, names, () => [
      `Pada bulan ${names.month}, Contact Center DJPK mengirimkan ${n(whatsapp.value)} pesan siaran WhatsApp (WA Blast), ${versus(whatsapp.value, whatsapp.previous)} bulan sebelumnya (${n(whatsapp.previous)}) dan ${versus(whatsapp.value, whatsapp.last_year)} bulan ${names.lastYear} (${n(whatsapp.last_year)}).`,
    ]),
  ];
  if (email.value > 0 && whatsapp.value === 0) {
    sentences.push(`Pada bulan ${names.month}, distribusi informasi massal dari Contact Center DJPK dilakukan melalui email.`);
  }
  return sentences;
}
