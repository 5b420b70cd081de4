import { useState } from 'react';
import { Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { PageProps } from '../../../app/pages.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { keys, useTeams, useUnits } from '../shared/queries.ts';
import { ActiveTag, Loaded, Section } from '../shared/ui.tsx';
import type { Team } from '../types.ts';
import { CodeTableEditor } from './CodeTableEditor.tsx';
import { directoryMessages } from './messages.ts';
import { TeamModal } from './TeamModal.tsx';

/** /admin/teams: Layer 2 teams and the units they sit under. */
export function TeamsAndUnits({ me }: PageProps) {
  const t = useT(directoryMessages);
  const c = useT(commonMessages);
  const editable = me.role === 'admin';
  const teams = useTeams();
  const units = useUnits();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  return (
    <Stack gap="xl">
      <Section title={t('teams')} description={t('teamsHint')}
        actions={editable && <Button size="sm" variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>{t('addTeam')}</Button>}>
        <Loaded query={teams}>
          {(list) => (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover fz="sm" verticalSpacing={5} aria-label={t('teams')}>
                <Table.Thead>
                  <Table.Tr><Table.Th>{c('code')}</Table.Th><Table.Th>{t('teamName')}</Table.Th><Table.Th>{t('unit')}</Table.Th><Table.Th>{t('activeField')}</Table.Th>{editable && <Table.Th>{c('actions')}</Table.Th>}</Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((team) => (
                    <Table.Tr key={team.id}>
                      <Table.Td><Text size="sm" fw={600} ff="monospace">{team.code}</Text></Table.Td>
                      <Table.Td>{team.name}</Table.Td>
                      <Table.Td>{team.unit_name} <Text span c="dimmed" size="xs">({team.unit_code})</Text></Table.Td>
                      <Table.Td><ActiveTag active={team.active} /></Table.Td>
                      {editable && <Table.Td><Button size="xs" variant="subtle" onClick={() => setEditing(team)} aria-label={`${c('edit')} ${team.code}`}>{c('edit')}</Button></Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Loaded>
      </Section>
      <CodeTableEditor title={t('units')} description={t('unitsHint')} path="/api/units" queryKey={keys.units} query={units}
        fields={[{ key: 'name', label: t('unitName'), kind: 'text', required: true }]} editable={editable} addLabel={t('addUnit')} />
      {editing && <TeamModal key={editing === 'new' ? 'new' : editing.id} team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
