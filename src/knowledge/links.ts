/** Links from an article to the regulations it rests on ("PMK Nomor 67 Tahun 2024"). */
export interface KbLink {
  title: string;
  url?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function linkOf(item: unknown): KbLink | null {
  // Imports may store a plain list of regulation names.
  if (typeof item === 'string') return item.trim() ? { title: item.trim() } : null;
  if (!isRecord(item) || typeof item.title !== 'string' || !item.title.trim()) return null;
  return typeof item.url === 'string' && item.url.trim() ? { title: item.title.trim(), url: item.url.trim() } : { title: item.title.trim() };
}

/** The stored jsonb, whatever wrote it, as a clean list. */
export function readLinks(value: unknown): KbLink[] {
  if (!Array.isArray(value)) return [];
  return value.map(linkOf).filter((link): link is KbLink => link !== null);
}

/** "Dasar hukum" lines for a plain-text channel (the chatbot). */
export function linksAsText(links: readonly KbLink[]): string {
  if (links.length === 0) return '';
  return `Dasar hukum:\n${links.map((link) => `- ${link.title}${link.url ? ` (${link.url})` : ''}`).join('\n')}`;
}
