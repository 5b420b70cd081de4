import { useState } from 'react';
import { Alert, Button, Center, Divider, Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useT } from '../../lib/i18n.tsx';
import { ApiError } from '../../lib/api.ts';
import { useBooking, type Booking, type BookingAction } from './api.ts';
import { BookingFacts } from './BookingFacts.tsx';
import { StatusBadge } from './BookingBadges.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { jakartaToday } from './format.ts';
import { messages } from './messages.ts';
import { ApproveForm } from './actions/ApproveForm.tsx';
import { RescheduleForm } from './actions/RescheduleForm.tsx';
import { ReasonForm } from './actions/ReasonForm.tsx';
import { OutcomeForm } from './actions/OutcomeForm.tsx';

interface Props {
  bookingId: number | null;
  maxGuests: number | undefined;
  topics: { value: string; label: string }[];
  topicLabel: (code: string) => string;
  onClose: () => void;
}

/** What staff may do next with a booking in its status (the server checks again). */
function actionsFor(booking: Booking): BookingAction[] {
  const visited = booking.date <= jakartaToday();
  switch (booking.status) {
    case 'requested': return ['approve', 'reschedule', 'reject', 'cancel'];
    case 'approved': return visited ? ['outcome', 'reschedule', 'cancel'] : ['reschedule', 'cancel'];
    case 'held':
    case 'no_show': return ['outcome'];
    case 'rejected':
    case 'cancelled': return [];
  }
}

const COLOR: Record<BookingAction, string> = { approve: 'teal', reschedule: 'blue', reject: 'red', cancel: 'gray', outcome: 'teal' };

/** The booking's detail beside the list, with its decisions. Keyed by booking id, so a form starts fresh. */
export function BookingDrawer({ bookingId, onClose, ...rest }: Props) {
  const t = useT(messages);
  return (
    <Drawer opened={bookingId !== null} onClose={onClose} position="right" size={500} title={t('title')} closeButtonProps={{ 'aria-label': t('close') }}>
      {bookingId !== null && <DrawerBody key={bookingId} bookingId={bookingId} {...rest} />}
    </Drawer>
  );
}

function DrawerBody({ bookingId, maxGuests, topics, topicLabel }: Omit<Props, 'onClose' | 'bookingId'> & { bookingId: number }) {
  const t = useT(messages);
  const detail = useBooking(bookingId);
  const [mode, setMode] = useState<BookingAction | null>(null);
  if (detail.isPending) return <Center h={200}><Loader aria-label="…" /></Center>;
  if (detail.error) return detail.error instanceof ApiError && detail.error.status === 404 ? <Alert color="yellow">{t('notFound')}</Alert> : <ErrorNote error={detail.error} />;
  const booking = detail.data;
  const actions = actionsFor(booking);
  const label = (a: BookingAction) => (a === 'outcome' && booking.status !== 'approved' ? t('correctOutcome') : t(a));
  const done = () => setMode(null);
  return (
    <Stack gap="md">
      <div>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4">{booking.visitor}</Title>
          <StatusBadge status={booking.status} />
        </Group>
        <Text size="sm" c="dimmed">{t('reference')}: {booking.reference}</Text>
      </div>
      <BookingFacts booking={booking} maxGuests={maxGuests} topicLabel={topicLabel} />
      <Divider />
      {mode === null ? (
        actions.length ? (
          <Group gap="xs">
            {actions.map((a) => <Button key={a} size="sm" variant={a === actions[0] ? 'filled' : 'light'} color={COLOR[a]} onClick={() => setMode(a)}>{label(a)}</Button>)}
          </Group>
        ) : <Text size="sm" c="dimmed">{t('finalState')}</Text>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4} size="h5">{label(mode)}</Title>
            <Button variant="subtle" size="compact-sm" leftSection={<IconArrowLeft size={14} aria-hidden />} onClick={done}>{t('back')}</Button>
          </Group>
          {mode === 'approve' && <ApproveForm booking={booking} onDone={done} />}
          {mode === 'reschedule' && <RescheduleForm booking={booking} onDone={done} />}
          {(mode === 'reject' || mode === 'cancel') && <ReasonForm booking={booking} action={mode} onDone={done} />}
          {mode === 'outcome' && <OutcomeForm booking={booking} topics={topics} onDone={done} />}
        </Stack>
      )}
    </Stack>
  );
}
