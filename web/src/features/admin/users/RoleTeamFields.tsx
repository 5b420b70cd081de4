import { Select } from '@mantine/core';
import type { Role } from '../../../lib/session.ts';
import { useT } from '../../../lib/i18n.tsx';
import { teamOptions, useTeams } from '../shared/queries.ts';
import { userMessages } from './messages.ts';

export const ROLES: Role[] = ['admin', 'supervisor', 'agent', 'l2'];

/** The role, and the Layer 2 team that an l2 account belongs to. */
export function RoleTeamFields({ role, team, onRole, onTeam, errors }: {
  role: Role; team: string | null; onRole: (r: Role) => void; onTeam: (t: string | null) => void; errors: Record<string, string>;
}) {
  const t = useT(userMessages);
  const teams = useTeams();
  return (
    <>
      <Select label={t('role')} required allowDeselect={false} value={role} onChange={(v) => v && onRole(v)}
        data={ROLES.map((r) => ({ value: r, label: t(r) }))} error={errors.role} />
      {role === 'l2' && (
        <Select label={t('team')} description={t('teamHint')} required searchable value={team} onChange={onTeam}
          data={teamOptions(teams.data)} error={errors.team} nothingFoundMessage="—" />
      )}
    </>
  );
}
