import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import type { AdminUser, Team, Topic, Unit, UserCategory } from '../types.ts';

/** Query keys of the admin area, so that a save refreshes every list that shows the data. */
export const keys = {
  users: ['admin', 'users'] as const,
  teams: ['admin', 'teams'] as const,
  units: ['admin', 'units'] as const,
  topics: ['admin', 'topics'] as const,
  categories: ['admin', 'user-categories'] as const,
  reviewers: ['admin', 'reviewers'] as const,
  tokens: (all: boolean) => ['admin', 'tokens', all] as const,
  holidays: (year: number) => ['admin', 'holidays', year] as const,
  serviceHours: ['admin', 'service-hours'] as const,
  audit: ['admin', 'audit'] as const,
};

export const useUsers = () => useQuery({ queryKey: keys.users, queryFn: () => get<AdminUser[]>('/api/users') });
export const useTeams = () => useQuery({ queryKey: keys.teams, queryFn: () => get<Team[]>('/api/teams') });
export const useUnits = () => useQuery({ queryKey: keys.units, queryFn: () => get<Unit[]>('/api/units') });
export const useTopics = () => useQuery({ queryKey: keys.topics, queryFn: () => get<Topic[]>('/api/topics') });
export const useCategories = () => useQuery({ queryKey: keys.categories, queryFn: () => get<UserCategory[]>('/api/user-categories') });

/** Select options for the active Layer 2 teams ("DTU · Direktorat Dana Transfer Umum"). */
export const teamOptions = (teams: Team[] | undefined) =>
  (teams ?? []).filter((t) => t.active).map((t) => ({ value: String(t.id), label: `${t.code} · ${t.name}` }));
