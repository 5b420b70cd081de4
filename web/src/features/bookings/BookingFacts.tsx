import type { ReactNode } from 'react';
import { Anchor, Badge, Button, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '../../lib/i18n.tsx';
import { formatDateTime } from '../../lib/format.ts';
import type { BookingDetail } from './api.ts';
import { GuestCount, KindLabel } from './BookingBadges.tsx';
import { dayHeading, slotTime } from './format.ts';
import { messages } from './messages.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <div>{children}</div>
    </div>
  );
}

/** What the requester asked for and what staff decided, read-only. */
export function BookingFacts({ booking, maxGuests, topicLabel }: { booking: BookingDetail; maxGuests: number | undefined; topicLabel: (code: string) => string }) {
  const t = useT(messages);
  const b = booking;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <Fact label={t('when')}><Text size="sm" fw={600}>{dayHeading(b.date)}</Text><Text size="sm">{slotTime(b.start_time) || t('noTime')}</Text></Fact>
        <Fact label={t('kind')}><KindLabel kind={b.kind} /></Fact>
        <Fact label={t('contact')}>
          <Text size="sm">{b.contact_name ?? '–'}</Text>
          {b.contact_email && <Anchor size="sm" href={`mailto:${b.contact_email}`}>{b.contact_email}</Anchor>}
          {b.contact_phone && <Text size="sm">{b.contact_phone}</Text>}
        </Fact>
        <Fact label={t('guests')}><GuestCount booking={b} maxGuests={maxGuests} explain /></Fact>
      </SimpleGrid>
      <Fact label={t('topics')}>
        <Group gap={4}>{b.topics.length ? b.topics.map((code) => <Badge key={code} variant="default" radius="sm" tt="none">{topicLabel(code)}</Badge>) : '–'}</Group>
      </Fact>
      {b.guest_names.length > 0 && <Fact label={t('guestNames')}><Text size="sm">{b.guest_names.join(', ')}</Text></Fact>}
      {b.meeting_link && <Fact label={t('meetingLink')}><Anchor size="sm" href={b.meeting_link} target="_blank" rel="noreferrer" style={{ wordBreak: 'break-all' }}>{b.meeting_link}</Anchor></Fact>}
      {b.reason && <Fact label={t('reason')}><Text size="sm">{b.reason}</Text></Fact>}
      {b.notes && <Fact label={t('notes')}><Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{b.notes}</Text></Fact>}
      <SimpleGrid cols={2} spacing="sm">
        <Fact label={t('requestedAt')}><Text size="sm">{formatDateTime(b.created_at)}</Text></Fact>
        {b.decided_at && <Fact label={t('decidedAt')}><Text size="sm">{formatDateTime(b.decided_at)}</Text></Fact>}
      </SimpleGrid>
      <Fact label={t('statusLink')}>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate="end" style={{ flex: 1, minWidth: 0 }}>{b.status_url}</Text>
          <CopyButton value={b.status_url}>
            {({ copied, copy }) => <Button size="compact-xs" variant="light" onClick={copy}>{copied ? t('copied') : t('copy')}</Button>}
          </CopyButton>
        </Group>
      </Fact>
    </Stack>
  );
}
