import type { Config } from '../platform/config.ts';
import { WEBHOOK_PATH } from './whatsapp/webhook-routes.ts';
import { PBX_WEBHOOK_PATH } from './phone/webhook-routes.ts';

/**
 * What the environment configured for each channel, for the console's read-only settings
 * page: whether it is on, hosts, limits and paths. Never a secret: access tokens, app
 * secrets, passwords and the user part of mail URLs are left out.
 */
export interface ChannelStatus {
  public_url: string;
  whatsapp: { enabled: boolean; phone_number_id: string | null; api_host: string | null; api_version: string | null; rate_per_second: number | null; webhook_url: string };
  email: {
    listener: { host: string; port: number; accept_domains: string[]; max_bytes: number } | null;
    imap: { server: string; mailbox: string | null; poll_seconds: number } | null;
    smtp: { server: string; from: string } | null;
    acknowledge: boolean;
  };
  livechat: { allowed_origins: string[] | 'any'; starts_per_minute: number; challenge_bits: number; widget_url: string };
  pbx: { enabled: boolean; webhook_url: string };
}

/** "imaps://user:secret@mail.go.id:993/INBOX" -> host "mail.go.id:993" and path "INBOX". */
function serverOf(url: string): { server: string; path: string | null } {
  try {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
    return { server: `${parsed.protocol}//${parsed.host}`, path: path || null };
  } catch {
    return { server: '(URL tidak valid)', path: null };
  }
}

export function channelStatus(config: Config): ChannelStatus {
  const base = config.publicUrl.replace(/\/+$/, '');
  const { whatsapp, email, livechat } = config;
  const imap = email.imap ? serverOf(email.imap.url) : null;
  return {
    public_url: base,
    whatsapp: {
      enabled: whatsapp !== undefined,
      phone_number_id: whatsapp?.phoneNumberId ?? null,
      api_host: whatsapp ? serverOf(whatsapp.apiUrl).server : null,
      api_version: whatsapp?.apiVersion ?? null,
      rate_per_second: whatsapp?.ratePerSecond ?? null,
      webhook_url: `${base}${WEBHOOK_PATH}`,
    },
    email: {
      listener: email.listen ? { host: email.listen.host, port: email.listen.port, accept_domains: [...email.listen.acceptDomains], max_bytes: email.listen.maxBytes } : null,
      imap: email.imap && imap ? { server: imap.server, mailbox: imap.path, poll_seconds: email.imap.pollSeconds } : null,
      smtp: email.smtp ? { server: serverOf(email.smtp.url).server, from: email.smtp.from } : null,
      acknowledge: email.acknowledge,
    },
    livechat: {
      allowed_origins: livechat.allowedOrigins === 'any' ? 'any' : [...livechat.allowedOrigins],
      starts_per_minute: livechat.startsPerMinute,
      challenge_bits: livechat.challengeBits,
      widget_url: `${base}/widget.js`,
    },
    pbx: { enabled: config.pbxWebhookSecret !== undefined, webhook_url: `${base}${PBX_WEBHOOK_PATH}` },
  };
}
