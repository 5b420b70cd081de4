import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useT } from '../../lib/i18n.tsx';
import { formatNumber } from '../../lib/format.ts';
import { PAGE_SIZE, useBookingRules, useBookings, useTopics } from './api.ts';
import { BookingFilters } from './BookingFilters.tsx';
import { isOverLimit } from './BookingBadges.tsx';
import { BookingList } from './BookingList.tsx';
import { BookingDrawer } from './BookingDrawer.tsx';
import { messages } from './messages.ts';
import { useFilterParams } from './useFilterParams.ts';

/** The list with its filters; /bookings/:bookingId opens the detail drawer over it. */
export function BookingsBoard() {
  const t = useT(messages);
  const navigate = useNavigate();
  const { search } = useLocation();
  const params = useParams();
  const bookingId = params.bookingId && /^\d+$/.test(params.bookingId) ? Number(params.bookingId) : null;
  const { state, filter, update } = useFilterParams();
  const list = useBookings(filter);
  const rules = useBookingRules();
  const topics = useTopics();
  const labels = new Map((topics.data ?? []).map((tp) => [tp.code, tp.label]));
  const topicLabel = (code: string) => labels.get(code) ?? code;
  const topicOptions = (topics.data ?? []).filter((tp) => tp.active).map((tp) => ({ value: tp.code, label: tp.label }));
  const overLimit = (list.data?.items ?? []).filter((b) => isOverLimit(b, rules.data?.max_guests)).length;
  const linkTo = (id: number) => `/bookings/${id}${search}`;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <BookingFilters state={state} onChange={update} />
        {list.data && (
          <Text size="sm" c="dimmed" role="status" data-testid="booking-count">
            {t('count', { n: formatNumber(list.data.total) })}
            {overLimit > 0 && <Text span c="red.8" fw={600}> · {t('overLimitCount', { n: formatNumber(overLimit) })}</Text>}
          </Text>
        )}
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {list.isPending ? (
          <Center h={160}><Loader aria-label="…" /></Center>
        ) : list.error ? (
          <Alert color="red" m="md" role="alert">
            {t('loadFailed', { message: list.error.message })} <Button size="compact-xs" variant="white" onClick={() => void list.refetch()}>{t('retry')}</Button>
          </Alert>
        ) : list.data.items.length === 0 ? (
          <Text c="dimmed" p="lg" ta="center">{t('empty')}</Text>
        ) : (
          <BookingList items={list.data.items} maxGuests={rules.data?.max_guests} topicLabel={topicLabel} selectedId={bookingId} linkTo={linkTo} onOpen={(id) => void navigate(linkTo(id))} />
        )}
      </Paper>
      {list.data && list.data.total > PAGE_SIZE && (
        <Text size="sm" c="dimmed">{t('shown', { shown: formatNumber(list.data.items.length), total: formatNumber(list.data.total) })}</Text>
      )}
      <BookingDrawer bookingId={bookingId} maxGuests={rules.data?.max_guests} topics={topicOptions} topicLabel={topicLabel} onClose={() => void navigate(`/bookings${search}`)} />
    </Stack>
  );
}
