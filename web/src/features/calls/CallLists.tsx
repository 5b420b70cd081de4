import { Alert, Badge, Button, Center, Group, Loader, Paper, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconPhoneIncoming, IconPhoneOutgoing, IconPhoneX } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { useMissedCalls, useMyDrafts, type Call } from './api.ts';
import { messages } from './messages.ts';

function CallRow({ call, action }: { call: Call; action: React.ReactNode }) {
  const t = useT(messages);
  const Icon = call.status === 'missed' ? IconPhoneX : call.direction === 'out' ? IconPhoneOutgoing : IconPhoneIncoming;
  const when = call.ended_at ?? call.ringing_at ?? call.created_at;
  return (
    <Group justify="space-between" wrap="nowrap" py={8} px="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Icon size={20} aria-hidden color={call.status === 'missed' ? 'var(--mantine-color-red-7)' : 'var(--mantine-color-blue-7)'} />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>{call.caller_number ?? t('hiddenNumber')}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(when)}{call.duration ? ` · ${call.duration}` : ''}{call.extension ? ` · ${t('ext', { ext: call.extension })}` : ''}
            {call.ticket_number !== null ? ` · ${t('ticket', { number: call.ticket_number })}` : ''}
          </Text>
        </div>
      </Group>
      <div style={{ flexShrink: 0 }}>{action}</div>
    </Group>
  );
}

function ListBody({ query, empty, render }: { query: ReturnType<typeof useMyDrafts>; empty: string; render: (call: Call) => React.ReactNode }) {
  const t = useT(messages);
  if (query.isPending) return <Center h={80}><Loader size="sm" aria-label="…" /></Center>;
  if (query.error) return <Alert color="red" m="sm">{t('loadFailed', { message: query.error.message })}</Alert>;
  if (query.data.items.length === 0) return <Text size="sm" c="dimmed" p="md" ta="center">{empty}</Text>;
  return <ScrollArea.Autosize mah={520}>{query.data.items.map(render)}</ScrollArea.Autosize>;
}

const count = (n: number | undefined) => (n ? <Badge size="sm" variant="filled" circle={n < 10}>{formatNumber(n)}</Badge> : null);

/** My drafts to complete and the missed calls to return, side by side in tabs. */
export function CallLists({ onComplete, onCallBack }: { onComplete: (call: Call) => void; onCallBack: (call: Call) => void }) {
  const t = useT(messages);
  const drafts = useMyDrafts();
  const missed = useMissedCalls();
  return (
    <Paper withBorder radius="md" component="section" aria-label={`${t('drafts')} / ${t('missed')}`}>
      <Tabs defaultValue="drafts">
        <Tabs.List grow>
          <Tabs.Tab value="drafts" rightSection={count(drafts.data?.items.length)}>{t('drafts')}</Tabs.Tab>
          <Tabs.Tab value="missed" color="red" rightSection={count(missed.data?.items.length)}>{t('missed')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="drafts" data-testid="draft-calls">
          <ListBody query={drafts} empty={t('noDrafts')} render={(call) => (
            <CallRow key={call.id} call={call} action={<Button size="compact-sm" onClick={() => onComplete(call)}>{t('complete')}</Button>} />
          )} />
        </Tabs.Panel>
        <Tabs.Panel value="missed" data-testid="missed-calls">
          <Stack gap={0}>
            <ListBody query={missed} empty={t('noMissed')} render={(call) => (
              <CallRow key={call.id} call={call} action={<Button size="compact-sm" color="orange" variant="light" disabled={!call.caller_number} onClick={() => onCallBack(call)}>{t('callBack')}</Button>} />
            )} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
