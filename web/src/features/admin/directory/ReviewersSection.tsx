import { useState } from 'react';
import { Badge, Button, Group, MultiSelect, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { keys, useTeams } from '../shared/queries.ts';
import { Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import type { TopicReviewers } from '../types.ts';
import { directoryMessages } from './messages.ts';

function ReviewerRow({ row, editable, options }: { row: TopicReviewers; editable: boolean; options: { value: string; label: string }[] }) {
  const t = useT(directoryMessages);
  const c = useT(commonMessages);
  const saved = row.teams.map((team) => team.code);
  const [codes, setCodes] = useState<string[]>(saved);
  const changed = codes.join() !== saved.join();
  const save = useSave({
    mutationFn: () => api<TopicReviewers>('PUT', `/api/knowledge/reviewers/${encodeURIComponent(row.topic_code)}`, { teams: codes }),
    invalidate: [keys.reviewers],
    success: () => t('reviewersSaved', { topic: row.topic_label }),
    failure: c('failed'),
  });
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}><Text size="sm" fw={600}>{row.topic_label}</Text><Text size="xs" c="dimmed" ff="monospace">{row.topic_code}</Text></Table.Td>
      <Table.Td>
        {editable ? (
          <Group gap="xs" wrap="nowrap">
            <MultiSelect aria-label={`${t('reviewingTeams')}: ${row.topic_label}`} placeholder={codes.length ? undefined : t('noTeam')} data={options} value={codes}
              onChange={(v) => setCodes(v.toSorted())} searchable size="xs" style={{ flex: 1 }} error={save.fieldErrors.teams} />
            <Button size="xs" disabled={!changed} loading={save.isPending} onClick={() => save.mutate(undefined)}>{c('save')}</Button>
          </Group>
        ) : (
          <Group gap={4}>{row.teams.length ? row.teams.map((team) => <Badge key={team.id} variant="light" color="teal">{team.code}</Badge>) : <Text size="sm" c="dimmed">{t('noTeam')}</Text>}</Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The topic -> reviewing Layer 2 teams mapping of the knowledge base. */
export function ReviewersSection({ editable }: { editable: boolean }) {
  const t = useT(directoryMessages);
  const reviewers = useQuery({ queryKey: keys.reviewers, queryFn: () => get<TopicReviewers[]>('/api/knowledge/reviewers') });
  const teams = useTeams();
  const options = (teams.data ?? []).map((team) => ({ value: team.code, label: `${team.code} · ${team.name}` }));
  return (
    <Section title={t('reviewers')} description={t('reviewersHint')}>
      <Loaded query={reviewers}>
        {(rows) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped fz="sm" verticalSpacing={4} aria-label={t('reviewers')}>
              <Table.Thead><Table.Tr><Table.Th w={220}>{t('topic')}</Table.Th><Table.Th>{t('reviewingTeams')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {rows.map((row) => <ReviewerRow key={`${row.topic_code}:${row.teams.map((x) => x.code).join()}`} row={row} editable={editable} options={options} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Loaded>
    </Section>
  );
}
