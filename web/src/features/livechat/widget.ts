import { Api } from './api.ts';
import { ChatView } from './chat-view.ts';
import { el } from './dom.ts';
import { PreChatForm } from './form-view.ts';
import { Session } from './session.ts';
import { STYLES } from './styles.ts';
import { textsFor } from './texts.ts';
import { startChat, type Shell } from './controller.ts';

/**
 * <script src="https://sapa.example/widget.js" data-title="Live Chat DJPK" data-color="#0b4f8a"
 *   data-lang="id" data-position="right" data-greeting="Halo, ada yang dapat kami bantu?" async></script>
 * The server is the one the script came from; nothing else is loaded from anywhere.
 */
function install(script: HTMLScriptElement): void {
  const data = script.dataset;
  const texts = textsFor(data.lang);
  const color = /^#[0-9a-f]{3,8}$/i.test(data.color ?? '') ? (data.color ?? '') : '#0b4f8a';
  const api = new Api(new URL('.', script.src));
  const host = el('div', { 'data-sapa-livechat': '' });
  const shadow = host.attachShadow({ mode: 'open' });
  const root = el('div', { class: `root ${data.position === 'left' ? 'left' : 'right'}`, style: `--sapa-color: ${color}` });
  const launcher = el('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'lc-panel', 'aria-label': texts.open });
  launcher.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z"/></svg>';
  const title = data.title?.trim() || texts.title;
  const status = el('p', { 'aria-live': 'polite' }, texts.greeting);
  const close = el('button', { type: 'button', class: 'close', 'aria-label': texts.close }, '×');
  const content = el('div', { class: 'content' });
  const panel = el('section', { id: 'lc-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'lc-title', hidden: '' },
    el('header', {}, el('div', { class: 'titles' }, el('h2', { id: 'lc-title' }, title), status), close), content);
  root.append(panel, launcher);
  shadow.append(el('style', {}, STYLES), root);
  document.body.append(host);

  const shell: Shell = {
    api, texts, content, session: new Session(api.base.origin + api.base.pathname),
    greeting: data.greeting?.trim() || texts.greeting,
    setStatus: (text) => (status.textContent = text),
    makeForm: (regions, onSubmit) => new PreChatForm(regions, texts, onSubmit),
    makeChat: (greeting, onSend) => new ChatView(texts, greeting, onSend),
  };
  let started = false;
  const toggle = (open: boolean): void => {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', open ? texts.close : texts.open);
    if (open && !started) {
      started = true;
      void startChat(shell);
    }
    if (open) content.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else launcher.focus();
  };
  launcher.addEventListener('click', () => toggle(panel.hidden));
  close.addEventListener('click', () => toggle(false));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(false);
  });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement) {
  if (document.body) install(current);
  else document.addEventListener('DOMContentLoaded', () => install(current));
}
