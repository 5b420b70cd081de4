import { useState } from 'react';
import { Alert, Select, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useT } from '../../../lib/i18n.tsx';
import { useTopics } from '../shared/queries.ts';
import { DEFAULT_HANDOFF_MESSAGE, LIMITS } from '../../../../../src/chatbot/flow.ts';
import { fieldOf, newNode, type EditorFlow, type EditorNode, type FlowProblem } from './editor-tree.ts';
import { ArticlePicker } from './ArticlePicker.tsx';
import { CountedInput, errorFor, optional } from './fields.tsx';
import { chatbotMessages } from './messages.ts';

type Kind = 'answer' | 'article' | 'submenu' | 'agent';
const FIELDS = ['id', 'title', 'description', 'answer', 'article', 'topic', 'reportLabel'];

const kindOf = (node: EditorNode): Kind =>
  node.action === 'chat_agent' ? 'agent' : node.children?.length ? 'submenu' : node.article !== undefined ? 'article' : 'answer';

interface Props {
  flow: EditorFlow;
  node: EditorNode;
  isTopLevel: boolean;
  problems: FlowProblem[];
  readOnly: boolean;
  onChange: (node: EditorNode) => void;
}

/** Everything about one menu item: its row (id, title, description), what choosing it does, its topic. */
export function NodeEditor({ flow, node, isTopLevel, problems, readOnly, onChange }: Props) {
  const t = useT(chatbotMessages);
  const topics = useTopics();
  // "Article" before one is picked: the node has no article yet but the picker must show.
  const [pending, setPending] = useState<Kind | null>(null);
  const kind = pending ?? kindOf(node);
  const hasChildren = (node.children?.length ?? 0) > 0;
  const set = (patch: Partial<EditorNode>) => onChange({ ...node, ...patch });
  const general = problems.filter((p) => !FIELDS.includes(fieldOf(p)));

  function changeKind(next: Kind) {
    const { action: _a, article: _r, children: _c, answer, ...rest } = node;
    // An empty answer stays only where one is required: the other kinds take it as optional text.
    const base = answer?.trim() ? { ...rest, answer } : rest;
    setPending(next === 'article' && node.article === undefined ? 'article' : null);
    if (next === 'answer') onChange({ ...base, answer: answer ?? '' });
    if (next === 'article') onChange(node.article === undefined ? base : { ...base, article: node.article });
    if (next === 'submenu') onChange({ ...base, children: node.children?.length ? node.children : [newNode(flow.menu, node, t('newItem'))] });
    if (next === 'agent') onChange({ ...rest, action: 'chat_agent' });
  }

  const kinds = (['answer', 'article', 'submenu', 'agent'] as const).map((value) => ({
    value,
    disabled: hasChildren && value !== 'submenu',
    label: t(value === 'answer' ? 'kindAnswer' : value === 'article' ? 'kindArticle' : value === 'submenu' ? 'kindSubmenu' : 'kindAgent'),
  }));

  return (
    <Stack gap="sm">
      {general.length > 0 && (
        <Alert color="red" title={t('localProblems')} role="alert" p="xs">
          {general.map((p, i) => <Text key={i} size="sm">{p.message}</Text>)}
        </Alert>
      )}
      <CountedInput label={t('rowTitle')} required value={node.title} max={LIMITS.rowTitle} onChange={(title) => set({ title })} error={errorFor(problems, 'title')} disabled={readOnly} />
      <CountedInput label={t('rowDescription')} value={node.description ?? ''} max={LIMITS.rowDescription} onChange={(v) => set({ description: optional(v) })} error={errorFor(problems, 'description')} disabled={readOnly} />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="node-kind">{t('kind')}</Text>
        <Tooltip label={t('kindLocked')} disabled={!hasChildren} position="top-start">
          <SegmentedControl aria-labelledby="node-kind" value={kind} onChange={(v) => changeKind(v)} data={kinds} disabled={readOnly} fullWidth size="xs" />
        </Tooltip>
      </Stack>
      {kind === 'answer' && (
        <CountedInput multiline label={t('answer')} hint={t('answerHint')} value={node.answer ?? ''} max={LIMITS.text} onChange={(answer) => set({ answer })} error={errorFor(problems, 'answer')} disabled={readOnly} />
      )}
      {kind === 'article' && (
        <>
          <ArticlePicker value={node.article} error={errorFor(problems, 'article')} disabled={readOnly} onChange={(article) => { setPending(null); set({ article }); }} />
          <CountedInput multiline label={t('articleFallback')} hint={t('articleFallbackHint')} value={node.answer ?? ''} max={LIMITS.text} onChange={(v) => set({ answer: optional(v) })} error={errorFor(problems, 'answer')} disabled={readOnly} />
        </>
      )}
      {kind === 'submenu' && (
        <>
          <Text size="sm" c="dimmed">{t('submenuInfo', { count: node.children?.length ?? 0 })}</Text>
          <CountedInput multiline label={t('submenuIntro')} hint={t('submenuIntroHint')} value={node.answer ?? ''} max={LIMITS.text} onChange={(v) => set({ answer: optional(v) })} error={errorFor(problems, 'answer')} disabled={readOnly} />
        </>
      )}
      {kind === 'agent' && <Alert color="teal" p="xs"><Text size="sm">{t('agentInfo', { message: flow.handoffMessage ?? DEFAULT_HANDOFF_MESSAGE })}</Text></Alert>}
      <Select
        label={t('topic')} description={t('topicHint')} placeholder={t('noTopic')} clearable searchable disabled={readOnly}
        value={node.topic ?? null} error={errorFor(problems, 'topic')}
        data={(topics.data ?? []).filter((topic) => topic.active || topic.code === node.topic).map((topic) => ({ value: topic.code, label: `${topic.label} (${topic.code})` }))}
        onChange={(topic) => set({ topic: topic ?? undefined })}
      />
      {isTopLevel && (
        <TextInput label={t('reportLabel')} description={t('reportLabelHint')} value={node.reportLabel ?? ''} placeholder={node.title} disabled={readOnly}
          error={errorFor(problems, 'reportLabel')} onChange={(e) => set({ reportLabel: optional(e.currentTarget.value) })} />
      )}
      <TextInput label={t('rowId')} description={t('rowIdHint')} value={node.id} size="xs" disabled={readOnly}
        error={errorFor(problems, 'id')} onChange={(e) => set({ id: e.currentTarget.value })} styles={{ input: { fontFamily: 'monospace' } }} />
    </Stack>
  );
}
