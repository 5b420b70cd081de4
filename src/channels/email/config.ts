import { AppError } from '../../platform/errors.ts';

/** The email channel's settings, from the environment (see .env.example). Each part is optional. */
export interface EmailConfig {
  /** Sapa's own SMTP listener that the mail relay forwards to. */
  listen?: { host: string; port: number; acceptDomains: string[]; maxBytes: number } | undefined;
  /** A mailbox polled over IMAP (imaps://user:password@host:993/INBOX). */
  imap?: { url: string; pollSeconds: number } | undefined;
  /** Outbound: the relay Sapa sends replies through, and the From address. */
  smtp?: { url: string; from: string } | undefined;
  /** Send an acknowledgement of receipt (Auto-Submitted: auto-replied) to new requests. */
  acknowledge: boolean;
}

type Env = Record<string, string | undefined>;

function number(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new AppError('validation', `${name}=${raw} must be a whole number from ${min} to ${max}`);
  return value;
}

export function loadEmailConfig(env: Env = process.env): EmailConfig {
  const listenPort = env.SMTP_LISTEN_PORT?.trim();
  const imapUrl = env.IMAP_URL?.trim();
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (smtpUrl && !from) throw new AppError('validation', 'MAIL_FROM must be set when SMTP_URL is set (e.g. "Contact Center DJPK <callcenter.djpk@kemenkeu.go.id>")');
  const domains = (env.SMTP_ACCEPT_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (listenPort && !domains.length) throw new AppError('validation', 'SMTP_ACCEPT_DOMAINS must list the domains Sapa receives mail for when SMTP_LISTEN_PORT is set');
  return {
    listen: listenPort
      ? { host: env.SMTP_LISTEN_HOST?.trim() || '127.0.0.1', port: number(env, 'SMTP_LISTEN_PORT', 2525, 0, 65535), acceptDomains: domains, maxBytes: number(env, 'SMTP_MAX_BYTES', 25 * 1024 * 1024, 1024, 200 * 1024 * 1024) }
      : undefined,
    imap: imapUrl ? { url: imapUrl, pollSeconds: number(env, 'IMAP_POLL_SECONDS', 60, 5, 86_400) } : undefined,
    smtp: smtpUrl && from ? { url: smtpUrl, from } : undefined,
    acknowledge: ['1', 'true', 'yes', 'on'].includes((env.MAIL_ACKNOWLEDGE ?? '').trim().toLowerCase()),
  };
}
