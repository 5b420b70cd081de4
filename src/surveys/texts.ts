import type { BotReply } from '../chatbot/replies.ts';

/** What requesters read, in Indonesian. */
export const CENTER_NAME = 'Contact Center DJPK';

export type Question = 'service' | 'substance';

export const QUESTIONS: Record<Question, { label: string; prompt: string }> = {
  service: { label: 'Kepuasan Layanan', prompt: 'Seberapa puas Anda dengan pelayanan petugas kami?' },
  substance: { label: 'Substansi Jawaban', prompt: 'Seberapa puas Anda dengan substansi jawaban yang kami berikan?' },
};

/** The five scores, worst first (each title fits WhatsApp's 24-character row title). */
export const SCORE_LABELS: Record<number, string> = {
  1: 'Sangat tidak puas',
  2: 'Tidak puas',
  3: 'Cukup puas',
  4: 'Puas',
  5: 'Sangat puas',
};
export const SCORES = [1, 2, 3, 4, 5] as const;

/** Words that mean "no comment" at the comment step. */
export const SKIP_WORDS: ReadonlySet<string> = new Set(['lewati', 'skip', 'tidak', 'tidak ada', 'tdk', '-']);

/** Enough of the resolution's nonce to tell a list of an earlier resolution from the current one. */
const NONCE_PART = 8;

/** The id of a list row: survey, resolution, question (1 or 2), score. */
export const choiceId = (survey: { id: number; nonce: string }, question: Question, score: number): string =>
  `survei:${survey.id}:${survey.nonce.slice(0, NONCE_PART)}:${question === 'service' ? 1 : 2}:${score}`;

export interface Choice {
  surveyId: number;
  noncePart: string;
  question: Question;
  score: number;
}

export function parseChoiceId(id: string | undefined): Choice | undefined {
  const match = /^survei:(\d{1,15}):([A-Za-z0-9_-]{1,22}):([12]):([1-5])$/.exec(id ?? '');
  if (!match) return undefined;
  return { surveyId: Number(match[1]), noncePart: match[2] ?? '', question: match[3] === '1' ? 'service' : 'substance', score: Number(match[4]) };
}

export const sameResolution = (choice: Choice, nonce: string): boolean => nonce.slice(0, NONCE_PART) === choice.noncePart;

/** One question as a WhatsApp list of five rows (reply buttons allow only three). */
export function questionMessage(survey: { id: number; nonce: string }, question: Question, ticketNumber: number): BotReply {
  const { label, prompt } = QUESTIONS[question];
  const intro = question === 'service'
    ? `Terima kasih telah menghubungi ${CENTER_NAME}. Konsultasi Anda (tiket #${ticketNumber}) telah selesai. Mohon luangkan waktu sejenak untuk menilai layanan kami.\n\n`
    : '';
  const index = question === 'service' ? 1 : 2;
  return {
    type: 'list',
    header: 'Survei Kepuasan',
    body: `${intro}Pertanyaan ${index} dari 2 – ${label}:\n${prompt}\n\nPilih nilai 1 sampai 5 (atau ketik angkanya).`,
    button: 'Pilih nilai',
    sections: [{ title: label, rows: SCORES.map((score) => ({ id: choiceId(survey, question, score), title: `${score} - ${SCORE_LABELS[score]}` })) }],
  };
}

export const WA_TEXTS = {
  askComment: 'Terima kasih atas penilaian Anda. Jika ada saran atau komentar, silakan ketik di sini. Ketik *lewati* jika tidak ada.',
  thanks: `Terima kasih, masukan Anda sudah kami terima. Salam, ${CENTER_NAME}.`,
  updated: 'Penilaian Anda telah diperbarui. Terima kasih.',
  closed: (ticketNumber: number) => `Mohon maaf, survei untuk konsultasi tiket #${ticketNumber} sudah ditutup. Terima kasih atas perhatian Anda.`,
} as const;

export const text = (body: string): BotReply => ({ type: 'text', body });
