import { PermanentJobError, RetryJobLater } from '../../jobs/worker.ts';
import type { WhatsAppConfig } from './config.ts';
import { toGraphBody, validateOutbound, type OutboundProblem, type WhatsAppOutbound } from './messages.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';

export type GraphErrorKind = 'rate_limited' | 'outside_window' | 'undeliverable' | 'template' | 'auth' | 'transient' | 'permanent';

export interface GraphErrorInit {
  /** HTTP status; 0 when no answer came (network error, timeout). */
  status: number;
  /** Meta's error code; undefined when the answer carried none. */
  code?: number;
  subcode?: number;
  details?: string;
  fbtraceId?: string;
  /** From a Retry-After header. */
  retryAfterMs?: number;
}

// Meta's codes that mean "slow down": throughput (130429), pair rate (131056), and the
// application (4) and account (80007) call limits.
const RATE_LIMIT_CODES: ReadonlySet<number> = new Set([4, 80007, 130429, 131056]);

/** What to do about a Graph API answer: the code decides, then the HTTP status. */
export function classifyGraphError(status: number, code: number | undefined): GraphErrorKind {
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) return 'rate_limited';
  if (code === 131047) return 'outside_window';
  if (code === 131026) return 'undeliverable';
  if (code === 132000 || code === 132001) return 'template';
  // The spam limit lasts hours: counted retries with backoff, then failure, not endless waits.
  if (code === 131048) return 'transient';
  if (code === 190 || status === 401) return 'auth';
  if (status === 429) return 'rate_limited';
  if (status === 0 || status >= 500) return 'transient';
  return 'permanent';
}

/** A failed Graph API call, classified so the outbox knows whether to retry. */
export class GraphApiError extends Error {
  readonly status: number;
  readonly code: number | undefined;
  readonly subcode?: number;
  readonly details?: string;
  readonly fbtraceId?: string;
  readonly retryAfterMs?: number;
  readonly kind: GraphErrorKind;

  constructor(message: string, init: GraphErrorInit, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GraphApiError';
    this.status = init.status;
    this.code = init.code;
    if (init.subcode !== undefined) this.subcode = init.subcode;
    if (init.details !== undefined) this.details = init.details;
    if (init.fbtraceId !== undefined) this.fbtraceId = init.fbtraceId;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    this.kind = classifyGraphError(init.status, init.code);
  }
}

