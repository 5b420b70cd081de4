import { header, type ParsedEmail } from './parse.ts';

/** What a delivery status notification (RFC 3464) says about a message Sapa sent. */
export interface Bounce {
  /** The Message-ID of the message that failed, without angle brackets. */
  originalMessageId?: string | undefined;
  /** Lower-cased address that could not be reached. */
  recipient?: string | undefined;
  /** e.g. '5.1.1'. */
  status: string;
  /** failed, delayed, delivered, relayed, expanded. */
  action: string;
  /** A 5.x.x status: the address will not work (4.x.x is only a delay). */
  permanent: boolean;
  diagnostic?: string | undefined;
}

/** Header-style fields ("Name: value", continued on indented lines), first occurrence wins. */
function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n')) {
    const match = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    const name = match?.[1]?.toLowerCase();
    if (name && match?.[2] !== undefined && !out.has(name)) out.set(name, match[2].trim());
  }
  return out;
}

const isReport = (parsed: ParsedEmail): boolean => {
  const type = (header(parsed, 'content-type') ?? '').toLowerCase();
  return /^\s*multipart\/report/.test(type) && /report-type\s*=\s*"?delivery-status/.test(type);
};

const partText = (parsed: ParsedEmail, types: string[]): string | undefined =>
  parsed.attachments.find((a) => types.includes(a.mimeType.toLowerCase()))?.content.toString('utf8');

/** Drops the address type ("rfc822; a@b"). */
const address = (value: string | undefined): string | undefined => value?.split(';').pop()?.trim().replace(/^<|>$/g, '').toLowerCase() || undefined;

/** The Message-ID in the returned original, from its parsed part or, failing that, the raw report. */
function originalId(parsed: ParsedEmail, raw: Buffer): string | undefined {
  const original = partText(parsed, ['message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers']);
  const source = original ?? raw.toString('utf8').split(/content-type:\s*message\/delivery-status/i)[1] ?? '';
  const id = fields(source).get('message-id');
  return id ? /<?([^<>\s]+)>?/.exec(id)?.[1] : undefined;
}

/** Reads a delivery status notification; undefined for any other mail. */
export function parseBounce(parsed: ParsedEmail, raw: Buffer): Bounce | undefined {
  if (!isReport(parsed)) return undefined;
  const report = partText(parsed, ['message/delivery-status', 'message/global-delivery-status']) ?? raw.toString('utf8');
  // The per-message fields come first; the first recipient's fields follow them.
  const perRecipient = fields(report.replace(/\r\n?/g, '\n').split(/\n\s*\n/).slice(1).join('\n') || report);
  const status = /\d\.\d{1,3}\.\d{1,3}/.exec(perRecipient.get('status') ?? '')?.[0];
  if (!status) return undefined;
  return {
    originalMessageId: originalId(parsed, raw),
    recipient: address(perRecipient.get('final-recipient') ?? perRecipient.get('original-recipient')),
    status,
    action: (perRecipient.get('action') ?? '').toLowerCase(),
    permanent: status.startsWith('5'),
    diagnostic: perRecipient.get('diagnostic-code')?.replace(/^[a-z]+;\s*/i, ''),
  };
}
