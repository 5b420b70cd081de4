import { ApiError, type Api, type Availability, type Region, type TicketInfo } from './api.ts';
import type { ChatView } from './chat-view.ts';
import { ChatConnection, type Ready } from './connection.ts';
import { el, externalLink } from './dom.ts';
import type { PreChat, PreChatForm } from './form-view.ts';
import type { Session } from './session.ts';
import { solveChallenge } from './sha256.ts';
import type { Texts } from './texts.ts';

/** What the controller needs from the page around it (built by widget.ts). */
export interface Shell {
  api: Api;
  texts: Texts;
  content: HTMLElement;
  session: Session;
  greeting: string;
  setStatus(text: string): void;
  makeForm(regions: readonly Region[], onSubmit: (values: PreChat) => void): PreChatForm;
  makeChat(greeting: string, onSend: (body: string) => void): ChatView;
}

type WidgetConfig = Availability & { regions: Region[] };

/** Fetches a challenge and does the work (a fraction of a second) while the visitor types. */
async function solve(api: Api): Promise<{ challenge: string; answer: string }> {
  const issued = await api.get<{ token: string; bits: number }>('livechat/challenge');
  return { challenge: issued.token, answer: solveChallenge(issued.token, issued.bits) };
}

function availabilityText(texts: Texts, a: Availability): string {
  if (a.online) return texts.online;
  return a.reason === 'outside_hours' ? texts.outsideHours(a.hours) : texts.noAgent(a.hours);
}

/** The notice above the conversation: its end and survey, its help-desk ticket, or whether agents answer now. */
function renderNotice(shell: Shell, chat: ChatView, availability: Availability, ticket: TicketInfo | null): void {
  const t = shell.texts;
  if (ticket?.ended) {
    chat.setNotice(t.ended, ...(ticket.surveyUrl ? [externalLink(ticket.surveyUrl, t.survey), '.'] : []), t.newChat);
  } else if (ticket?.channel === 'helpdesk') {
    chat.setNotice(t.helpdesk(ticket.number), ...(ticket.followUrl ? [externalLink(ticket.followUrl, t.follow)] : []));
  } else {
    chat.setNotice(ticket ? t.online : availabilityText(t, availability));
  }
}

function openChat(shell: Shell, config: WidgetConfig, availability: Availability): void {
  const { api, session, texts } = shell;
  let state: { availability: Availability; ticket: TicketInfo | null } = { availability, ticket: null };
  const chat = shell.makeChat(shell.greeting, (body) => chat.addPending(connection.send(body)));
  const show = (next: Partial<typeof state>): void => {
    state = { ...state, ...next };
    renderNotice(shell, chat, state.availability, state.ticket);
  };
  const connection = new ChatConnection(api.socketUrl(), session, {
    ready: (frame: Ready) => {
      show({ availability: frame, ticket: frame.ticket });
      chat.transcriptButton.hidden = !frame.transcript;
    },
    line: (line) => chat.upsert(line),
    acked: (clientId, ticket) => {
      chat.markSent(clientId);
      if (ticket) show({ ticket });
    },
    ended: (ticket) => show({ ticket }),
    connected: (up) => {
      chat.setOnline(up);
      shell.setStatus(up ? texts.connected : texts.reconnecting);
    },
    forgotten: () => {
      connection.stop();
      session.forget();
      showForm(shell, config);
    },
  });
  chat.transcriptButton.addEventListener('click', () => {
    api.post<{ email: string }>('livechat/transcript', { token: session.token }).then(
      (sent) => (chat.transcriptButton.textContent = texts.transcriptSent(sent.email)),
      (error: unknown) => (chat.transcriptButton.textContent = error instanceof ApiError ? error.message : texts.failed),
    );
  });
  shell.content.replaceChildren(chat.element);
  for (const pending of session.pending) chat.addPending(pending);
  show({});
  connection.start();
  chat.focus();
}

function showForm(shell: Shell, config: WidgetConfig): void {
  let work = solve(shell.api);
  work.catch(() => undefined);
  const form = shell.makeForm(config.regions, (values) => {
    form.busy(true);
    work
      .then((answer) => shell.api.post<Availability & { token: string }>('livechat/start', { ...values, ...answer }))
      .then((started) => {
        shell.session.token = started.token;
        shell.session.save();
        openChat(shell, config, started);
      })
      .catch((error: unknown) => {
        const details = error instanceof ApiError ? error.details : [];
        // A spent or expired challenge (or a network failure): a fresh one is ready for the next try.
        if (!(error instanceof ApiError) || details.some((d) => d.field === 'challenge')) work = solve(shell.api);
        form.busy(false);
        form.showErrors(details, error instanceof ApiError ? error.message : shell.texts.failed);
      });
  });
  const note = config.online ? [] : [el('p', { class: 'notice', role: 'status' }, availabilityText(shell.texts, config))];
  shell.content.replaceChildren(...note, form.element);
  form.element.querySelector('input')?.focus();
}

/** Opens the widget: the conversation when this browser already has one, the form otherwise. */
export async function startChat(shell: Shell): Promise<void> {
  let config: WidgetConfig;
  try {
    config = await shell.api.get<WidgetConfig>('livechat/config');
  } catch (error) {
    shell.content.replaceChildren(el('p', { class: 'form-error', role: 'alert' }, error instanceof ApiError ? error.message : shell.texts.failed));
    return;
  }
  if (shell.session.token) openChat(shell, config, config);
  else showForm(shell, config);
}
