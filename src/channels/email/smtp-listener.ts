import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError, type SMTPServerSession } from 'smtp-server';
import type { Database } from '../../db/schema.ts';
import type { EmailConfig } from './config.ts';
import { receiveEmail, type ReceiveResult } from './receive.ts';

type ListenConfig = NonNullable<EmailConfig['listen']>;

/** The few log calls the listener makes; a Fastify or pino logger fits. */
export interface SmtpLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SmtpListenerOptions {
  /** Called after a message was stored and accepted (e.g. to queue an acknowledgement). */
  onReceived?(result: ReceiveResult): void;
  log?: SmtpLog | undefined;
  /** MAIL_FROM, so that Sapa's own mail coming back is recognised. */
  ownAddress?: string | undefined;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

const SILENT: SmtpLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

function smtpError(code: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode: code });
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** Reads DATA, keeping no more than the limit in memory (the rest is only counted). */
function collect(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    stream.on('data', (chunk: Buffer) => {
      if (kept + chunk.length <= maxBytes) chunks.push(chunk);
      kept += chunk.length;
    });
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
  });
}

/**
 * Sapa's SMTP listener for the mail relay. Each message is stored (one transaction) before
 * the 250 answer, so a crash never loses accepted mail; a database failure answers 451 and
 * the relay tries again later.
 */
export async function startSmtpListener(db: Kysely<Database>, config: ListenConfig, options: SmtpListenerOptions = {}): Promise<SmtpListener> {
  const log = options.log ?? SILENT;
  const domains = new Set(config.acceptDomains.map((d) => d.toLowerCase()));

  async function onData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const raw = await collect(stream, config.maxBytes);
    if (stream.sizeExceeded) throw smtpError(552, `5.3.4 Message exceeds the size limit of ${config.maxBytes} bytes`);
    const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
    let result: ReceiveResult;
    try {
      result = await receiveEmail(db, raw, { source: 'smtp', ownAddress: options.ownAddress, envelopeFrom: envelopeFrom || undefined });
    } catch (error) {
      log.error({ err: error, session: session.id }, 'email: could not store a received message');
      throw smtpError(451, '4.3.0 Temporary failure storing the message, try again later');
    }
    log.info({ ticket_id: result.ticketId, message_id: result.messageId, duplicate: result.duplicate, automated: result.automated, bounce: result.bounce !== undefined }, 'email: message received');
    try {
      options.onReceived?.(result);
    } catch (error) {
      // The message is stored: the caller's follow-up failing must not make the relay resend it.
      log.error({ err: error }, 'email: onReceived failed');
    }
    return `2.0.0 OK: stored as message ${result.messageId}`;
  }

  const server = new SMTPServer({
    banner: 'Sapa',
    // No AUTH and no STARTTLS: the listener takes mail from the relay on loopback or a
    // private network, never from the internet; expose it only behind that relay.
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: config.maxBytes,
    rejectOversized: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (domains.has(domainOf(address.address))) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: Recipient address rejected: not a domain of this server`));
    },
    onData(stream, session, callback) {
      onData(stream, session).then((message) => callback(null, message), (error: Error) => callback(error));
    },
  });
  // A client misbehaving (reset connections, garbage) is logged, never fatal.
  server.on('error', (error) => log.warn({ err: error }, 'email: SMTP connection error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  log.info({ host: config.host, port }, 'email: SMTP listener started');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
