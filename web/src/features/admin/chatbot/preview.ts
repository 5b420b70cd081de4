// What the WhatsApp user sees, computed by the bot's own code (src/chatbot): the menu the node
// is listed in, the person's choice, and the bot's replies to it.
import { menuTurn } from '../../../../../src/chatbot/menu-step.ts';
import { mainMenu, subMenu, type BotReply } from '../../../../../src/chatbot/replies.ts';
import { ROOT, flowOf, keyPath, type EditorFlow, type MenuNode } from './editor-tree.ts';

export type { BotReply };

export type ChatItem =
  | { from: 'bot'; reply: BotReply }
  | { from: 'bot'; article: { id: number; fallback?: string | undefined } }
  | { from: 'user'; text: string; description?: string | undefined };

// The menu step never matches regions; the engine's context wants a matcher all the same.
const noRegions = { match: (input: string) => ({ status: 'unknown' as const, input }) };

/** The conversation that leads to the selected node (the main menu for ROOT). */
export function previewOf(editor: EditorFlow, key: string): ChatItem[] {
  const flow = flowOf(editor);
  const path = key === ROOT ? null : keyPath(editor.menu, key);
  if (!path) return [{ from: 'bot', reply: mainMenu(flow) }];
  // The same positions in the plain flow: the editor's nodes carry keys the bot does not know.
  const plain: MenuNode[] = [];
  let level = flow.menu;
  let editorLevel = editor.menu;
  for (const node of path) {
    const index = editorLevel.indexOf(node);
    const found = level[index];
    if (!found) break;
    plain.push(found);
    level = found.children ?? [];
    editorLevel = node.children ?? [];
  }
  const node = plain.at(-1);
  if (!node) return [{ from: 'bot', reply: mainMenu(flow) }];
  const parent = plain.at(-2) ?? null;
  const shown = parent ? subMenu(parent) : mainMenu(flow);
  const turn = menuTurn({ flow, matcher: noRegions, menuPath: [] }, { step: 'menu', registration: {}, menuId: parent?.id ?? null }, { text: node.title, choiceId: node.id });
  const items: ChatItem[] = [];
  items.push({ from: 'bot', reply: shown });
  items.push({ from: 'user', text: node.title, description: node.description });
  if (turn.article) items.push({ from: 'bot', article: turn.article });
  for (const reply of turn.replies) items.push({ from: 'bot', reply });
  return items;
}
