import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, query } from '../../lib/api.ts';

// Shapes of src/bookings/schemas.ts (Booking, BookingDetail, Rules, Slots).
export type BookingStatus = 'requested' | 'approved' | 'rejected' | 'held' | 'no_show' | 'cancelled';
export type BookingKind = 'face_to_face' | 'video';
export const BOOKING_STATUSES: readonly BookingStatus[] = ['requested', 'approved', 'held', 'no_show', 'rejected', 'cancelled'];

export interface Booking {
  id: number;
  reference: string;
  kind: BookingKind;
  date: string;
  start_time: string | null;
  visitor: string;
  region_code: string | null;
  contact_id: number | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  topics: string[];
  guests: number | null;
  guest_names: string[];
  actual_guests: number | null;
  status: BookingStatus;
  meeting_link: string | null;
  notes: string | null;
  reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
  source: string;
  created_at: string;
  updated_at: string;
}

export type BookingDetail = Booking & { status_url: string };

export interface BookingRules {
  max_guests: number;
  min_days_ahead: number;
  max_days_ahead: number;
  slots_per_day: number;
  slot_times: string[];
  working_days_only: boolean;
}

export interface SlotDay {
  date: string;
  label: string;
  open: string[];
}

export interface BookingFilter {
  status: BookingStatus[];
  kind: BookingKind | null;
  from: string | null;
  to: string | null;
}

/** The most one page shows (the server's maximum). */
export const PAGE_SIZE = 500;

export const bookingKeys = {
  all: ['bookings'] as const,
  list: (filter: BookingFilter) => ['bookings', 'list', filter] as const,
  detail: (id: number) => ['bookings', 'detail', id] as const,
  rules: ['bookings', 'rules'] as const,
  slots: (kind: BookingKind) => ['bookings', 'slots', kind] as const,
};

export function useBookings(filter: BookingFilter) {
  return useQuery({
    queryKey: bookingKeys.list(filter),
    queryFn: () => get<{ total: number; items: Booking[] }>(`/api/bookings${query({ status: filter.status, kind: filter.kind, from: filter.from, to: filter.to, limit: PAGE_SIZE })}`),
    placeholderData: (previous) => previous,
  });
}

export const useBooking = (id: number) =>
  useQuery({ queryKey: bookingKeys.detail(id), queryFn: () => get<BookingDetail>(`/api/bookings/${id}`) });

export const useBookingRules = () =>
  useQuery({ queryKey: bookingKeys.rules, queryFn: () => get<BookingRules>('/api/bookings/rules'), staleTime: 5 * 60_000 });

export const useOpenSlots = (kind: BookingKind) =>
  useQuery({ queryKey: bookingKeys.slots(kind), queryFn: () => get<{ days: SlotDay[] }>(`/api/bookings/slots${query({ kind })}`) });

export type BookingAction = 'approve' | 'reschedule' | 'reject' | 'cancel' | 'outcome';

/** One staff decision (POST /api/bookings/:id/<action>); refreshes the lists, the detail and the slots. */
export function useBookingAction(id: number, action: BookingAction) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api<Booking>('POST', `/api/bookings/${id}/${action}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: bookingKeys.all }),
  });
}

export function useSaveRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: BookingRules) => api<BookingRules>('PUT', '/api/bookings/rules', rules),
    onSuccess: (rules) => client.setQueryData(bookingKeys.rules, rules),
  });
}

/** Topics (code and label) to show booking topics by their names. */
export const useTopics = () =>
  useQuery({ queryKey: ['/api/topics'], queryFn: () => get<{ code: string; label: string; kind: string; active: boolean }[]>('/api/topics'), staleTime: 10 * 60_000 });
