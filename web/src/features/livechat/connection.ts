import type { Availability, TicketInfo } from './api.ts';
import { newClientId, type Pending, type Session } from './session.ts';

export interface Line {
  id: number;
  from: 'visitor' | 'agent';
  body: string;
  at: string;
  clientId?: string;
}

export type Ready = Availability & { visitor: { name: string; email: string }; ticket: TicketInfo | null; transcript: boolean };

export interface ChatEvents {
  ready(frame: Ready): void;
  line(line: Line): void;
  acked(clientId: string, ticket: TicketInfo | null): void;
  ended(ticket: TicketInfo | null): void;
  connected(up: boolean): void;
  /** The server no longer knows this visitor: fill in the form again. */
  forgotten(): void;
}

type Frame = { type: string; clientId?: string; id?: number; message?: Line; ticket?: TicketInfo | null; code?: string } & Partial<Ready>;

const CLOSE_UNKNOWN_VISITOR = 4401;
const MAX_BACKOFF_MS = 15_000;

/**
 * The widget's WebSocket: says hello with the visitor token and the last message id it has,
 * keeps every message until the server acknowledges it (in localStorage too), sends the
 * unacknowledged ones again after each reconnection (same id: stored once), and reconnects
 * with exponential backoff (at once when the browser comes back online).
 */
export class ChatConnection {
  private socket: WebSocket | undefined;
  private isReady = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastId = 0;
  private stopped = false;

  constructor(private readonly url: string, private readonly session: Session, private readonly events: ChatEvents) {
    window.addEventListener('online', () => this.reconnectNow());
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.close();
  }

  get pending(): readonly Pending[] {
    return this.session.pending;
  }

  /** Queues a message; it is sent now if connected, or after the next reconnection. */
  send(body: string): Pending {
    const pending: Pending = { clientId: newClientId(), body, at: new Date().toISOString() };
    this.session.pending.push(pending);
    this.session.save();
    if (this.isReady) this.transmit(pending);
    return pending;
  }

  private connect(): void {
    if (this.stopped) return;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', token: this.session.token, after: this.lastId }));
    socket.onmessage = (event) => this.receive(JSON.parse(String(event.data)) as Frame);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.isReady = false;
      this.events.connected(false);
      if (event.code === CLOSE_UNKNOWN_VISITOR) return this.events.forgotten();
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt += 1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private reconnectNow(): void {
    if (this.stopped || this.isReady || this.socket?.readyState === WebSocket.CONNECTING) return;
    clearTimeout(this.timer);
    this.attempt = 0;
    this.connect();
  }

  private transmit(pending: Pending): void {
    this.socket?.send(JSON.stringify({ type: 'message', clientId: pending.clientId, body: pending.body }));
  }

  private settle(clientId: string | undefined): boolean {
    const before = this.session.pending.length;
    this.session.pending = this.session.pending.filter((p) => p.clientId !== clientId);
    if (this.session.pending.length !== before) this.session.save();
    return this.session.pending.length !== before;
  }

  private receive(frame: Frame): void {
    switch (frame.type) {
      case 'ready':
        this.isReady = true;
        this.attempt = 0;
        this.events.connected(true);
        this.events.ready(frame as Frame & Ready);
        for (const pending of this.session.pending) this.transmit(pending);
        return;
      case 'message': {
        const line = frame.message;
        if (!line) return;
        this.lastId = Math.max(this.lastId, line.id);
        if (line.from === 'visitor' && this.settle(line.clientId) && line.clientId) this.events.acked(line.clientId, null);
        this.events.line(line);
        if (line.from === 'agent') this.socket?.send(JSON.stringify({ type: 'seen', upTo: line.id }));
        return;
      }
      case 'ack':
        if (frame.clientId) {
          this.settle(frame.clientId);
          this.events.acked(frame.clientId, frame.ticket ?? null);
        }
        return;
      case 'ended':
        return this.events.ended(frame.ticket ?? null);
      case 'error': {
        // Not stored (busy server, too fast): the message stays pending and goes again shortly.
        const retry = this.session.pending.find((p) => p.clientId === frame.clientId);
        if (retry && frame.code !== 'validation') setTimeout(() => this.isReady && this.transmit(retry), 5000);
        if (retry && frame.code === 'validation') this.settle(retry.clientId);
        return;
      }
      default:
        return;
    }
  }
}
