/** One page per consultation channel (seed pages 18, 21-25). */
import type { Channel } from '../../db/schema.ts';
import { also, change, compared, list, monthNames, n, share, versus, type MonthNames, type ReportFigures } from './words.ts';

const CHANNEL_NAMES: Record<Channel, string> = { whatsapp: 'WhatsApp', email: 'Email', phone: 'telepon', helpdesk: 'Help Desk', livechat: 'Live Chat' };

function topTopics(r: ReportFigures, channel: Channel): string[] {
  const topics = r.channel_top_topics[channel];
  if (topics.length === 0) return [];
  return [`Topik konsultasi terbanyak melalui ${CHANNEL_NAMES[channel]} adalah ${list(topics.map((t) => `${t.label} (${n(t.count)})`))}.`];
}

const subjectOf = (channel: Channel) => ({ what: `Jumlah konsultasi melalui ${CHANNEL_NAMES[channel]}`, noun: `konsultasi melalui ${CHANNEL_NAMES[channel]}` });

/** 'turun sebesar 32%' as the seed writes the second WhatsApp comparison; 'sama' when equal. */
const bySize = (value: number, base: number): string => change(value, base).replace(/^(naik|turun) (\d)/, '$1 sebesar $2');

export function whatsappNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.consultations.by_channel.whatsapp;
  return [
    ...compared(c, subjectOf('whatsapp'), names, () => [
      `Jumlah konsultasi pada bulan ${names.month} melalui WhatsApp DJPK sebesar ${n(c.value)} layanan atau ${versus(c.value, c.previous)} bulan sebelumnya (${n(c.previous)} layanan).`,
      `Jika dibandingkan dengan ${names.lastYear} (${n(c.last_year)} layanan), jumlah konsultasi melalui WhatsApp ${bySize(c.value, c.last_year)}.`,
    ]),
    ...topTopics(r, 'whatsapp'),
  ];
}

export function phoneNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.consultations.by_channel.phone;
  return [
    ...(c.value > 0 ? [`Pada bulan ${names.month}, sebanyak ${share(c.share)} atau ${n(c.value)} pengguna menggunakan layanan telepon sebagai media konsultasi.`] : []),
    ...compared(c, subjectOf('phone'), names, () => [
      `Jumlah ini ${versus(c.value, c.previous)} layanan telepon pada bulan sebelumnya (${n(c.previous)} layanan).`,
      `Jika dibandingkan dengan ${names.lastYear} (${n(c.last_year)} layanan), jumlah ini ${also(c.value, c.previous, c.last_year)}${change(c.value, c.last_year)}.`,
    ]),
    ...topTopics(r, 'phone'),
  ];
}

export function helpdeskNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.consultations.by_channel.helpdesk;
  return [
    ...(c.value > 0 ? [`Pada bulan ${names.month}, sebanyak ${share(c.share)} (${n(c.value)} pengguna) menggunakan layanan Help Desk-HAI Kemenkeu sebagai layanan terintegrasi Contact Center Kemenkeu yang dapat diakses melalui situs contact-djpk.kemenkeu.go.id.`] : []),
    ...compared(c, subjectOf('helpdesk'), names, () => [
      `Jumlah layanan pada bulan ${names.month} ${versus(c.value, c.previous)} bulan sebelumnya (${n(c.previous)} layanan), jika dibandingkan dengan ${names.lastYear} (${n(c.last_year)} layanan), ${change(c.value, c.last_year)}.`,
    ]),
    ...topTopics(r, 'helpdesk'),
  ];
}

/**
 * Live chat and email open with the month's share and, when both bases exist, compare with the
 * previous month in the same sentence (as the seed does); otherwise the comparisons follow in words.
 */
function shareThenCompare(r: ReportFigures, channel: 'livechat' | 'email', names: MonthNames, opening: string, previousClause: string, lastYearSentence: string): string[] {
  const c = r.consultations.by_channel[channel];
  if (c.value > 0 && c.previous > 0 && c.last_year > 0) return [`${opening}, ${previousClause}.`, lastYearSentence, ...topTopics(r, channel)];
  return [...(c.value > 0 ? [`${opening}.`] : []), ...compared(c, subjectOf(channel), names, () => []), ...topTopics(r, channel)];
}

export function livechatNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.consultations.by_channel.livechat;
  return shareThenCompare(r, 'livechat', names,
    `Pada bulan ${names.month}, sebanyak ${share(c.share)} (${n(c.value)} pengguna) menggunakan layanan Live Chat yang dapat diakses melalui situs contact-djpk.kemenkeu.go.id`,
    `jumlah ini ${versus(c.value, c.previous)} layanan pada bulan sebelumnya (${n(c.previous)} layanan)`,
    `Jika dibandingkan dengan ${names.lastYear}, jumlah ini ${also(c.value, c.previous, c.last_year)}${change(c.value, c.last_year)} (${n(c.last_year)} layanan).`);
}

export function emailNarrative(r: ReportFigures): string[] {
  const names = monthNames(r);
  const c = r.consultations.by_channel.email;
  return shareThenCompare(r, 'email', names,
    `Sebanyak ${share(c.share)} atau ${n(c.value)} pengguna layanan informasi DJPK menggunakan Layanan Email di bulan ${names.month}`,
    `jumlah ini ${versus(c.value, c.previous)} layanan pada bulan sebelumnya (${n(c.previous)} pengguna)`,
    `Jika dibandingkan dengan ${names.lastYear} (${n(c.last_year)} pengguna), jumlah ini ${also(c.value, c.previous, c.last_year)}${change(c.value, c.last_year)}.`);
}
