import type { Line } from './connection.ts';
import { el } from './dom.ts';
import type { Pending } from './session.ts';
import type { Texts } from './texts.ts';

const time = (iso: string): string => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}.${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The conversation: a log of lines (ordered by server id; unsent ones last) and the composer. */
export class ChatView {
  readonly element: HTMLElement;
  readonly notice: HTMLElement;
  readonly transcriptButton: HTMLButtonElement;
  private readonly log: HTMLOListElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly byClientId = new Map<string, HTMLLIElement>();
  private readonly byId = new Map<number, HTMLLIElement>();
  private online = false;

  constructor(private readonly texts: Texts, greeting: string, onSend: (body: string) => void) {
    this.log = el('ol', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': texts.conversation });
    this.log.append(el('li', { class: 'line agent greeting' }, el('p', { class: 'body' }, greeting)));
    this.notice = el('div', { class: 'notice', role: 'status' });
    this.textarea = el('textarea', { id: 'lc-message', name: 'message', rows: '2', maxlength: '4000', placeholder: `${texts.message}…` });
    const composer = el('form', { class: 'composer' },
      el('label', { for: 'lc-message', class: 'sr-only' }, texts.message), this.textarea,
      el('button', { type: 'submit', class: 'primary' }, texts.send));
    const submit = (): void => {
      const body = this.textarea.value.trim();
      if (!body) return;
      this.textarea.value = '';
      onSend(body);
    };
    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      submit();
    });
    // Enter sends, Shift+Enter starts a new line.
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        submit();
      }
    });
    this.transcriptButton = el('button', { type: 'button', class: 'link', hidden: '' }, texts.transcript);
    this.element = el('div', { class: 'chat' }, this.notice, this.log, composer, this.transcriptButton);
  }

  focus(): void {
    this.textarea.focus();
  }

  setNotice(...content: (Node | string)[]): void {
    this.notice.replaceChildren(...content);
    this.notice.hidden = content.length === 0;
  }

  setOnline(online: boolean): void {
    this.online = online;
    for (const item of this.byClientId.values()) {
      const state = item.querySelector('.state');
      if (item.dataset.pending === 'true' && state) state.textContent = online ? this.texts.sending : this.texts.waiting;
    }
  }

  /** A message not yet acknowledged, shown at the end. */
  addPending(pending: Pending): void {
    if (this.byClientId.has(pending.clientId)) return;
    const item = this.item('visitor', pending.body, pending.at, this.online ? this.texts.sending : this.texts.waiting);
    item.dataset.pending = 'true';
    item.dataset.clientId = pending.clientId;
    this.byClientId.set(pending.clientId, item);
    this.log.append(item);
    this.scroll();
  }

  /** The server stored it. */
  markSent(clientId: string): void {
    const item = this.byClientId.get(clientId);
    if (!item) return;
    item.dataset.pending = 'false';
    const state = item.querySelector('.state');
    if (state) state.textContent = this.texts.sent;
  }

  /** A line from the server (replayed or pushed), once, in id order. */
  upsert(line: Line): void {
    if (this.byId.has(line.id)) return;
    const existing = line.clientId ? this.byClientId.get(line.clientId) : undefined;
    if (existing) this.markSent(line.clientId ?? '');
    const item = existing ?? this.item(line.from, line.body, line.at, line.from === 'visitor' ? this.texts.sent : '');
    item.dataset.id = String(line.id);
    if (line.clientId) this.byClientId.set(line.clientId, item);
    this.byId.set(line.id, item);
    const later = [...this.log.children].find((c) => c instanceof HTMLLIElement && (Number(c.dataset.id) > line.id || c.dataset.pending === 'true') && c !== item);
    this.log.insertBefore(item, later ?? null);
    this.scroll();
  }

  private item(from: 'visitor' | 'agent', body: string, at: string, state: string): HTMLLIElement {
    const who = from === 'visitor' ? this.texts.you : this.texts.agent;
    return el('li', { class: `line ${from}` },
      el('span', { class: 'sr-only' }, `${who}: `),
      el('p', { class: 'body' }, body),
      el('p', { class: 'meta' }, el('time', { datetime: at }, time(at)), ' ', el('span', { class: 'state' }, state)));
  }

  private scroll(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}
