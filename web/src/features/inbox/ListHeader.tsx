import { useEffect, useState, type RefObject } from 'react';
import { Group, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { ActiveFilters } from './ActiveFilters.tsx';
import { FiltersPopover } from './FiltersPopover.tsx';
import type { InboxFilters } from './filters.ts';
import { LiveIndicator } from './LiveIndicator.tsx';
import { messages } from './messages.ts';
import { StatusTabs } from './StatusTabs.tsx';
import type { TicketCounts, Topic } from './types.ts';

interface Props {
  filters: InboxFilters;
  update: (change: Partial<InboxFilters>) => void;
  counts: TicketCounts | undefined;
  topics: Topic[];
  topicLabel: (code: string) => string;
  canFilterAgents: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  onLeaveSearch: () => void;
}

/** Above the list: text search, the mine/unassigned/all switch, status tabs with counts, and the other filters. */
export function ListHeader({ filters, update, counts, topics, topicLabel, canFilterAgents, searchRef, onLeaveSearch }: Props) {
  const t = useT(messages);
  const [text, setText] = useState(filters.q);
  const [debounced] = useDebouncedValue(text, 350);
  useEffect(() => {
    if (debounced.trim() !== filters.q.trim()) update({ q: debounced });
    // Only the typed text drives this; a filter change elsewhere must not re-apply old text.
  }, [debounced]);
  useEffect(() => setText((current) => (current.trim() === filters.q.trim() ? current : filters.q)), [filters.q]);

  const scope = typeof filters.scope === 'number' ? 'all' : filters.scope;
  return (
    <Stack gap={8} p="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          ref={searchRef}
          size="xs"
          style={{ flex: 1 }}
          aria-label={t('search')}
          placeholder={t('searchHint')}
          leftSection={<IconSearch size={14} aria-hidden />}
          value={text}
          type="search"
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') update({ q: text });
            if (e.key === 'Escape' || e.key === 'ArrowDown') onLeaveSearch();
          }}
        />
        <FiltersPopover filters={filters} update={update} topics={topics} canFilterAgents={canFilterAgents} />
      </Group>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('scope')}
          value={scope}
          onChange={(value) => update({ scope: value })}
          data={[{ value: 'me', label: t('mine') }, { value: 'none', label: t('unassigned') }, { value: 'all', label: t('all') }]}
        />
        <LiveIndicator />
      </Group>
      <StatusTabs value={filters.status} counts={counts} onChange={(status) => update({ status })} />
      <ActiveFilters filters={filters} update={update} topicLabel={topicLabel} canFilterAgents={canFilterAgents} />
    </Stack>
  );
}
