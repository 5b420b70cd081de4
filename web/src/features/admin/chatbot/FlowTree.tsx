import { useMemo, type KeyboardEvent } from 'react';
import { ActionIcon, Badge, Group, Text, Tree, type TreeNodeData, type UseTreeReturnType as TreeController } from '@mantine/core';
import { IconAlertCircle, IconBook, IconChevronRight, IconHeadset, IconMessage } from '@tabler/icons-react';
import { useT } from '../../../lib/i18n.tsx';
import { LIMITS } from '../../../../../src/chatbot/flow.ts';
import { ROOT, findNode, type EditorFlow, type EditorNode, type FlowProblem } from './editor-tree.ts';
import { chatbotMessages } from './messages.ts';

interface Props {
  flow: EditorFlow;
  tree: TreeController;
  selected: string;
  problems: Map<string, FlowProblem[]>;
  onSelect: (key: string) => void;
  onDrop?: ((key: string, target: string, position: 'before' | 'after' | 'inside') => void) | undefined;
}

const toData = (nodes: EditorNode[]): TreeNodeData[] =>
  nodes.map((node, i) => ({ value: node.key, label: `${i + 1}. ${node.title}`, children: node.children ? toData(node.children) : undefined }));

function KindIcon({ node }: { node: EditorNode }) {
  if (node.action === 'chat_agent') return <IconHeadset size={14} color="var(--mantine-color-teal-7)" aria-hidden />;
  if (node.article !== undefined) return <IconBook size={14} color="var(--mantine-color-violet-7)" aria-hidden />;
  if (node.children?.length) return null;
  return <IconMessage size={14} color="var(--mantine-color-gray-6)" aria-hidden />;
}

/** The menu tree: the main menu at the top, its items below; expand, collapse, select, drag to reorder. */
export function FlowTree({ flow, tree, selected, problems, onSelect, onDrop }: Props) {
  const t = useT(chatbotMessages);
  const rootLabel = t('mainMenu');
  // The same data while nothing changed: the Tree re-initialises its state whenever data changes.
  const data = useMemo<TreeNodeData[]>(() => [{ value: ROOT, label: rootLabel, children: toData(flow.menu) }], [flow.menu, rootLabel]);
  // Enter selects the focused item (the arrows move the focus, Right and Left expand and collapse).
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const value = (event.target as HTMLElement).dataset.value;
    if (event.key === 'Enter' && value) onSelect(value);
  };
  return (
    <Tree
      data={data}
      tree={tree}
      expandOnClick={false}
      levelOffset={18}
      aria-label={t('treeLabel')}
      onKeyDown={onKeyDown}
      onDragDrop={onDrop && ((p) => p.draggedNode !== ROOT && p.targetNode !== ROOT && onDrop(p.draggedNode, p.targetNode, p.position))}
      allowDrop={(p) => p.targetNode !== ROOT && p.draggedNode !== ROOT}
      renderNode={({ node, expanded, hasChildren, elementProps, level }) => {
        const menuNode = findNode(flow.menu, node.value);
        const count = node.value === ROOT ? flow.menu.length : menuNode?.children?.length ?? 0;
        const nodeProblems = problems.get(node.value)?.length ?? 0;
        const isSelected = node.value === selected;
        return (
          <Group
            gap={4} wrap="nowrap" {...elementProps} data-selected={isSelected || undefined}
            onClick={(e) => { e.stopPropagation(); onSelect(node.value); }}
            style={{ ...elementProps.style, padding: '3px 4px', borderRadius: 6, cursor: 'pointer', background: isSelected ? 'var(--mantine-color-blue-light)' : undefined }}
          >
            {hasChildren ? (
              <ActionIcon size="sm" variant="subtle" color="gray" tabIndex={-1} aria-label={expanded ? t('collapse') : t('expand')}
                onClick={(e) => { e.stopPropagation(); tree.toggleExpanded(node.value); }}>
                <IconChevronRight size={14} style={{ transform: expanded ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }} aria-hidden />
              </ActionIcon>
            ) : <span style={{ width: 22, flex: 'none' }} />}
            {menuNode && <KindIcon node={menuNode} />}
            <Text size="sm" fw={level === 1 ? 600 : isSelected ? 500 : 400} truncate="end" style={{ flex: 1 }}>{node.label}</Text>
            {count > 0 && <Badge size="xs" variant="light" color={count > LIMITS.rows ? 'red' : 'gray'}>{count}/{LIMITS.rows}</Badge>}
            {nodeProblems > 0 && <IconAlertCircle size={16} color="var(--mantine-color-red-7)" aria-label={t('problemCount', { count: nodeProblems })} />}
          </Group>
        );
      }}
    />
  );
}
