/**
 * Sends a test consultation email to a running Sapa's SMTP listener, as the mail relay would.
 *
 *   npm run dev:mail                                  a new consultation
 *   npm run dev:mail -- --reply-to-ticket 12          an answer on ticket 12 ([#12] in the subject)
 *   npm run dev:mail -- message.eml                   an .eml file, byte for byte
 *
 * Options: --from, --to, --subject, --body, --reply-to-ticket N, --host, --port
 * (default SMTP_LISTEN_HOST or 127.0.0.1, SMTP_LISTEN_PORT or 2525).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createTransport } from 'nodemailer';
import PostalMime from 'postal-mime';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', default: 'Bendahara Uji <bendahara@pemda-uji.go.id>' },
    to: { type: 'string' },
    subject: { type: 'string', default: 'Pertanyaan jadwal penyaluran DAU tahap II' },
    body: { type: 'string', default: 'Selamat pagi,\n\nMohon informasi jadwal penyaluran DAU tahap II untuk pemerintah daerah kami.\n\nTerima kasih.' },
    'reply-to-ticket': { type: 'string' },
    host: { type: 'string', default: process.env.SMTP_LISTEN_HOST?.trim() || '127.0.0.1' },
    port: { type: 'string', default: process.env.SMTP_LISTEN_PORT?.trim() || '2525' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: npm run dev:mail -- [file.eml] [--from ADDR] [--to ADDR] [--subject TEXT] [--body TEXT] [--reply-to-ticket N] [--host H] [--port P]');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`--port ${values.port} is not a port number`);
const ticket = values['reply-to-ticket'];
if (ticket !== undefined && !/^\d+$/.test(ticket)) throw new Error(`--reply-to-ticket ${ticket} is not a ticket number`);
const acceptDomain = (process.env.SMTP_ACCEPT_DOMAINS ?? '').split(',').map((d) => d.trim()).find(Boolean) ?? 'kemenkeu.go.id';
const to = values.to ?? `callcenter.djpk@${acceptDomain}`;

// Plain SMTP on loopback; if the listener offers STARTTLS with a self-signed certificate, accept it (a dev tool only).
const transport = createTransport({ host: values.host, port, secure: false, tls: { rejectUnauthorized: false } });

const file = positionals[0];
let info;
let sentId: string | undefined;
if (file) {
  const raw = await readFile(file);
  // The envelope comes from the file's own From/To unless given.
  const parsed = await PostalMime.parse(raw);
  const from = parsed.from?.address ?? values.from;
  const recipients = values.to ? [values.to] : (parsed.to ?? []).flatMap((a) => (a.address ? [a.address] : []));
  sentId = parsed.messageId;
  info = await transport.sendMail({ envelope: { from, to: recipients.length ? recipients : [to] }, raw });
} else {
  const subject = ticket ? `Re: ${values.subject} [#${ticket}]` : values.subject;
  info = await transport.sendMail({ from: values.from, to, subject, text: values.body });
}
console.log(`Sent ${sentId ?? info.messageId} to ${values.host}:${port}: ${info.response}`);
