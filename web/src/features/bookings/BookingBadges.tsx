import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBuildingCommunity, IconVideo } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import type { Booking, BookingStatus } from './api.ts';
import { STATUS_COLOR } from './format.ts';
import { messages } from './messages.ts';

export function StatusBadge({ status }: { status: BookingStatus }) {
  const t = useT(messages);
  return <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" tt="none">{t(status)}</Badge>;
}

export function KindLabel({ kind }: { kind: Booking['kind'] }) {
  const t = useT(messages);
  const Icon = kind === 'video' ? IconVideo : IconBuildingCommunity;
  return (
    <Group gap={6} wrap="nowrap">
      <Icon size={16} aria-hidden color={kind === 'video' ? 'var(--mantine-color-violet-7)' : 'var(--mantine-color-blue-7)'} />
      <Text size="sm">{t(kind)}</Text>
    </Group>
  );
}

/** Whether a face-to-face visit brings more guests than the rules allow (video has no limit). */
export const isOverLimit = (booking: Pick<Booking, 'kind' | 'guests'>, maxGuests: number | undefined): boolean =>
  booking.kind === 'face_to_face' && maxGuests !== undefined && (booking.guests ?? 0) > maxGuests;

/** "4 orang", a red badge when over the rules' limit (explained under it with `explain`); "hadir 3" once held with fewer. */
export function GuestCount({ booking, maxGuests, explain = false }: { booking: Booking; maxGuests: number | undefined; explain?: boolean }) {
  const t = useT(messages);
  if (booking.guests === null) return <Text size="sm" c="dimmed">–</Text>;
  const text = t('guestsOf', { n: formatNumber(booking.guests) });
  const came = booking.status === 'held' && booking.actual_guests !== null && booking.actual_guests !== booking.guests
    ? <Text size="xs" c="dimmed">{t('cameOf', { n: formatNumber(booking.actual_guests) })}</Text> : null;
  if (!isOverLimit(booking, maxGuests)) return <div><Text size="sm">{text}</Text>{came}</div>;
  const warning = t('overLimit', { max: formatNumber(maxGuests ?? 0) });
  return (
    <div>
      <Tooltip label={warning} disabled={explain}>
        <Badge color="red" variant="filled" radius="sm" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />} aria-label={`${text}: ${warning}`}>
          {text}
        </Badge>
      </Tooltip>
      {explain && <Text size="xs" c="red.8" mt={2}>{warning}</Text>}
      {came}
    </div>
  );
}
