import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody, type FakeError } from './graph-errors.ts';
import { messageContent, newWamid, type FakeUserMessage } from './inbound.ts';
import { MediaStore } from './media-store.ts';
import { newConversationId, shuffled, statusItem, statusName, type FakeStatus, type FakeStatusName } from './statuses.ts';
import { checkSendBody, type SendRequest } from './validate-body.ts';
import { envelope, metaJson, postSigned, signedBody, verifyWebhook, type BusinessAccount, type ChangeValue, type FakeWebhook, type VerifyResult } from './webhooks.ts';

export type { FakeError } from './graph-errors.ts';
export type { FakeUserMessage, FakeMedia } from './inbound.ts';
export type { FakeStatus, FakeFailedStatus } from './statuses.ts';
export type { FakeWebhook, VerifyResult } from './webhooks.ts';
export { verifyWebhook, metaJson } from './webhooks.ts';

export interface FakeGraphOptions {
  appSecret: string;
  accessToken: string;
  phoneNumberId: string;
  /** Where webhooks go (Sapa's /webhooks/whatsapp); can be set later with setWebhookUrl. */
  webhookUrl?: string;
  verifyToken?: string;
  /** Free-form sends need a user message in the last 24 h; default true. */
  enforceWindow?: boolean;
  /**
   * How a send outside the window fails: the send's 400 answer (default), or a 200 and then a
   * 'failed' status webhook with 131047, which is how Meta often reports it in production.
   */
  windowError?: 'response' | 'status-webhook';
  /** Template names that exist; others fail with 132001. Default: every name exists. */
  templates?: string[];
  /** Body parameters each named template takes; another number fails with 132000. */
  templateParameters?: Record<string, number>;
  /** Default 0: any free port. */
  port?: number;
  displayPhoneNumber?: string;
  wabaId?: string;
}

export interface FakeSentMessage {
  wamid: string;
  /** Digits, as in the request. */
  to: string;
  type: 'text' | 'interactive' | 'template';
  /** The request body exactly as parsed. */
  body: Record<string, unknown>;
  at: Date;
  /** Accepted, then reported failed with this code in a status webhook. */
  failedWith?: number;
}

export interface FakeGraph {
  /** Base url: use it as WHATSAPP_API_URL. */
  url: string;
  port: number;
  sent: FakeSentMessage[];
  readReceipts: { messageId: string; at: Date }[];
  /** Every webhook posted, oldest first. */
  webhooks: FakeWebhook[];
  readonly lastWebhook: FakeWebhook | undefined;
  /** Every message send that reached the fake, accepted or refused, in order of arrival. */
  requests: FakeSendRequest[];
  /** The next n message sends fail with this error (mark-read calls are not counted). */
  failNext(n: number, error: FakeError): void;
  /** Every send to these numbers (digits, as in `to`) fails with this error, as for numbers not on WhatsApp. */
  rejectRecipients(numbers: string[], error: FakeError): void;
  /** The next n message sends wait ms before being handled (and are still handled, as at Meta). */
  stallNext(n: number, ms: number): void;
  /** While on, every request fails with 503 (code 2). */
  outage(on: boolean): void;
  /** Moves the fake's clock (24-hour window, timestamps, media url expiry). */
  advanceTime(ms: number): void;
  addMedia(bytes: Buffer, mime: string): string;
  setWebhookUrl(url: string): void;
  sendUserMessage(from: string, message: FakeUserMessage): Promise<{ status: number; wamid: string }>;
  /** Several user messages in one envelope, spread over `entries` entries (default 2). */
  sendUserMessages(items: { from: string; message: FakeUserMessage }[], options?: { entries?: number }): Promise<{ status: number; wamids: string[] }>;
  /** One status webhook per status, in order or shuffled (timestamps keep the real order). */
  deliverStatuses(wamid: string, statuses: FakeStatus[], order?: 'in-order' | 'shuffled'): Promise<{ order: FakeStatusName[]; statuses: number[] }>;
  /** Posts the same bytes and signature again, as Meta's duplicate deliveries do. */
  redeliver(webhook?: FakeWebhook): Promise<number>;
  /** Meta's GET handshake against webhookUrl with verifyToken (or the token given). */
  verifyWebhook(token?: string): Promise<VerifyResult>;
  waitForSent(predicate?: (message: FakeSentMessage) => boolean, timeoutMs?: number): Promise<FakeSentMessage>;
  /** Called for every accepted send; returns an unsubscribe function. */
  onSent(listener: (message: FakeSentMessage) => void): () => void;
  close(): Promise<void>;
}

