import { useState } from 'react';
import { Group, Paper, ScrollArea, SegmentedControl, Stack, Text, type UseTreeReturnType as TreeController } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { ROOT, type EditorFlow, type EditorNode, type FlowProblem } from './editor-tree.ts';
import { FlowTextsEditor } from './FlowTextsEditor.tsx';
import { FlowTree } from './FlowTree.tsx';
import { NodeEditor } from './NodeEditor.tsx';
import { TreeToolbar } from './TreeToolbar.tsx';
import { WhatsAppPreview } from './WhatsAppPreview.tsx';
import { chatbotMessages } from './messages.ts';
import { previewOf } from './preview.ts';
import { useFillHeight } from './useFillHeight.ts';

interface Props {
  flow: EditorFlow;
  tree: TreeController;
  selected: string;
  node: EditorNode | undefined;
  isTopLevel: boolean;
  canAddChild: boolean;
  problems: Map<string, FlowProblem[]>;
  readOnly: boolean;
  onSelect: (key: string) => void;
  onFlowChange: (flow: EditorFlow) => void;
  actions: {
    update: (node: EditorNode) => void;
    add: () => void;
    addChild: () => void;
    move: (delta: number) => void;
    remove: () => void;
    drop: (key: string, target: string, position: 'before' | 'after' | 'inside') => void;
  };
}


/** Three columns: the tree, the selected item's editor, the WhatsApp preview of that item. */
export function EditorPanels({ flow, tree, selected, node, isTopLevel, canAddChild, problems, readOnly, onSelect, onFlowChange, actions }: Props) {
  const t = useT(chatbotMessages);
  const [mode, setMode] = useState<'list' | 'text'>('list');
  // The panels fill the window below the admin tabs; each scrolls on its own.
  const fill = useFillHeight<HTMLDivElement>(440);
  const findKeyById = (id: string): string | undefined => {
    const search = (nodes: EditorNode[]): string | undefined => {
      for (const n of nodes) if (n.id === id) return n.key; else { const found = search(n.children ?? []); if (found) return found; }
      return undefined;
    };
    return search(flow.menu);
  };
  return (
    <div ref={fill.ref} style={{ display: 'grid', gridTemplateColumns: 'minmax(250px, 300px) minmax(300px, 1fr) minmax(280px, 330px)', gap: 12, height: fill.height }}>
      <Paper withBorder p="xs" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Group justify="space-between" mb={6}>
          <Text size="sm" fw={600}>{t('mainMenu')}</Text>
          <TreeToolbar isRoot={selected === ROOT} canAddChild={canAddChild} disabled={readOnly}
            onAdd={actions.add} onAddChild={actions.addChild} onMove={actions.move} onDelete={actions.remove} />
        </Group>
        <ScrollArea style={{ flex: 1 }} offsetScrollbars>
          <FlowTree flow={flow} tree={tree} selected={selected} problems={problems} onSelect={onSelect} onDrop={readOnly ? undefined : actions.drop} />
        </ScrollArea>
        <Text size="xs" c="dimmed" mt={6}>{t('dragHint')}</Text>
      </Paper>
      <Paper withBorder p="sm" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
        <Text size="sm" fw={600} mb="xs">{node ? `${t('nodeTitle')}: ${node.title}` : t('flowTexts')}</Text>
        <ScrollArea style={{ flex: 1 }} offsetScrollbars>
          {node
            ? <NodeEditor key={node.key} flow={flow} node={node} isTopLevel={isTopLevel} problems={problems.get(node.key) ?? []} readOnly={readOnly} onChange={actions.update} />
            : <FlowTextsEditor flow={flow} problems={problems.get(ROOT) ?? []} readOnly={readOnly} onChange={onFlowChange} />}
        </ScrollArea>
      </Paper>
      <Stack gap={6} align="center" style={{ minHeight: 0 }}>
        <SegmentedControl size="xs" aria-label={t('previewTitle')} value={mode} onChange={(v) => setMode(v)}
          data={[{ value: 'list', label: t('previewList') }, { value: 'text', label: t('previewText') }]} />
        <div style={{ flex: 1, minHeight: 0, width: '100%', display: 'flex', justifyContent: 'center' }}>
          <WhatsAppPreview key={`${selected}:${mode}`} items={previewOf(flow, selected)} mode={mode} chosenId={node?.id}
            onPick={(id) => { const key = findKeyById(id); if (key) onSelect(key); }} />
        </div>
      </Stack>
    </div>
  );
}
