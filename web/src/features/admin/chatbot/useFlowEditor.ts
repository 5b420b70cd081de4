import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { ApiError, api, get } from '../../../lib/api.ts';
import { useLanguage, useT } from '../../../lib/i18n.tsx';
import { validateFlow } from '../../../../../src/chatbot/flow.ts';
import { editorFlowOf, flowOf, problemsByKey, type ChatbotFlow, type EditorFlow, type FlowProblem } from './editor-tree.ts';
import { chatbotMessages } from './messages.ts';
import { problemText } from './problem-text.ts';

/** src/chatbot/routes.ts: Version and StoredFlow. */
export interface FlowVersion {
  version: number;
  active: boolean;
  updated_by: number | null;
  updated_by_name: string | null;
  updated_at: string;
}
export interface StoredFlow extends FlowVersion {
  flow: ChatbotFlow;
}

export const chatbotKeys = {
  active: ['chatbot', 'flow'] as const,
  versions: ['chatbot', 'flow', 'versions'] as const,
  version: (n: number) => ['chatbot', 'flow', 'versions', n] as const,
};

/** JSON with sorted keys: the server's jsonb reorders keys, so equal flows must compare equal. */
const canonical = (flow: ChatbotFlow): string =>
  JSON.stringify(flow, (_key, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value));

/** The active flow as an editable draft, its problems (local and the server's), and publishing. */
export function useFlowEditor(viewing: number | null) {
  const t = useT(chatbotMessages);
  const { language } = useLanguage();
  const client = useQueryClient();
  const active = useQuery({ queryKey: chatbotKeys.active, queryFn: () => get<StoredFlow>('/api/chatbot/flow') });
  const versions = useQuery({ queryKey: chatbotKeys.versions, queryFn: () => get<FlowVersion[]>('/api/chatbot/flow/versions') });
  const old = useQuery({ queryKey: chatbotKeys.version(viewing ?? 0), queryFn: () => get<StoredFlow>(`/api/chatbot/flow/versions/${viewing}`), enabled: viewing !== null });
  const [draft, setDraftState] = useState<{ flow: EditorFlow; from: number } | null>(null);
  const [serverProblems, setServerProblems] = useState<FlowProblem[]>([]);

  // The draft starts as the active version, and is kept while the person edits.
  const current = draft ?? (active.data ? { flow: editorFlowOf(active.data.flow), from: active.data.version } : null);
  if (!draft && current) setDraftState(current);
  const oldFlow = useMemo(() => (old.data ? editorFlowOf(old.data.flow) : null), [old.data]);

  const setDraft = (flow: EditorFlow) => {
    setDraftState((d) => ({ flow, from: d?.from ?? 0 }));
    setServerProblems([]);
  };

  const publish = useMutation({
    mutationFn: (flow: EditorFlow) => api<StoredFlow>('PUT', '/api/chatbot/flow', flowOf(flow)),
    onSuccess: async (saved, sent) => {
      setServerProblems([]);
      // The draft as sent (its keys keep the selection and the open items); the server stored the same.
      setDraftState({ flow: sent, from: saved.version });
      client.setQueryData(chatbotKeys.active, saved);
      await client.invalidateQueries({ queryKey: chatbotKeys.versions });
      notifications.show({ color: 'green', message: t('published', { version: saved.version }) });
    },
    onError: (error) => {
      if (error instanceof ApiError) setServerProblems(error.details.map((d) => ({ field: d.field ?? '', message: d.message, value: (d as { value?: unknown }).value })));
      notifications.show({ color: 'red', message: t('publishFailed', { message: problemText(error.message, language) }) });
    },
  });

  const shown = viewing !== null ? oldFlow : current?.flow ?? null;
  const localProblems = useMemo(() => (current ? validateFlow(flowOf(current.flow)) : []), [current]);
  const problems = useMemo(() => {
    if (!shown) return new Map<string, FlowProblem[]>();
    if (viewing !== null) return problemsByKey(shown, []);
    // The server checks the same structure and, beyond it, that topics and articles exist: each problem once.
    const fresh = serverProblems.filter((p) => !localProblems.some((l) => l.field === p.field && l.message === p.message));
    const worded = [...localProblems, ...fresh].map((p) => ({ ...p, message: problemText(p.message, language) }));
    return problemsByKey(shown, worded);
  }, [shown, viewing, localProblems, serverProblems, language]);
  const dirty = !!current && !!active.data && canonical(flowOf(current.flow)) !== canonical(active.data.flow);

  return {
    active, versions, old, shown, problems, dirty, publish,
    problemCount: [...problems.values()].reduce((n, list) => n + list.length, 0),
    serverProblems,
    setDraft,
    discard: () => active.data && setDraftState({ flow: editorFlowOf(active.data.flow), from: active.data.version }),
    restore: () => oldFlow && setDraft(structuredClone(oldFlow)),
  };
}
