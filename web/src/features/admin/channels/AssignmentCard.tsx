import { Paper, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, get } from '../../../lib/api.ts';
import { useT } from '../../../lib/i18n.tsx';
import { commonMessages } from '../messages.ts';
import { Loaded, Section } from '../shared/ui.tsx';
import { useSave } from '../shared/useSave.ts';
import { channelMessages } from './messages.ts';

const KEY = ['admin', 'assignment'];

/** Round-robin auto-assignment of new tickets, on or off (admins and supervisors). */
export function AssignmentCard({ editable }: { editable: boolean }) {
  const t = useT(channelMessages);
  const c = useT(commonMessages);
  const settings = useQuery({ queryKey: KEY, queryFn: () => get<{ auto: boolean }>('/api/settings/assignment') });
  const save = useSave({
    mutationFn: (auto: boolean) => api<{ auto: boolean }>('PUT', '/api/settings/assignment', { auto }),
    invalidate: [KEY],
    success: (saved) => t(saved.auto ? 'autoOn' : 'autoOff'),
    failure: c('failed'),
  });
  return (
    <Section title={t('assignment')} description={t('assignmentHint')}>
      <Paper withBorder p="md">
        <Loaded query={settings}>
          {(s) => <Switch label={t('autoAssign')} checked={s.auto} disabled={!editable || save.isPending} onChange={(e) => save.mutate(e.currentTarget.checked)} />}
        </Loaded>
      </Paper>
    </Section>
  );
}
