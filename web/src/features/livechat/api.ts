/** The widget's calls to its Sapa server (another origin: CORS, never cookies). */
export interface Availability {
  online: boolean;
  reason: 'open' | 'outside_hours' | 'no_agent';
  hours: string;
}

export interface Region {
  code: string;
  name: string;
  province_code: string;
}

export interface TicketInfo {
  number: number;
  channel: string;
  ended: boolean;
  followUrl?: string;
  surveyUrl?: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly details: { field?: string; message: string }[]) {
    super(message);
  }
}

export class Api {
  constructor(readonly base: URL) {}

  async get<T>(path: string): Promise<T> {
    return this.call<T>(path, { method: 'GET' });
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  /** The WebSocket address on the same server. */
  socketUrl(): string {
    const url = new URL('livechat/ws', this.base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  private async call<T>(path: string, init: RequestInit): Promise<T> {
    const response = await fetch(new URL(path, this.base).toString(), { ...init, credentials: 'omit', mode: 'cors' });
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string; details?: ApiError['details'] } };
    if (!response.ok) {
      throw new ApiError(response.status, body.error?.message ?? response.statusText, body.error?.details ?? []);
    }
    return body as T;
  }
}
