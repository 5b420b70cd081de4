import PostalMime, { type Address, type Email } from 'postal-mime';
import sanitizeHtml from 'sanitize-html';

/** One mailbox of a From, To or Cc header. */
export interface MailAddress {
  name: string;
  /** Lower-cased. */
  address: string;
}

export interface ParsedAttachment {
  filename: string;
  mimeType: string;
  content: Buffer;
  size: number;
  /** Shown inside the HTML (an image referenced by its Content-ID). */
  inline: boolean;
  contentId?: string | undefined;
}

/** A received email in Sapa's terms; parseEmail never throws. */
export interface ParsedEmail {
  /** Without angle brackets. */
  messageId?: string | undefined;
  inReplyTo?: string | undefined;
  references: string[];
  from?: MailAddress | undefined;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  date?: Date | undefined;
  /** The whole plain text (derived from the HTML when there is no plain part). */
  text: string;
  /** The text without the quoted history of earlier messages. */
  visibleText: string;
  /** Sanitised for display: no scripts, styles, handlers or remote images. */
  html?: string | undefined;
  attachments: ParsedAttachment[];
  /** Every header by lower-cased name, values unfolded, in order. */
  headers: Record<string, string[]>;
  /** The MIME structure was broken; what could be read is here. */
  malformed: boolean;
}

/** The first value of a header (name in any case). */
export const header = (parsed: ParsedEmail, name: string): string | undefined => parsed.headers[name.toLowerCase()]?.[0];

const ID = /<([^<>\s]+)>/g;

function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(ID)].map((m) => m[1] ?? '').filter(Boolean);
  // Some mailers write ids without angle brackets.
  return bracketed.length ? bracketed : value.split(/\s+/).filter((v) => v.includes('@'));
}

// Node 20 decodes windows-1252 as latin1, leaving C1 controls where cp1252 has “ ” – — € and
// friends. C1 controls never belong in mail text, so they are read as cp1252.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const fixC1 = (text: string): string => text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);

function mailboxes(addresses: Address[] | Address | undefined): MailAddress[] {
  const list = addresses === undefined ? [] : Array.isArray(addresses) ? addresses : [addresses];
  return list.flatMap((a) => (a.group ? a.group : [a])).filter((m) => m.address).map((m) => ({ name: fixC1(m.name.trim()), address: m.address.trim().toLowerCase() }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML body, keeping line breaks where blocks end. */
export function htmlToText(html: string): string {
  const broken = html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|li|h[1-6]|blockquote|table)>/gi, '\n');
  const text = decodeEntities(sanitizeHtml(broken, { allowedTags: [], allowedAttributes: {} }));
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

const LINK_ATTRIBUTES = { rel: 'noopener noreferrer nofollow', target: '_blank' };

/** Safe to show in the console: remote images become links (they would tell the sender the mail was read). */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'width', 'height'], td: ['colspan', 'rowspan', 'align'], th: ['colspan', 'rowspan', 'align'], '*': ['dir', 'lang'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['cid', 'data'] },
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', LINK_ATTRIBUTES),
      img: (_tag, attribs) => {
        const src = attribs.src ?? '';
        if (!/^https?:/i.test(src)) return { tagName: 'img', attribs };
        return { tagName: 'a', attribs: { href: src, ...LINK_ATTRIBUTES }, text: `[gambar: ${attribs.alt || src}]` };
      },
    },
  });
}

// Lines that introduce the quoted earlier message: everything from here on is history.
const ATTRIBUTION = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*Pada\b.{0,300}\bmenulis:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Pesan Asli|Pesan Orisinal)\s*-{2,}\s*$/i,
];
const HEADER_FROM = /^\s*\**(From|Dari)\s*:/i;
const HEADER_SENT = /^\s*\**(Sent|Dikirim|Date|Tanggal)\s*:/i;
const RULE = /^\s*_{10,}\s*$/;

function attributionAt(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  const next = lines[i + 1] ?? '';
  // Gmail wraps a long attribution onto a second line.
  if (ATTRIBUTION.some((re) => re.test(line) || re.test(`${line} ${next}`))) return true;
  if (RULE.test(line) && HEADER_FROM.test(next)) return true;
  // Outlook's header block: From/Dari followed closely by Sent/Dikirim.
  return HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_SENT.test(l));
}

