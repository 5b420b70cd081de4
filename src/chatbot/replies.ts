/**
 * What the bot sends, independent of any channel's wire format; the WhatsApp adapter maps these
 * to text, interactive list and reply-button messages (a channel without them sends the body).
 */
import type { ChatbotFlow, MenuNode } from './flow.ts';
import { LIMITS } from './flow.ts';

export interface ListRow {
  id: string;
  title: string;
  description?: string;
}

export type BotReply =
  | { type: 'text'; body: string }
  | { type: 'list'; header?: string; body: string; button: string; sections: { title: string; rows: ListRow[] }[] }
  | { type: 'buttons'; body: string; buttons: { id: string; title: string }[] };

/** Reply-button titles hold 20 characters. */
const BUTTON_TITLE = 20;

export const text = (body: string): BotReply => ({ type: 'text', body });

export const buttons = (body: string, choices: { id: string; title: string }[]): BotReply => ({
  type: 'buttons',
  body,
  buttons: choices.map((c) => ({ id: c.id, title: c.title.slice(0, BUTTON_TITLE) })),
});

const row = (node: MenuNode): ListRow => (node.description ? { id: node.id, title: node.title, description: node.description } : { id: node.id, title: node.title });

/** The numbered lines in the body let people answer by typing a number, and show where lists do not render. */
const numbered = (nodes: MenuNode[]): string => nodes.map((node, i) => `${i + 1}. ${node.title}`).join('\n');

function menuList(header: string | undefined, intro: string, sectionTitle: string, nodes: MenuNode[]): BotReply {
  const body = `${intro}\n\n${numbered(nodes)}`.slice(0, LIMITS.listBody);
  const list: BotReply = { type: 'list', body, button: 'Pilih menu', sections: [{ title: sectionTitle.slice(0, LIMITS.rowTitle), rows: nodes.map(row) }] };
  return header === undefined ? list : { ...list, header };
}

const withHint = (hint: string | undefined, body: string): string => (hint ? `${hint}\n\n${body}` : body);

export function mainMenu(flow: ChatbotFlow, hint?: string): BotReply {
  return menuList(undefined, withHint(hint, flow.menuPrompt), 'Menu utama', flow.menu);
}

export function subMenu(node: MenuNode, hint?: string): BotReply {
  const intro = `${node.description ?? node.title}\n\nSilakan pilih informasi yang Bapak/Ibu perlukan, atau ketik 0 untuk kembali ke menu utama.`;
  return menuList(node.title, withHint(hint, intro), node.title, node.children ?? []);
}
