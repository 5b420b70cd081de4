import { useQuery } from '@tanstack/react-query';
import { get } from '../../lib/api.ts';

// Reference data for the call forms, keyed by their API path (the raw answers, shareable).
export interface Topic { code: string; label: string; kind: string; description: string | null; active: boolean }
export interface Region { code: string; name: string; level: string; kind: string; province_code: string; zone: string }
export interface UserCategory { code: string; label: string; active: boolean }

const LONG = 10 * 60_000;

export const useTopicList = () => useQuery({ queryKey: ['/api/topics'], queryFn: () => get<Topic[]>('/api/topics'), staleTime: LONG });
export const useRegionList = () =>
  useQuery({ queryKey: ['/api/regions'], queryFn: () => get<{ attribution: string; items: Region[] }>('/api/regions'), staleTime: LONG });
export const useUserCategories = () => useQuery({ queryKey: ['/api/user-categories'], queryFn: () => get<UserCategory[]>('/api/user-categories'), staleTime: LONG });

/** A contact as GET /api/contacts?q= finds it. */
export interface ContactHit { id: number; name: string; institution: string | null; region_code: string | null; user_category: string | null }

/**
 * The digits to look a typed number up by: contacts store E.164 (+62…), agents type 0811…
 * or +62 811…; undefined until there are enough digits to mean one person.
 */
export function phoneLookupKey(typed: string): string | undefined {
  const digits = typed.replace(/\D/g, '');
  const national = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return national.length >= 9 ? national : undefined;
}

export const useContactsByPhone = (key: string | undefined) =>
  useQuery({
    queryKey: ['contacts', 'by-phone', key],
    queryFn: () => get<ContactHit[]>(`/api/contacts?q=${encodeURIComponent(key ?? '')}`),
    enabled: key !== undefined,
    staleTime: 60_000,
  });

/** "m:ss", "h:mm:ss" or plain seconds, as the server accepts (src/channels/phone/duration.ts). */
export const isDuration = (text: string): boolean => /^\d{1,6}$/.test(text.trim()) || /^(\d{1,2}:)?\d{1,3}:[0-5]\d$/.test(text.trim());
