import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, query } from '../../lib/api.ts';

// Shapes of src/channels/phone/schemas.ts (CallSchema) and card.ts (callWithCard).
export type CallStatus = 'ringing' | 'answered' | 'draft' | 'completed' | 'missed';

export interface Call {
  id: number;
  source: string;
  direction: string;
  status: CallStatus;
  caller_number: string | null;
  caller_phone: string | null;
  contact_id: number | null;
  extension: string | null;
  agent_id: number | null;
  ringing_at: string | null;
  answered_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  duration: string | null;
  ticket_id: number | null;
  ticket_number: number | null;
  completed_at: string | null;
  created_at: string;
}

export interface CallerCard {
  id: number;
  name: string;
  institution: string | null;
  region_code: string | null;
  region_name: string | null;
  zone: string | null;
  user_category: string | null;
  user_category_label: string | null;
  phones: string[];
  emails: string[];
}

export interface EarlierTicket {
  id: number;
  number: number;
  channel: string;
  status: string;
  subject: string | null;
  created_at: string;
  resolved_at: string | null;
  assignee_id: number | null;
  topics: string[];
}

export interface CallWithCard {
  call: Call;
  caller: CallerCard | null;
  earlier_tickets: EarlierTicket[];
}

export interface LogCallBody {
  caller: { phone?: string; name?: string; institution?: string };
  region?: string;
  user_category?: string;
  topics: string[];
  summary: string;
  duration: string;
  direction: 'in' | 'out';
  settled: boolean;
  missed_call_id?: number;
}

export interface CompleteCallBody {
  caller?: { name?: string; institution?: string };
  region?: string;
  user_category?: string;
  topics: string[];
  summary: string;
  settled: boolean;
}

export const callKeys = {
  all: ['calls'] as const,
  drafts: ['calls', 'drafts'] as const,
  missed: ['calls', 'missed'] as const,
  card: (id: number) => ['calls', 'card', id] as const,
};

type CallPage = { items: Call[]; next_before: number | null };

/** My calls that ended with a draft ticket to complete. */
export const useMyDrafts = () =>
  useQuery({ queryKey: callKeys.drafts, queryFn: () => get<CallPage>(`/api/calls${query({ status: 'draft', agent: 'me', limit: 100 })}`) });

/** Missed calls nobody has called back yet (everyone's: whoever is free returns them). */
export const useMissedCalls = () =>
  useQuery({ queryKey: callKeys.missed, queryFn: () => get<CallPage>(`/api/calls${query({ status: 'missed', returned: false, limit: 100 })}`), refetchInterval: 30_000 });

export const useCallCard = (id: number | null) =>
  useQuery({ queryKey: callKeys.card(id ?? 0), queryFn: () => get<CallWithCard>(`/api/calls/${id}`), enabled: id !== null });

export function useLogCall() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LogCallBody) => api<Call>('POST', '/api/calls', body),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.all }),
  });
}

export function useCompleteCall(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CompleteCallBody) => api<Call>('POST', `/api/calls/${id}/complete`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: callKeys.all }),
  });
}