/** One message send as the fake received it: when, to whom, and what it answered. */
export interface FakeSendRequest {
  to: string;
  at: Date;
  status: number;
  code?: number;
}

const VERSION = /^v\d+\.\d+$/;
const WINDOW_MS = 24 * 3600_000;
const MAX_BODY = 5 * 1024 * 1024;

type Json = Record<string, unknown>;

class HttpError extends Error {
  constructor(readonly error: FakeError) {
    super(error.message ?? `HTTP ${error.status}`);
  }
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  // Meta's JSON style (escaped "/" and non-ASCII) on answers too.
  const text = metaJson(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function replyError(res: ServerResponse, error: FakeError): void {
  const headers: Record<string, string> = error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : {};
  if (error.code === undefined) {
    res.writeHead(error.status, { 'content-type': 'text/html', ...headers });
    res.end(`<html><body>${error.message ?? 'Service Unavailable'}</body></html>`);
    return;
  }
  reply(res, error.status, errorBody({ ...error, code: error.code }), headers);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError({ status: 413, code: 100, message: '(#100) Request body too large' });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const unknownObject = (method: string, id: string): HttpError =>
  new HttpError({
    status: 400,
    code: 100,
    subcode: 33,
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  });

const digits = (phone: string): string => phone.replace(/\D/g, '');

/** Starts a local stand-in for Meta's Graph API (WhatsApp Cloud API) on 127.0.0.1. */
export async function startFakeGraph(options: FakeGraphOptions): Promise<FakeGraph> {
  const media = new MediaStore();
  const sent: FakeSentMessage[] = [];
  const readReceipts: { messageId: string; at: Date }[] = [];
  const webhooks: FakeWebhook[] = [];
  const listeners = new Set<(message: FakeSentMessage) => void>();
  const lastUserMessage = new Map<string, number>();
  const receivedIds = new Set<string>();
  const failures: FakeError[] = [];
  const requests: FakeSendRequest[] = [];
  const rejected = new Map<string, FakeError>();
  const stalls: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let down = false;
  let clockOffset = 0;
  let webhookUrl = options.webhookUrl;
  let baseUrl = '';
  const now = (): number => Date.now() + clockOffset;
  const account: BusinessAccount = {
    wabaId: options.wabaId ?? '102290129340398',
    phoneNumberId: options.phoneNumberId,
    displayPhoneNumber: options.displayPhoneNumber ?? '62211500420',
  };

  const authorized = (req: IncomingMessage): boolean => req.headers.authorization === `Bearer ${options.accessToken}`;

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function deliver(value: Json): Promise<FakeWebhook> {
    if (!webhookUrl) throw new Error('The fake Graph API has no webhookUrl: pass it to startFakeGraph or call setWebhookUrl');
    const { body, signature } = signedBody(value, options.appSecret);
    const hook = await postSigned(webhookUrl, body, signature);
    webhooks.push(hook);
    return hook;
  }

  function record(message: FakeSentMessage): void {
    sent.push(message);
    for (const listener of listeners) listener(message);
  }

  function insideWindow(to: string): boolean {
    const last = lastUserMessage.get(to);
    return last !== undefined && now() - last < WINDOW_MS;
  }

  /** The checks after the body is valid, in Meta's order: injected failures, template, window. */
  async function acceptMessage(request: Extract<SendRequest, { kind: 'message' }>): Promise<Json> {
    const stall = stalls.shift();
    if (stall !== undefined) await delay(stall);
    const failure = failures.shift() ?? rejected.get(request.to);
    if (failure) throw new HttpError(failure);
    const template = request.type === 'template' ? (request.body.template as { name: string }).name : undefined;
    if (template !== undefined && options.templates && !options.templates.includes(template)) {
      throw new HttpError({ status: 404, code: 132001, details: `template name (${template}) does not exist in id` });
    }
    if (template !== undefined) checkTemplateParameters(template, request.body.template);
    const wamid = newWamid();
    const outside = template === undefined && options.enforceWindow !== false && !insideWindow(request.to);
    if (outside && options.windowError !== 'status-webhook') {
      throw new HttpError({ status: 400, code: 131047, details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' });
    }
    record({ wamid, to: request.to, type: request.type, body: request.body, at: new Date(now()), ...(outside ? { failedWith: 131047 } : {}) });
    if (outside) setImmediate(() => void reportOutsideWindow(wamid, request.to).catch(() => undefined));
    return { messaging_product: 'whatsapp', contacts: [{ input: request.to, wa_id: request.to }], messages: [{ id: wamid }] };
  }

  function checkTemplateParameters(name: string, template: unknown): void {
    const expected = options.templateParameters?.[name];
    if (expected === undefined) return;
    const components = (template as { components?: { type?: string; parameters?: unknown[] }[] }).components ?? [];
    const given = components.find((c) => c.type === 'body')?.parameters?.length ?? 0;
    if (given !== expected) throw new HttpError({ status: 400, code: 132000, details: `body: number of localizable_params (${given}) does not match the expected number of params (${expected})` });
  }

  async function reportOutsideWindow(wamid: string, to: string): Promise<void> {
    const ctx = { wamid, recipientId: to, category: 'service', conversationId: newConversationId() };
    const failed: FakeStatus = { status: 'failed', code: 131047, title: 'Re-engagement message', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' };
    await deliver(envelope(account, [[{ statuses: [statusItem(failed, ctx, Math.floor(now() / 1000))] }]]));
  }

  async function postMessages(phoneNumberId: string, raw: Buffer, res: ServerResponse): Promise<void> {
    if (phoneNumberId !== options.phoneNumberId) throw unknownObject('POST', phoneNumberId);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError({ status: 400, code: 100, details: 'body: not valid JSON' });
    }
    const checked = checkSendBody(parsed);
    if ('problem' in checked) throw new HttpError({ status: 400, ...checked.problem });
    const request = checked.ok;
    if (request.kind === 'read') {
      if (!receivedIds.has(request.messageId)) throw new HttpError({ status: 400, code: 100, details: `message_id: ${request.messageId} is not a message this number received` });
      readReceipts.push({ messageId: request.messageId, at: new Date(now()) });
      return reply(res, 200, { success: true });
    }
    const log: FakeSendRequest = { to: request.to, at: new Date(now()), status: 200 };
    requests.push(log);
    try {
      reply(res, 200, await acceptMessage(request));
    } catch (error) {
      if (error instanceof HttpError) Object.assign(log, { status: error.error.status, ...(error.error.code !== undefined ? { code: error.error.code } : {}) });
      throw error;
    }
  }

  function serveMediaFile(id: string, url: URL, req: IncomingMessage, res: ServerResponse): void {
    if (!authorized(req)) throw new HttpError({ status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
    const file = media.get(id);
    if (!file || MediaStore.expired(url, now())) throw new HttpError({ status: 404, code: 100, message: 'Media url not found or expired' });
    res.writeHead(200, { 'content-type': file.mime, 'content-length': file.bytes.length });
    res.end(file.bytes);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const raw = await readBody(req);
    if (down) throw new HttpError({ status: 503, code: 2 });
    const parts = url.pathname.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    if (method === 'GET' && parts.length === 2 && parts[0] === 'media-files') return serveMediaFile(parts[1]!, url, req, res);
    if (!VERSION.test(parts[0] ?? '')) throw new HttpError({ status: 400, code: 2500, message: `Unknown path components: ${url.pathname}` });
    if (!authorized(req)) throw new HttpError({ status: 401, code: 190, message: 'Invalid OAuth access token - Cannot parse access token' });
    if (method === 'POST' && parts.length === 3 && parts[2] === 'messages') return postMessages(parts[1]!, raw, res);
    if (method === 'GET' && parts.length === 2) {
      const file = media.get(parts[1]!);
      if (!file) throw unknownObject('GET', parts[1]!);
      return reply(res, 200, media.info(file, baseUrl, now()));
    }
    throw new HttpError({ status: 400, code: 2500, message: `Unknown path components: ${url.pathname}` });
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return;
      replyError(res, error instanceof HttpError ? error.error : { status: 500, code: 1, message: String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://127.0.0.1:${port}`;

  /** Builds `{contacts, messages}` for some user messages and opens their windows. */
  function userValue(items: { from: string; message: FakeUserMessage }[]): { value: ChangeValue; wamids: string[] } {
    const contacts = new Map<string, Json>();
    const messages = items.map(({ from, message }) => {
      const content = messageContent(message, { add: (bytes, mime) => media.add(bytes, mime) });
      const waId = digits(from);
      const id = message.id ?? newWamid();
      // The user wrote: this opens (or refreshes) the 24-hour window even if Sapa is down.
      lastUserMessage.set(waId, now());
      receivedIds.add(id);
      contacts.set(waId, { profile: { name: message.profileName ?? 'Warga Uji' }, wa_id: waId });
      return {
        ...(message.replyTo !== undefined ? { context: { from: account.displayPhoneNumber, id: message.replyTo } } : {}),
        from: waId,
        id,
        timestamp: String(Math.floor(now() / 1000)),
        ...content,
      };
    });
    return { value: { contacts: [...contacts.values()], messages }, wamids: messages.map((m) => m.id) };
  }

  const fake: FakeGraph = {
    url: baseUrl,
    port,
    sent,
    readReceipts,
    webhooks,
    get lastWebhook() {
      return webhooks.at(-1);
    },
    requests,
    failNext(n, error) {
      for (let i = 0; i < n; i++) failures.push(error);
    },
    rejectRecipients(numbers, error) {
      for (const number of numbers) rejected.set(digits(number), error);
    },
    stallNext(n, ms) {
      for (let i = 0; i < n; i++) stalls.push(ms);
    },
    outage(on) {
      down = on;
    },
    advanceTime(ms) {
      clockOffset += ms;
    },
    addMedia: (bytes, mime) => media.add(bytes, mime).id,
    setWebhookUrl(url) {
      webhookUrl = url;
    },
    async sendUserMessage(from, message) {
      const { value, wamids } = userValue([{ from, message }]);
      const hook = await deliver(envelope(account, [[value]]));
      return { status: hook.status, wamid: wamids[0]! };
    },
    async sendUserMessages(items, o = {}) {
      const entries = Math.max(1, Math.min(o.entries ?? 2, items.length));
      const groups = Array.from({ length: entries }, (_, i) => items.filter((_item, j) => j % entries === i));
      const built = groups.map((group) => userValue(group));
      const hook = await deliver(envelope(account, built.map((b) => [b.value])));
      return { status: hook.status, wamids: built.flatMap((b) => b.wamids) };
    },
    async deliverStatuses(wamid, statuses, order = 'in-order') {
      const message = sent.find((m) => m.wamid === wamid);
      if (!message) throw new Error(`deliverStatuses: the fake sent no message ${wamid}`);
      const ctx = { wamid, recipientId: message.to, category: message.type === 'template' ? 'utility' : 'service', conversationId: newConversationId() };
      const start = Math.floor(now() / 1000);
      // Timestamps follow the real sequence; only the delivery order is shuffled.
      const items = statuses.map((status, i) => ({ name: statusName(status), item: statusItem(status, ctx, start + i) }));
      const sequence = order === 'shuffled' ? shuffled(items) : items;
      const codes: number[] = [];
      for (const { item } of sequence) codes.push((await deliver(envelope(account, [[{ statuses: [item] }]]))).status);
      return { order: sequence.map((s) => s.name), statuses: codes };
    },
    async redeliver(webhook = webhooks.at(-1)) {
      if (!webhook) throw new Error('redeliver: no webhook has been posted yet');
      const hook = await postSigned(webhookUrl ?? webhook.url, webhook.body, webhook.signature);
      webhooks.push(hook);
      return hook.status;
    },
    verifyWebhook(token = options.verifyToken) {
      if (!webhookUrl || token === undefined) throw new Error('verifyWebhook needs webhookUrl and verifyToken');
      return verifyWebhook(webhookUrl, token);
    },
    waitForSent(predicate = () => true, timeoutMs = 5000) {
      const found = sent.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const off = fake.onSent((message) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          off();
          resolve(message);
        });
        const timer = setTimeout(() => {
          off();
          reject(new Error(`waitForSent: no matching message within ${timeoutMs} ms (${sent.length} sent)`));
        }, timeoutMs);
      });
    },
    onSent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
