/** The conversation after registration: moving through the menu tree, answers, and the handoff. */
import { DEFAULT_CLOSING_MESSAGE, DEFAULT_HANDOFF_MESSAGE, pathTo, reportLabelOf, type ChatbotFlow, type MenuNode } from './flow.ts';
import { mainMenu, subMenu, text, type BotReply } from './replies.ts';
import type { Handoff, SessionState, Turn, TurnContext, TurnInput } from './state.ts';

const BACK = /^(0|menu|menu utama|kembali)$/i;
const END = /^(selesai|sudah|cukup)[.!]?$/i;
const HINT = 'Mohon maaf, pilihan tersebut tidak tersedia. Silakan pilih dari daftar, atau ketik nomor pilihan Bapak/Ibu.';

const normalise = (value: string): string => value.trim().replace(/\s+/g, ' ').toLowerCase();

/** A typed number or exact title among these items. */
function typedChoice(items: MenuNode[], typed: string): MenuNode | undefined {
  if (/^\d{1,2}$/.test(typed)) return items[Number(typed) - 1];
  return items.find((node) => normalise(node.title) === typed || (node.reportLabel !== undefined && normalise(node.reportLabel) === typed));
}

function currentMenu(flow: ChatbotFlow, menuId: string | null): MenuNode | null {
  if (menuId === null) return null;
  const node = pathTo(flow, menuId)?.at(-1);
  return node?.children?.length ? node : null;
}

/**
 * The chosen node with its path from the main menu. An interactive id may come from an older list
 * still on the screen, so any node of the flow counts; a typed choice is looked up in the menu on
 * screen first, then in the main menu (so "9" means Chat Agent inside a short sub-menu).
 */
function resolve(flow: ChatbotFlow, current: MenuNode | null, input: TurnInput): MenuNode[] | null {
  if (input.choiceId) {
    const path = pathTo(flow, input.choiceId);
    if (path) return path;
  }
  const typed = normalise(input.text);
  if (typed === '') return null;
  const node = (current && typedChoice(current.children ?? [], typed)) ?? typedChoice(flow.menu, typed);
  return node ? pathTo(flow, node.id) : null;
}

const deepestTopic = (path: MenuNode[]): string | undefined => path.findLast((node) => node.topic !== undefined)?.topic;

function handoffOf(state: SessionState, menuPath: string[], topic: string | undefined): Handoff {
  const r = state.registration;
  const handoff: Handoff = { name: r.name ?? '', regionCode: r.regionCode ?? '', institution: r.institution ?? '', email: r.email ?? '', question: r.question ?? '', menuPath };
  return topic === undefined ? handoff : { ...handoff, topic };
}

function chooseTurn(ctx: TurnContext, state: SessionState, path: MenuNode[]): Turn {
  const node = path[path.length - 1] as MenuNode;
  const topic = deepestTopic(path) ?? state.topic;
  const chosen = [node.title];
  // A sub-item picked from an older list still counts for its top-level item.
  const base = { chosen, topLevel: reportLabelOf(path[0] ?? node) };
  const next = (menuId: string | null): SessionState => (topic === undefined ? { ...state, menuId } : { ...state, menuId, topic });
  if (node.action === 'chat_agent') {
    const handoff = handoffOf(state, [...ctx.menuPath, node.title], topic);
    return { ...base, state: next(null), replies: [text(ctx.flow.handoffMessage ?? DEFAULT_HANDOFF_MESSAGE)], end: 'handoff', handoff };
  }
  // An article's text is read at send time (the engine), so an edited article answers at once.
  const article = node.article === undefined ? {} : { article: { id: node.article, fallback: node.answer } };
  const replies: BotReply[] = node.answer && node.article === undefined ? [text(node.answer)] : [];
  if (node.children?.length) return { ...base, ...article, state: next(node.id), replies: [...replies, subMenu(node)] };
  const parent = path[path.length - 2]?.id ?? null;
  return { ...base, ...article, state: next(parent), replies: [...replies, text(ctx.flow.afterAnswerPrompt)] };
}

const showMenu = (flow: ChatbotFlow, current: MenuNode | null, hint?: string): BotReply => (current ? subMenu(current, hint) : mainMenu(flow, hint));

export function menuTurn(ctx: TurnContext, state: SessionState, input: TurnInput): Turn {
  const typed = input.text.trim();
  if (!input.choiceId && BACK.test(typed)) return { state: { ...state, menuId: null }, replies: [mainMenu(ctx.flow)], chosen: [] };
  if (!input.choiceId && END.test(typed)) return { state, replies: [text(ctx.flow.closingMessage ?? DEFAULT_CLOSING_MESSAGE)], chosen: [], end: 'completed' };
  // The flow may have changed since the menu was shown: an unknown menu falls back to the main menu.
  const current = currentMenu(ctx.flow, state.menuId);
  const path = resolve(ctx.flow, current, input);
  if (!path) return { state: { ...state, menuId: current?.id ?? null }, replies: [showMenu(ctx.flow, current, HINT)], chosen: [] };
  return chooseTurn(ctx, state, path);
}
