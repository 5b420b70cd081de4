import type { Weights } from './random.ts';

/**
 * The shape of DJPK's traffic, from the January 2025 seed report: channel mix (page 9), user
 * categories (page 15), zones (page 17), topics by channel (pages 12-13, 18-24), Layer 2 teams
 * (page 34), chatbot menus (page 20). Weights are relative; counts are per ~1,000 tickets.
 */

export const CHANNEL_WEIGHTS: Weights = [['whatsapp', 69], ['email', 22], ['phone', 6], ['helpdesk', 3], ['livechat', 0.5]];

export const CATEGORY_WEIGHTS: Weights = [['pemda', 81.5], ['kl', 9.2], ['akademisi', 3.3], ['lainnya', 6]];

/** Where Pemda requesters are (seed page 17: 635 WIB, 265 WITA, 54 WIT inside service hours). */
export const ZONE_WEIGHTS: Weights = [['WIB', 66], ['WITA', 28], ['WIT', 6]];

/** Share of tickets created inside service hours (seed: 954 + 14 of 1,010; ~4% outside). */
export const INSIDE_HOURS_SHARE = 0.96;

const WHATSAPP_TOPICS: Weights = [
  ['DBH', 95], ['DAU', 88], ['JF_AKPD', 50], ['APLIKASI', 48], ['TRANSFER', 40], ['DAK_FISIK', 32],
  ['DAK_NON_FISIK', 24], ['PDRD', 24], ['DANA_DESA', 20], ['DID_IF', 14], ['DKD', 7], ['SHSR', 7],
  ['EV_KEUDA', 3], ['HIBAH', 3], ['PEMBIAYAAN', 2], ['APDT', 0.5], ['INPRES', 0.5],
  ['LAINNYA', 60], ['RESERVASI', 32], ['SURAT_MASUK', 18], ['NON_DJPK', 18], ['PERMINTAAN_DATA', 10],
  ['SPAM', 4], ['PENGADUAN', 2.4], ['MAGANG', 1.5],
];

// Email is mostly letters and their follow-up (seed page 25).
const EMAIL_TOPICS: Weights = [
  ['SURAT_MASUK', 90], ['LAINNYA', 25], ['DBH', 14], ['DAU', 12], ['PERMINTAAN_DATA', 9], ['DAK_FISIK', 8],
  ['TRANSFER', 8], ['APLIKASI', 8], ['JF_AKPD', 5], ['DANA_DESA', 5], ['PDRD', 5], ['DAK_NON_FISIK', 5],
  ['RESERVASI', 4], ['NON_DJPK', 4], ['DID_IF', 3], ['SHSR', 2], ['DKD', 2], ['EV_KEUDA', 1], ['HIBAH', 1],
  ['PEMBIAYAAN', 1], ['SPAM', 1], ['PENGADUAN', 1], ['MAGANG', 0.5],
];

// Phone: reservations, DAU, letters (seed page 21).
const PHONE_TOPICS: Weights = [
  ['RESERVASI', 16], ['DAU', 10], ['SURAT_MASUK', 8], ['DBH', 6], ['LAINNYA', 6], ['TRANSFER', 3],
  ['DANA_DESA', 2], ['JF_AKPD', 2], ['APLIKASI', 2], ['PDRD', 2], ['DAK_FISIK', 2], ['NON_DJPK', 1],
];

// Help desk and live chat on the website: DAU, Dana Desa, letters, data requests (pages 22-23).
const WEB_TOPICS: Weights = [
  ['DAU', 8], ['DANA_DESA', 5], ['SURAT_MASUK', 5], ['DBH', 4], ['PERMINTAAN_DATA', 3], ['LAINNYA', 3],
  ['APLIKASI', 2], ['TRANSFER', 2], ['DAK_FISIK', 1], ['JF_AKPD', 1],
];

export const TOPIC_WEIGHTS_BY_CHANNEL: Readonly<Record<string, Weights>> = {
  whatsapp: WHATSAPP_TOPICS,
  email: EMAIL_TOPICS,
  phone: PHONE_TOPICS,
  helpdesk: WEB_TOPICS,
  livechat: WEB_TOPICS,
};

