import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer } from 'smtp-server';

/** An SMTP reply the sink gives instead of accepting: at RCPT TO (default) or after DATA. */
export interface SinkFailure {
  code: number;
  message: string;
  at?: 'rcpt' | 'data' | undefined;
}

export interface SinkMessage {
  envelope: { mailFrom: string | undefined; rcptTo: string[] };
  raw: Buffer;
  parsed: Email;
  /** The first value of a header (name in any case), unfolded. */
  header(name: string): string | undefined;
}

export interface SmtpSink {
  port: number;
  url: string;
  /** Everything accepted so far, in order. */
  messages: SinkMessage[];
  /** Resolves with the first accepted message that matches (already here or still to come). */
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  /** Answers every following delivery with this SMTP error while set; undefined accepts again. */
  setFailure(failure: SinkFailure | undefined): void;
  close(): Promise<void>;
}

const smtpError = (failure: SinkFailure): Error => Object.assign(new Error(failure.message), { responseCode: failure.code });

/**
 * A real SMTP server on loopback that keeps what it receives: the relay Sapa sends through,
 * in tests and `npm run dev:mail`-style trials. `port` 0 (default) takes a free port; give
 * a port to bring a "relay" back where it was.
 */
export async function startSmtpSink(options: { failWith?: SinkFailure; port?: number } = {}): Promise<SmtpSink> {
  let failure = options.failWith;
  const messages: SinkMessage[] = [];
  const waiters = new Set<{ predicate: (m: SinkMessage) => boolean; resolve: (m: SinkMessage) => void }>();

  const server = new SMTPServer({
    // No AUTH and no STARTTLS: loopback only, and a STARTTLS offer would make nodemailer
    // upgrade opportunistically and then reject smtp-server's built-in self-signed
    // certificate; the relay's TLS is not what these tests are about.
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    closeTimeout: 500,
    onRcptTo(_address, _session, callback) {
      if (failure && (failure.at ?? 'rcpt') === 'rcpt') return callback(smtpError(failure));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        if (failure?.at === 'data') return callback(smtpError(failure));
        const raw = Buffer.concat(chunks);
        PostalMime.parse(raw).then(
          (parsed) => {
            const message: SinkMessage = {
              envelope: { mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined, rcptTo: session.envelope.rcptTo.map((r) => r.address) },
              raw,
              parsed,
              header: (name) => parsed.headers.find((h) => h.key === name.toLowerCase())?.value,
            };
            messages.push(message);
            for (const waiter of waiters) {
              if (waiter.predicate(message)) {
                waiters.delete(waiter);
                waiter.resolve(message);
              }
            }
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          predicate,
          resolve: (m: SinkMessage) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`No matching mail reached the SMTP sink within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    setFailure(next) {
      failure = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
