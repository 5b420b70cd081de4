import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { chatbotMessages } from './messages.ts';

/** src/knowledge/schemas.ts Article (the fields the picker needs). */
interface ArticleRow {
  id: number;
  topic_label: string | null;
  question: string;
  status: 'draft' | 'published' | 'needs_review' | 'reviewed' | 'archived';
}

/** The chatbot may send published and reviewed articles (and those awaiting review); never drafts or archived ones. */
const USABLE = new Set(['published', 'needs_review', 'reviewed']);

interface Props {
  value: number | undefined;
  error?: string | undefined;
  disabled?: boolean;
  onChange: (article: number | undefined) => void;
}

/** A searchable list of the knowledge-base articles the bot may send, grouped by topic. */
export function ArticlePicker({ value, error, disabled, onChange }: Props) {
  const t = useT(chatbotMessages);
  const articles = useQuery({ queryKey: ['kb-articles', 'chatbot-picker'], queryFn: () => get<ArticleRow[]>('/api/knowledge/articles?limit=500'), staleTime: 60_000 });
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const article of articles.data ?? []) {
    if (!USABLE.has(article.status) && article.id !== value) continue;
    const group = article.topic_label ?? '—';
    groups.set(group, [...(groups.get(group) ?? []), { value: String(article.id), label: `#${article.id} ${article.question}` }]);
  }
  if (value !== undefined && !(articles.data ?? []).some((a) => a.id === value)) groups.set('—', [{ value: String(value), label: `#${value}` }]);
  const data = [...groups].sort(([a], [b]) => a.localeCompare(b, 'id')).map(([group, items]) => ({ group, items }));
  return (
    <Select
      label={t('article')} placeholder={t('articlePlaceholder')} searchable clearable required disabled={disabled}
      data={data} value={value === undefined ? null : String(value)} error={error} nothingFoundMessage="—"
      onChange={(v) => onChange(v === null ? undefined : Number(v))} maxDropdownHeight={280}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
    />
  );
}
