import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, query } from '../../lib/api.ts';
import type { Role } from '../../lib/session.ts';
import type {
  ApprovedTemplate, Assignee, CannedResponse, ContactTicket, KnowledgeHit, Region, Team, TicketDetail, Topic, UserCategory,
} from './types.ts';

export const ticketKey = (id: number) => ['ticket', id] as const;
const REFERENCE = { staleTime: 10 * 60_000 } as const;
const isLayer1 = (role: Role) => role !== 'l2';

export function useTicket(id: number) {
  return useQuery({
    queryKey: ticketKey(id),
    queryFn: () => get<TicketDetail>(`/api/tickets/${id}`),
    // Delivery statuses (sent, delivered, read) have no live event: look again while one is on its way.
    refetchInterval: (q) => (q.state.data?.messages.some((m) => m.delivery_status === 'queued' || m.delivery_status === 'sent') ? 5_000 : 30_000),
  });
}

/** Earlier tickets of the requester on any channel (Layer 1 only: the contacts API). */
export const useContactTickets = (contactId: number, role: Role) =>
  useQuery({
    queryKey: ['contact', contactId],
    queryFn: () => get<{ tickets: ContactTicket[] }>(`/api/contacts/${contactId}`),
    enabled: isLayer1(role),
    select: (contact) => contact.tickets,
  });

export const useTopics = () => useQuery({ queryKey: ['topics'], queryFn: () => get<Topic[]>('/api/topics'), ...REFERENCE });
export const useUserCategories = () => useQuery({ queryKey: ['user-categories'], queryFn: () => get<UserCategory[]>('/api/user-categories'), ...REFERENCE });
export const useTeams = () => useQuery({ queryKey: ['teams'], queryFn: () => get<Team[]>('/api/teams'), ...REFERENCE });
export const useRegions = () =>
  useQuery({ queryKey: ['regions'], queryFn: () => get<{ items: Region[] }>('/api/regions'), select: (r) => r.items, staleTime: Infinity });
export const useAssignees = (role: Role) =>
  useQuery({ queryKey: ['assignees'], queryFn: () => get<Assignee[]>('/api/assignees'), enabled: isLayer1(role), staleTime: 60_000 });
export const useCanned = (role: Role) =>
  useQuery({ queryKey: ['canned-responses'], queryFn: () => get<CannedResponse[]>('/api/canned-responses'), enabled: isLayer1(role), staleTime: 60_000 });
export const useTemplates = (enabled: boolean) =>
  useQuery({ queryKey: ['broadcast-templates'], queryFn: () => get<ApprovedTemplate[]>('/api/broadcast-templates'), enabled, ...REFERENCE });

export const useKnowledgeSearch = (q: string) =>
  useQuery({
    queryKey: ['knowledge-search', q],
    queryFn: () => get<KnowledgeHit[]>(`/api/knowledge/search${query({ q, limit: 8 })}`),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });

export type TicketChanges = Partial<{
  status: TicketDetail['status']; assignee_id: number | null; topics: string[]; user_category: string | null;
  region_code: string | null; complaint: boolean;
}>;

export interface OutgoingMessage {
  body?: string;
  internal: boolean;
  template?: { name: string; language: string; parameters: string[] };
}

/** Every write on a ticket: the answer replaces or refreshes the cached ticket. */
export function useTicketActions(id: number) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ticketKey(id) });
  const store = (ticket: TicketDetail) => client.setQueryData(ticketKey(id), ticket);
  return {
    update: useMutation({
      mutationFn: (changes: TicketChanges) => api<TicketDetail>('PATCH', `/api/tickets/${id}`, changes),
      // Tags show at once (two quick topic picks must not undo each other); a refusal puts them back.
      onMutate: async (changes) => {
        await client.cancelQueries({ queryKey: ticketKey(id) });
        const before = client.getQueryData<TicketDetail>(ticketKey(id));
        const { assignee_id: _, ...shown } = changes;
        if (before) client.setQueryData(ticketKey(id), { ...before, ...shown });
        return { before };
      },
      onError: (_error, _changes, context) => context?.before && client.setQueryData(ticketKey(id), context.before),
      onSuccess: store,
    }),
    send: useMutation({ mutationFn: (message: OutgoingMessage) => api<unknown>('POST', `/api/tickets/${id}/messages`, message), onSuccess: refresh }),
    escalate: useMutation({ mutationFn: (input: { team: string; note: string }) => api<unknown>('POST', `/api/tickets/${id}/escalations`, input), onSuccess: refresh }),
    respond: useMutation({
      mutationFn: (input: { outcome: 'answer' | 'return'; body: string }) => api<TicketDetail>('POST', `/api/tickets/${id}/escalations/${input.outcome}`, { body: input.body }),
      onSuccess: store,
    }),
  };
}