/** A message Meta would reject, found before sending it. */
export class InvalidOutboundError extends Error {
  readonly problems: OutboundProblem[];
  constructor(problems: OutboundProblem[]) {
    super(`WhatsApp message is not valid: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.name = 'InvalidOutboundError';
    this.problems = problems;
  }
}

const DEFAULT_RETRY_MS = 1000;
// Meta allows about one message every 6 s to the same user.
const PAIR_RETRY_MS = 6000;

const REASONS: Partial<Record<GraphErrorKind, string>> = {
  outside_window: 'outside the 24-hour window — send a template',
  undeliverable: 'message undeliverable — the number may not be on WhatsApp',
  template: 'the template was rejected',
};

/** "131047: outside the 24-hour window — send a template (details)". */
function permanentMessage(error: GraphApiError): string {
  const reason = REASONS[error.kind];
  const head = reason ? `${error.code ?? error.status}: ${reason} — ${error.message}` : error.message;
  return error.details && !head.includes(error.details) ? `${head} (${error.details})` : head;
}

/** The outbox's view of a send failure: wait, retry with backoff, or give up. */
export function toJobError(error: unknown): Error {
  if (error instanceof InvalidOutboundError) return new PermanentJobError(error.message, { cause: error });
  if (!(error instanceof GraphApiError)) return error instanceof Error ? error : new Error(String(error));
  switch (error.kind) {
    case 'rate_limited': {
      const delayMs = error.retryAfterMs ?? (error.code === 131056 ? PAIR_RETRY_MS : DEFAULT_RETRY_MS);
      return new RetryJobLater(delayMs, `${error.code ?? error.status}: rate limited, retrying in ${delayMs} ms — ${error.message}`);
    }
    case 'transient':
    case 'auth':
      return error;
    case 'outside_window':
    case 'undeliverable':
    case 'template':
    case 'permanent':
      return new PermanentJobError(permanentMessage(error), { cause: error });
  }
}

export interface MediaInfo {
  url: string;
  mime_type: string;
  sha256: string;
  file_size: number;
}

export interface GraphClientOptions {
  /** Per request, including reading the answer; default 10 s. */
  timeoutMs?: number;
  /** Paces send(); default one limiter at config.ratePerSecond for this client. */
  limiter?: RateLimiter;
}

/** Meta's Graph API for one WhatsApp phone number. */
export class GraphClient {
  private readonly timeoutMs: number;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly config: WhatsAppConfig,
    private readonly fetchImpl: typeof fetch = fetch,
    options: GraphClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.limiter = options.limiter ?? createRateLimiter(Math.max(1, Math.floor(config.ratePerSecond)));
  }

  /** Sends one message; `to` is E.164 with or without the plus. Returns Meta's message id. */
  async send(to: string, message: WhatsAppOutbound): Promise<{ wamid: string }> {
    const problems = validateOutbound(message);
    if (!/^\+?\d{6,15}$/.test(to.trim())) problems.unshift({ field: 'to', message: `"${to}" is not a phone number in international form` });
    if (problems.length > 0) throw new InvalidOutboundError(problems);
    await this.limiter.take();
    const answer = await this.json(this.messagesUrl(), { method: 'POST', json: toGraphBody(to, message) });
    const wamid = answer.messages?.[0]?.id;
    if (typeof wamid !== 'string') throw new GraphApiError('Graph API accepted the message but gave no message id', { status: 200 });
    return { wamid };
  }

  /** Marks a received message read (the user sees blue ticks). */
  async markRead(wamid: string): Promise<void> {
    await this.json(this.messagesUrl(), { method: 'POST', json: { messaging_product: 'whatsapp', status: 'read', message_id: wamid } });
  }

  /** Where to download a received media file; the url is valid for a few minutes. */
  async getMediaInfo(mediaId: string): Promise<MediaInfo> {
    const info = (await this.json(`${this.base()}/${encodeURIComponent(mediaId)}`, { method: 'GET' })) as Partial<MediaInfo>;
    if (typeof info.url !== 'string') throw new GraphApiError(`Graph API gave no url for media ${mediaId}`, { status: 200 });
    return { url: info.url, mime_type: String(info.mime_type ?? ''), sha256: String(info.sha256 ?? ''), file_size: Number(info.file_size ?? 0) };
  }

  /** The bytes behind a url from getMediaInfo (it needs the same bearer token). */
  async downloadMedia(url: string): Promise<Buffer> {
    const answer = await this.request(url, { method: 'GET' });
    return this.guard(async () => Buffer.from(await answer.arrayBuffer()), url);
  }

  private base(): string {
    return `${this.config.apiUrl}/${this.config.apiVersion}`;
  }

  private messagesUrl(): string {
    return `${this.base()}/${encodeURIComponent(this.config.phoneNumberId)}/messages`;
  }

  /** A call whose answer is JSON, read under the same timeout. */
  private async json(url: string, o: { method: 'GET' | 'POST'; json?: unknown }): Promise<GraphAnswer> {
    const answer = await this.request(url, o);
    return this.guard(() => readJson(answer), url);
  }

  /** One call with the bearer token and a timeout; a non-2xx answer becomes a GraphApiError. */
  private async request(url: string, o: { method: 'GET' | 'POST'; json?: unknown }): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.config.accessToken}` };
    if (o.json !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(this.timeoutMs);
    const body = o.json === undefined ? null : JSON.stringify(o.json);
    const answer = await this.guard(() => this.fetchImpl(url, { method: o.method, headers, body, signal }), url);
    if (!answer.ok) throw await errorFrom(answer);
    return answer;
  }

  /** Network failures and timeouts, while connecting or reading, become transient errors. */
  private async guard<T>(run: () => Promise<T>, url: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GraphApiError) throw error;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const why = timedOut ? `timed out after ${this.timeoutMs} ms` : `failed: ${error instanceof Error ? error.message : String(error)}`;
      throw new GraphApiError(`Graph API request to ${new URL(url).pathname} ${why}`, { status: 0 }, { cause: error });
    }
  }
}

interface GraphAnswer {
  messages?: { id?: unknown }[];
  error?: { message?: unknown; code?: unknown; error_subcode?: unknown; error_data?: { details?: unknown }; fbtrace_id?: unknown };
}

async function readJson(answer: Response): Promise<GraphAnswer> {
  const text = await answer.text();
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

const numberOrUndefined = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Meta's `{error:{message, code, error_subcode, error_data{details}, fbtrace_id}}`, or just the status. */
async function errorFrom(answer: Response): Promise<GraphApiError> {
  const error = (await readJson(answer).catch((): GraphAnswer => ({}))).error ?? {};
  const code = numberOrUndefined(error.code);
  const init: GraphErrorInit = { status: answer.status };
  if (code !== undefined) init.code = code;
  const subcode = numberOrUndefined(error.error_subcode);
  if (subcode !== undefined) init.subcode = subcode;
  const details = stringOrUndefined(error.error_data?.details);
  if (details !== undefined) init.details = details;
  const fbtraceId = stringOrUndefined(error.fbtrace_id);
  if (fbtraceId !== undefined) init.fbtraceId = fbtraceId;
  const retryAfterMs = parseRetryAfter(answer.headers.get('retry-after'));
  if (retryAfterMs !== undefined) init.retryAfterMs = retryAfterMs;
  const message = stringOrUndefined(error.message) ?? `HTTP ${answer.status} ${answer.statusText}`.trim();
  return new GraphApiError(`Graph API ${answer.status}${code !== undefined ? ` (code ${code})` : ''}: ${message}`, init);
}

/** Retry-After in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
