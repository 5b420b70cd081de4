import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { createMailTransport, domainOf, sendMail, textToHtml, type MailTransport, type SmtpSettings } from '../channels/email/sender.ts';
import { createRateLimiter } from '../channels/whatsapp/rate-limit.ts';
import type { BlastMailer } from './send.ts';
import { unsubscribeToken, unsubscribeUrl } from './unsubscribe.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const footerText = (url: string): string =>
  `\n\n--\nAnda menerima email ini sebagai pengguna layanan Contact Center DJPK. Untuk berhenti menerima email siaran: ${url}`;

const footerHtml = (url: string): string =>
  `<hr><p style="font-family:sans-serif;font-size:12px;color:#666">Anda menerima email ini sebagai pengguna layanan Contact Center DJPK. ` +
  `<a href="${escapeHtml(url)}">Berhenti berlangganan email siaran</a>.</p>`;

/**
 * Blast emails through the outbound relay, at most `ratePerSecond` a second (per process).
 * Each carries List-Unsubscribe with one-click (RFC 8058) and a link in the text, both to a
 * signed per-recipient URL, and is marked bulk and automatic so auto-responders stay quiet.
 * The Message-ID is derived from the blast and address, so a retry sends the same id.
 */
export function createBlastMailer(db: Kysely<Database>, smtp: SmtpSettings, publicUrl: string, ratePerSecond: number, transport: MailTransport = createMailTransport(smtp.url)): BlastMailer {
  const limiter = createRateLimiter(ratePerSecond);
  const domain = domainOf(smtp.from);
  return async (broadcastId, to, message) => {
    const url = unsubscribeUrl(publicUrl, await unsubscribeToken(db, broadcastId, to.address));
    const messageId = `sapa-broadcast-${broadcastId}-${createHash('sha256').update(to.address).digest('hex').slice(0, 16)}@${domain}`;
    await limiter.take();
    await sendMail(transport, {
      from: smtp.from,
      to: to.name ? { name: to.name, address: to.address } : to.address,
      subject: message.subject,
      messageId: `<${messageId}>`,
      headers: {
        'List-Unsubscribe': `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        Precedence: 'bulk',
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
        'X-Sapa-Broadcast': String(broadcastId),
      },
      text: message.text + footerText(url),
      html: textToHtml(message.text).replace('</body>', `${footerHtml(url)}</body>`),
    });
    return messageId;
  };
}
