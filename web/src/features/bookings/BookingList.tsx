import { Fragment } from 'react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import type { Booking } from './api.ts';
import { GuestCount, KindLabel, StatusBadge } from './BookingBadges.tsx';
import { dayHeading } from './format.ts';
import { messages } from './messages.ts';

interface Props {
  items: Booking[];
  maxGuests: number | undefined;
  topicLabel: (code: string) => string;
  selectedId: number | null;
  linkTo: (id: number) => string;
  onOpen: (id: number) => void;
}

function groupByDay(items: Booking[]): [string, Booking[]][] {
  const days = new Map<string, Booking[]>();
  for (const b of items) days.set(b.date, [...(days.get(b.date) ?? []), b]);
  return [...days];
}

/** Bookings by visit day (a heading row per day), earliest first; a row opens the detail. */
export function BookingList({ items, maxGuests, topicLabel, selectedId, linkTo, onOpen }: Props) {
  const t = useT(messages);
  return (
    <Table highlightOnHover verticalSpacing={6} data-testid="booking-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={100} style={{ whiteSpace: 'nowrap' }}>{t('timeWib')}</Table.Th>
          <Table.Th w={170}>{t('kind')}</Table.Th>
          <Table.Th>{t('visitor')}</Table.Th>
          <Table.Th>{t('topics')}</Table.Th>
          <Table.Th w={130}>{t('guests')}</Table.Th>
          <Table.Th w={180}>{t('status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groupByDay(items).map(([day, bookings]) => (
          <Fragment key={day}>
            <Table.Tr bg="gray.0">
              <Table.Th colSpan={6} scope="rowgroup"><Text size="sm" fw={600}>{dayHeading(day)}</Text></Table.Th>
            </Table.Tr>
            {bookings.map((b) => (
              <Table.Tr key={b.id} onClick={() => onOpen(b.id)} style={{ cursor: 'pointer' }} bg={b.id === selectedId ? 'blue.0' : undefined}>
                <Table.Td><Text size="sm" fw={500}>{b.start_time?.replace(':', '.') ?? '–'}</Text></Table.Td>
                <Table.Td><KindLabel kind={b.kind} /></Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={linkTo(b.id)} size="sm" fw={500} onClick={(e) => e.stopPropagation()}>
                    {b.visitor}
                  </Anchor>
                  <Text size="xs" c="dimmed">{b.contact_name ?? ''} · {b.reference}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>{b.topics.map((code) => <Badge key={code} size="sm" variant="default" radius="sm" tt="none">{topicLabel(code)}</Badge>)}</Group>
                </Table.Td>
                <Table.Td><GuestCount booking={b} maxGuests={maxGuests} /></Table.Td>
                <Table.Td><StatusBadge status={b.status} /></Table.Td>
              </Table.Tr>
            ))}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
