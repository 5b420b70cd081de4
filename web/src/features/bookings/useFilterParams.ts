import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BOOKING_STATUSES, type BookingFilter, type BookingKind, type BookingStatus } from './api.ts';
import { PERIODS, periodRange, type Period } from './format.ts';

export interface FilterState {
  statuses: BookingStatus[];
  kind: BookingKind | null;
  period: Period;
}

/** The list's filter lives in the address (?status=requested,approved&kind=video&period=all), so the drawer and Back keep it. */
export function useFilterParams(): { state: FilterState; filter: BookingFilter; update: (change: Partial<FilterState>) => void } {
  const [params, setParams] = useSearchParams();
  const statusText = params.get('status') ?? '';
  const kindText = params.get('kind');
  const periodText = params.get('period');
  const state = useMemo<FilterState>(() => ({
    statuses: statusText.split(',').filter((s): s is BookingStatus => BOOKING_STATUSES.includes(s as BookingStatus)),
    kind: kindText === 'video' || kindText === 'face_to_face' ? kindText : null,
    period: PERIODS.includes(periodText as Period) ? (periodText as Period) : 'upcoming',
  }), [statusText, kindText, periodText]);
  const filter = useMemo<BookingFilter>(() => ({ status: state.statuses, kind: state.kind, ...periodRange(state.period) }), [state]);
  const update = (change: Partial<FilterState>) => {
    const next = { ...state, ...change };
    const search = new URLSearchParams();
    if (next.statuses.length) search.set('status', next.statuses.join(','));
    if (next.kind) search.set('kind', next.kind);
    if (next.period !== 'upcoming') search.set('period', next.period);
    setParams(search, { replace: true });
  };
  return { state, filter, update };
}
