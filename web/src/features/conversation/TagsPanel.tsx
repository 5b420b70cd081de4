import { useMemo } from 'react';
import { MultiSelect, Paper, Stack, Switch, Title, type OptionsFilter } from '@mantine/core';
import type { Me } from '../../lib/session.ts';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import { useTopics } from './queries.ts';
import type { TicketDetail, Topic } from './types.ts';
import type { useTagging } from './useTagging.ts';

/** Topic search on the label, the code and the description ("Dana Alokasi Khusus" finds DAK Fisik). */
function topicFilter(topics: Topic[]): OptionsFilter {
  const text = new Map(topics.map((x) => [x.code, `${x.code} ${x.label} ${x.description}`.toLowerCase()]));
  return ({ options, search }) => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    const keep = (value: string) => words.every((w) => text.get(value)?.includes(w));
    return options
      .map((o) => ('group' in o ? { ...o, items: o.items.filter((i) => keep(i.value)) } : o))
      .filter((o) => ('group' in o ? o.items.length > 0 : keep(o.value)));
  };
}

/** The ticket's topics (several, searchable, grouped technical / other) and its complaint flag. */
export function TagsPanel({ ticket, me, tagging }: { ticket: TicketDetail; me: Me; tagging: ReturnType<typeof useTagging> }) {
  const t = useT(messages);
  const topics = useTopics();
  const readOnly = me.role === 'l2';
  const data = useMemo(() => {
    const usable = (topics.data ?? []).filter((x) => x.active || ticket.topics.includes(x.code));
    const group = (kind: string) => usable.filter((x) => x.kind === kind).map((x) => ({ value: x.code, label: x.label }));
    return [{ group: t('topicsTechnical'), items: group('technical') }, { group: t('topicsOther'), items: group('other') }];
  }, [topics.data, ticket.topics, t]);
  return (
    <Paper withBorder p="sm" aria-labelledby="tagging-title">
      <Stack gap={8}>
        <Title order={3} size="h6" id="tagging-title" c="dimmed" tt="uppercase">{t('tagging')}</Title>
        <MultiSelect
          size="xs" label={t('topics')} placeholder={ticket.topics.length ? undefined : t('topicsPlaceholder')} searchable={!readOnly} clearable={!readOnly}
          data={topics.data ? data : ticket.topics} value={ticket.topics} filter={topicFilter(topics.data ?? [])}
          onChange={(codes) => tagging.save({ topics: codes })} readOnly={readOnly} nothingFoundMessage={t('none')} maxDropdownHeight={260}
        />
        {!readOnly && (
          <Switch size="sm" label={t('complaint')} checked={ticket.complaint} color="red" onChange={(e) => tagging.save({ complaint: e.currentTarget.checked })} />
        )}
      </Stack>
    </Paper>
  );
}
