/** What survives a page reload: the visitor token and the messages not yet acknowledged. */
export interface Pending {
  clientId: string;
  body: string;
  at: string;
}

interface Stored {
  token: string;
  pending: Pending[];
}

export class Session {
  token: string | undefined;
  pending: Pending[] = [];
  private readonly key: string;

  constructor(server: string) {
    this.key = `sapa-livechat:${server}`;
    try {
      const stored = JSON.parse(localStorage.getItem(this.key) ?? 'null') as Stored | null;
      this.token = typeof stored?.token === 'string' ? stored.token : undefined;
      this.pending = Array.isArray(stored?.pending) ? stored.pending : [];
    } catch {
      // Storage blocked or corrupt: the chat still works for this page's life.
    }
  }

  save(): void {
    try {
      if (this.token) localStorage.setItem(this.key, JSON.stringify({ token: this.token, pending: this.pending } satisfies Stored));
      else localStorage.removeItem(this.key);
    } catch {
      // As above.
    }
  }

  forget(): void {
    this.token = undefined;
    this.pending = [];
    this.save();
  }
}

/** A random id for a message, so that a resend is recognised and stored once. */
export function newClientId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
