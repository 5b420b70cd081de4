import type { Messages } from '../../lib/i18n.tsx';

type Key =
  | 'title' | 'titleTeam' | 'team' | 'allTeams' | 'error' | 'empty' | 'loading' | 'openCount' | 'listLabel'
  | 'scoreTitle' | 'score' | 'tickets' | 'unanswered' | 'workingDays' | 'scoreRule' | 'noScore'
  | 'open' | 'answered' | 'returned' | 'question' | 'note' | 'escalatedBy' | 'escalatedAt' | 'dueBy' | 'overdue' | 'day' | 'daysValue'
  | 'back' | 'answerTitle' | 'answerLabel' | 'answerHint' | 'send' | 'sendBack' | 'sent' | 'sentBack' | 'notOpen' | 'ticket'
  | 'whatsapp' | 'email' | 'phone' | 'helpdesk' | 'livechat';

export const layer2Messages: Messages<Key> = {
  id: {
    title: 'Eskalasi Layer 2', titleTeam: 'Eskalasi {team}', team: 'Tim', allTeams: 'Semua tim', error: 'Gagal memuat: {message}',
    empty: 'Tidak ada eskalasi untuk tim ini.', loading: 'Memuat eskalasi…', openCount: '{n} menunggu jawaban', listLabel: 'Daftar eskalasi',
    scoreTitle: 'Skor {month}', score: 'Skor rata-rata', tickets: 'Tiket dieskalasi', unanswered: 'Belum dijawab', workingDays: 'Rata-rata waktu jawab',
    scoreRule: 'Skor per tiket: 120 bila dijawab pada H atau H+1, 100 pada H+2 atau H+3, 80 setelah H+3 (hari kerja).', noScore: 'Belum ada skor',
    open: 'Menunggu jawaban', answered: 'Dijawab', returned: 'Dikembalikan', question: 'Pertanyaan', note: 'Catatan Layer 1',
    escalatedBy: 'oleh {name}', escalatedAt: 'Dieskalasi {date}', dueBy: 'Batas H+3: {date}', overdue: 'Lewat H+3', day: 'H+{n}', daysValue: '{n} hari kerja',
    back: 'Kembali ke daftar', answerTitle: 'Jawaban untuk Layer 1', answerLabel: 'Jawaban', answerHint: 'Jawaban dikirim ke agen Layer 1 sebagai catatan internal; agen yang membalas ke pengguna.',
    send: 'Kirim jawaban', sendBack: 'Kembalikan dengan pertanyaan', sent: 'Jawaban terkirim ke Layer 1.', sentBack: 'Tiket dikembalikan ke Layer 1.',
    notOpen: 'Eskalasi ini sudah dijawab.', ticket: 'Tiket #{n}',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Telepon', helpdesk: 'Help Desk', livechat: 'Live Chat',
  },
  en: {
    title: 'Layer 2 escalations', titleTeam: '{team} escalations', team: 'Team', allTeams: 'All teams', error: 'Could not load: {message}',
    empty: 'No escalations for this team.', loading: 'Loading escalations…', openCount: '{n} awaiting an answer', listLabel: 'Escalations',
    scoreTitle: 'Score, {month}', score: 'Mean score', tickets: 'Escalated tickets', unanswered: 'Unanswered', workingDays: 'Mean time to answer',
    scoreRule: 'Score per ticket: 120 when answered on day H or H+1, 100 on H+2 or H+3, 80 after H+3 (working days).', noScore: 'No score yet',
    open: 'Awaiting answer', answered: 'Answered', returned: 'Returned', question: 'Question', note: 'Layer 1 note',
    escalatedBy: 'by {name}', escalatedAt: 'Escalated {date}', dueBy: 'H+3 deadline: {date}', overdue: 'Past H+3', day: 'H+{n}', daysValue: '{n} working days',
    back: 'Back to the list', answerTitle: 'Answer for Layer 1', answerLabel: 'Answer', answerHint: 'The answer goes to the Layer 1 agent as an internal note; the agent replies to the requester.',
    send: 'Send answer', sendBack: 'Send back with a question', sent: 'Answer sent to Layer 1.', sentBack: 'Ticket sent back to Layer 1.',
    notOpen: 'This escalation has been answered.', ticket: 'Ticket #{n}',
    whatsapp: 'WhatsApp', email: 'Email', phone: 'Phone', helpdesk: 'Help desk', livechat: 'Live chat',
  },
};

export type Layer2T = (key: Key, vars?: Record<string, string | number>) => string;
