import type { Language } from '../../../lib/i18n.tsx';

// validateFlow and the server (src/chatbot/flow.ts, flow-store.ts) word their problems in English;
// the console shows them in Indonesian first. An unknown wording is shown as it came.
const INDONESIAN: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be a non-empty text$/, () => 'wajib diisi'],
  [/^must be at most (\d+) characters \(has (\d+)\)$/, (m) => `maksimal ${m[1]} karakter (sekarang ${m[2]})`],
  [/^must be 1-64 letters/, () => 'harus 1-64 huruf, angka, "-" atau "_", diawali huruf atau angka'],
  [/^duplicate id "(.*)"$/, (m) => `ID "${m[1]}" sudah dipakai item lain`],
  [/^has (\d+) items; a WhatsApp list holds at most (\d+)$/, (m) => `berisi ${m[1]} item; daftar WhatsApp memuat maksimal ${m[2]}`],
  [/^needs an answer, children or an action$/, () => 'perlu jawaban, artikel, sub-item, atau Chat Agent'],
  [/^a node with an action has no answer and no children$/, () => 'item Chat Agent tidak boleh punya jawaban atau sub-item'],
  [/^needs at least one item$/, () => 'menu utama perlu minimal satu item'],
  [/^must be a whole number of minutes from 1 to 1440$/, () => 'harus bilangan bulat 1 sampai 1440 menit'],
  [/^unknown topic code "(.*)"$/, (m) => `kode topik "${m[1]}" tidak dikenal`],
  [/^knowledge-base article (\d+) does not exist or is a draft or archived$/, (m) => `artikel #${m[1]} tidak ada, masih draf, atau diarsipkan`],
  [/^must be the id of a knowledge-base article$/, () => 'harus ID artikel basis pengetahuan'],
  [/^The chatbot flow is not valid$/, () => 'menu chatbot belum valid'],
];

export function problemText(message: string, language: Language): string {
  if (language !== 'id') return message;
  for (const [pattern, text] of INDONESIAN) {
    const match = pattern.exec(message);
    if (match) return text(match);
  }
  return message;
}
