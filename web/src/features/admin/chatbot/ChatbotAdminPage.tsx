import { useState } from 'react';
import { Alert, Center, Loader, useTree } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { PageProps } from '../../../app/pages.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { ROOT, addChild, dropNode, keyPath, mapNode, moveNode, newNode, type EditorFlow, type EditorNode } from './editor-tree.ts';
import { chatbotMessages } from './messages.ts';
import { useFlowEditor } from './useFlowEditor.ts';
import { EditorHeader } from './EditorHeader.tsx';
import { EditorPanels } from './EditorPanels.tsx';
import { VersionHistory } from './VersionHistory.tsx';

/** /admin/chatbot: the WhatsApp menu tree, the selected item's editor and what the user sees. */
export function ChatbotAdminPage({ me }: PageProps) {
  const t = useT(chatbotMessages);
  const [params, setParams] = useSearchParams();
  const viewing = Number(params.get('versi')) || null;
  const editor = useFlowEditor(viewing);
  // Expanded items in state of our own: several open at once after a selection (useTree's expand() sets one).
  const [expanded, setExpanded] = useState<Record<string, boolean>>({ [ROOT]: true });
  const tree = useTree({ expandedState: expanded, onExpandedStateChange: setExpanded });
  const [selected, setSelected] = useState(ROOT);
  const [historyOpen, setHistoryOpen] = useState(false);
  const canEdit = me.role === 'admin' || me.role === 'supervisor';
  const readOnly = viewing !== null || !canEdit;

  if (editor.active.isError) return <Alert color="red" role="alert">{t('loadError', { message: editor.active.error.message })}</Alert>;
  const flow = editor.shown;
  if (!flow) return <Center h={300}><Loader aria-label={t('title')} /></Center>;

  const path = selected === ROOT ? [] : keyPath(flow.menu, selected) ?? [];
  const node = path.at(-1);
  const select = (key: string, menu = flow.menu) => {
    setSelected(key);
    // The item opens too, so that its sub-items show.
    const open = (keyPath(menu, key) ?? []).filter((n) => n.children?.length).map((n) => [n.key, true] as const);
    setExpanded((state) => ({ ...state, [ROOT]: true, ...Object.fromEntries(open) }));
  };
  const change = (next: EditorFlow) => editor.setDraft(next);
  const changeMenu = (menu: EditorNode[]) => change({ ...flow, menu });
  const parent = path.at(-2) ?? null;

  const actions = {
    update: (updated: EditorNode) => changeMenu(mapNode(flow.menu, updated.key, () => updated)),
    add: () => {
      const owner = node ? parent : null;
      const created = newNode(flow.menu, owner, t('newItem'));
      const menu = addChild(flow.menu, owner?.key ?? null, created);
      changeMenu(menu);
      select(created.key, menu);
    },
    addChild: () => {
      if (!node) return;
      const created = newNode(flow.menu, node, t('newItem'));
      const menu = addChild(flow.menu, node.key, created);
      changeMenu(menu);
      select(created.key, menu);
    },
    move: (delta: number) => node && changeMenu(moveNode(flow.menu, node.key, delta)),
    remove: () => {
      if (!node) return;
      const count = node.children?.length ?? 0;
      if (count > 0 && !window.confirm(t('deleteConfirm', { title: node.title, count }))) return;
      changeMenu(mapNode(flow.menu, node.key, () => null));
      setSelected(parent?.key ?? ROOT);
    },
    drop: (key: string, target: string, position: 'before' | 'after' | 'inside') => changeMenu(dropNode(flow.menu, key, target, position)),
  };

  const view = (version: number | null) => {
    setParams(version === null ? {} : { versi: String(version) });
    setSelected(ROOT);
  };

  return (
    <>
      <EditorHeader
        editor={editor} viewing={viewing} canEdit={canEdit} onHistory={() => setHistoryOpen(true)} onView={view}
        onRestore={() => { editor.restore(); view(null); }}
      />
      <EditorPanels
        flow={flow} tree={tree} selected={selected} node={node} isTopLevel={path.length === 1} canAddChild={!!node && node.action === undefined}
        problems={editor.problems} readOnly={readOnly} onSelect={select} actions={actions} onFlowChange={change}
      />
      <VersionHistory opened={historyOpen} versions={editor.versions.data} viewing={viewing} onClose={() => setHistoryOpen(false)} onView={view} />
    </>
  );
}
