import { normaliseEmail } from '../../contacts/identity.ts';
import { header, type ParsedEmail } from './parse.ts';

export interface AutomatedVerdict {
  automated: boolean;
  /** Which sign gave it away, for the message's metadata and the log. */
  reason?: string | undefined;
}

/** Message-IDs Sapa generates start with this; mail carrying one came from Sapa itself. */
export const OWN_MESSAGE_ID_PREFIX = 'sapa-';

type Check = (parsed: ParsedEmail) => string | undefined;

const has = (parsed: ParsedEmail, name: string): boolean => header(parsed, name) !== undefined;
const value = (parsed: ParsedEmail, name: string): string => (header(parsed, name) ?? '').trim().toLowerCase();

// Each check names the RFC 3834 / de-facto header that marks mail no one typed.
const CHECKS: Check[] = [
  (p) => (has(p, 'auto-submitted') && value(p, 'auto-submitted').split(';')[0]?.trim() !== 'no' ? `Auto-Submitted: ${value(p, 'auto-submitted')}` : undefined),
  (p) => (/^(bulk|list|junk)$/.test(value(p, 'precedence')) ? `Precedence: ${value(p, 'precedence')}` : undefined),
  (p) => (has(p, 'x-loop') ? 'X-Loop' : undefined),
  (p) => (has(p, 'x-autoreply') ? 'X-Autoreply' : undefined),
  (p) => (has(p, 'x-autorespond') ? 'X-Autorespond' : undefined),
  (p) => {
    const suppress = value(p, 'x-auto-response-suppress');
    return /(^|[\s,])(all|oof|autoreply)($|[\s,])/.test(suppress) ? `X-Auto-Response-Suppress: ${suppress}` : undefined;
  },
  (p) => (has(p, 'list-id') ? 'List-Id' : has(p, 'list-unsubscribe') ? 'List-Unsubscribe' : undefined),
  (p) => (p.messageId?.toLowerCase().startsWith(OWN_MESSAGE_ID_PREFIX) ? 'own Message-ID' : undefined),
  // Bounces and other mail-system notices come from an empty reverse path or the daemon.
  (p) => (value(p, 'return-path') === '<>' ? 'Return-Path: <>' : undefined),
  (p) => (/^(mailer-daemon|postmaster)@/.test(p.from?.address ?? '') ? `From: ${p.from?.address ?? ''}` : undefined),
];

/**
 * Whether the mail was sent by a machine (an out-of-office note, a list, a bounce, Sapa
 * itself). Such mail is stored but never answered automatically: two auto-responders
 * answering each other would loop. ownAddress is MAIL_FROM (a bare address or "Name <address>").
 */
export function isAutomated(parsed: ParsedEmail, ownAddress?: string): AutomatedVerdict {
  for (const check of CHECKS) {
    const reason = check(parsed);
    if (reason) return { automated: true, reason };
  }
  const own = ownAddress ? normaliseEmail(ownAddress) : null;
  if (own && parsed.from?.address === own) return { automated: true, reason: 'From: own address' };
  return { automated: false };
}
