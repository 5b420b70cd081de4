import { notifications } from '@mantine/notifications';
import { useT } from '../../../lib/i18n.tsx';
import { useBookingAction, type Booking, type BookingAction } from '../api.ts';
import { messages } from '../messages.ts';

const DONE = { approve: 'done_approve', reschedule: 'done_reschedule', reject: 'done_reject', cancel: 'done_cancel', outcome: 'done_outcome' } as const;

/** Sends one decision; on success a notification in the console's language and onDone. */
export function useActionSubmit(booking: Booking, action: BookingAction, onDone: () => void) {
  const t = useT(messages);
  const mutation = useBookingAction(booking.id, action);
  const submit = (body: object) => {
    mutation.mutate(body, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t(DONE[action], { ref: booking.reference }) });
        onDone();
      },
    });
  };
  return { submit, pending: mutation.isPending, error: mutation.error };
}

export const isHttpsLink = (link: string): boolean => /^https:\/\/\S+$/.test(link.trim());
