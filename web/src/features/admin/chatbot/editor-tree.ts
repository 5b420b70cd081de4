// The flow as the editor holds it: every node gets a key of its own (stable while ids, titles and
// order change), and is turned back into the server's MenuNode shape to validate, preview or save.
import type { ChatbotFlow, FlowProblem, MenuNode } from '../../../../../src/chatbot/flow.ts';

export type { ChatbotFlow, FlowProblem, MenuNode };

export interface EditorNode extends Omit<MenuNode, 'children'> {
  key: string;
  children?: EditorNode[];
}

export interface EditorFlow extends Omit<ChatbotFlow, 'menu'> {
  menu: EditorNode[];
}

/** The key of the main menu (the flow's own texts) in the tree and in problems. */
export const ROOT = 'root';

let counter = 0;
const newKey = (): string => `n${++counter}`;

const toEditor = (node: MenuNode): EditorNode => ({ ...node, key: newKey(), children: node.children?.map(toEditor) });

export const editorFlowOf = (flow: ChatbotFlow): EditorFlow => ({ ...flow, menu: flow.menu.map(toEditor) });

function toMenuNode({ key: _key, children, ...node }: EditorNode): MenuNode {
  // An empty list of children is left out, as the server's own flows do.
  return children && children.length > 0 ? { ...node, children: children.map(toMenuNode) } : node;
}

export const flowOf = (flow: EditorFlow): ChatbotFlow => ({ ...flow, menu: flow.menu.map(toMenuNode) });

/** Node keys from the main menu down to the node, or null. */
export function keyPath(nodes: EditorNode[], key: string, trail: EditorNode[] = []): EditorNode[] | null {
  for (const node of nodes) {
    const here = [...trail, node];
    if (node.key === key) return here;
    const found = keyPath(node.children ?? [], key, here);
    if (found) return found;
  }
  return null;
}

export const findNode = (nodes: EditorNode[], key: string): EditorNode | undefined => keyPath(nodes, key)?.at(-1);

/** The same tree with one node replaced by what `change` returns (null removes it). */
export function mapNode(nodes: EditorNode[], key: string, change: (node: EditorNode) => EditorNode | null): EditorNode[] {
  return nodes.flatMap((node) => {
    if (node.key === key) {
      const next = change(node);
      return next ? [next] : [];
    }
    return node.children ? [{ ...node, children: mapNode(node.children, key, change) }] : [node];
  });
}

/** A new node's id: the parent's id and a number not used anywhere in the flow. */
export function freshId(menu: EditorNode[], prefix: string): string {
  const used = new Set<string>();
  const collect = (nodes: EditorNode[]): void => nodes.forEach((n) => { used.add(n.id); collect(n.children ?? []); });
  collect(menu);
  for (let i = 1; ; i++) if (!used.has(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

export function newNode(menu: EditorNode[], parent: EditorNode | null, title: string): EditorNode {
  return { key: newKey(), id: freshId(menu, parent?.id ?? 'menu'), title, answer: '' };
}

/** Adds a child at the end of the parent's list (null: the main menu). */
export function addChild(menu: EditorNode[], parentKey: string | null, child: EditorNode): EditorNode[] {
  if (parentKey === null) return [...menu, child];
  return mapNode(menu, parentKey, (node) => {
    // A node that gets sub-items keeps its answer as the text sent above the sub-menu.
    const { action: _action, ...rest } = node;
    return { ...rest, children: [...(node.children ?? []), child] };
  });
}

function moveWithin(list: EditorNode[], key: string, delta: number): EditorNode[] | null {
  const index = list.findIndex((n) => n.key === key);
  if (index === -1) return null;
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const copy = [...list];
  const [moved] = copy.splice(index, 1);
  copy.splice(target, 0, moved as EditorNode);
  return copy;
}

/** Moves a node up (-1) or down (+1) among its siblings. */
export function moveNode(menu: EditorNode[], key: string, delta: number): EditorNode[] {
  const top = moveWithin(menu, key, delta);
  if (top) return top;
  return menu.map((node) => (node.children ? { ...node, children: moveNode(node.children, key, delta) } : node));
}

/** Drag and drop: the node goes before, after or inside the target. */
export function dropNode(menu: EditorNode[], key: string, targetKey: string, position: 'before' | 'after' | 'inside'): EditorNode[] {
  const moved = findNode(menu, key);
  if (!moved || key === targetKey || keyPath(moved.children ?? [], targetKey)) return menu;
  const without = mapNode(menu, key, () => null);
  if (position === 'inside') return addChild(without, targetKey, moved);
  const place = (nodes: EditorNode[]): EditorNode[] => {
    const index = nodes.findIndex((n) => n.key === targetKey);
    if (index === -1) return nodes.map((n) => (n.children ? { ...n, children: place(n.children) } : n));
    const copy = [...nodes];
    copy.splice(position === 'before' ? index : index + 1, 0, moved);
    return copy;
  };
  return place(without);
}

/**
 * Problems by the key of the node they concern ("menu[0].children[1].title" is the second
 * child of the first item); flow-level problems go to ROOT. Problems about a topic or an
 * article name the code or id: they go to every node that uses it.
 */
export function problemsByKey(flow: EditorFlow, problems: FlowProblem[]): Map<string, FlowProblem[]> {
  const result = new Map<string, FlowProblem[]>();
  const add = (key: string, problem: FlowProblem): void => void result.set(key, [...(result.get(key) ?? []), problem]);
  const all: EditorNode[] = [];
  const collect = (nodes: EditorNode[]): void => nodes.forEach((n) => { all.push(n); collect(n.children ?? []); });
  collect(flow.menu);
  for (const problem of problems) {
    if (problem.field === 'topic' || problem.field === 'article') {
      const users = all.filter((n) => (problem.field === 'topic' ? n.topic : n.article) === problem.value);
      users.forEach((n) => add(n.key, problem));
      if (users.length === 0) add(ROOT, problem);
      continue;
    }
    let nodes: EditorNode[] | undefined = flow.menu;
    let node: EditorNode | undefined;
    for (const match of problem.field.matchAll(/(?:menu|children)\[(\d+)\]/g)) {
      node = nodes?.[Number(match[1])];
      nodes = node?.children;
    }
    add(node?.key ?? ROOT, problem);
  }
  return result;
}

/** "menu[0].children[1].title" -> "title": the field a problem is about, for the editor. */
export const fieldOf = (problem: FlowProblem): string => /\.(\w+)$/.exec(problem.field)?.[1] ?? problem.field;