/** The second topic of a ticket that has two. */
export const SECOND_TOPIC_WEIGHTS: Weights = [
  ['DBH', 40], ['DAU', 40], ['APLIKASI', 20], ['TRANSFER', 18], ['JF_AKPD', 15], ['DAK_FISIK', 14],
  ['DAK_NON_FISIK', 10], ['PDRD', 8], ['DANA_DESA', 8], ['DID_IF', 7], ['DKD', 4], ['SHSR', 3],
  ['EV_KEUDA', 1], ['HIBAH', 1], ['PEMBIAYAAN', 1],
];
export const SECOND_TOPIC_SHARE = 0.22;
/** Topics that stand alone. */
export const SINGLE_TOPICS = ['SPAM', 'PENGADUAN', 'MAGANG', 'NON_DJPK'] as const;

export const TECHNICAL_TOPICS = [
  'DBH', 'DAU', 'DAK_FISIK', 'DAK_NON_FISIK', 'DANA_DESA', 'TRANSFER', 'APLIKASI', 'JF_AKPD', 'PDRD',
  'DID_IF', 'DKD', 'SHSR', 'EV_KEUDA', 'HIBAH', 'PEMBIAYAAN', 'APDT', 'INPRES',
] as const;

/** Escalation to Layer 2 (seed: 67 of 1,010): likely for technical questions, rare for letters. */
export const ESCALATION_CHANCE = { technical: 0.1, letters: 0.02 } as const;
export const LETTER_TOPICS = ['SURAT_MASUK', 'LAINNYA', 'PERMINTAAN_DATA'] as const;

/** The Layer 2 team (teams.code) that answers a topic; the rest go to the Sekretariat. */
export const TEAM_BY_TOPIC: Readonly<Record<string, string>> = {
  DBH: 'DTU', DAU: 'DTU', DKD: 'DTU',
  DAK_FISIK: 'DTK', DAK_NON_FISIK: 'DTK',
  DANA_DESA: 'DDIOKK', DID_IF: 'DDIOKK',
  PDRD: 'PDRD',
  PEMBIAYAAN: 'P2D', HIBAH: 'P2D', EV_KEUDA: 'P2D', SHSR: 'P2D',
  TRANSFER: 'SIPT', APLIKASI: 'SIPT',
};
export const DEFAULT_TEAM = 'SEKRETARIAT';

/** Working days from H to the Layer 2 answer: mostly H..H+1 (score 120), some H+2/H+3, a few later. */
export const ANSWER_DAY_WEIGHTS: Weights = [['0', 58], ['1', 28], ['2', 7], ['3', 4], ['4', 1.5], ['5', 1], ['7', 0.5]];

/** Chatbot sessions that stayed with the bot, by default-flow menu id (seed page 20, of 374). */
export const CHATBOT_MENU_WEIGHTS: Weights = [
  ['tkd', 210], ['kunjungan', 24], ['sikd', 21], ['data', 17], ['pdrd', 10], ['akpd', 8], ['shsr', 6],
  ['pembiayaan', 5], ['', 73],
];
export const CHATBOT_SESSIONS_PER_1000_TICKETS = 374;
/** WhatsApp tickets that began in the chatbot ("Chat Agent"). */
export const HANDOFF_SHARE = 0.2;

/** Menu ids of the default flow whose topic covers a ticket topic (the rest reach an agent directly). */
export const MENU_BY_TOPIC: Readonly<Record<string, string>> = {
  DBH: 'tkd', DAU: 'tkd', DAK_FISIK: 'tkd', DAK_NON_FISIK: 'tkd', DANA_DESA: 'tkd', TRANSFER: 'tkd', DID_IF: 'tkd',
  PEMBIAYAAN: 'pembiayaan', JF_AKPD: 'akpd', SHSR: 'shsr', PDRD: 'pdrd', APLIKASI: 'sikd',
  PERMINTAAN_DATA: 'data', RESERVASI: 'kunjungan',
};

/** CSAT (seed page 33): share of resolved tickets rated, and the 1-5 answers. */
export const RATED_SHARE = 0.3;
export const SCORE_WEIGHTS: Weights = [['5', 62], ['4', 30], ['3', 5], ['2', 2], ['1', 1]];
