import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { notifyError } from './feedback.ts';
import { messages } from './messages.ts';
import { useTicketActions, type TicketChanges } from './queries.ts';
import type { TicketDetail } from './types.ts';

/**
 * Saves a tag at once (topics, user category, region, complaint). A region or category the
 * requester did not have yet is also kept on the contact, so that their next ticket starts with it.
 */
export function useTagging(ticket: TicketDetail) {
  const t = useT(messages);
  const client = useQueryClient();
  const { update } = useTicketActions(ticket.id);
  const save = (changes: TicketChanges) => {
    update.mutate(changes, {
      onError: (error) => notifyError(t('saveFailedTitle'), error),
      onSuccess: () => {
        const learnt = {
          ...(changes.region_code && !ticket.requester.region_code ? { region_code: changes.region_code } : {}),
          ...(changes.user_category && !ticket.requester.user_category ? { user_category: changes.user_category } : {}),
        };
        if (Object.keys(learnt).length) {
          api('PATCH', `/api/contacts/${ticket.requester.id}`, learnt).then(
            () => client.invalidateQueries({ queryKey: ['contact', ticket.requester.id] }),
            (error: unknown) => notifyError(t('saveFailedTitle'), error),
          );
        }
      },
    });
  };
  return { save, busy: update.isPending };
}
