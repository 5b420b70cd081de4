import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { get, query } from '../../lib/api.ts';
import { isTicketEvent, useLiveInvalidate } from '../../lib/live.ts';
import { countQuery, listQuery, type InboxFilters } from './filters.ts';
import type { Assignee, Team, TicketCounts, TicketPage, Topic } from './types.ts';

/** One page is what a first load fetches; more pages come as the list scrolls. */
export const PAGE_SIZE = 50;
/** Every inbox query starts with this key, so one invalidation refreshes list and counts. */
export const TICKETS_KEY = ['tickets'] as const;
const REFERENCE_STALE_MS = 5 * 60_000;

export function useTicketPages(filters: InboxFilters) {
  const params = listQuery(filters);
  return useInfiniteQuery({
    queryKey: [...TICKETS_KEY, 'list', params],
    queryFn: ({ pageParam }) => get<TicketPage>(`/api/tickets${query({ ...params, limit: PAGE_SIZE, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useTicketCounts(filters: InboxFilters) {
  const params = countQuery(filters);
  return useQuery({
    queryKey: [...TICKETS_KEY, 'counts', params],
    queryFn: () => get<TicketCounts>(`/api/tickets/counts${query(params)}`),
  });
}

/** A new ticket, message, status change or escalation anywhere refreshes the list and the counts. */
export function useLiveInbox(): void {
  useLiveInvalidate([TICKETS_KEY], isTicketEvent);
}

export const useTopics = () =>
  useQuery({ queryKey: ['topics'], queryFn: () => get<Topic[]>('/api/topics'), staleTime: REFERENCE_STALE_MS });

export const useTeams = (enabled: boolean) =>
  useQuery({ queryKey: ['teams'], queryFn: () => get<Team[]>('/api/teams'), staleTime: REFERENCE_STALE_MS, enabled });

/** Agents to filter by: the active Layer 1 agents, supervisors and admins (GET /api/assignees). */
export const useAgents = (enabled: boolean) =>
  useQuery({ queryKey: ['assignees'], queryFn: () => get<Assignee[]>('/api/assignees'), staleTime: REFERENCE_STALE_MS, enabled });