/** The text with the quoted history folded away; the whole text when nothing else is left. */
export function visiblePart(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.findIndex((_, i) => attributionAt(lines, i));
  if (end < 0) end = lines.length;
  // A trailing block of "> " lines is the quoted message too.
  while (end > 0 && /^\s*(>.*)?$/.test(lines[end - 1] ?? '')) end--;
  const visible = lines.slice(0, end).join('\n').trim();
  return visible || text.trim();
}

function extensionOf(mimeType: string): string {
  const sub = mimeType.split('/')[1] ?? 'bin';
  return ({ 'delivery-status': 'txt', 'rfc822-headers': 'txt', rfc822: 'eml', plain: 'txt', jpeg: 'jpg' } as Record<string, string>)[sub] ?? sub.replace(/[^a-z0-9]/gi, '').slice(0, 10);
}

function attachmentsOf(email: Email): ParsedAttachment[] {
  return email.attachments.map((a, i) => {
    const content = typeof a.content === 'string' ? Buffer.from(a.content, a.encoding === 'base64' ? 'base64' : 'utf8') : Buffer.from(a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : a.content);
    const filename = a.filename?.trim() || `lampiran-${i + 1}.${extensionOf(a.mimeType)}`;
    return { filename, mimeType: a.mimeType || 'application/octet-stream', content, size: content.length, inline: a.related === true || a.disposition === 'inline', contentId: a.contentId };
  });
}

function headersOf(list: { key: string; value: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of list) (out[h.key.toLowerCase()] ??= []).push(h.value);
  return out;
}

function dateOf(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A multipart body whose closing boundary never comes was cut off or badly built. */
function unclosedMultipart(raw: string, contentType: string | undefined): boolean {
  if (!contentType || !/^\s*multipart\//i.test(contentType)) return false;
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  const value = boundary?.[1] ?? boundary?.[2];
  return !value || !raw.includes(`--${value}--`);
}

function fromPostal(email: Email, raw: Buffer): ParsedEmail {
  const headers = headersOf(email.headers);
  const html = email.html ? sanitiseHtml(fixC1(email.html)) : undefined;
  const text = fixC1(email.text ?? (email.html ? htmlToText(email.html) : '')).replace(/\r\n?/g, '\n');
  const from = mailboxes(email.from)[0];
  return {
    messageId: messageIds(email.messageId)[0],
    inReplyTo: messageIds(email.inReplyTo)[0],
    references: messageIds(email.references),
    from,
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: fixC1(email.subject ?? '').trim(),
    date: dateOf(email.date),
    text,
    visibleText: visiblePart(text),
    html,
    attachments: attachmentsOf(email),
    headers,
    // From is the one header every message must have (RFC 5322).
    malformed: !from || unclosedMultipart(raw.toString('latin1'), headers['content-type']?.[0]),
  };
}

/** When the MIME parser gives up: headers read by hand, the rest kept as text. */
function fallback(raw: Buffer): ParsedEmail {
  const source = raw.toString('utf8');
  const split = /\r?\n\r?\n/.exec(source);
  const head = split ? source.slice(0, split.index) : '';
  const body = split ? source.slice(split.index + split[0].length) : source;
  const list = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/).flatMap((line) => {
    const colon = line.indexOf(':');
    return colon > 0 ? [{ key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() }] : [];
  });
  const headers = headersOf(list);
  const from = /<?([^\s<>"]+@[^\s<>"]+)>?/.exec(headers.from?.[0] ?? '');
  const text = body.replace(/\r\n?/g, '\n');
  return {
    messageId: messageIds(headers['message-id']?.[0])[0],
    inReplyTo: messageIds(headers['in-reply-to']?.[0])[0],
    references: messageIds(headers.references?.[0]),
    from: from?.[1] ? { name: '', address: from[1].toLowerCase() } : undefined,
    to: [],
    cc: [],
    subject: headers.subject?.[0] ?? '',
    date: dateOf(headers.date?.[0]),
    text,
    visibleText: visiblePart(text),
    attachments: [],
    headers,
    malformed: true,
  };
}

/** Parses a raw message. Never throws: broken mail comes back with `malformed: true`. */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  try {
    return fromPostal(await PostalMime.parse(raw), raw);
  } catch {
    return fallback(raw);
  }
}
