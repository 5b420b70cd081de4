/**
 * A first guess of the user category from the institution a requester typed (seed page 15);
 * agents correct it on the ticket. Word lists, not a model: explainable and editable.
 */
const RULES: { category: 'kl' | 'akademisi' | 'pemda'; words: RegExp }[] = [
  { category: 'akademisi', words: /\b(universitas|univ|institut|politeknik|sekolah tinggi|stan|pkn|akademi|mahasiswa|dosen|guru|sekolah|sma|smk|smp|fakultas)\b/i },
  { category: 'kl', words: /\b(kementerian|kemenkeu|kemendagri|kemendes|bpk|bpkp|kppn|kanwil|djpb|djp|lembaga|badan pusat|bps|bappenas|lkpp)\b/i },
  { category: 'pemda', words: /\b(pemda|pemprov|pemkab|pemkot|pemerintah|provinsi|kabupaten|kab|kota|dinas|bappeda|bapenda|bpkad|bpkd|bkad|dprd|setda|sekretariat daerah|inspektorat|kecamatan|desa|kelurahan|rsud|puskesmas|opd|skpd)\b/i },
];

export function guessUserCategory(institution: string | null | undefined): 'pemda' | 'kl' | 'akademisi' | 'lainnya' {
  if (!institution?.trim()) return 'lainnya';
  return RULES.find((rule) => rule.words.test(institution))?.category ?? 'lainnya';
}
