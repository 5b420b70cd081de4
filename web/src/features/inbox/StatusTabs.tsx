import { Button, Group } from '@mantine/core';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import type { StatusTab } from './filters.ts';
import { messages } from './messages.ts';
import type { TicketCounts } from './types.ts';

const TABS: StatusTab[] = ['active', 'open', 'pending', 'escalated', 'resolved', 'closed', 'all'];

function countOf(tab: StatusTab, counts: TicketCounts): string {
  if (tab === 'active') return formatNumber(counts.open + counts.pending + counts.escalated);
  if (tab === 'all') return formatNumber(counts.total) + (counts.at_least.length ? '+' : '');
  return formatNumber(counts[tab]) + (counts.at_least.includes(tab) ? '+' : '');
}

/** One button per status with its count under the other filters (GET /api/tickets/counts). */
export function StatusTabs({ value, counts, onChange }: { value: StatusTab; counts: TicketCounts | undefined; onChange: (tab: StatusTab) => void }) {
  const t = useT(messages);
  return (
    <Group gap={2} role="group" aria-label={t('statusTabs')}>
      {TABS.map((tab) => (
        <Button
          key={tab}
          size="compact-xs"
          radius="xl"
          variant={tab === value ? 'filled' : 'subtle'}
          color={tab === value ? 'blue' : 'dark'}
          px={7}
          fw={500}
          aria-pressed={tab === value}
          onClick={() => onChange(tab)}
        >
          {tab === 'all' ? t('all') : t(tab)}
          {counts && <span style={{ fontVariantNumeric: 'tabular-nums', fontWeight: 700, marginLeft: 4 }}>{countOf(tab, counts)}</span>}
        </Button>
      ))}
    </Group>
  );
}
