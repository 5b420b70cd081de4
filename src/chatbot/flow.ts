/**
 * The chatbot's flow: a menu tree plus the texts the bot sends. It is data that a supervisor
 * edits (stored in chatbot_flows), so everything here must survive arbitrary JSON.
 */
export { DEFAULT_FLOW } from './default-flow.ts';

export interface MenuNode {
  /** Stable id: the interactive reply id of its list row. */
  id: string;
  /** A WhatsApp list row title (at most 24 characters). */
  title: string;
  /** The list row's second line (at most 72 characters). */
  description?: string;
  /** The text sent when the node is chosen (knowledge-base content). */
  answer?: string;
  /**
   * A knowledge-base article (kb_articles.id) whose current answer is sent when the node is
   * chosen; `answer`, if given too, is sent only while the article is withdrawn.
   */
  article?: number;
  children?: MenuNode[];
  action?: 'chat_agent';
  /** Topic code (topics table) for tagging the ticket of a handoff from here. */
  topic?: string;
  /** Top-level items: the name the monthly report counts the item under (default: title). */
  reportLabel?: string;
}

export interface ChatbotFlow {
  greeting: string;
  /** Sent above the labelled registration lines (Nama, Daerah, ...), which the bot adds. */
  registrationPrompt: string;
  menuPrompt: string;
  afterAnswerPrompt: string;
  /** Sent when the conversation goes to an agent. */
  handoffMessage?: string;
  /** Sent when the user ends the conversation ("selesai"). */
  closingMessage?: string;
  /** A session quiet for longer than this ends; the next message starts a new one. */
  idleMinutes?: number;
  /** The main menu. */
  menu: MenuNode[];
}

export const DEFAULT_IDLE_MINUTES = 30;
export const DEFAULT_HANDOFF_MESSAGE = 'Terima kasih. Pertanyaan Bapak/Ibu kami teruskan kepada agen Contact Center DJPK. Mohon menunggu, agen kami akan segera membalas.';
export const DEFAULT_CLOSING_MESSAGE = 'Terima kasih telah menghubungi Contact Center DJPK.';

/** WhatsApp's limits for list messages (docs: interactive list, reply buttons, text). */
export const LIMITS = { rowTitle: 24, rowDescription: 72, rows: 10, rowId: 200, text: 4096, listBody: 1024 } as const;

/** Letters, digits, '-' and '_': ids never collide with the bot's own reply ids ("confirm:yes"). */
const NODE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const TEXT_FIELDS = ['greeting', 'registrationPrompt', 'menuPrompt', 'afterAnswerPrompt'] as const;
const OPTIONAL_TEXT_FIELDS = ['handoffMessage', 'closingMessage'] as const;

