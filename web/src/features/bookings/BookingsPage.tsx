import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconSettings } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { get } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { bookingKeys } from './api.ts';
import { BookingsBoard } from './BookingsBoard.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { messages } from './messages.ts';

/** How many requests wait for a decision (one row asked for, the total used). */
function useWaitingCount() {
  return useQuery({
    queryKey: [...bookingKeys.all, 'waiting'],
    queryFn: () => get<{ total: number }>('/api/bookings?status=requested&limit=1'),
    refetchInterval: 60_000,
  });
}

/** /bookings: requests and visits; /bookings/:id the detail drawer; /bookings/rules the rules. */
export function BookingsPage({ me }: PageProps) {
  const t = useT(messages);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const waiting = useWaitingCount();
  const tab = pathname.startsWith('/bookings/rules') ? 'rules' : 'list';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">{t('title')}</Title>
            {waiting.data && waiting.data.total > 0 && (
              <Badge color="orange" variant="light" size="lg" tt="none" data-testid="waiting-count">{t('waiting', { n: formatNumber(waiting.data.total) })}</Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">{t('subtitle')}</Text>
        </div>
        <Tabs value={tab} onChange={(value) => void navigate(value === 'rules' ? '/bookings/rules' : '/bookings')} variant="pills">
          <Tabs.List>
            <Tabs.Tab value="list" leftSection={<IconCalendarEvent size={16} aria-hidden />}>{t('title')}</Tabs.Tab>
            <Tabs.Tab value="rules" leftSection={<IconSettings size={16} aria-hidden />}>{t('rules')}</Tabs.Tab>
          </Tabs.List>
        </Tabs>
      </Group>
      <Routes>
        <Route path="rules" element={<RulesPanel canEdit={me.role === 'admin' || me.role === 'supervisor'} />} />
        <Route index element={<BookingsBoard />} />
        <Route path=":bookingId" element={<BookingsBoard />} />
      </Routes>
    </Stack>
  );
}
