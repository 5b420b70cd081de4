import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, get, setCsrfToken } from './api.ts';

export type Role = 'admin' | 'supervisor' | 'agent' | 'l2';

export interface Me {
  id: number;
  username: string;
  name: string;
  role: Role;
  team?: { id: number; code: string; name: string } | null;
}

export const ME_KEY = ['me'] as const;

/** The logged-in user, or null when there is no session (401). */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await get<{ user: Me; csrf_token: string | null }>('/api/me');
        setCsrfToken(me.csrf_token);
        return me.user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSessionActions() {
  const client = useQueryClient();
  return {
    login: async (username: string, password: string): Promise<void> => {
      const result = await api<{ csrf_token: string }>('POST', '/api/auth/login', { username, password });
      setCsrfToken(result.csrf_token);
      await client.invalidateQueries({ queryKey: ME_KEY });
    },
    logout: async (): Promise<void> => {
      await api('POST', '/api/auth/logout');
      setCsrfToken(null);
      client.clear();
      await client.invalidateQueries({ queryKey: ME_KEY });
    },
  };
}

/** Which areas a role may open (the server checks again on every call). */
export const canSee = {
  inbox: (role: Role) => role !== 'l2',
  layer2: (role: Role) => role === 'l2' || role === 'supervisor' || role === 'admin',
  dashboard: (role: Role) => role === 'supervisor' || role === 'admin',
  report: (role: Role) => role === 'supervisor' || role === 'admin',
  bookings: (role: Role) => role !== 'l2',
  calls: (role: Role) => role !== 'l2',
  admin: (role: Role) => role === 'admin' || role === 'supervisor',
};