export interface FlowProblem {
  field: string;
  message: string;
  value?: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function checkText(problems: FlowProblem[], field: string, value: unknown, max: number, required: boolean): void {
  if (value === undefined && !required) return;
  if (!isText(value)) problems.push({ field, message: 'must be a non-empty text', value });
  else if (value.length > max) problems.push({ field, message: `must be at most ${max} characters (has ${value.length})`, value });
}

function checkNodeFields(problems: FlowProblem[], node: Record<string, unknown>, at: string): void {
  if (typeof node.id !== 'string' || !NODE_ID.test(node.id)) {
    problems.push({ field: `${at}.id`, message: 'must be 1-64 letters, digits, "-" or "_", starting with a letter or digit', value: node.id });
  }
  checkText(problems, `${at}.title`, node.title, LIMITS.rowTitle, true);
  checkText(problems, `${at}.description`, node.description, LIMITS.rowDescription, false);
  checkText(problems, `${at}.answer`, node.answer, LIMITS.text, false);
  checkText(problems, `${at}.reportLabel`, node.reportLabel, 200, false);
  checkText(problems, `${at}.topic`, node.topic, 40, false);
  if (node.action !== undefined && node.action !== 'chat_agent') problems.push({ field: `${at}.action`, message: 'must be "chat_agent"', value: node.action });
  if (node.article !== undefined && !(Number.isSafeInteger(node.article) && (node.article as number) > 0)) {
    problems.push({ field: `${at}.article`, message: 'must be the id of a knowledge-base article', value: node.article });
  }
  const hasChildren = Array.isArray(node.children) && node.children.length > 0;
  const hasAnswer = node.answer !== undefined || node.article !== undefined;
  if (node.action !== undefined && (hasChildren || hasAnswer)) {
    problems.push({ field: at, message: 'a node with an action has no answer and no children' });
  }
  if (!hasChildren && !hasAnswer && node.action === undefined) {
    problems.push({ field: at, message: 'needs an answer, children or an action' });
  }
}

function checkMenu(problems: FlowProblem[], ids: Set<string>, items: unknown, at: string): void {
  if (!Array.isArray(items)) {
    problems.push({ field: at, message: 'must be a list of menu items' });
    return;
  }
  if (items.length > LIMITS.rows) problems.push({ field: at, message: `has ${items.length} items; a WhatsApp list holds at most ${LIMITS.rows}` });
  items.forEach((item: unknown, index) => {
    const here = `${at}[${index}]`;
    if (!isObject(item)) {
      problems.push({ field: here, message: 'must be an object' });
      return;
    }
    checkNodeFields(problems, item, here);
    if (typeof item.id === 'string') {
      if (ids.has(item.id)) problems.push({ field: `${here}.id`, message: `duplicate id "${item.id}"`, value: item.id });
      ids.add(item.id);
    }
    if (item.children !== undefined) checkMenu(problems, ids, item.children, `${here}.children`);
  });
}

/** Every problem of a flow as typed by a person; empty when the bot can run it. */
export function validateFlow(flow: unknown): FlowProblem[] {
  if (!isObject(flow)) return [{ field: '', message: 'the flow must be an object' }];
  const problems: FlowProblem[] = [];
  for (const field of TEXT_FIELDS) checkText(problems, field, flow[field], LIMITS.text, true);
  for (const field of OPTIONAL_TEXT_FIELDS) checkText(problems, field, flow[field], LIMITS.text, false);
  const idle = flow.idleMinutes;
  if (idle !== undefined && (typeof idle !== 'number' || !Number.isInteger(idle) || idle < 1 || idle > 24 * 60)) {
    problems.push({ field: 'idleMinutes', message: 'must be a whole number of minutes from 1 to 1440', value: idle });
  }
  checkMenu(problems, new Set(), flow.menu, 'menu');
  if (Array.isArray(flow.menu) && flow.menu.length === 0) problems.push({ field: 'menu', message: 'needs at least one item' });
  return problems;
}

/** Topic codes used anywhere in the tree (checked against the topics table when saved). */
export function flowTopics(flow: ChatbotFlow): string[] {
  const topics = new Set<string>();
  const visit = (nodes: MenuNode[]): void => {
    for (const node of nodes) {
      if (node.topic !== undefined) topics.add(node.topic);
      visit(node.children ?? []);
    }
  };
  visit(flow.menu);
  return [...topics];
}

/** Knowledge-base articles used anywhere in the tree (checked against kb_articles when saved). */
export function flowArticles(flow: ChatbotFlow): number[] {
  const articles = new Set<number>();
  const visit = (nodes: MenuNode[]): void => {
    for (const node of nodes) {
      if (node.article !== undefined) articles.add(node.article);
      visit(node.children ?? []);
    }
  };
  visit(flow.menu);
  return [...articles];
}

/** The chain of nodes from the main menu down to the node with this id, or null. */
export function pathTo(flow: ChatbotFlow, id: string): MenuNode[] | null {
  const search = (nodes: MenuNode[], trail: MenuNode[]): MenuNode[] | null => {
    for (const node of nodes) {
      const here = [...trail, node];
      if (node.id === id) return here;
      const found = search(node.children ?? [], here);
      if (found) return found;
    }
    return null;
  };
  return search(flow.menu, []);
}

export const idleMinutesOf = (flow: ChatbotFlow): number => flow.idleMinutes ?? DEFAULT_IDLE_MINUTES;

/** What the report counts a top-level item under. */
export const reportLabelOf = (node: MenuNode): string => node.reportLabel ?? node.title;
